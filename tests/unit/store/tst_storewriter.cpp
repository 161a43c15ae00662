// The writer thread: jobs run off the caller's thread, in order, each in its own transaction; results and
// change notifications come back on the caller's thread; readers see committed data.
#include "storetestutil.h"

#include "store/changenotifier.h"
#include "store/ingest.h"
#include "store/searchindex.h"
#include "store/storeerror.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace sd::store;

class TestStoreWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jobsRunOffThreadAndReportBack()
    {
        ChangeNotifier notifier;
        auto writer = StoreWriter::open(m_dir.filePath(u"w1.db"_qs), {}, &notifier);
        QVERIFY2(writer.ok(), writer ? "" : qPrintable(writer.error().message));
        QSignalSpy idle(writer->get(), &StoreWriter::idle);
        QObject context;
        ChangeBatch received;
        QList<QThread *> deliveredOn;
        connect(&notifier, &ChangeNotifier::changed, &context, [&](const ChangeBatch &batch) {
            received += batch;
            deliveredOn.append(QThread::currentThread());
        });

        QThread *jobThread = nullptr;
        QThread *doneThread = nullptr;
        QList<int> order;
        (*writer)->submit([](Transaction &tx) { return testutil::seedWorkspace(tx.database()); }, &context,
                          [&](const sd::Status &s) { QVERIFY(s.ok()); order.append(0); });
        for (int i = 1; i <= 3; ++i) {
            (*writer)->submit(
                [&jobThread, i](Transaction &tx) {
                    jobThread = QThread::currentThread();
                    const QString id = u"tag-%1"_qs.arg(i);
                    auto stmt = tx.database().cached(u"INSERT INTO tags(id, workspace_id, name, updated_at)"
                                                     u" VALUES (?1, ?2, ?3, 1)"_qs);
                    if (!stmt)
                        return sd::Status(stmt.error());
                    if (auto s = (*stmt)->bindAll(id, testutil::kWorkspace, u"Etiket %1"_qs.arg(i)); !s)
                        return s;
                    if (auto s = (*stmt)->exec(); !s)
                        return s;
                    tx.recordChange(u"tags"_qs, id, ChangeKind::Inserted);
                    return sd::Status();
                },
                &context,
                [&, i](const sd::Status &s) {
                    QVERIFY(s.ok());
                    doneThread = QThread::currentThread();
                    order.append(i);
                });
        }
        QVERIFY(idle.wait(5000) || (*writer)->pendingJobs() == 0);
        QTRY_COMPARE(order, (QList<int>{0, 1, 2, 3}));
        QVERIFY(jobThread && jobThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        // One batch per job, delivered on this (the notifier's) thread.
        QTRY_COMPARE(deliveredOn.size(), 3);
        QCOMPARE(deliveredOn, (QList<QThread *>(3, QThread::currentThread())));
        QCOMPARE(received.size(), 3);
        QCOMPARE(received.at(2), (Change{u"tags"_qs, ChangeKind::Inserted, {u"tag-3"_qs}}));

        // A read-only connection sees what the writer committed.
        auto reader = (*writer)->openReader();
        QVERIFY(reader.ok());
        QVERIFY((*reader)->isReadOnly());
        QCOMPARE(*(*reader)->queryInt(u"SELECT count(*) FROM tags"_qs), 3);
    }

    void ingestThroughTheWriter()
    {
        ChangeNotifier notifier;
        auto writer = StoreWriter::open(m_dir.filePath(u"w5.db"_qs), {}, &notifier);
        QVERIFY(writer.ok());
        QSignalSpy changes(&notifier, &ChangeNotifier::changed);
        QSignalSpy finished(writer->get(), &StoreWriter::jobFinished);
        (*writer)->submit([](Transaction &tx) { return testutil::seedWorkspace(tx.database()); });

        IngestBatch page{u"products"_qs, testutil::kWorkspace, testutil::kConnection, {}};
        for (int i = 0; i < 3; ++i)
            page.records.append({u"sku-%1"_qs.arg(i), {{u"title"_qs, u"Örme Kazak %1"_qs.arg(i)}}});
        auto submitPage = [&] {
            (*writer)->submit([page](Transaction &tx) {
                auto stats = Ingestor::upsert(tx, page);
                return stats ? sd::Status() : sd::Status(stats.error());
            });
        };
        submitPage();
        QTRY_COMPARE(finished.count(), 2);
        QTRY_COMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<ChangeBatch>().at(0).ids.size(), 3);
        submitPage(); // the same page again
        QTRY_COMPARE(finished.count(), 3);
        QVERIFY(finished.at(2).at(1).toBool());
        // Anything published would be queued before the job's result: nothing came.
        QCOMPARE(changes.count(), 1);

        auto reader = (*writer)->openReader();
        QVERIFY(reader.ok());
        SearchQuery query;
        query.text = u"ORME"_qs;
        auto found = SearchIndex::search(**reader, query);
        QVERIFY(found.ok());
        QCOMPARE(found->hits.size(), 3);
    }

    void failedJobRollsBackAndNotifiesNothing()
    {
        ChangeNotifier notifier;
        auto writer = StoreWriter::open(m_dir.filePath(u"w2.db"_qs), {}, &notifier);
        QVERIFY(writer.ok());
        QSignalSpy changes(&notifier, &ChangeNotifier::changed);
        QSignalSpy finished(writer->get(), &StoreWriter::jobFinished);
        (*writer)->submit([](Transaction &tx) {
            if (auto s = testutil::seedWorkspace(tx.database()); !s)
                return s;
            tx.recordChange(u"workspaces"_qs, testutil::kWorkspace, ChangeKind::Inserted);
            return sd::Status(storeError(StoreError::Generic, u"changed my mind"_qs));
        });
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY(finished.at(0).at(2).toString().contains(u"changed my mind"_qs));
        QCOMPARE(changes.count(), 0);
        (*writer)->submit([](Transaction &tx) {
            auto n = tx.database().queryInt(u"SELECT count(*) FROM workspaces"_qs);
            if (!n)
                return sd::Status(n.error());
            return *n == 0 ? sd::Status() : sd::Status(storeError(StoreError::Generic, u"not rolled back"_qs));
        });
        QVERIFY(finished.wait(5000));
        QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    }

    void destroyedContextSkipsCallback()
    {
        auto writer = StoreWriter::open(m_dir.filePath(u"w3.db"_qs), {}, nullptr);
        QVERIFY(writer.ok());
        QSignalSpy finished(writer->get(), &StoreWriter::jobFinished);
        bool called = false;
        auto context = std::make_unique<QObject>();
        (*writer)->submit([](Transaction &) { return sd::Status(); }, context.get(),
                          [&called](const sd::Status &) { called = true; });
        context.reset();
        QVERIFY(finished.wait(5000));
        QVERIFY(!called);
    }

    void destructorDrainsQueuedJobs()
    {
        const QString path = m_dir.filePath(u"w4.db"_qs);
        std::atomic<int> ran = 0;
        {
            auto writer = StoreWriter::open(path, {}, nullptr);
            QVERIFY(writer.ok());
            (*writer)->submit([](Transaction &tx) { return testutil::seedWorkspace(tx.database()); });
            for (int i = 0; i < 20; ++i) {
                (*writer)->submit([&ran, i](Transaction &tx) {
                    ++ran;
                    return tx.database().exec(u"INSERT INTO tags(id, workspace_id, name, updated_at) VALUES ('t%1', '"_qs.arg(i)
                                              % testutil::kWorkspace % u"', 'n%1', 1)"_qs.arg(i));
                });
            }
        } // destroyed at once
        QCOMPARE(ran.load(), 20);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(*(*db)->queryInt(u"SELECT count(*) FROM tags"_qs), 20);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"
