// Meta replies through the outbox, end to end: a real store filled by MetaSync from the in-process sandbox, the
// ReplySender façade and its MetaSendRunner over loopback. The happy path, and every failure class with faults
// injected in the sandbox — expired token (failed, connection marked "reconnect"), window closed on Meta's side,
// rate limit (waits, then sends), 5xx (retried; for good after the bound), a connection dropped after Meta took the
// message (reconciled from the conversation: no duplicate), dropped before (needs a check; Retry sends it once),
// and the process SIGKILLed mid-send (reconciled at the next start). The sandbox's own state is the judge.
#include "connectors/meta/metaclient.h"
#include "connectors/meta/metaingest.h"
#include "connectors/meta/metasync.h"
#include "inbox/connectionhealth.h"
#include "inbox/inboxquery.h"
#include "inbox/metasendrunner.h"
#include "inbox/replysender.h"
#include "meta/metaemulator.h"
#include "net/networkcontext.h"
#include "outbox/outbox.h"
#include "sandboxfixture.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace sd;
using namespace sd::connectors::meta;
using namespace sd::sandbox::test;
using namespace sd::store::testutil;
using sd::inbox::ReplyOutcome;
using sd::inbox::ReplySender;
using sd::outbox::OutboxItem;
using sd::outbox::OutboxState;
using sd::sandbox::MetaEmulator;

namespace {

constexpr qint64 Hour = 3600 * 1000LL;

MetaConnection sandboxConnection(const QString &metaBaseUrl, const QString &token)
{
    MetaConnection c;
    c.connectionId = kOtherConnection;
    c.host = QUrl(metaBaseUrl);
    c.pageId = MetaEmulator::kPageId;
    c.instagramId = MetaEmulator::kInstagramId;
    c.accessToken = token;
    c.readsPerSecond = 200;
    c.retryBaseDelay = std::chrono::milliseconds(10);
    c.rateLimitFloor = std::chrono::milliseconds(50);
    return c;
}

outbox::RunnerPolicy fastPolicy()
{
    outbox::RunnerPolicy p;
    p.maxAttempts = 3;
    p.baseDelay = std::chrono::milliseconds(20);
    p.maxDelay = std::chrono::milliseconds(100);
    return p;
}

// The child mode of this binary: runs the Meta replies of the store until it is killed.
int runChild()
{
    auto writer = store::StoreWriter::open(qEnvironmentVariable("SD_REPLIES_STORE"), {}, nullptr);
    if (!writer)
        return 3;
    net::NetworkContext network;
    const qint64 base = qEnvironmentVariable("SD_REPLIES_NOW").toLongLong();
    QElapsedTimer clock;
    clock.start();
    outbox::Outbox box(writer->get(), kWorkspace);
    box.setNow([base, clock] { return base + clock.elapsed(); });
    const MetaConnection c = sandboxConnection(qEnvironmentVariable("SD_REPLIES_META"), MetaEmulator::kPageToken);
    inbox::MetaSendRunner runner(&box, &network, [c](const QString &, QObject *, inbox::ConnectionResolved done) { done(c); });
    runner.setPolicy(fastPolicy());
    runner.start();
    return QCoreApplication::exec();
}

} // namespace

