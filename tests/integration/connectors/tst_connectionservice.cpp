// ConnectionService and SyncScheduler against the in-process sandbox, with the real keychain (private session) and
// a real encrypted LocalStore: credentials verified before anything is saved, stored under the existing keychain
// names, removed first on removal; periodic and on-demand syncs that survive platform failures and a dead host
// without losing orders or moving the cursor.
#include "connectors/connectionservice.h"
#include "connectors/syncscheduler.h"
#include "net/networkcontext.h"
#include "profile/profile.h"
#include "sandboxfixture.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretsync.h"
#include "store/localstore.h"
#include "store/statement.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::sandbox::test;

namespace {

// The current hour: the sandbox's orders are dated around it, so a sync with the real clock finds them.
qint64 thisHour()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return now - now % (3600 * 1000);
}

} // namespace

class TestConnectionService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    ProfileInfo m_profile;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    net::NetworkContext m_network;
    std::unique_ptr<ConnectionService> m_service;

    QJsonObject platform(const QString &name)
    {
        return m_sandbox->sandbox().readyInfo().value(u"platforms"_qs).toObject().value(name).toObject();
    }

    ConnectionDraft trendyolDraft(const QString &secret = {})
    {
        const QJsonObject t = platform(u"trendyol"_qs);
        ConnectionDraft d;
        d.platform = u"trendyol"_qs;
        d.accountId = t.value(u"sellerId"_qs).toString();
        d.baseUrl = t.value(u"baseUrl"_qs).toString();
        d.credentials = { { u"apiKey"_qs, t.value(u"apiKey"_qs).toString() },
            { u"apiSecret"_qs, secret.isEmpty() ? t.value(u"apiSecret"_qs).toString() : secret } };
        return d;
    }

    ConnectionDraft wooDraft()
    {
        const QJsonObject w = platform(u"woocommerce"_qs);
        ConnectionDraft d;
        d.platform = u"woocommerce"_qs;
        d.baseUrl = w.value(u"baseUrl"_qs).toString();
        d.credentials = { { u"consumerKey"_qs, w.value(u"consumerKey"_qs).toString() },
            { u"consumerSecret"_qs, w.value(u"consumerSecret"_qs).toString() } };
        return d;
    }

    Result<ConnectionInfo> add(ConnectionService &service, const ConnectionDraft &draft, bool update = false)
    {
        std::optional<Result<ConnectionInfo>> result;
        service.add(
            draft, this, [&](Result<ConnectionInfo> r) { result.emplace(std::move(r)); }, update);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return Error{ u"test"_qs, 0, u"no answer"_qs };
        return *result;
    }

    Status remove(const QString &id)
    {
        std::optional<Status> result;
        m_service->remove(id, this, [&](Status s) { result = s; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return Error{ u"test"_qs, 0, u"no answer"_qs };
        return *result;
    }

    qint64 count(const QString &sql, const QString &arg = {})
    {
        auto reader = m_store->openReader();
        auto st = reader.value()->prepare(sql);
        if (!arg.isEmpty())
            (void)st->bindAll(arg);
        auto more = st->step();
        return more && more.value() ? st->int64(0) : -1;
    }

    QList<ConnectionInfo> connections()
    {
        auto all = m_service->list();
        return all ? all.value() : QList<ConnectionInfo>();
    }

    QString secretKey(const QString &id, const QString &credential)
    {
        return SecretStore::keyFor(m_profile.id, ConnectionService::secretName(id, credential));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SELLERDESK_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP("runs only inside tests/support/with-keyring.sh");
        m_sandbox = std::make_unique<SandboxFixture>(7, 25, thisHour());
        QVERIFY(m_sandbox->started());
        m_sandbox->sandbox().clock().setFixed(0); // real time: orders added later are modified "now"
        auto created = ProfileManager::createAt(m_dir.filePath(u"ws"_qs), u"Bağlantı Testi"_qs);
        QVERIFY(created.ok());
        m_profile = created.value();
        auto opened = store::LocalStore::open(m_profile, store::SecureKey::random());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_store = std::move(opened).value();
        m_secrets = std::make_unique<KeychainSecretStore>(u"SellerDesk-test"_qs);
        m_service = std::make_unique<ConnectionService>(m_store.get(), m_secrets.get(), &m_network);
        ConnectionConfig fast;
        fast.retryBaseDelay = std::chrono::milliseconds(5);
        fast.rateLimitFloor = std::chrono::milliseconds(0);
        m_service->setConfigTemplate(fast);
    }

    void descriptorsCoverTheRegistry()
    {
        const auto platforms = m_service->platforms();
        QCOMPARE(platforms.size(), ConnectorRegistry::builtIn().platforms().size());
        for (const PlatformDescriptor &d : platforms) {
            QVERIFY(!d.credentials.isEmpty());
            QVERIFY(!d.help.isEmpty());
            QVERIFY(!d.needsAccount || !d.accountLabel.isEmpty());
        }
        QVERIFY(!platformDescriptor(u"amazon"_qs));
    }

    void validateRefusesIncompleteDrafts_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("withCredentials");
        QTest::addColumn<int>("error");
        QTest::newRow("unknown platform")
            << u"amazon"_qs << u"1"_qs << QString() << true << int(ConnectionError::UnknownPlatform);
        QTest::newRow("no account") << u"trendyol"_qs << QString() << QString() << true
                                    << int(ConnectionError::MissingField);
        QTest::newRow("no credentials") << u"n11"_qs << u"mağaza"_qs << QString() << false
                                        << int(ConnectionError::MissingField);
        QTest::newRow("woocommerce without shop")
            << u"woocommerce"_qs << QString() << QString() << true << int(ConnectionError::MissingField);
        QTest::newRow("not a url") << u"trendyol"_qs << u"1"_qs << u"apigw trendyol"_qs << true
                                   << int(ConnectionError::InvalidBaseUrl);
        QTest::newRow("ftp") << u"trendyol"_qs << u"1"_qs << u"ftp://x.example"_qs << true
                             << int(ConnectionError::InvalidBaseUrl);
        QTest::newRow("complete") << u"trendyol"_qs << u"1"_qs << u"https://stageapigw.trendyol.com"_qs << true << 0;
    }

    void validateRefusesIncompleteDrafts()
    {
        QFETCH(QString, platform);
        QFETCH(QString, account);
        QFETCH(QString, baseUrl);
        QFETCH(bool, withCredentials);
        QFETCH(int, error);
        ConnectionDraft d;
        d.platform = platform;
        d.accountId = account;
        d.baseUrl = baseUrl;
        if (withCredentials) {
            if (auto desc = platformDescriptor(platform)) {
                for (const CredentialField &f : desc->credentials)
                    d.credentials.insert(f.key, u"x"_qs);
            }
        }
        const Status s = m_service->validate(d);
        QCOMPARE(s.ok() ? 0 : s.error().code, error);
        if (!s.ok())
            QVERIFY(!s.error().message.isEmpty());
    }

    void wrongCredentialsSaveNothing()
    {
        // A memory store shows every key that was written: none.
        MemorySecretStore memory;
        ConnectionService service(m_store.get(), &memory, &m_network);
        auto r = add(service, trendyolDraft(u"wrongSecret"_qs));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ConnectionError::Verification));
        QVERIFY2(r.error().message.contains(u"Trendyol"_qs), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u"wrongSecret"_qs));
        QVERIFY(memory.keys().isEmpty());
        QCOMPARE(service.list()->size(), 0);

        // A host where nothing listens: refused too, with the network's reason.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ConnectionDraft dead = trendyolDraft();
        dead.baseUrl = u"http://127.0.0.1:%1/trendyol"_qs.arg(port);
        auto offline = add(service, dead);
        QVERIFY(!offline.ok());
        QCOMPARE(offline.error().code, int(ConnectionError::Verification));
        QVERIFY(memory.keys().isEmpty());
        QCOMPARE(service.list()->size(), 0);
    }

    void addStoresCredentialsInTheKeychain()
    {
        QSignalSpy changed(m_service.get(), &ConnectionService::connectionsChanged);
        auto r = add(*m_service, trendyolDraft());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(changed.count(), 1);
        const ConnectionInfo c = r.value();
        QCOMPARE(c.name, u"Trendyol "_qs + platform(u"trendyol"_qs).value(u"sellerId"_qs).toString());
        // The keychain names the first CLI used.
        QCOMPARE(secretKey(c.id, u"apiKey"_qs), u"profile/%1/connection.%2.apikey"_qs.arg(m_profile.id, c.id));
        auto secret = readSecretBlocking(*m_secrets, secretKey(c.id, u"apiSecret"_qs), 15000);
        QVERIFY(secret.ok());
        QCOMPARE(QString::fromUtf8(secret.value()), platform(u"trendyol"_qs).value(u"apiSecret"_qs).toString());

        auto listed = m_service->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().baseUrl, platform(u"trendyol"_qs).value(u"baseUrl"_qs).toString());
        QCOMPARE(listed->first().lastSyncedAt, 0);

        std::optional<Result<ConnectionConfig>> config;
        m_service->loadConfig(listed->first(), this, [&](Result<ConnectionConfig> loaded) { config.emplace(loaded); });
        QTRY_VERIFY_WITH_TIMEOUT(config.has_value(), 20000);
        QVERIFY(config->ok());
        QCOMPARE(
            config->value().credentials.value(u"apiKey"_qs), platform(u"trendyol"_qs).value(u"apiKey"_qs).toString());
        QCOMPARE(config->value().accountId, c.account);

        // The same account again is refused before any call; with update it replaces the credentials.
        auto twice = add(*m_service, trendyolDraft());
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, int(ConnectionError::Duplicate));
        auto updated = add(*m_service, trendyolDraft(), true);
        QVERIFY(updated.ok());
        QCOMPARE(updated->id, c.id);
        QCOMPARE(m_service->list()->size(), 1);

        // WooCommerce: the shop's host is the account.
        auto woo = add(*m_service, wooDraft());
        QVERIFY2(woo.ok(), woo.ok() ? "" : qPrintable(woo.error().message));
        QCOMPARE(woo->account, u"127.0.0.1"_qs);
    }

    void schedulerSyncsEveryConnection()
    {
        SyncScheduler scheduler(m_service.get());
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        scheduler.syncNow();
        QVERIFY(scheduler.isSyncing());
        QVERIFY(scheduler.summary().contains(u"Syncing"_qs));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        const int packages = int(m_sandbox->state(u"trendyol"_qs).value(u"packages"_qs).toArray().size());
        const int wooOrders = int(m_sandbox->state(u"woocommerce"_qs).value(u"orders"_qs).toArray().size());
        QVERIFY(packages > 0);
        QCOMPARE(count(u"SELECT count(*) FROM orders o JOIN connections c ON c.id = o.connection_id "
                       u"WHERE c.platform = 'trendyol'"_qs),
            qint64(packages));
        QCOMPARE(count(u"SELECT count(*) FROM orders o JOIN connections c ON c.id = o.connection_id "
                       u"WHERE c.platform = 'woocommerce'"_qs),
            qint64(wooOrders));
        for (const ConnectionInfo &c : connections()) {
            QCOMPARE(scheduler.state(c.id).kind, ConnectionSyncState::Kind::Ok);
            QVERIFY(c.lastSyncedAt > 0);
            QVERIFY(c.cursorMs > 0);
            QCOMPARE(c.status, u"active"_qs);
        }
        QVERIFY(scheduler.summary().contains(u"synced"_qs));

        // New orders on the platform arrive with the next sync.
        QCOMPARE(
            m_sandbox->control("POST", u"/new-orders"_qs, { { u"platform"_qs, u"woocommerce"_qs }, { u"count"_qs, 2 } })
                .status,
            200);
        finished.clear();
        scheduler.syncNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(count(u"SELECT count(*) FROM orders o JOIN connections c ON c.id = o.connection_id "
                       u"WHERE c.platform = 'woocommerce'"_qs),
            qint64(wooOrders + 2));
    }

    void failuresKeepTheCursorAndTheOrders()
    {
        SyncScheduler scheduler(m_service.get());
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        const qint64 before = count(u"SELECT count(*) FROM orders"_qs);
        QHash<QString, qint64> cursors;
        for (const ConnectionInfo &c : connections())
            cursors.insert(c.id, c.cursorMs);

        // The platform fails every call for a while (500s, then retries run out).
        QCOMPARE(m_sandbox
                     ->control("POST", u"/faults"_qs,
                         { { u"platform"_qs, u"trendyol"_qs }, { u"fault"_qs, u"status=500"_qs }, { u"count"_qs, -1 } })
                     .status,
            201);
        scheduler.syncNow();
        QVERIFY(finished.wait(120000));
        QVERIFY(!finished.first().first().toBool());
        QString trendyolId;
        for (const ConnectionInfo &c : connections()) {
            if (c.platform != u"trendyol")
                continue;
            trendyolId = c.id;
            QCOMPARE(scheduler.state(c.id).kind, ConnectionSyncState::Kind::Error);
            QVERIFY(!scheduler.state(c.id).message.isEmpty());
            QCOMPARE(c.status, u"error"_qs);
            QCOMPARE(c.lastError, scheduler.state(c.id).message);
            QCOMPARE(c.cursorMs, cursors.value(c.id)); // the window is fetched again next time
            QVERIFY(c.lastSyncedAt > 0); // the last good sync is remembered
        }
        QVERIFY(!trendyolId.isEmpty());
        QVERIFY(scheduler.details().contains(scheduler.state(trendyolId).message));
        QVERIFY(scheduler.summary().contains(scheduler.state(trendyolId).message));
        QCOMPARE(count(u"SELECT count(*) FROM orders"_qs), before);

        // Back to normal: the next sync is good again.
        QCOMPARE(m_sandbox->control("DELETE", u"/faults"_qs).status, 204);
        finished.clear();
        scheduler.syncConnection(trendyolId);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(scheduler.state(trendyolId).kind, ConnectionSyncState::Kind::Ok);
        QCOMPARE(m_service->find(trendyolId)->status, u"active"_qs);
        QVERIFY(m_service->find(trendyolId)->lastError.isEmpty());
    }

    void badNetworksLoseNothing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("dropped connection") << u"drop"_qs;
        QTest::newRow("truncated body") << u"truncate"_qs;
        QTest::newRow("malformed JSON") << u"malformed"_qs;
        QTest::newRow("rate limited") << u"rate-limit retry-after=0"_qs;
        QTest::newRow("slow and then 503") << u"latency=50 status=503"_qs;
    }

    void badNetworksLoseNothing()
    {
        QFETCH(QString, fault);
        SyncScheduler scheduler(m_service.get());
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        QString wooId;
        qint64 cursor = 0;
        for (const ConnectionInfo &c : connections()) {
            if (c.platform == u"woocommerce") {
                wooId = c.id;
                cursor = c.cursorMs;
            }
        }
        QVERIFY(!wooId.isEmpty());
        const qint64 before = m_service->orderCount(wooId).value();
        QCOMPARE(m_sandbox->control("POST", u"/faults"_qs,
                                    {{u"platform"_qs, u"woocommerce"_qs}, {u"fault"_qs, fault}, {u"count"_qs, -1}})
                     .status,
                 201);
        scheduler.syncConnection(wooId);
        QVERIFY(finished.wait(120000));
        QCOMPARE(m_sandbox->control("DELETE", u"/faults"_qs).status, 204);
        QCOMPARE(scheduler.state(wooId).kind, ConnectionSyncState::Kind::Error);
        QVERIFY(!scheduler.state(wooId).message.isEmpty());
        QCOMPARE(m_service->find(wooId)->cursorMs, cursor);
        QCOMPARE(m_service->orderCount(wooId).value(), before);
        finished.clear();
        scheduler.syncConnection(wooId);
        QVERIFY(finished.wait(60000));
        QCOMPARE(scheduler.state(wooId).kind, ConnectionSyncState::Kind::Ok);
        QVERIFY(m_service->orderCount(wooId).value() >= before);
    }

    void periodicSyncsRun()
    {
        SyncScheduler scheduler(m_service.get());
        scheduler.setIntervalMs(50);
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 60000);
        scheduler.stop();
    }

    void removeDeletesCredentialsAndOrders()
    {
        ConnectionInfo trendyol;
        for (const ConnectionInfo &c : connections()) {
            if (c.platform == u"trendyol")
                trendyol = c;
        }
        QVERIFY(!trendyol.id.isEmpty());
        const qint64 customers = count(u"SELECT count(*) FROM customers"_qs);
        QVERIFY(m_service->orderCount(trendyol.id).value() > 0);
        QVERIFY(remove(trendyol.id).ok());
        for (const QString &credential : { u"apiKey"_qs, u"apiSecret"_qs }) {
            auto gone = readSecretBlocking(*m_secrets, secretKey(trendyol.id, credential), 15000);
            QVERIFY(!gone.ok());
            QVERIFY(gone.error().is(SecretError::NotFound));
        }
        QCOMPARE(m_service->orderCount(trendyol.id).value(), 0);
        QCOMPARE(count(u"SELECT count(*) FROM order_lines WHERE order_id NOT IN (SELECT id FROM orders)"_qs), 0);
        QCOMPARE(count(u"SELECT count(*) FROM customers"_qs), customers);
        QVERIFY(!m_service->find(trendyol.id).ok());
        QCOMPARE(m_service->find(trendyol.id).error().code, int(ConnectionError::NotFound));
        QCOMPARE(remove(u"no-such-connection"_qs).error().code, int(ConnectionError::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestConnectionService)
#include "tst_connectionservice.moc"
