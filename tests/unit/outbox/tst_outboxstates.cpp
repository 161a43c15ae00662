// The outbox's state machine on a real store, without any network: which transitions are allowed, what each
// one records, idempotency keys, user retries, recovery after a crash, and that a failed side effect rolls the
// whole transition back.
#include "outbox/outbox.h"
#include "store/changenotifier.h"
#include "store/storewriter.h"
#include "store/transaction.h"
#include "storetestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace sd;
using namespace sd::outbox;
using namespace sd::store::testutil;

class TestOutboxStates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::ChangeNotifier> m_notifier;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<Outbox> m_box;
    qint64 m_now = 1'000'000;
    int m_db = 0;

    template<typename T, typename F>
    Result<T> wait(F start)
    {
        std::optional<Result<T>> out;
        start([&out](const Result<T> &r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
            return Error{ u"test"_qs, 1, u"timeout"_qs };
        return *out;
    }

    Result<OutboxItem> enqueue(const QString &orderId, const QString &key = {})
    {
        return wait<OutboxItem>([&](auto done) {
            m_box->enqueue(EnqueueRequest{ u"pick"_qs, orderId, QJsonObject{ { u"n"_qs, 1 } }, key, {} }, nullptr, done);
        });
    }

    Result<OutboxItem> apply(const QString &id, const Transition &t)
    {
        return wait<OutboxItem>([&](auto done) { m_box->apply(id, t, nullptr, done); });
    }

    qint64 count(const QString &sql)
    {
        auto db = store::Database::open(m_writer->path());
        return db ? (*db)->queryInt(sql).valueOr(-1) : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"store-%1.db"_qs.arg(++m_db));
        {
            auto db = openMigrated(path);
            QVERIFY(db);
            QVERIFY(seedWorkspace(*db).ok());
            QVERIFY(db->exec(u"INSERT INTO orders(id, workspace_id, connection_id, external_id, order_number, status,"
                             u" total_minor, currency, ordered_at, updated_at) VALUES ('o1', '"_qs
                             % kWorkspace % u"', '" % kConnection % u"', '900', 'TY-900', 'created', 100, 'TRY', 1, 1),"
                             u"('o2', '" % kWorkspace % u"', '" % kConnection % u"', '901', 'TY-901', 'created', 100, 'TRY', 1, 1)")
                        .ok());
        }
        m_notifier = std::make_unique<store::ChangeNotifier>();
        auto w = store::StoreWriter::open(path, {}, m_notifier.get());
        QVERIFY(w.ok());
        m_writer = std::move(w).value();
        m_box = std::make_unique<Outbox>(m_writer.get(), kWorkspace);
        m_box->setNow([this] { return m_now; });
    }

    void cleanup()
    {
        m_box.reset();
        m_writer.reset();
        m_notifier.reset();
    }

    void transitions_data()
    {
        QTest::addColumn<OutboxState>("from");
        QTest::addColumn<OutboxState>("to");
        QTest::addColumn<bool>("allowed");
        using S = OutboxState;
        QTest::addRow("pending→running") << S::Pending << S::Running << true;
        QTest::addRow("pending→failed (refused before the call)") << S::Pending << S::Failed << true;
        QTest::addRow("pending→done (reconciled)") << S::Pending << S::Done << true;
        QTest::addRow("pending→needs check") << S::Pending << S::NeedsCheck << true;
        QTest::addRow("running→done") << S::Running << S::Done << true;
        QTest::addRow("running→pending (retry later)") << S::Running << S::Pending << true;
        QTest::addRow("running→failed") << S::Running << S::Failed << true;
        QTest::addRow("running→needs check") << S::Running << S::NeedsCheck << true;
        QTest::addRow("running→running") << S::Running << S::Running << false;
        QTest::addRow("failed→pending (user retry)") << S::Failed << S::Pending << true;
        QTest::addRow("failed→running") << S::Failed << S::Running << false;
        QTest::addRow("failed→done") << S::Failed << S::Done << false;
        QTest::addRow("needs check→pending") << S::NeedsCheck << S::Pending << true;
        QTest::addRow("needs check→done") << S::NeedsCheck << S::Done << false;
        QTest::addRow("done→pending") << S::Done << S::Pending << false;
        QTest::addRow("done→running") << S::Done << S::Running << false;
        QTest::addRow("done→failed") << S::Done << S::Failed << false;
    }

    void transitions()
    {
        QFETCH(OutboxState, from);
        QFETCH(OutboxState, to);
        QFETCH(bool, allowed);
        QCOMPARE(Outbox::isAllowed(from, to), allowed);
    }

    void stateNames()
    {
        for (OutboxState s : { OutboxState::Pending, OutboxState::Running, OutboxState::Done, OutboxState::Failed,
                 OutboxState::NeedsCheck }) {
            QCOMPARE(outboxStateFromName(outboxStateName(s)), std::optional<OutboxState>(s));
            QVERIFY(!outboxStateLabel(s).isEmpty());
        }
        QCOMPARE(outboxStateName(OutboxState::NeedsCheck), u"needs_check"_qs);
        QVERIFY(!outboxStateFromName(u"exploded"_qs));
        QVERIFY(!outboxStateFromName(u"DONE"_qs));
    }

    void enqueueOnceByKey()
    {
        QSignalSpy changed(m_box.get(), &Outbox::itemChanged);
        auto first = enqueue(u"o1"_qs, u"k"_qs);
        QVERIFY(first.ok());
        QCOMPARE(first->state, OutboxState::Pending);
        QCOMPARE(first->connectionId, kConnection);
        QCOMPARE(first->targetTable, u"orders"_qs);
        QCOMPARE(first->nextAttemptAtMs, m_now);
        QCOMPARE(first->payload.value(u"n").toInt(), 1);
        auto second = enqueue(u"o2"_qs, u"k"_qs); // same key, even for another order: the first item
        QVERIFY(second.ok());
        QCOMPARE(second->id, first->id);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_qs), 1);
        auto fresh = enqueue(u"o1"_qs); // no key: a new one each time
        QVERIFY(fresh.ok());
        QVERIFY(fresh->idempotencyKey != first->idempotencyKey);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_qs), 2);
        QCOMPARE(changed.size(), 3);
        auto missing = enqueue(u"nope"_qs);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().is(OutboxError::NotFound));
    }

    void enqueueInACallersTransaction()
    {
        auto db = store::Database::open(m_writer->path());
        QVERIFY(db.ok());
        {
            auto tx = store::Transaction::begin(**db);
            QVERIFY(tx.ok());
            QVERIFY(Outbox::enqueueIn(*tx, kWorkspace, EnqueueRequest{ u"pick"_qs, u"o1"_qs, {}, u"x"_qs, {} }, 5).ok());
            // not committed: rolled back with the caller's transaction
        }
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_qs), 0);
    }

    void lifecycle()
    {
        const QString id = enqueue(u"o1"_qs)->id;
        Transition running;
        running.to = OutboxState::Running;
        running.countAttempt = true;
        running.sentAtMs = 1'000'010;
        auto r = apply(id, running);
        QVERIFY(r.ok());
        QCOMPARE(r->attempts, 1);
        QCOMPARE(r->sentAtMs, 1'000'010);
        QCOMPARE(apply(id, running).error().code, int(OutboxError::InvalidState)); // running twice

        Transition later;
        later.to = OutboxState::Pending;
        later.nextAttemptAtMs = m_now + 5000;
        later.lastError = u"Sunucu yanıt vermedi"_qs;
        later.errorCode = u"503"_qs;
        QVERIFY(apply(id, later).ok());
        QCOMPARE(m_box->due(m_now)->size(), 0); // not yet
        QCOMPARE(*m_box->nextDueAt(), m_now + 5000);
        QCOMPARE(m_box->due(m_now + 5000)->size(), 1);

        QVERIFY(apply(id, running).ok());
        Transition failed;
        failed.to = OutboxState::Failed;
        failed.lastError = u"Reddedildi"_qs;
        failed.errorCode = u"shipment.package.status.invalid"_qs;
        failed.errorMessage = u"Package in status Picking cannot be moved to Picking"_qs;
        failed.sentAtMs = 0;
        auto f = apply(id, failed);
        QVERIFY(f.ok());
        QCOMPARE(f->attempts, 2);
        QCOMPARE(f->sentAtMs, 0);
        QCOMPARE(f->errorMessage, failed.errorMessage.value());
        OutboxQuery q;
        q.states = { OutboxState::Failed };
        QCOMPARE(m_box->list(q)->size(), 1);
        q.orderId = u"o2"_qs;
        QCOMPARE(m_box->list(q)->size(), 0);

        auto retried = wait<OutboxItem>([&](auto done) { m_box->retry(id, nullptr, done); });
        QVERIFY(retried.ok());
        QCOMPARE(retried->state, OutboxState::Pending);
        QCOMPARE(retried->attempts, 0);
        QVERIFY(retried->lastError.isEmpty());
        QCOMPARE(m_box->item(id)->attempts, 0);

        Transition done;
        done.to = OutboxState::Done;
        done.result = QJsonObject{ { u"httpStatus"_qs, 200 } };
        QVERIFY(apply(id, done).ok());
        QCOMPARE(m_box->item(id)->result.value(u"httpStatus").toInt(), 200);
        auto again = wait<OutboxItem>([&](auto cb) { m_box->retry(id, nullptr, cb); });
        QVERIFY(!again.ok());
        QVERIFY(again.error().is(OutboxError::InvalidState));
        QCOMPARE(apply(id, later).error().code, int(OutboxError::InvalidState)); // done is final
    }

    void failingSideEffectRollsBack()
    {
        const QString id = enqueue(u"o1"_qs)->id;
        QSignalSpy notified(m_notifier.get(), &store::ChangeNotifier::changed);
        Transition done;
        done.to = OutboxState::Done;
        done.alongside = [](store::Transaction &tx) -> Status {
            if (auto s = tx.database().exec(u"UPDATE orders SET platform_status = 'Picking' WHERE id = 'o1'"_qs); !s)
                return s;
            return Error{ u"test"_qs, 1, u"disk full"_qs };
        };
        QVERIFY(!apply(id, done).ok());
        QCOMPARE(m_box->item(id)->state, OutboxState::Pending);
        QCOMPARE(count(u"SELECT count(*) FROM orders WHERE platform_status IS NOT NULL"_qs), 0);
        QTest::qWait(50);
        QVERIFY(notified.isEmpty());
    }

    void recoverInterrupted()
    {
        const QString a = enqueue(u"o1"_qs)->id;
        const QString b = enqueue(u"o2"_qs)->id;
        Transition running;
        running.to = OutboxState::Running;
        running.countAttempt = true;
        running.sentAtMs = 77;
        QVERIFY(apply(a, running).ok());
        m_now += 1000;
        auto ids = wait<QStringList>([&](auto done) { m_box->recoverInterrupted(nullptr, done); });
        QVERIFY(ids.ok());
        QCOMPARE(*ids, QStringList{ a });
        const OutboxItem item = *m_box->item(a);
        QCOMPARE(item.state, OutboxState::Pending);
        QCOMPARE(item.sentAtMs, 77); // the outcome stays unknown: reconciled before anything is sent
        QCOMPARE(item.attempts, 1);
        QCOMPARE(item.nextAttemptAtMs, m_now);
        QCOMPARE(m_box->item(b)->sentAtMs, 0);
    }

    void bulk()
    {
        auto ids = wait<QStringList>(
            [&](auto done) { m_box->enqueueBulk(u"pick"_qs, { u"o2"_qs, u"o1"_qs }, {}, nullptr, done); });
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 2);
        QCOMPARE(m_box->item(ids->at(0))->targetId, u"o2"_qs);
        QCOMPARE(m_box->item(ids->at(1))->targetId, u"o1"_qs);
        const QString batch = m_box->item(ids->at(0))->batchId;
        QVERIFY(!batch.isEmpty());
        QCOMPARE(m_box->item(ids->at(1))->batchId, batch);
    }
};

QTEST_GUILESS_MAIN(TestOutboxStates)
#include "tst_outboxstates.moc"
