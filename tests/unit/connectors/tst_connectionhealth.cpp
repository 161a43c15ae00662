// The health of a Meta connection: what each failure class says about the connection (data-driven), the token
// expiry, the state as kept in the settings JSON (a rate limit that ran out reads as ok), and recording it in the
// connection's row (status, a known expiry kept by a good call, no write when nothing changed). Also the outbox
// payload of a reply, both ways.
#include "inbox/connectionhealth.h"
#include "inbox/metasendrunner.h"
#include "net/neterror.h"
#include "store/changenotifier.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::inbox;
using namespace sd::store::testutil;
using sd::net::NetError;

Q_DECLARE_METATYPE(sd::inbox::HealthState)

namespace {
constexpr qint64 Now = 1795424400000LL;
constexpr qint64 Day = 24 * 3600 * 1000LL;
} // namespace

class TestConnectionHealth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QJsonObject settingsOf(store::Database &db)
    {
        auto st = db.prepare(u"SELECT ifnull(sync_cursor, '{}') FROM connections WHERE id = ?1");
        if (!st || !st->bindAll(kOtherConnection) || !st->step().valueOr(false))
            return {};
        return QJsonDocument::fromJson(st->text(0).toUtf8()).object();
    }

    QString statusOf(store::Database &db)
    {
        auto st = db.prepare(u"SELECT status FROM connections WHERE id = ?1");
        if (!st || !st->bindAll(kOtherConnection) || !st->step().valueOr(false))
            return {};
        return st->text(0);
    }

    Status record(store::StoreWriter &writer, const ConnectionHealth &h, qint64 at, bool keepExpiry = true)
    {
        std::optional<Status> out;
        writer.submit([&h, at, keepExpiry](store::Transaction &tx) { return h.recordIn(tx, kOtherConnection, at, keepExpiry); },
            this, [&out](const Status &s) { out = s; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
            return Error{ u"test"_qs, 1, u"timeout"_qs };
        return *out;
    }

private Q_SLOTS:
    void fromFailure_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("retryAfterMs");
        QTest::addColumn<bool>("changes");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<qint64>("untilMs");
        QTest::newRow("expired 190/463") << int(NetError::Unauthorized) << u"190/463"_qs << 0 << true << HealthState::Reconnect << qint64(0);
        QTest::newRow("revoked 190/460") << int(NetError::Unauthorized) << u"190/460"_qs << 0 << true << HealthState::Reconnect << qint64(0);
        QTest::newRow("session 102") << int(NetError::BadRequest) << u"102"_qs << 0 << true << HealthState::Reconnect << qint64(0);
        QTest::newRow("permission 10") << int(NetError::Forbidden) << u"10"_qs << 0 << true << HealthState::PermissionMissing << qint64(0);
        QTest::newRow("permission 200") << int(NetError::Forbidden) << u"200"_qs << 0 << true << HealthState::PermissionMissing << qint64(0);
        QTest::newRow("app limit 4, hinted") << int(NetError::RateLimited) << u"4"_qs << 120000 << true << HealthState::RateLimited << Now + 120000;
        QTest::newRow("page limit 32, no hint") << int(NetError::RateLimited) << u"32"_qs << 0 << true << HealthState::RateLimited << Now + 60000;
        QTest::newRow("613") << int(NetError::BadRequest) << u"613"_qs << 5000 << true << HealthState::RateLimited << Now + 5000;
        QTest::newRow("window closed: the connection is fine") << int(NetError::BadRequest) << u"10/2018278"_qs << 0 << false << HealthState::Ok << qint64(0);
        QTest::newRow("recipient gone") << int(NetError::BadRequest) << u"100/2018001"_qs << 0 << false << HealthState::Ok << qint64(0);
        QTest::newRow("5xx") << int(NetError::Server) << u"1"_qs << 0 << false << HealthState::Ok << qint64(0);
        QTest::newRow("connection lost") << int(NetError::ConnectionLost) << QString() << 0 << false << HealthState::Ok << qint64(0);
    }

    void fromFailure()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(int, retryAfterMs);
        QFETCH(bool, changes);
        QFETCH(HealthState, state);
        QFETCH(qint64, untilMs);
        net::NetFailure f = net::NetFailure::make(NetError(kind));
        f.platformCode = code;
        if (retryAfterMs > 0)
            f.retryAfter = std::chrono::milliseconds(retryAfterMs);
        const std::optional<ConnectionHealth> h = ConnectionHealth::fromFailure(f, Now);
        QCOMPARE(h.has_value(), changes);
        if (!h)
            return;
        QCOMPARE(h->state, state);
        QCOMPARE(h->untilMs, untilMs);
        QCOMPARE(h->atMs, Now);
        QVERIFY(!h->detail.isEmpty());
        QVERIFY(!h->label().isEmpty());
        QCOMPARE(h->blocksSending(), state == HealthState::Reconnect || state == HealthState::PermissionMissing);
        QCOMPARE(h->level() == ConnectionHealth::Level::Problem, h->blocksSending());
    }

    void tokenExpiry_data()
    {
        QTest::addColumn<qint64>("expiresAt");
        QTest::addColumn<HealthState>("state");
        QTest::newRow("never") << qint64(0) << HealthState::Ok;
        QTest::newRow("in 60 days") << Now + 60 * Day << HealthState::Ok;
        QTest::newRow("in 3 days") << Now + 3 * Day << HealthState::TokenExpiring;
        QTest::newRow("an hour ago") << Now - 3600 * 1000LL << HealthState::Reconnect;
    }

    void tokenExpiry()
    {
        QFETCH(qint64, expiresAt);
        QFETCH(HealthState, state);
        const ConnectionHealth h = ConnectionHealth::fromTokenCheck(expiresAt, Now);
        QCOMPARE(h.state, state);
        // Through the settings JSON and back.
        QJsonObject settings{ { u"kind"_qs, u"meta"_qs } };
        h.writeTo(settings);
        const ConnectionHealth back = ConnectionHealth::fromSettings(settings, Now);
        QCOMPARE(back.state, h.state);
        QCOMPARE(back.untilMs, h.untilMs);
        QCOMPARE(back.detail, h.detail);
        QCOMPARE(ConnectionHealth::stateFromName(ConnectionHealth::stateName(h.state)), h.state);
        // A far expiry that comes close warns later without a new check.
        if (expiresAt == Now + 60 * Day)
            QCOMPARE(ConnectionHealth::fromSettings(settings, Now + 55 * Day).state, HealthState::TokenExpiring);
    }

    void rateLimitRunsOut()
    {
        net::NetFailure f = net::NetFailure::make(NetError::RateLimited);
        f.platformCode = u"4"_qs;
        f.retryAfter = std::chrono::milliseconds(30000);
        QJsonObject settings;
        ConnectionHealth::fromFailure(f, Now)->writeTo(settings);
        QCOMPARE(ConnectionHealth::fromSettings(settings, Now + 29000).state, HealthState::RateLimited);
        QCOMPARE(ConnectionHealth::fromSettings(settings, Now + 30000).state, HealthState::Ok);
        QVERIFY(ConnectionHealth::fromSettings(settings, Now + 30000).detail.isEmpty());
        QCOMPARE(ConnectionHealth::fromSettings({}, Now).state, HealthState::Ok); // nothing known: ok
        QCOMPARE(ConnectionHealth::stateFromName(u"nonsense"_qs), HealthState::Ok);
    }

    void recordedInTheConnectionRow()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"health.db"_qs);
        {
            auto db = openMigrated(path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
            QVERIFY(db->exec(u"UPDATE connections SET platform = 'messenger', sync_cursor = "
                             u"'{\"kind\":\"meta\",\"pageId\":\"1\",\"messengerCursorMs\":77}' WHERE id = '"_qs
                             + kOtherConnection + u"'"_qs)
                        .ok());
        }
        store::ChangeNotifier notifier;
        auto writer = store::StoreWriter::open(path, {}, &notifier);
        QVERIFY(writer.ok());
        auto reader = (*writer)->openReader();
        QVERIFY(reader.ok());
        QSignalSpy changes(&notifier, &store::ChangeNotifier::changed);

        net::NetFailure expired = net::NetFailure::make(NetError::Unauthorized);
        expired.platformCode = u"190/463"_qs;
        QVERIFY(record(**writer, *ConnectionHealth::fromFailure(expired, Now), Now).ok());
        QJsonObject s = settingsOf(**reader);
        QCOMPARE(s.value(u"health").toString(), u"reconnect"_qs);
        QVERIFY(s.value(u"healthDetail").toString().contains(u"expired"_qs));
        QCOMPARE(s.value(u"messengerCursorMs").toInteger(), 77); // the rest of the settings stays
        QCOMPARE(statusOf(**reader), u"error"_qs);
        QTRY_VERIFY(!changes.isEmpty());
        QCOMPARE(changes.last().first().value<store::ChangeBatch>().first().table, u"connections"_qs);

        // The same again: nothing written, nothing published.
        changes.clear();
        QVERIFY(record(**writer, *ConnectionHealth::fromFailure(expired, Now + 1), Now + 1).ok());
        QTest::qWait(50);
        QCOMPARE(changes.size(), 0);

        // A good call: ok and active again.
        QVERIFY(record(**writer, ConnectionHealth::ok(Now + 2), Now + 2).ok());
        QCOMPARE(settingsOf(**reader).value(u"health").toString(), u"ok"_qs);
        QCOMPARE(statusOf(**reader), u"active"_qs);

        // A known expiry stays through good calls; a new token (keepKnownExpiry false) clears it.
        QVERIFY(record(**writer, ConnectionHealth::fromTokenCheck(Now + 3 * Day, Now), Now).ok());
        QCOMPARE(settingsOf(**reader).value(u"health").toString(), u"token_expiring"_qs);
        QVERIFY(record(**writer, ConnectionHealth::ok(Now + 10), Now + 10).ok());
        QCOMPARE(settingsOf(**reader).value(u"health").toString(), u"token_expiring"_qs);
        QCOMPARE(statusOf(**reader), u"active"_qs);
        QVERIFY(record(**writer, ConnectionHealth::ok(Now + 20), Now + 20, false).ok());
        QCOMPARE(settingsOf(**reader).value(u"health").toString(), u"ok"_qs);
        QCOMPARE(settingsOf(**reader).value(u"healthUntilMs").toInteger(), 0);

        // A connection removed meanwhile: nothing to record, no error.
        ConnectionHealth orphan = ConnectionHealth::ok(Now);
        std::optional<Status> out;
        (*writer)->submit([&orphan](store::Transaction &tx) { return orphan.recordIn(tx, u"gone"_qs, Now); }, this,
            [&out](const Status &st) { out = st; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(out->ok());
    }

    void replyPayloadRoundTrip()
    {
        MetaReplyPayload p;
        p.conversationId = u"c1"_qs;
        p.conversationExternalId = u"t_123"_qs;
        p.channel = connectors::meta::Channel::Instagram;
        p.recipientId = u"17841"_qs;
        p.text = u"İyi günler, ışıl ışıl 🌞"_qs;
        p.tag = u"HUMAN_AGENT"_qs;
        p.lastCustomerMessageMs = Now - Day;
        p.writtenByPerson = false;
        const MetaReplyPayload back = MetaReplyPayload::fromJson(p.toJson());
        QCOMPARE(back.conversationId, p.conversationId);
        QCOMPARE(back.conversationExternalId, p.conversationExternalId);
        QCOMPARE(back.channel, p.channel);
        QCOMPARE(back.recipientId, p.recipientId);
        QCOMPARE(back.text, p.text);
        QCOMPARE(back.tag, p.tag);
        QCOMPARE(back.lastCustomerMessageMs, p.lastCustomerMessageMs);
        QCOMPARE(back.writtenByPerson, false);
        // Missing keys: defaults (a person wrote it, Messenger).
        const MetaReplyPayload empty = MetaReplyPayload::fromJson({});
        QVERIFY(empty.writtenByPerson);
        QCOMPARE(empty.channel, connectors::meta::Channel::Messenger);
    }
};

QTEST_GUILESS_MAIN(TestConnectionHealth)
#include "tst_connectionhealth.moc"
