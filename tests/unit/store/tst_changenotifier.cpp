// Change notifications: folded per row, batched per transaction, published after commit only.
#include "storetestutil.h"

#include "store/changenotifier.h"
#include "store/transaction.h"

#include <QSignalSpy>
#include <QTest>

using namespace sd::store;

Q_DECLARE_METATYPE(QList<int>)

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding_data()
    {
        // A sequence of kinds recorded for one row, and what the batch reports (-1: nothing).
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<int>("expected");
        const int ins = int(ChangeKind::Inserted), upd = int(ChangeKind::Updated), del = int(ChangeKind::Deleted);
        QTest::newRow("insert") << QList<int>{ins} << ins;
        QTest::newRow("insert, update") << QList<int>{ins, upd, upd} << ins;
        QTest::newRow("insert, delete") << QList<int>{ins, upd, del} << -1;
        QTest::newRow("update, update") << QList<int>{upd, upd} << upd;
        QTest::newRow("update, delete") << QList<int>{upd, del} << del;
        QTest::newRow("delete, insert") << QList<int>{del, ins} << upd;
    }

    void folding()
    {
        QFETCH(QList<int>, kinds);
        QFETCH(int, expected);
        ChangeSet set;
        for (int k : kinds)
            set.record(u"orders"_qs, u"o1"_qs, ChangeKind(k));
        const ChangeBatch batch = set.batch();
        if (expected < 0) {
            QVERIFY(batch.isEmpty());
            QVERIFY(set.isEmpty());
            return;
        }
        QCOMPARE(batch.size(), 1);
        QCOMPARE(int(batch[0].kind), expected);
        QCOMPARE(batch[0].ids, QStringList{u"o1"_qs});
    }

    void groupedByTableAndKind()
    {
        ChangeSet set;
        set.record(u"orders"_qs, u"o1"_qs, ChangeKind::Inserted);
        set.record(u"messages"_qs, u"m1"_qs, ChangeKind::Updated);
        set.record(u"orders"_qs, u"o2"_qs, ChangeKind::Inserted);
        set.record(u"orders"_qs, u"o3"_qs, ChangeKind::Deleted);
        const ChangeBatch batch = set.batch();
        QCOMPARE(batch.size(), 3);
        QCOMPARE(batch[0], (Change{u"orders"_qs, ChangeKind::Inserted, {u"o1"_qs, u"o2"_qs}}));
        QCOMPARE(batch[1], (Change{u"messages"_qs, ChangeKind::Updated, {u"m1"_qs}}));
        QCOMPARE(batch[2], (Change{u"orders"_qs, ChangeKind::Deleted, {u"o3"_qs}}));
    }

    void publishedOnceAfterCommit()
    {
        auto db = Database::open(u":memory:"_qs);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"CREATE TABLE t(id TEXT)"_qs).ok());
        ChangeNotifier notifier;
        (*db)->setChangeNotifier(&notifier);
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);

        auto tx = Transaction::begin(**db);
        QVERIFY(tx.ok());
        QVERIFY((*db)->exec(u"INSERT INTO t VALUES ('a'), ('b')"_qs).ok());
        tx->recordChange(u"t"_qs, u"a"_qs, ChangeKind::Inserted);
        tx->recordChange(u"t"_qs, u"b"_qs, ChangeKind::Inserted);
        QCOMPARE(spy.count(), 0); // nothing before the commit
        QVERIFY(tx->commit().ok());
        QCOMPARE(spy.count(), 1); // one batch per transaction
        const auto batch = spy.at(0).at(0).value<ChangeBatch>();
        QCOMPARE(batch, (ChangeBatch{Change{u"t"_qs, ChangeKind::Inserted, {u"a"_qs, u"b"_qs}}}));
    }

    void nothingAfterRollback()
    {
        auto db = Database::open(u":memory:"_qs);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"CREATE TABLE t(id TEXT)"_qs).ok());
        ChangeNotifier notifier;
        (*db)->setChangeNotifier(&notifier);
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx.ok());
            tx->recordChange(u"t"_qs, u"a"_qs, ChangeKind::Inserted);
            QVERIFY(tx->rollback().ok());
        }
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx.ok());
            tx->recordChange(u"t"_qs, u"b"_qs, ChangeKind::Inserted);
        } // destroyed: rolled back
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx.ok()); // a commit without changes publishes nothing either
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