class TestMetaReplies : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    net::NetworkContext m_network;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<store::Database> m_reader;
    std::unique_ptr<ReplySender> m_sender;
    QString m_token = MetaEmulator::kPageToken;
    bool m_humanAgent = true;
    QString m_path;
    int m_storeCount = 0;
    QElapsedTimer m_clock;
    qint64 m_offset = 0; // added to Reference + elapsed: jumps over long waits

    qint64 now() const { return Reference + m_offset + m_clock.elapsed(); }
    QString metaUrl() const { return m_sandbox->sandbox().baseUrl(u"meta"_qs); }

    MetaConnection connection() const
    {
        MetaConnection c = sandboxConnection(metaUrl(), m_token);
        c.humanAgentApproved = m_humanAgent;
        return c;
    }

    QJsonArray conversations() { return m_sandbox->state(u"meta"_qs).value(u"conversations").toArray(); }

    int conversationAged(qint64 minMs, qint64 maxMs)
    {
        const QJsonArray all = conversations();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const qint64 age = Reference - all.at(i).toObject().value(u"_sandbox").toObject().value(u"lastInboundMs").toInteger();
            if (age >= minMs && age < maxMs)
                return int(i);
        }
        return -1;
    }

    // How many messages of the conversation the Page sent with this text (the sandbox's truth).
    int onMeta(int index, const QString &text)
    {
        int n = 0;
        for (const QJsonValue &m : conversations().at(index).toObject().value(u"messages").toArray()) {
            const QJsonObject o = m.toObject();
            n += o.value(u"_sandbox").toObject().value(u"fromBusiness").toBool() && o.value(u"message").toString() == text;
        }
        return n;
    }

    QString metaIdOf(int index, const QString &text)
    {
        for (const QJsonValue &m : conversations().at(index).toObject().value(u"messages").toArray()) {
            if (m.toObject().value(u"message").toString() == text)
                return m.toObject().value(u"id").toString();
        }
        return {};
    }

    QString rowIdOf(int index)
    {
        const QString external = conversations().at(index).toObject().value(u"id").toString();
        auto st = m_reader->prepare(u"SELECT id FROM conversations WHERE external_id = ?1");
        if (!st || !st->bindAll(external) || !st->step().valueOr(false))
            return {};
        return st->text(0);
    }

    QString text(const QString &sql, const QString &arg = {})
    {
        auto st = m_reader->prepare(sql);
        if (!st || (!arg.isEmpty() && !st->bindAll(arg)) || !st->step().valueOr(false))
            return u"<none>"_qs;
        return st->isNull(0) ? QString() : st->text(0);
    }

    qint64 count(const QString &sql, const QString &arg = {})
    {
        auto st = m_reader->prepare(sql);
        if (!st || (!arg.isEmpty() && !st->bindAll(arg)) || !st->step().valueOr(false))
            return -1;
        return st->int64(0);
    }

    OutboxItem itemFor(const QString &messageId)
    {
        auto found = outbox::Outbox::itemForTarget(*m_reader, inbox::MetaSendRunner::kTargetTable, messageId);
        return found && *found ? **found : OutboxItem{};
    }

    inbox::ConnectionHealth health()
    {
        auto row = inbox::InboxQuery::metaConnection(*m_reader, kOtherConnection);
        if (!row || !*row)
            return {};
        return inbox::ConnectionHealth::fromSettings((*row)->settings, now());
    }

    void fault(const QString &spec, int times = 1)
    {
        QCOMPARE(m_sandbox->control("POST", u"/faults"_qs,
                     { { u"platform"_qs, u"meta"_qs }, { u"method"_qs, u"POST"_qs }, { u"path"_qs, u"*/messages"_qs },
                         { u"fault"_qs, spec }, { u"count"_qs, times } })
                     .status,
            201);
    }

    // Sends and waits for finished() (a reply that waits for a retry finishes later).
    ReplyOutcome reply(int index, const QString &body)
    {
        QSignalSpy finished(m_sender.get(), &ReplySender::finished);
        m_sender->send(rowIdOf(index), body);
        if (!QTest::qWaitFor([&finished] { return finished.size() > 0; }, 20000))
            return {};
        return finished.first().first().value<ReplyOutcome>();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_token = MetaEmulator::kPageToken;
        m_humanAgent = true;
        m_offset = 0;
        m_clock.start();
        m_sandbox = std::make_unique<SandboxFixture>(42, 10);
        QVERIFY(m_sandbox->started());
        m_path = m_dir.filePath(u"replies-%1.db"_qs.arg(++m_storeCount));
        {
            auto db = openMigrated(m_path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
            // The seeded connection as a Meta connection row (settings JSON with its health).
            QVERIFY(db->exec(u"UPDATE connections SET platform = 'messenger', sync_cursor = '{\"kind\":\"meta\","
                             u"\"pageId\":\"%1\",\"health\":\"ok\"}' WHERE id = '%2'"_qs
                                 .arg(MetaEmulator::kPageId, kOtherConnection))
                        .ok());
        }
        auto w = store::StoreWriter::open(m_path, {}, nullptr);
        QVERIFY(w.ok());
        m_writer = std::move(w).value();
        auto r = m_writer->openReader();
        QVERIFY(r.ok());
        m_reader = std::move(r).value();
        MetaClient client(&m_network, connection());
        MetaSync sync(&client, m_writer.get(), kWorkspace, kOtherConnection);
        QSignalSpy done(&sync, &MetaSync::finished);
        sync.start({});
        QVERIFY(done.wait(60000));
        QVERIFY(done.first().first().value<MetaSyncReport>().ok());
        m_sender = std::make_unique<ReplySender>(m_writer.get(), &m_network,
            [this](const QString &, QObject *, ReplySender::Resolved resolved) { resolved(connection()); });
        m_sender->setNowFunction([this] { return now(); });
        m_sender->setPolicy(fastPolicy());
    }

    void cleanup()
    {
        m_sender.reset();
        m_reader.reset();
        m_writer.reset();
        m_sandbox.reset();
    }

    void sentOnceWithMetasId()
    {
        const int index = conversationAged(0, 20 * Hour);
        QVERIFY(index >= 0);
        const QString body = u"Merhaba! Siparişiniz bugün kargoda 📦"_qs;
        QSignalSpy queued(m_sender.get(), &ReplySender::queued);
        const ReplyOutcome outcome = reply(index, body);
        QVERIFY2(outcome.sent, qPrintable(outcome.reason));
        QVERIFY(!outcome.messageId.isEmpty());
        // The pending row existed (and was announced) before the send.
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().first().value<ReplyOutcome>().messageId, outcome.messageId);
        QCOMPARE(onMeta(index, body), 1);
        const QString mid = metaIdOf(index, body);
        QCOMPARE(text(u"SELECT status FROM messages WHERE id = ?1"_qs, outcome.messageId), u"sent"_qs);
        QCOMPARE(text(u"SELECT external_id FROM messages WHERE id = ?1"_qs, outcome.messageId), mid);
        const OutboxItem item = itemFor(outcome.messageId);
        QCOMPARE(item.state, OutboxState::Done);
        QCOMPARE(item.action, u"meta.send"_qs);
        QCOMPARE(item.attempts, 1);
        QCOMPARE(item.result.value(u"messageId").toString(), mid);
        QCOMPARE(item.payload.value(u"text").toString(), body);
        QCOMPARE(m_sender->inFlight(), 0);
        QCOMPARE(health().state, inbox::HealthState::Ok);
    }

    void refusedByTheRulesWritesNothing()
    {
        const int closed = conversationAged(8 * 24 * Hour, 400 * 24 * Hour);
        QVERIFY(closed >= 0);
        const qint64 rows = count(u"SELECT count(*) FROM messages"_qs);
        const ReplyOutcome outcome = reply(closed, u"Merhaba"_qs);
        QVERIFY(outcome.refused);
        QVERIFY(outcome.messageId.isEmpty());
        QVERIFY(outcome.reason.contains(u"7 days"_qs));
        QCOMPARE(count(u"SELECT count(*) FROM messages"_qs), rows);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_qs), 0);
    }

    void expiredTokenFailsAndMarksTheConnection()
    {
        const int index = conversationAged(0, 20 * Hour);
        m_token = MetaEmulator::kExpiredToken;
        const QString body = u"Bu gitmemeli"_qs;
        const ReplyOutcome outcome = reply(index, body);
        QVERIFY(!outcome.sent);
        QVERIFY(outcome.reconnect);
        QVERIFY2(outcome.reason.contains(u"Reconnect"_qs), qPrintable(outcome.reason));
        QCOMPARE(onMeta(index, body), 0);
        QCOMPARE(text(u"SELECT status FROM messages WHERE id = ?1"_qs, outcome.messageId), u"failed"_qs);
        QCOMPARE(itemFor(outcome.messageId).state, OutboxState::Failed);
        QCOMPARE(itemFor(outcome.messageId).attempts, 1); // never retried on its own
        QCOMPARE(health().state, inbox::HealthState::Reconnect);
        QCOMPARE(text(u"SELECT status FROM connections WHERE id = ?1"_qs, kOtherConnection), u"error"_qs);
        // A new token, and Retry sends it; the connection is fine again.
        m_token = MetaEmulator::kPageToken;
        QSignalSpy finished(m_sender.get(), &ReplySender::finished);
        m_sender->retry(outcome.messageId);
        QVERIFY(finished.wait(20000));
        const ReplyOutcome again = finished.first().first().value<ReplyOutcome>();
        QVERIFY2(again.sent, qPrintable(again.reason));
        QCOMPARE(onMeta(index, body), 1);
        QCOMPARE(health().state, inbox::HealthState::Ok);
        QCOMPARE(text(u"SELECT status FROM connections WHERE id = ?1"_qs, kOtherConnection), u"active"_qs);
    }

    void windowClosedOnMetasSide()
    {
        // Our clock says the customer wrote 23 hours ago; Meta's (the sandbox's) says more than a day.
        const int index = conversationAged(25 * Hour, 6 * 24 * Hour);
        QVERIFY(index >= 0);
        const qint64 lastInbound
            = conversations().at(index).toObject().value(u"_sandbox").toObject().value(u"lastInboundMs").toInteger();
        m_humanAgent = false;
        m_offset = lastInbound + 23 * Hour - Reference;
        const QString body = u"Geç kaldık"_qs;
        const ReplyOutcome outcome = reply(index, body);
        QVERIFY(!outcome.sent);
        QVERIFY(!outcome.refused);
        QVERIFY2(outcome.reason.contains(u"24 hours"_qs), qPrintable(outcome.reason));
        QCOMPARE(onMeta(index, body), 0);
        QCOMPARE(itemFor(outcome.messageId).state, OutboxState::Failed);
        QCOMPARE(itemFor(outcome.messageId).errorCode, u"10/2018278"_qs);
        QCOMPARE(health().state, inbox::HealthState::Ok); // the connection itself is fine
    }

    void rateLimitWaitsThenSends()
    {
        const int index = conversationAged(0, 20 * Hour);
        fault(u"rate-limit"_qs);
        const QString body = u"Sabırla bekliyoruz"_qs;
        QSignalSpy queued(m_sender.get(), &ReplySender::queued);
        QSignalSpy finished(m_sender.get(), &ReplySender::finished);
        m_sender->send(rowIdOf(index), body);
        // Pending, waiting for Meta's time: the row stays pending, the connection shows the limit.
        QVERIFY(QTest::qWaitFor([&queued] { return queued.size() >= 2; }, 20000));
        const ReplyOutcome waiting = queued.last().first().value<ReplyOutcome>();
        QVERIFY(waiting.waiting);
        QVERIFY(!waiting.reason.isEmpty());
        QCOMPARE(finished.size(), 0);
        const OutboxItem item = itemFor(waiting.messageId);
        QCOMPARE(item.state, OutboxState::Pending);
        QCOMPARE(item.sentAtMs, 0); // Meta did not take it: a plain resend
        QVERIFY(item.nextAttemptAtMs >= now() + 1000);
        QCOMPARE(text(u"SELECT status FROM messages WHERE id = ?1"_qs, waiting.messageId), u"pending"_qs);
        QCOMPARE(health().state, inbox::HealthState::RateLimited);
        QCOMPARE(onMeta(index, body), 0);
        // Time passes (as far as the outbox knows): it sends.
        m_offset += item.nextAttemptAtMs - now() + 10;
        QTest::qWait(5);
        m_sender->runner(kWorkspace)->wake();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<ReplyOutcome>().sent);
        QCOMPARE(onMeta(index, body), 1);
        QCOMPARE(itemFor(waiting.messageId).attempts, 2);
        QCOMPARE(health().state, inbox::HealthState::Ok);
    }

    void serverErrorIsRetried_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("sent");
        QTest::newRow("once") << 1 << true;
        QTest::newRow("every time") << -1 << false;
    }

    void serverErrorIsRetried()
    {
        QFETCH(int, failures);
        QFETCH(bool, sent);
        const int index = conversationAged(0, 20 * Hour);
        fault(u"status=500"_qs, failures);
        const QString body = u"Sunucu hatası sonrası"_qs;
        const ReplyOutcome outcome = reply(index, body);
        QCOMPARE(outcome.sent, sent);
        QCOMPARE(onMeta(index, body), sent ? 1 : 0);
        const OutboxItem item = itemFor(outcome.messageId);
        QCOMPARE(item.state, sent ? OutboxState::Done : OutboxState::Failed);
        QCOMPARE(item.attempts, sent ? 2 : fastPolicy().maxAttempts);
        if (!sent) {
            QVERIFY(!outcome.reason.isEmpty());
            QCOMPARE(text(u"SELECT status FROM messages WHERE id = ?1"_qs, outcome.messageId), u"failed"_qs);
        }
    }

    void droppedAfterMetaTookItIsNotSentAgain()
    {
        const int index = conversationAged(0, 20 * Hour);
        fault(u"drop-after"_qs);
        const QString body = u"Kargo takip numaranız: 7312 0045 8891"_qs;
        const ReplyOutcome outcome = reply(index, body);
        QVERIFY2(outcome.sent, qPrintable(outcome.reason));
        QCOMPARE(onMeta(index, body), 1); // no duplicate on Meta
        const OutboxItem item = itemFor(outcome.messageId);
        QCOMPARE(item.state, OutboxState::Done);
        QVERIFY(item.result.value(u"reconciled").toBool());
        QCOMPARE(item.attempts, 1); // one POST; the rest was reading
        QCOMPARE(item.result.value(u"messageId").toString(), metaIdOf(index, body));
        QCOMPARE(count(u"SELECT count(*) FROM messages WHERE body = ?1"_qs, body), 1);
        QCOMPARE(text(u"SELECT external_id FROM messages WHERE id = ?1"_qs, outcome.messageId), metaIdOf(index, body));
    }

    void droppedBeforeNeedsACheckThenRetrySendsOnce()
    {
        const int index = conversationAged(0, 20 * Hour);
        fault(u"drop"_qs);
        const QString body = u"Bağlantı koptu mu?"_qs;
        const ReplyOutcome outcome = reply(index, body);
        QVERIFY(!outcome.sent);
        QVERIFY(outcome.outcomeUnknown);
        QVERIFY2(outcome.reason.contains(u"Retry"_qs), qPrintable(outcome.reason));
        QCOMPARE(itemFor(outcome.messageId).state, OutboxState::NeedsCheck);
        QCOMPARE(text(u"SELECT status FROM messages WHERE id = ?1"_qs, outcome.messageId), u"failed"_qs);
        QCOMPARE(onMeta(index, body), 0);
        // The seller looked and retries: Meta still does not list it, so it is sent, once.
        QSignalSpy finished(m_sender.get(), &ReplySender::finished);
        m_sender->retry(outcome.messageId);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<ReplyOutcome>().sent);
        QCOMPARE(onMeta(index, body), 1);
        // A retry of a sent reply is refused.
        finished.clear();
        m_sender->retry(outcome.messageId);
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.first().first().value<ReplyOutcome>().reason.isEmpty());
        QCOMPARE(onMeta(index, body), 1);
    }

    void killedMidSendIsReconciled()
    {
        const int index = conversationAged(0, 20 * Hour);
        m_sender.reset(); // the child runs the outbox
        // Meta takes the message but answers only after 5 s: the child dies waiting.
        fault(u"latency=5000"_qs);
        const QString body = u"Süreç öldü mü?"_qs;
        // The reply recorded as the app records it: pending row + outbox item.
        QString rowId;
        {
            std::optional<Status> written;
            const QString conversation = rowIdOf(index);
            const qint64 at = now();
            m_writer->submit(
                [&rowId, conversation, body, at](store::Transaction &tx) -> Status {
                    auto t = MetaIngest::thread(tx, conversation);
                    if (!t)
                        return t.error();
                    auto item = inbox::MetaSendRunner::enqueueIn(tx, kWorkspace, *t, body, QString(), at);
                    if (!item)
                        return item.error();
                    rowId = item->targetId;
                    return {};
                },
                this, [&written](const Status &s) { written = s; });
            QVERIFY(QTest::qWaitFor([&written] { return written.has_value(); }, 10000));
            QVERIFY(written->ok());
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SD_REPLIES_CHILD"_qs, u"1"_qs);
        env.insert(u"SD_REPLIES_STORE"_qs, m_path);
        env.insert(u"SD_REPLIES_META"_qs, metaUrl());
        env.insert(u"SD_REPLIES_NOW"_qs, QString::number(now()));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return itemFor(rowId).state == OutboxState::Running; }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return onMeta(index, body) == 1; }, 10000));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QCOMPARE(itemFor(rowId).state, OutboxState::Running);
        QCOMPARE(text(u"SELECT status FROM messages WHERE id = ?1"_qs, rowId), u"pending"_qs);

        // The next start reconciles it: Meta has it, so it is recorded as sent and not posted again.
        m_sender = std::make_unique<ReplySender>(m_writer.get(), &m_network,
            [this](const QString &, QObject *, ReplySender::Resolved resolved) { resolved(connection()); });
        m_sender->setNowFunction([this] { return now(); });
        m_sender->setPolicy(fastPolicy());
        QSignalSpy finished(m_sender.get(), &ReplySender::finished);
        m_sender->start(kWorkspace);
        QVERIFY(finished.wait(20000));
        const ReplyOutcome outcome = finished.first().first().value<ReplyOutcome>();
        QCOMPARE(outcome.messageId, rowId);
        QVERIFY2(outcome.sent, qPrintable(outcome.reason));
        QVERIFY(itemFor(rowId).result.value(u"reconciled").toBool());
        QCOMPARE(itemFor(rowId).attempts, 1);
        QCOMPARE(onMeta(index, body), 1);
        QCOMPARE(text(u"SELECT external_id FROM messages WHERE id = ?1"_qs, rowId), metaIdOf(index, body));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("SD_REPLIES_CHILD"))
        return runChild();
    TestMetaReplies test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_metareplies.moc"
