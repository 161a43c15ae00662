// The Meta connector against the in-process sandbox's Graph emulator: token checks (Page, system user, expired,
// revoked, unknown), a full inbox sync compared with the sandbox's own state, idempotent and incremental syncs,
// and the send action with every failure class — window closed (before the call and on Meta's side), expired
// token, rate limit, 5xx, and a connection dropped after Meta took the message (never sent twice, and the store
// ends with one message).
#include "connectors/meta/metaclient.h"
#include "connectors/meta/metaerrors.h"
#include "connectors/meta/metaingest.h"
#include "connectors/meta/metasend.h"
#include "connectors/meta/metasync.h"
#include "meta/metaemulator.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "sandboxfixture.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QTemporaryDir>

using namespace sd;
using namespace sd::connectors::meta;
using namespace sd::sandbox::test;
using namespace sd::store::testutil;
using sd::sandbox::MetaEmulator;
using sd::net::NetError;

namespace {

struct Sent
{
    bool finished = false;
    bool ok = false;
    QString messageId;
    net::NetFailure failure;
    int attempts = 0;
};

Sent run(net::HttpJob *job)
{
    Sent out;
    QObject context;
    QObject::connect(job, &net::HttpJob::finished, &context, [&out, job](const Result<net::HttpResponse> &r) {
        out.finished = true;
        out.ok = r.ok();
        out.attempts = job->attempts();
        if (r)
            out.messageId = MetaSend::messageIdOf(r.value());
        else
            out.failure = job->failure();
    });
    job->start();
    (void)QTest::qWaitFor([&out] { return out.finished; }, 15000);
    return out;
}

qint64 lastInbound(const QJsonObject &conversation)
{
    return conversation.value(u"_sandbox").toObject().value(u"lastInboundMs").toInteger();
}

} // namespace

class TestMetaSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    net::NetworkContext m_network;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<store::Database> m_reader;
    int m_storeCount = 0;

    MetaConnection connection(const QString &token = MetaEmulator::kPageToken) const
    {
        MetaConnection c;
        c.host = QUrl(m_sandbox->sandbox().baseUrl(u"meta"_qs));
        c.pageId = MetaEmulator::kPageId;
        c.instagramId = MetaEmulator::kInstagramId;
        c.accessToken = token;
        c.readsPerSecond = 200;
        c.pageSize = 3; // several pages per list
        c.retryBaseDelay = std::chrono::milliseconds(10);
        c.rateLimitFloor = std::chrono::milliseconds(50);
        return c;
    }

    QJsonArray conversations() { return m_sandbox->state(u"meta"_qs).value(u"conversations").toArray(); }

    // The index of a sandbox conversation whose customer last wrote between the two ages.
    int conversationAged(qint64 minMs, qint64 maxMs, const QString &platform = {})
    {
        const QJsonArray all = conversations();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QJsonObject c = all.at(i).toObject();
            const qint64 age = Reference - lastInbound(c);
            if (age >= minMs && age < maxMs && (platform.isEmpty() || c.value(u"platform").toString() == platform))
                return int(i);
        }
        return -1;
    }

    MetaOutgoing replyTo(int index, const QString &text)
    {
        const QJsonObject c = conversations().at(index).toObject();
        MetaOutgoing m;
        m.channel = c.value(u"platform").toString() == u"instagram" ? Channel::Instagram : Channel::Messenger;
        m.recipientId = c.value(u"customer").toObject().value(u"id").toString();
        m.text = text;
        m.lastCustomerMessageMs = lastInbound(c);
        return m;
    }

    MetaSyncReport sync(MetaClient &client, const MetaSyncCursor &cursor = {})
    {
        MetaSync sync(&client, m_writer.get(), kWorkspace, kOtherConnection);
        std::optional<MetaSyncReport> report;
        connect(&sync, &MetaSync::finished, this, [&report](const MetaSyncReport &r) { report = r; });
        sync.start(cursor);
        if (!QTest::qWaitFor([&report] { return report.has_value(); }, 60000))
            return {};
        return *report;
    }

    qint64 count(const QString &sql)
    {
        auto stmt = m_reader->prepare(sql);
        if (!stmt || !stmt->step().valueOr(false))
            return -1;
        return stmt->int64(0);
    }

    QString text(const QString &sql)
    {
        auto stmt = m_reader->prepare(sql);
        if (!stmt || !stmt->step().valueOr(false))
            return u"<none>"_qs;
        return stmt->isNull(0) ? QString() : stmt->text(0);
    }

    Status write(store::StoreWriter::Job job)
    {
        std::optional<Status> result;
        m_writer->submit(std::move(job), this, [&result](const Status &s) { result = s; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return Error{ u"test"_qs, 1, u"timeout"_qs };
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<SandboxFixture>(42, 10);
        QVERIFY(m_sandbox->started());
        const QString path = m_dir.filePath(u"store-%1.db"_qs.arg(++m_storeCount));
        {
            auto db = openMigrated(path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
        }
        auto w = store::StoreWriter::open(path, {}, nullptr);
        QVERIFY(w.ok());
        m_writer = std::move(w).value();
        auto r = store::Database::open(path);
        QVERIFY(r.ok());
        m_reader = std::move(r).value();
    }

    void cleanup()
    {
        m_reader.reset();
        m_writer.reset();
        m_sandbox.reset();
    }

    void tokenCheck_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("failureCode"); // empty: accepted
        QTest::addColumn<bool>("pageTokenHandedOut");
        QTest::newRow("page token") << MetaEmulator::kPageToken << QString() << false;
        QTest::newRow("system user") << MetaEmulator::kSystemUserToken << QString() << true;
        QTest::newRow("expired") << MetaEmulator::kExpiredToken << u"190/463"_qs << false;
        QTest::newRow("revoked") << MetaEmulator::kRevokedToken << u"190/460"_qs << false;
        QTest::newRow("unknown") << u"EAAnot-a-token"_qs << u"190"_qs << false;
    }

    void tokenCheck()
    {
        QFETCH(QString, token);
        QFETCH(QString, failureCode);
        QFETCH(bool, pageTokenHandedOut);
        MetaConnection c = connection(token);
        c.pageId.clear();
        c.instagramId.clear();
        MetaClient client(&m_network, c);
        std::optional<std::pair<QList<MetaPageAccess>, std::optional<net::NetFailure>>> result;
        int calls = 0;
        connect(&client, &MetaClient::tokenChecked, this,
            [&](const QList<MetaPageAccess> &pages, const std::optional<net::NetFailure> &f) {
                ++calls;
                result = std::make_pair(pages, f);
            });
        client.verifyToken();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QCOMPARE(calls, 1);
        if (!failureCode.isEmpty()) {
            QVERIFY(result->second);
            QCOMPARE(result->second->kind, NetError::Unauthorized);
            QCOMPARE(result->second->platformCode, failureCode);
            QCOMPARE(MetaErrors::classOf(*result->second), MetaErrorClass::Reconnect);
            QVERIFY(result->first.isEmpty());
            return;
        }
        QVERIFY(!result->second);
        QCOMPARE(result->first.size(), 1);
        const MetaPageAccess &p = result->first.first();
        QCOMPARE(p.pageId, MetaEmulator::kPageId);
        QCOMPARE(p.pageName, MetaEmulator::kPageName);
        QCOMPARE(p.instagramId, MetaEmulator::kInstagramId);
        QCOMPARE(p.instagramUsername, MetaEmulator::kInstagramUsername);
        QVERIFY(p.canMessage());
        QCOMPARE(p.pageToken.isEmpty(), !pageTokenHandedOut);
        if (pageTokenHandedOut)
            QCOMPARE(p.pageToken, MetaEmulator::kPageToken);
    }

    void highUsageSlowsTheClientDown()
    {
        // Three calls against a budget of three: the third answer reports 100 % in X-Business-Use-Case-Usage, and
        // the client holds every further call back (30 s) before Meta starts refusing.
        m_sandbox->sandbox().emulator(u"meta"_qs)->setRateLimit({ 3, 60000 });
        MetaClient client(&m_network, connection());
        QSignalSpy paused(&client.rateLimiter(), &net::RateLimiter::paused);
        bool done = false;
        connect(&client, &MetaClient::tokenChecked, this, [&done] { done = true; });
        client.verifyToken(); // me, me/accounts (refused for a Page token), the Page
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().at(1).toLongLong(), 30000LL);
        QCOMPARE(client.rateLimiter().availableTokens(MetaClient::kReadGroup), 0);
    }

    void fullSyncMatchesTheSandbox()
    {
        MetaClient client(&m_network, connection());
        const MetaSyncReport report = sync(client);
        QVERIFY2(report.ok(), report.failure ? qPrintable(report.failure->logLine()) : "store error");
        QVERIFY(report.mappingErrors.isEmpty());
        const QJsonArray all = conversations();
        QCOMPARE(report.conversations, int(all.size()));
        QCOMPARE(count(u"SELECT count(*) FROM conversations WHERE connection_id = '"_qs + kOtherConnection + u"'"), qint64(all.size()));
        QCOMPARE(count(u"SELECT count(DISTINCT customer_id) FROM conversations"_qs), qint64(all.size()));
        qint64 messages = 0;
        QMap<QString, int> expectedKinds;
        qint64 newestMessenger = 0, newestInstagram = 0;
        for (const QJsonValue &cv : all) {
            const QJsonObject c = cv.toObject();
            const QString id = c.value(u"id").toString();
            const QJsonObject customer = c.value(u"customer").toObject();
            const QString rowWhere = u" FROM conversations WHERE external_id = '"_qs + id + u"'";
            QCOMPARE(text(u"SELECT channel"_qs + rowWhere), c.value(u"platform").toString());
            QCOMPARE(text(u"SELECT participant_external_id"_qs + rowWhere), customer.value(u"id").toString());
            const QString shown = customer.contains(u"name") ? customer.value(u"name").toString() : customer.value(u"username").toString();
            QCOMPARE(text(u"SELECT ifnull(participant_name, '')"_qs + rowWhere), shown);
            // The sandbox's answers point its seeded CDN host at its own /meta/media/ (app/sandbox/README.md).
            QCOMPARE(text(u"SELECT participant_picture_url"_qs + rowWhere),
                     customer.value(u"profile_pic").toString().replace(u"https://scontent.sandbox.invalid/"_qs,
                         m_sandbox->sandbox().baseUrl(u"meta"_qs) + u"/media/scontent/"_qs));
            QCOMPARE(count(u"SELECT unread_count"_qs + rowWhere), qint64(c.value(u"unread_count").toInt()));
            QCOMPARE(count(u"SELECT last_inbound_at"_qs + rowWhere), lastInbound(c));
            const qint64 updated = c.value(u"_sandbox").toObject().value(u"updatedMs").toInteger();
            QCOMPARE(count(u"SELECT last_message_at"_qs + rowWhere), updated);
            (c.value(u"platform").toString() == u"instagram" ? newestInstagram : newestMessenger)
                = qMax(c.value(u"platform").toString() == u"instagram" ? newestInstagram : newestMessenger, updated);
            for (const QJsonValue &mv : c.value(u"messages").toArray()) {
                const QJsonObject m = mv.toObject();
                ++messages;
                const QString where = u" FROM messages WHERE external_id = '"_qs + m.value(u"id").toString() + u"'";
                QCOMPARE(text(u"SELECT body"_qs + where), m.value(u"is_deleted").toBool() ? QString() : m.value(u"message").toString());
                QCOMPARE(count(u"SELECT unsent"_qs + where), qint64(m.value(u"is_deleted").toBool() ? 1 : 0));
                QCOMPARE(text(u"SELECT direction"_qs + where),
                    m.value(u"_sandbox").toObject().value(u"fromBusiness").toBool() ? u"out"_qs : u"in"_qs);
                QCOMPARE(count(u"SELECT sent_at"_qs + where), m.value(u"_sandbox").toObject().value(u"createdMs").toInteger());
                QCOMPARE(text(u"SELECT sender_external_id"_qs + where), m.value(u"from").toObject().value(u"id").toString());
                for (const QJsonValue &a : m.value(u"attachments").toObject().value(u"data").toArray()) {
                    const QString mime = a.toObject().value(u"mime_type").toString();
                    expectedKinds[a.toObject().contains(u"image_data") ? u"image"_qs
                            : a.toObject().contains(u"video_data")     ? u"video"_qs
                            : mime.startsWith(u"audio/")               ? u"audio"_qs
                                                                       : u"file"_qs] += 1;
                }
                expectedKinds[u"share"_qs] += int(m.value(u"shares").toObject().value(u"data").toArray().size());
                expectedKinds[u"sticker"_qs] += m.contains(u"sticker") ? 1 : 0;
                expectedKinds[u"story_reply"_qs] += m.value(u"story").toObject().contains(u"reply_to") ? 1 : 0;
                expectedKinds[u"story_mention"_qs] += m.value(u"story").toObject().contains(u"mention") ? 1 : 0;
                expectedKinds[u"unsupported"_qs] += m.value(u"is_unsupported").toBool() ? 1 : 0;
                if (m.contains(u"reactions"))
                    QVERIFY(text(u"SELECT reactions_json"_qs + where).contains(u"❤"_qs));
            }
        }
        QCOMPARE(report.messages, int(messages));
        QCOMPARE(count(u"SELECT count(*) FROM messages"_qs), messages);
        for (auto it = expectedKinds.cbegin(); it != expectedKinds.cend(); ++it) {
            QVERIFY2(it.value() > 0 || it.key() == u"file", qPrintable(it.key())); // the seed has every kind
            QCOMPARE(count(u"SELECT count(*) FROM attachments WHERE kind = '"_qs + it.key() + u"'"), qint64(it.value()));
        }
        QCOMPARE(report.nextCursor.messengerMs, newestMessenger);
        QCOMPARE(report.nextCursor.instagramMs, newestInstagram);
        // Turkish text is searchable as usual.
        QVERIFY(count(u"SELECT count(*) FROM search_fts WHERE search_fts MATCH 'kargo*'"_qs) >= 0);

        // The same data again changes nothing, from the cursor or from scratch.
        const MetaSyncReport again = sync(client, report.nextCursor);
        QVERIFY(again.ok());
        QCOMPARE(again.stats.inserted + again.stats.updated, 0);
        const MetaSyncReport full = sync(client);
        QVERIFY(full.ok());
        QCOMPARE(full.stats.inserted + full.stats.updated + full.stats.customersCreated, 0);
        QVERIFY(full.stats.unchanged > 0);
        QCOMPARE(count(u"SELECT count(*) FROM messages"_qs), messages);
    }

    void incrementalSyncFetchesOnlyWhatChanged()
    {
        MetaClient client(&m_network, connection());
        const MetaSyncReport first = sync(client);
        QVERIFY(first.ok());
        const qint64 before = count(u"SELECT count(*) FROM messages"_qs);
        m_sandbox->sandbox().clock().advance(10 * 60 * 1000);
        QCOMPARE(m_sandbox->sandbox().emulator(u"meta"_qs)->addNewOrders(3), 3);
        const MetaSyncReport next = sync(client, first.nextCursor);
        QVERIFY(next.ok());
        QCOMPARE(count(u"SELECT count(*) FROM messages"_qs), before + 3);
        QVERIFY(next.conversations <= 3 + 2); // plus the newest of each channel, inside the overlap
        QVERIFY(next.conversations >= 1);
        QVERIFY(next.nextCursor.messengerMs >= first.nextCursor.messengerMs);
    }

    void expiredTokenStopsTheSyncWithReconnect()
    {
        MetaClient client(&m_network, connection(MetaEmulator::kExpiredToken));
        const MetaSyncReport report = sync(client, { 5, 6 });
        QVERIFY(!report.ok());
        QCOMPARE(MetaErrors::connectionStateFor(*report.failure), MetaConnectionState::Reconnect);
        QCOMPARE(report.nextCursor.messengerMs, 5); // the cursor stays
        QCOMPARE(count(u"SELECT count(*) FROM conversations"_qs), 0);
    }

    void sendInsideTheWindow()
    {
        MetaClient client(&m_network, connection());
        const int index = conversationAged(0, 24 * 3600 * 1000LL);
        QVERIFY(index >= 0);
        const qsizetype before = conversations().at(index).toObject().value(u"messages").toArray().size();
        auto job = MetaSend::prepare(client, replyTo(index, u"Merhaba, siparişiniz yarın kargoda 📦"_qs), Reference);
        QVERIFY(job.ok());
        const Sent sent = run(job.value());
        QVERIFY2(sent.ok, qPrintable(sent.failure.logLine()));
        const QJsonArray after = conversations().at(index).toObject().value(u"messages").toArray();
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.last().toObject().value(u"id").toString(), sent.messageId);
        QCOMPARE(after.last().toObject().value(u"message").toString(), u"Merhaba, siparişiniz yarın kargoda 📦"_qs);
        QVERIFY(!after.last().toObject().value(u"_sandbox").toObject().contains(u"tag"));
    }

    void windowRulesBeforeAndOnMetasSide()
    {
        const int index = conversationAged(25 * 3600 * 1000LL, 7 * 24 * 3600 * 1000LL);
        QVERIFY(index >= 0);
        const qsizetype before = conversations().at(index).toObject().value(u"messages").toArray().size();
        {
            // Not approved for HUMAN_AGENT: refused before any call.
            MetaClient client(&m_network, connection());
            auto job = MetaSend::prepare(client, replyTo(index, u"Hello"_qs), Reference);
            QVERIFY(!job.ok());
            QCOMPARE(job.error().code, int(SendError::WindowClosed));
            QVERIFY(job.error().message.contains(u"24"_qs));
        }
        {
            // A stale window on our side: Meta refuses with its window error, nothing is stored there.
            MetaClient client(&m_network, connection());
            MetaOutgoing m = replyTo(index, u"Hello"_qs);
            m.lastCustomerMessageMs = Reference - 1000;
            auto job = MetaSend::prepare(client, m, Reference);
            QVERIFY(job.ok());
            const Sent sent = run(job.value());
            QVERIFY(!sent.ok);
            QCOMPARE(MetaErrors::classOf(sent.failure), MetaErrorClass::WindowClosed);
            QVERIFY(sent.failure.platformCode.startsWith(u"10/"_qs));
            QCOMPARE(sent.attempts, 1);
        }
        QCOMPARE(conversations().at(index).toObject().value(u"messages").toArray().size(), before);
        {
            // Approved: the person's reply goes with the human agent tag.
            MetaConnection c = connection();
            c.humanAgentApproved = true;
            MetaClient client(&m_network, c);
            auto job = MetaSend::prepare(client, replyTo(index, u"Size yardımcı olabilir miyim?"_qs), Reference);
            QVERIFY(job.ok());
            const Sent sent = run(job.value());
            QVERIFY2(sent.ok, qPrintable(sent.failure.logLine()));
            const QJsonObject last = conversations().at(index).toObject().value(u"messages").toArray().last().toObject();
            QCOMPARE(last.value(u"_sandbox").toObject().value(u"tag").toString(), u"HUMAN_AGENT"_qs);
        }
        // Past 7 days nothing goes, approved or not.
        const int old = conversationAged(7 * 24 * 3600 * 1000LL, 365 * 24 * 3600 * 1000LL);
        QVERIFY(old >= 0);
        MetaConnection c = connection();
        c.humanAgentApproved = true;
        MetaClient client(&m_network, c);
        auto job = MetaSend::prepare(client, replyTo(old, u"Hello"_qs), Reference);
        QVERIFY(!job.ok());
        QCOMPARE(job.error().code, int(SendError::WindowClosed));
    }

    void sendFailures_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<MetaErrorClass>("cls");
        QTest::newRow("expired token") << MetaEmulator::kExpiredToken << QString() << MetaErrorClass::Reconnect;
        QTest::newRow("revoked token") << MetaEmulator::kRevokedToken << QString() << MetaErrorClass::Reconnect;
        QTest::newRow("rate limit") << MetaEmulator::kPageToken << u"rate-limit"_qs << MetaErrorClass::RateLimited;
        QTest::newRow("500") << MetaEmulator::kPageToken << u"status=500"_qs << MetaErrorClass::Transient;
        QTest::newRow("503") << MetaEmulator::kPageToken << u"status=503"_qs << MetaErrorClass::Transient;
        QTest::newRow("dropped before") << MetaEmulator::kPageToken << u"drop"_qs << MetaErrorClass::Network;
        QTest::newRow("malformed") << MetaEmulator::kPageToken << u"malformed"_qs << MetaErrorClass::Malformed;
    }

    void sendFailures()
    {
        QFETCH(QString, token);
        QFETCH(QString, fault);
        QFETCH(MetaErrorClass, cls);
        MetaClient client(&m_network, connection(token));
        const int index = conversationAged(0, 24 * 3600 * 1000LL);
        const qsizetype before = conversations().at(index).toObject().value(u"messages").toArray().size();
        if (!fault.isEmpty())
            QCOMPARE(m_sandbox->control("POST", u"/faults"_qs,
                         { { u"platform"_qs, u"meta"_qs }, { u"method"_qs, u"POST"_qs }, { u"path"_qs, u"*/messages"_qs },
                             { u"fault"_qs, fault }, { u"count"_qs, -1 } })
                         .status,
                201);
        auto job = MetaSend::prepare(client, replyTo(index, u"Tekrar denemeyin"_qs), Reference);
        QVERIFY(job.ok());
        const Sent sent = run(job.value());
        QVERIFY(sent.finished);
        QVERIFY(!sent.ok);
        QCOMPARE(MetaErrors::classOf(sent.failure), cls);
        QCOMPARE(sent.attempts, 1); // a send is never repeated by the job layer
        QVERIFY(!MetaErrors::explain(sent.failure).isEmpty());
        const qsizetype after = conversations().at(index).toObject().value(u"messages").toArray().size();
        // "malformed" answers after Meta took the message; the others never reached it.
        QCOMPARE(after, before + (fault == u"malformed" ? 1 : 0));
        QCOMPARE(MetaSend::outcomeUnknown(sent.failure), fault == u"malformed" || fault == u"drop");
    }

    void droppedAfterSendingIsNeverDuplicated()
    {
        MetaClient client(&m_network, connection());
        const MetaSyncReport first = sync(client);
        QVERIFY(first.ok());
        const int index = conversationAged(0, 24 * 3600 * 1000LL);
        const QString externalId = conversations().at(index).toObject().value(u"id").toString();
        const qsizetype before = conversations().at(index).toObject().value(u"messages").toArray().size();
        QCOMPARE(m_sandbox->control("POST", u"/faults"_qs,
                     { { u"platform"_qs, u"meta"_qs }, { u"method"_qs, u"POST"_qs }, { u"path"_qs, u"*/messages"_qs },
                         { u"fault"_qs, u"drop-after"_qs } })
                     .status,
            201);
        // The reply as the CLI/outbox records it: pending, then failed with an unknown outcome.
        std::optional<MetaThread> thread;
        QVERIFY(write([&](store::Transaction &tx) -> Status {
            auto conv = tx.database().prepare(u"SELECT id FROM conversations WHERE external_id = ?1");
            if (!conv || !conv->bindAll(externalId) || !conv->step().valueOr(false))
                return Error{ u"test"_qs, 1, u"no conversation"_qs };
            auto t = MetaIngest::thread(tx, conv->text(0));
            if (!t)
                return t.error();
            thread = t.value();
            return {};
        }).ok());
        const QString body = u"Kargonuz yolda, takip no: 1234 🚚"_qs;
        QString rowId;
        QVERIFY(write([&](store::Transaction &tx) -> Status {
            auto r = MetaIngest::recordPending(tx, *thread, kWorkspace, body, {}, Reference);
            if (!r)
                return r.error();
            rowId = r.value();
            return {};
        }).ok());
        MetaOutgoing m = replyTo(index, body);
        auto job = MetaSend::prepare(client, m, Reference);
        QVERIFY(job.ok());
        const Sent sent = run(job.value());
        QVERIFY(!sent.ok);
        QCOMPARE(sent.failure.kind, NetError::ConnectionLost);
        QCOMPARE(sent.attempts, 1);
        QVERIFY(MetaSend::outcomeUnknown(sent.failure));
        QVERIFY(write([&](store::Transaction &tx) -> Status {
            return MetaIngest::recordFailed(tx, rowId, MetaErrors::explain(sent.failure), Reference);
        }).ok());
        // Meta has it exactly once.
        const QJsonArray after = conversations().at(index).toObject().value(u"messages").toArray();
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.last().toObject().value(u"message").toString(), body);
        const QString mid = after.last().toObject().value(u"id").toString();
        // The next sync claims our row instead of adding a second one.
        m_sandbox->sandbox().clock().advance(1000);
        const MetaSyncReport next = sync(client, first.nextCursor);
        QVERIFY(next.ok());
        QCOMPARE(next.stats.claimed, 1);
        QCOMPARE(count(u"SELECT count(*) FROM messages WHERE body = '"_qs + body + u"'"), 1);
        QCOMPARE(text(u"SELECT external_id FROM messages WHERE id = '"_qs + rowId + u"'"), mid);
        QCOMPARE(text(u"SELECT status FROM messages WHERE id = '"_qs + rowId + u"'"), u"sent"_qs);
        QCOMPARE(text(u"SELECT failure_reason FROM messages WHERE id = '"_qs + rowId + u"'"), QString());
    }

    void refusedBeforeTheCall()
    {
        MetaClient client(&m_network, connection());
        const int ig = conversationAged(0, 24 * 3600 * 1000LL, u"instagram"_qs);
        QVERIFY(ig >= 0);
        auto tooLong = MetaSend::prepare(client, replyTo(ig, QString(1000, u'a')), Reference);
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().code, int(SendError::TextInvalid));
        auto empty = MetaSend::prepare(client, replyTo(ig, u"  "_qs), Reference);
        QVERIFY(!empty.ok());
        MetaOutgoing nobody = replyTo(ig, u"x"_qs);
        nobody.recipientId.clear();
        QCOMPARE(MetaSend::prepare(client, nobody, Reference).error().code, int(SendError::NoRecipient));
        auto fits = MetaSend::prepare(client, replyTo(ig, QString(999, u'ş')), Reference);
        QVERIFY(fits.ok());
        QVERIFY(run(fits.value()).ok);
    }

    void imagesByUrlAndByUpload()
    {
        MetaClient client(&m_network, connection());
        const int ig = conversationAged(0, 24 * 3600 * 1000LL, u"instagram"_qs);
        QVERIFY(ig >= 0);
        MetaOutgoing byUrl = replyTo(ig, {});
        byUrl.attachmentUrl = QUrl(u"https://cdn.example.com/urun-1.jpg"_qs);
        auto first = MetaSend::prepare(client, byUrl, Reference);
        QVERIFY(first.ok());
        QVERIFY(run(first.value()).ok);
        QJsonObject last = conversations().at(ig).toObject().value(u"messages").toArray().last().toObject();
        QCOMPARE(last.value(u"attachments").toObject().value(u"data").toArray().at(0).toObject().value(u"image_data")
                     .toObject().value(u"url").toString(),
            u"https://cdn.example.com/urun-1.jpg"_qs);

        // Upload once, send by id.
        auto upload = MetaSend::prepareUpload(client, Channel::Instagram, u"image"_qs, QUrl(u"https://cdn.example.com/urun-2.jpg"_qs));
        QVERIFY(upload.ok());
        QString attachmentId;
        {
            QObject context;
            bool done = false;
            net::HttpJob *job = upload.value();
            connect(job, &net::HttpJob::finished, &context, [&](const Result<net::HttpResponse> &r) {
                done = true;
                if (r)
                    attachmentId = MetaSend::attachmentIdOf(r.value());
            });
            job->start();
            QTRY_VERIFY(done);
        }
        QVERIFY(!attachmentId.isEmpty());
        MetaOutgoing byId = replyTo(ig, {});
        byId.attachmentId = attachmentId;
        auto second = MetaSend::prepare(client, byId, Reference);
        QVERIFY(second.ok());
        QVERIFY(run(second.value()).ok);
        last = conversations().at(ig).toObject().value(u"messages").toArray().last().toObject();
        QCOMPARE(last.value(u"attachments").toObject().value(u"data").toArray().at(0).toObject().value(u"image_data")
                     .toObject().value(u"url").toString(),
            u"https://cdn.example.com/urun-2.jpg"_qs);
        // Refused before any call: a kind Meta does not take, a plain http address.
        QVERIFY(!MetaSend::prepareUpload(client, Channel::Messenger, u"sticker"_qs, QUrl(u"https://x.example/a.png"_qs)).ok());
        QVERIFY(!MetaSend::prepareUpload(client, Channel::Messenger, u"image"_qs, QUrl(u"http://x.example/a.png"_qs)).ok());
        MetaOutgoing odd = byUrl;
        odd.attachmentKind = u"template"_qs;
        QCOMPARE(MetaSend::prepare(client, odd, Reference).error().code, int(SendError::Unsupported));
    }

    void simulatedCustomersAnswer()
    {
        MetaClient client(&m_network, connection());
        const int index = conversationAged(0, 24 * 3600 * 1000LL);
        for (int i = 0; i < 2; ++i) {
            auto job = MetaSend::prepare(client, replyTo(index, u"Reply %1"_qs.arg(i)), Reference);
            QVERIFY(job.ok());
            QVERIFY(run(job.value()).ok);
        }
        const qsizetype sent = conversations().at(index).toObject().value(u"messages").toArray().size();
        QVERIFY(!m_sandbox->state(u"meta"_qs).value(u"pendingReplies").toArray().isEmpty());
        m_sandbox->sandbox().clock().advance(MetaEmulator::kReplyDelayMs);
        QVERIFY(m_sandbox->sandbox().emulator(u"meta"_qs)->carrierStep());
        const QJsonArray messages = conversations().at(index).toObject().value(u"messages").toArray();
        QCOMPARE(messages.size(), sent + 1);
        QVERIFY(!messages.last().toObject().value(u"_sandbox").toObject().value(u"fromBusiness").toBool());
        QCOMPARE(lastInbound(conversations().at(index).toObject()), Reference + MetaEmulator::kReplyDelayMs);
    }

    void graphApiShapes()
    {
        const QString base = u"/meta/v25.0/"_qs;
        const Headers auth{ { "Authorization", "Bearer " + MetaEmulator::kPageToken.toUtf8() } };
        // Cursor paging to the end, fields selection.
        int seen = 0;
        QString path = base + MetaEmulator::kPageId + u"/conversations?platform=instagram&fields=id,updated_time&limit=4"_qs;
        for (int page = 0; page < 10 && !path.isEmpty(); ++page) {
            const Reply r = m_sandbox->call("GET", path, auth);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &c : r.object().value(u"data").toArray()) {
                QCOMPARE(c.toObject().keys(), (QStringList{ u"id"_qs, u"updated_time"_qs }));
                ++seen;
            }
            const QString next = r.object().value(u"paging").toObject().value(u"next").toString();
            path = next.isEmpty() ? QString() : QUrl(next).path(QUrl::FullyEncoded) + u'?' + QUrl(next).query(QUrl::FullyEncoded);
        }
        QCOMPARE(seen, 6);
        // Query-string token, wrong version prefix, unknown node.
        QCOMPARE(m_sandbox->call("GET", base + u"me?access_token="_qs + MetaEmulator::kPageToken).status, 200);
        const Reply noVersion = m_sandbox->call("GET", u"/meta/me"_qs, auth);
        QCOMPARE(noVersion.status, 400);
        const Reply unknown = m_sandbox->call("GET", base + u"123456"_qs, auth);
        QCOMPARE(unknown.object().value(u"error").toObject().value(u"code").toInt(), 100);
        // Instagram: message details only for the 20 most recent of a conversation.
        const int ig = conversationAged(0, 365 * 24 * 3600 * 1000LL, u"instagram"_qs);
        const QString oldest = conversations().at(ig).toObject().value(u"messages").toArray().first().toObject().value(u"id").toString();
        QCOMPARE(m_sandbox->call("GET", base + oldest + u"?fields=id,message"_qs, auth).status, 200);
        QCOMPARE(m_sandbox->sandbox().emulator(u"meta"_qs)->addNewOrders(400), 400); // spread over 14 conversations
        const Reply gone = m_sandbox->call("GET", base + oldest + u"?fields=id,message"_qs, auth);
        QCOMPARE(gone.status, 400);
        QCOMPARE(gone.object().value(u"error").toObject().value(u"message").toString(), u"This message has been deleted."_qs);
        // The control API shows the whole state.
        const Reply state = m_sandbox->control("GET", u"/state/meta"_qs);
        QCOMPARE(state.status, 200);
        QCOMPARE(state.object().value(u"page").toObject().value(u"id").toString(), MetaEmulator::kPageId);
        QCOMPARE(m_sandbox->control("GET", u"/info"_qs).object().value(u"platforms").toObject().value(u"meta").toObject()
                     .value(u"pageToken").toString(),
            MetaEmulator::kPageToken);
        const Reply noToken = m_sandbox->call("GET", base + u"me"_qs);
        QCOMPARE(noToken.status, 400);
        QVERIFY(noToken.object().value(u"error").isObject());
        // Throttling headers on every answer.
        const Reply me = m_sandbox->call("GET", base + u"me"_qs, auth);
        QVERIFY(me.hasHeader("X-Business-Use-Case-Usage"));
        QVERIFY(me.hasHeader("X-App-Usage"));
    }
};

QTEST_GUILESS_MAIN(TestMetaSync)
#include "tst_metasync.moc"
