// Idempotent ingest: the same page twice changes nothing and reports nothing; real changes are updates.
#include "storetestutil.h"

#include "store/changenotifier.h"
#include "store/ingest.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QSignalSpy>
#include <QTest>

using namespace sd::store;
using namespace sd::store::testutil;

namespace {

IngestBatch orderPage(int count, int changedIndex = -1)
{
    IngestBatch batch{u"orders"_qs, kWorkspace, kConnection, {}};
    for (int i = 0; i < count; ++i) {
        QVariantMap fields{
            {u"order_number"_qs, u"TY-%1"_qs.arg(1000 + i)},
            {u"status"_qs, i == changedIndex ? u"shipped"_qs : u"created"_qs},
            {u"total_minor"_qs, 12990 + i},
            {u"currency"_qs, u"TRY"_qs},
            {u"ordered_at"_qs, qint64(1700000000000) + i},
            {u"shipping_name"_qs, u"Çağrı Öztürk"_qs},
            {u"shipping_city"_qs, u"İstanbul"_qs},
        };
        batch.records.append(IngestRecord{u"ext-%1"_qs.arg(i), fields});
    }
    return batch;
}

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = openMigrated(u":memory:"_qs);
        QVERIFY(m_db);
        QVERIFY(seedWorkspace(*m_db).ok());
        m_notifier = std::make_unique<ChangeNotifier>();
        m_db->setChangeNotifier(m_notifier.get());
    }
    void cleanup()
    {
        m_db.reset();
        m_notifier.reset();
    }

    void samePageTwiceChangesNothing()
    {
        QSignalSpy spy(m_notifier.get(), &ChangeNotifier::changed);
        auto first = ingest(orderPage(50));
        QVERIFY(first.ok());
        QCOMPARE(first->inserted, 50);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<ChangeBatch>().at(0).ids, first->ids);
        const QString before = *m_db->queryText(u"SELECT group_concat(id || updated_at || content_hash) FROM orders"_qs);

        auto second = ingest(orderPage(50));
        QVERIFY(second.ok());
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->unchanged, 50);
        QCOMPARE(second->ids, first->ids);
        QCOMPARE(spy.count(), 1); // no spurious updates
        QCOMPARE(*m_db->queryText(u"SELECT group_concat(id || updated_at || content_hash) FROM orders"_qs), before);
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM orders"_qs), 50);
    }

    void changedRecordIsOneUpdate()
    {
        auto first = ingest(orderPage(10));
        QVERIFY(first.ok());
        QSignalSpy spy(m_notifier.get(), &ChangeNotifier::changed);
        auto second = ingest(orderPage(10, 7), 2000);
        QVERIFY(second.ok());
        QCOMPARE(second->updated, 1);
        QCOMPARE(second->unchanged, 9);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<ChangeBatch>(),
                 (ChangeBatch{Change{u"orders"_qs, ChangeKind::Updated, {first->ids[7]}}}));
        QCOMPARE(*m_db->queryText(u"SELECT status || updated_at FROM orders WHERE external_id = 'ext-7'"_qs),
                 u"shipped2000"_qs);
    }

    void fieldOrderDoesNotMatter()
    {
        QVariantMap a{{u"x"_qs, 1}, {u"y"_qs, u"ş"_qs}};
        QVariantMap b;
        b.insert(u"y"_qs, u"ş"_qs);
        b.insert(u"x"_qs, 1);
        QCOMPARE(Ingestor::contentHash(a), Ingestor::contentHash(b));
        b.insert(u"x"_qs, 2);
        QVERIFY(Ingestor::contentHash(a) != Ingestor::contentHash(b));
        QVERIFY(Ingestor::contentHash({{u"x"_qs, QVariant()}}) != Ingestor::contentHash({{u"x"_qs, u""_qs}}));
    }

    // Stored hashes must not change between versions (a changed hash rewrites every row on the next sync).
    // Expected value: SHA-1 over "key\0" + tag + value + "\0" per field in key order, computed independently.
    void contentHashIsStable()
    {
        const QVariantMap fields{
            {u"body"_qs, u"Çağrı İSTANBUL kargo"_qs},
            {u"n"_qs, qint64(42)},
            {u"d"_qs, 1.5},
            {u"flag"_qs, true},
            {u"blob"_qs, QByteArray("\x00\x01", 2)},
            {u"none"_qs, QVariant()},
            {u"ref"_qs, QVariant::fromValue(ExternalRef{u"conversations"_qs, u"conv-7"_qs})},
        };
        QCOMPARE(Ingestor::contentHash(fields).toHex(), QByteArray("f6c08fb05124aafb6d3a46af91d3c9f7ddaf9022"));
    }

    void referencesResolveWithinTheConnection()
    {
        IngestBatch conversations{u"conversations"_qs, kWorkspace, kOtherConnection, {}};
        conversations.records.append({u"thread-1"_qs, {{u"subject"_qs, u"Kargo nerede?"_qs}}});
        auto conv = ingest(conversations);
        QVERIFY(conv.ok());

        IngestBatch messages{u"messages"_qs, kWorkspace, kOtherConnection, {}};
        messages.records.append(
            {u"mid-1"_qs,
             {{u"conversation_id"_qs, QVariant::fromValue(ExternalRef{u"conversations"_qs, u"thread-1"_qs})},
              {u"direction"_qs, u"in"_qs},
              {u"body"_qs, u"Merhaba, siparişim ne zaman gelir?"_qs},
              {u"sent_at"_qs, qint64(1700000000000)}}});
        auto msg = ingest(messages);
        QVERIFY2(msg.ok(), msg ? "" : qPrintable(msg.error().message));
        QCOMPARE(*m_db->queryText(u"SELECT conversation_id FROM messages"_qs), conv->ids[0]);
        // Same page again: unchanged (the reference is hashed as given, not as resolved).
        msg = ingest(messages);
        QVERIFY(msg.ok());
        QCOMPARE(msg->unchanged, 1);

        // The same external thread id on another connection is a different conversation.
        messages.connectionId = kConnection;
        auto wrong = ingest(messages);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().is(StoreError::NotFound));
    }

    void badInputIsRefusedAndRolledBack_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("expected");
        QTest::newRow("not a platform table") << u"workspaces"_qs << u"name"_qs << int(StoreError::InvalidArgument);
        QTest::newRow("unknown column") << u"orders"_qs << u"no_such_column"_qs << int(StoreError::InvalidArgument);
        QTest::newRow("reserved column") << u"orders"_qs << u"id"_qs << int(StoreError::InvalidArgument);
        QTest::newRow("injection attempt") << u"orders"_qs << u"status\" = 'x'; --"_qs << int(StoreError::InvalidArgument);
        QTest::newRow("check constraint") << u"orders"_qs << u"currency"_qs << int(StoreError::Constraint);
    }

    void badInputIsRefusedAndRolledBack()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(int, expected);
        QSignalSpy spy(m_notifier.get(), &ChangeNotifier::changed);
        IngestBatch batch = orderPage(3);
        batch.table = table;
        batch.records[2].fields.insert(column, u"bad value"_qs);
        auto result = ingest(batch);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, expected);
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM orders"_qs), 0); // the whole page or nothing
        QCOMPARE(spy.count(), 0);
    }

    // New messages and orders are indexed once per batch (0004_search_batched_ingest.sql): the index must hold
    // exactly what the per-row triggers would have written, also for a record repeated within a page (insert,
    // then update) and for tombstones, and the triggers work as before outside ingest.
    void batchedSearchIndexMatchesTheTriggers()
    {
        IngestBatch conversations{u"conversations"_qs, kWorkspace, kConnection, {}};
        conversations.records.append({u"thread-1"_qs, {{u"subject"_qs, u"Kargo"_qs}}});
        QVERIFY(ingest(conversations).ok());

        IngestBatch messages{u"messages"_qs, kWorkspace, kConnection, {}};
        for (int i = 0; i < 30; ++i) {
            messages.records.append(
                {u"m-%1"_qs.arg(i),
                 {{u"conversation_id"_qs, QVariant::fromValue(ExternalRef{u"conversations"_qs, u"thread-1"_qs})},
                  {u"direction"_qs, u"in"_qs},
                  {u"body"_qs, u"İSTANBUL'a kargo %1 ne zaman?"_qs.arg(i)},
                  {u"sent_at"_qs, qint64(1700000000000) + i},
                  {u"deleted"_qs, i == 7 ? 1 : 0}}});
        }
        IngestRecord again = messages.records[3];
        again.fields.insert(u"body"_qs, u"Çağrı bey, Iğdır şubesinde"_qs);
        messages.records.append(again); // the same message later in the same page
        auto msg = ingest(messages);
        QVERIFY2(msg.ok(), msg ? "" : qPrintable(msg.error().message));
        QCOMPARE(msg->inserted, 30);
        QCOMPARE(msg->updated, 1);

        IngestBatch orders = orderPage(12);
        IngestRecord order = orders.records[5];
        order.fields.insert(u"shipping_city"_qs, u"Ağrı"_qs);
        orders.records.append(order);
        QVERIFY(ingest(orders).ok());
        QVERIFY(!m_db->searchDeferred());
        QCOMPARE(*m_db->queryInt(u"SELECT sd_search_deferred()"_qs), 0);

        // Outside ingest the triggers index as before.
        QVERIFY(m_db->exec(u"INSERT INTO messages(id, workspace_id, connection_id, external_id, conversation_id,"
                           u" direction, body, sent_at, updated_at) SELECT 'direct', workspace_id, connection_id,"
                           u" 'm-direct', id, 'out', 'Elden teslim', 1, 1 FROM conversations"_qs)
                    .ok());

        const QString expected = u"SELECT group_concat(r || '|' || t || '|' || a, ';') FROM ("
                                 u" SELECT seq * 8 + 1 AS r, body AS t, '' AS a FROM messages WHERE deleted = 0"
                                 u" UNION ALL SELECT seq * 8 + 4, order_number, coalesce(shipping_name, '') || ' ' ||"
                                 u" coalesce(shipping_city, '') FROM orders WHERE deleted = 0 ORDER BY 1)"_qs;
        const QString actual = u"SELECT group_concat(r || '|' || t || '|' || a, ';') FROM ("
                               u" SELECT rowid AS r, text AS t, aux AS a FROM search_fts ORDER BY rowid)"_qs;
        QCOMPARE(*m_db->queryText(actual), *m_db->queryText(expected));
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM search_fts"_qs), 29 + 1 + 12);
        QVERIFY(m_db->exec(u"INSERT INTO search_fts(search_fts) VALUES('integrity-check')"_qs).ok());
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"igdir\"'"_qs), 1);
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"agri\"'"_qs), 1);
    }

    // A page that fails part-way leaves the flag off, and what it inserted is indexed (a caller that commits
    // anyway gets no rows missing from search).
    void failedBatchLeavesTheIndexConsistent()
    {
        IngestBatch batch = orderPage(3);
        batch.records[2].fields.insert(u"currency"_qs, u"bad value"_qs);
        auto tx = Transaction::begin(*m_db);
        QVERIFY(tx.ok());
        QVERIFY(!Ingestor::upsert(*tx, batch, 1000).ok());
        QVERIFY(!m_db->searchDeferred());
        QVERIFY(tx->commit().ok());
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM orders"_qs), 2);
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM search_fts"_qs), 2);
    }

    // New rows go in several at a time (multi-row INSERTs of up to 64 rows): a record repeating an external id of
    // the same page still finds the first one, and a failure deep in a large page leaves the rows ahead of it in
    // and indexed, as with one INSERT per row.
    void largePagesKeepRecordOrderSemantics()
    {
        IngestBatch batch = orderPage(200);
        batch.records[150].externalId = u"ext-10"_qs; // same order again, later in the page, changed
        batch.records[150].fields.insert(u"status"_qs, u"shipped"_qs);
        batch.records[170].fields.insert(u"currency"_qs, u"bad value"_qs);
        auto tx = Transaction::begin(*m_db);
        QVERIFY(tx.ok());
        QVERIFY(!Ingestor::upsert(*tx, batch, 1000).ok());
        QVERIFY(tx->commit().ok());
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM orders"_qs), 169); // records 0..169 less the repeat
        QCOMPARE(*m_db->queryText(u"SELECT status FROM orders WHERE external_id = 'ext-10'"_qs), u"shipped"_qs);
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM orders WHERE external_id = 'ext-169'"_qs), 1);
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM orders WHERE external_id = 'ext-170'"_qs), 0);
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM search_fts"_qs), 169);

        // The whole page again (fixed): 169 unchanged but ext-10 (back to "created"), 31 new, in record order.
        batch = orderPage(200);
        auto stats = ingest(batch);
        QVERIFY2(stats.ok(), stats ? "" : qPrintable(stats.error().message));
        QCOMPARE(stats->inserted, 31);
        QCOMPARE(stats->updated, 1);
        QCOMPARE(stats->unchanged, 168);
        QCOMPARE(stats->ids.size(), 200);
        for (int i = 0; i < 200; i += 37) {
            QCOMPARE(*m_db->queryText(u"SELECT id FROM orders WHERE external_id = 'ext-%1'"_qs.arg(i)),
                     stats->ids.at(i));
        }
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM orders"_qs), 200);
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM search_fts"_qs), 200);
        QVERIFY(m_db->exec(u"INSERT INTO search_fts(search_fts) VALUES('integrity-check')"_qs).ok());
    }

private:
    // One transaction per batch, committed only when the whole batch went in.
    sd::Result<IngestStats> ingest(const IngestBatch &batch, qint64 now = 1000)
    {
        auto tx = Transaction::begin(*m_db);
        if (!tx)
            return tx.error();
        auto stats = Ingestor::upsert(*tx, batch, now);
        if (!stats)
            return stats.error();
        if (auto s = tx->commit(); !s)
            return s.error();
        return stats;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
