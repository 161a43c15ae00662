// Migrations: every historical schema version reaches the latest one with its data; a newer database is refused.
#include "storetestutil.h"

#include "store/searchindex.h"
#include "store/storeerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd::store;

namespace {

// The schema as SQLite describes it, independent of creation order.
QStringList schemaOf(Database &db)
{
    QStringList out;
    auto stmt = db.prepare(u"SELECT type, name, sql FROM sqlite_schema ORDER BY type, name");
    if (!stmt)
        return out;
    while (stmt->step().valueOr(false))
        out.append(stmt->text(0) % u' ' % stmt->text(1) % u' ' % stmt->text(2));
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migrationsAreNumberedWithoutGaps()
    {
        const auto &all = Migrator::migrations();
        QVERIFY(all.size() >= 2);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].version, int(i + 1));
            QVERIFY(!all[i].sql.isEmpty());
        }
        QCOMPARE(Migrator::latestVersion(), int(all.size()));
    }

    void everyHistoricalVersionMigrates_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v <= Migrator::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void everyHistoricalVersionMigrates()
    {
        QFETCH(int, from);
        auto fresh = testutil::openMigrated(m_dir.filePath(u"fresh-%1.db"_qs.arg(from)));
        QVERIFY(fresh);

        const QString path = m_dir.filePath(u"old-%1.db"_qs.arg(from));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Migrator::migrateTo(**db, from).ok());
            QCOMPARE(*(*db)->userVersion(), from);
            if (from >= 1) {
                // Data written by the old version must survive and, from v2 on, be searchable.
                QVERIFY(testutil::seedWorkspace(**db).ok());
                QVERIFY((*db)->exec(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id,"
                                    u" created_at, updated_at) VALUES ('c1', '"_qs
                                    % testutil::kWorkspace % u"', '" % testutil::kConnection
                                    % u"', 'ext-c1', 1, 1);"
                                      u"INSERT INTO messages(id, workspace_id, connection_id, external_id,"
                                      u" conversation_id, direction, body, sent_at, updated_at) VALUES ('m1', '"
                                    % testutil::kWorkspace % u"', '" % testutil::kConnection
                                    % u"', 'ext-m1', 'c1', 'in', 'Kargom İSTANBUL şubesinde', 5, 5);"
                                      u"INSERT INTO outbox(id, workspace_id, connection_id, action, payload,"
                                      u" idempotency_key, state, attempts, created_at, updated_at) VALUES ('ob1', '"
                                    % testutil::kWorkspace % u"', '" % testutil::kConnection
                                    % u"', 'pick', '{}', 'key-1', 'failed', 2, 7, 7);"
                                      u"INSERT INTO attachments(id, workspace_id, message_id, connection_id, external_id,"
                                      u" kind, remote_url, updated_at) VALUES ('a1', '"
                                    % testutil::kWorkspace % u"', 'm1', '" % testutil::kConnection
                                    % u"', 'ext-a1', 'image', 'https://example.com/a.jpg', 5);"
                                      u"INSERT INTO orders(id, workspace_id, connection_id, external_id, order_number,"
                                      u" status, total_minor, currency, ordered_at, updated_at) VALUES ('o1', '"
                                    % testutil::kWorkspace % u"', '" % testutil::kConnection
                                    % u"', 'ext-o1', '1001', 'created', 12990, 'TRY', 3, 3);"
                                      u"INSERT INTO order_lines(id, workspace_id, order_id, title, quantity,"
                                      u" unit_price_minor, currency, updated_at) VALUES ('l1', '"
                                    % testutil::kWorkspace % u"', 'o1', 'Kupa', 1, 12990, 'TRY', 3);")
                                .ok());
            }
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const sd::Status migrated = Migrator::migrate(**db);
        QVERIFY2(migrated.ok(), migrated ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*(*db)->userVersion(), Migrator::latestVersion());
        QCOMPARE(*(*db)->queryText(u"PRAGMA integrity_check"_qs), u"ok"_qs);
        QCOMPARE(*(*db)->queryInt(u"SELECT count(*) FROM pragma_foreign_key_check"_qs), 0);
        QCOMPARE(schemaOf(**db), schemaOf(*fresh));
        if (from >= 1) {
            // The attachments rebuild of 0006 keeps rows (and their ids) as they were.
            QCOMPARE(*(*db)->queryText(u"SELECT kind || ' ' || remote_url || ' ' || message_id FROM attachments WHERE id = 'a1'"_qs),
                     u"image https://example.com/a.jpg m1"_qs);
            QCOMPARE(*(*db)->queryText(u"SELECT body FROM messages WHERE id = 'm1'"_qs),
                     u"Kargom İSTANBUL şubesinde"_qs);
            SearchQuery query;
            query.text = u"istanbul"_qs;
            auto page = SearchIndex::search(**db, query);
            QVERIFY(page.ok());
            QCOMPARE(page->hits.size(), 1);
            QCOMPARE(page->hits[0].id, u"m1"_qs);
            // 0010: orders and lines of any version keep their rows; a line has no image yet, and the order's
            // status history can be written (and goes with the order).
            QVERIFY((*db)->queryInt(u"SELECT count(*) FROM order_lines WHERE id = 'l1' AND image_url IS NULL"_qs).valueOr(0) == 1);
            QVERIFY((*db)->exec(u"INSERT INTO order_status_history(order_id, from_status, to_status, platform_status,"
                                u" changed_at, source) VALUES ('o1', 'new', 'picking', 'Picking', 9, 'sync')"_qs)
                        .ok());
            QVERIFY((*db)->exec(u"DELETE FROM orders WHERE id = 'o1'"_qs).ok());
            QCOMPARE(*(*db)->queryInt(u"SELECT count(*) FROM order_status_history"_qs), 0);
            // The outbox (rebuilt by 0005) keeps its items.
            QCOMPARE(*(*db)->queryText(u"SELECT state || ':' || attempts || ':' || idempotency_key FROM outbox"
                                       u" WHERE id = 'ob1'"_qs),
                     u"failed:2:key-1"_qs);
        }
        // Migrating again is a no-op.
        QVERIFY(Migrator::migrate(**db).ok());
    }

    void metaInboxColumns_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        const QString att = u"INSERT INTO attachments(id, workspace_id, message_id, connection_id, external_id, kind, updated_at)"
                            u" VALUES ('x', '"_qs % testutil::kWorkspace % u"', 'm1', '" % testutil::kConnection % u"', 'ext-x', '";
        for (const char *kind : {"image", "video", "audio", "file", "sticker", "story_reply", "story_mention", "share", "unsupported"})
            QTest::addRow("attachment %s", kind) << QString(att + QLatin1String(kind) + u"', 1)") << true;
        QTest::newRow("attachment hologram") << QString(att + u"hologram', 1)") << false;
        QTest::newRow("channel instagram") << u"UPDATE conversations SET channel = 'instagram' WHERE id = 'c1'"_qs << true;
        QTest::newRow("channel tiktok") << u"UPDATE conversations SET channel = 'tiktok' WHERE id = 'c1'"_qs << false;
        QTest::newRow("unsent") << u"UPDATE messages SET unsent = 1, reactions_json = '[]', failure_reason = 'x' WHERE id = 'm1'"_qs << true;
        QTest::newRow("unsent 2") << u"UPDATE messages SET unsent = 2 WHERE id = 'm1'"_qs << false;
    }

    void metaInboxColumns()
    {
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        QString name = u"inbox-%1.db"_qs.arg(QString::fromLatin1(QTest::currentDataTag()));
        name.replace(u' ', u'_');
        auto db = testutil::openMigrated(m_dir.filePath(name));
        QVERIFY(db);
        QVERIFY(testutil::seedWorkspace(*db).ok());
        QVERIFY(db->exec(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, created_at, updated_at)"
                         u" VALUES ('c1', '"_qs % testutil::kWorkspace % u"', '" % testutil::kConnection
                         % u"', 'ext-c1', 1, 1); INSERT INTO messages(id, workspace_id, connection_id, external_id,"
                           u" conversation_id, direction, body, sent_at, updated_at) VALUES ('m1', '"
                         % testutil::kWorkspace % u"', '" % testutil::kConnection % u"', 'ext-m1', 'c1', 'in', '', 5, 5);")
                    .ok());
        QCOMPARE(db->exec(sql).ok(), accepted);
    }

    // 0008: the inbox workflow. Members (one "me" per workspace), snooze times, folded label keys, and the trigger
    // by which a customer's new message reopens a done or snoozed conversation.
    void inboxWorkflowSchema_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("check"); // a query answering 1 after sql ran (when accepted)
        const QString ws = testutil::kWorkspace;
        QTest::newRow("member") << QString(u"INSERT INTO workspace_members(id, workspace_id, display_name, updated_at) VALUES ('a', '"_qs % ws % u"', 'Ayşe', 1)")
                                << true << u"SELECT count(*) = 1 FROM workspace_members WHERE is_me = 0"_qs;
        QTest::newRow("second me") << QString(u"INSERT INTO workspace_members(id, workspace_id, display_name, is_me, updated_at) VALUES ('me2', '"_qs % ws % u"', 'me', 1, 1)")
                                   << false << QString();
        QTest::newRow("is_me 2") << QString(u"INSERT INTO workspace_members(id, workspace_id, display_name, is_me, updated_at) VALUES ('x', '"_qs % ws % u"', 'x', 2, 1)")
                                 << false << QString();
        QTest::newRow("snooze") << u"UPDATE conversations SET snoozed_until = 99 WHERE id = 'c1'"_qs << true
                                << u"SELECT snoozed_until = 99 FROM conversations WHERE id = 'c1'"_qs;
        QTest::newRow("tag fold key") << QString(u"INSERT INTO tags(id, workspace_id, name, fold_key, updated_at) VALUES ('t', '"_qs % ws % u"', 'İade', 'iade', 1)")
                                      << true << u"SELECT count(*) = 1 FROM tags WHERE fold_key = 'iade'"_qs;
        QTest::newRow("inbound reopens done") << u"UPDATE conversations SET status = 'closed' WHERE id = 'c1'; UPDATE conversations SET last_inbound_at = 10 WHERE id = 'c1'"_qs
                                              << true << u"SELECT status = 'open' FROM conversations WHERE id = 'c1'"_qs;
        QTest::newRow("inbound ends snooze") << u"UPDATE conversations SET snoozed_until = 99, last_inbound_at = 5 WHERE id = 'c1'; UPDATE conversations SET last_inbound_at = 10 WHERE id = 'c1'"_qs
                                             << true << u"SELECT snoozed_until IS NULL FROM conversations WHERE id = 'c1'"_qs;
        QTest::newRow("older inbound leaves it done") << u"UPDATE conversations SET last_inbound_at = 10 WHERE id = 'c1'; UPDATE conversations SET status = 'closed' WHERE id = 'c1'; UPDATE conversations SET last_inbound_at = 10 WHERE id = 'c1'"_qs
                                                      << true << u"SELECT status = 'closed' FROM conversations WHERE id = 'c1'"_qs;
    }

    void inboxWorkflowSchema()
    {
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        QFETCH(QString, check);
        QString name = u"workflow-%1.db"_qs.arg(QString::fromLatin1(QTest::currentDataTag()));
        name.replace(u' ', u'_');
        auto db = testutil::openMigrated(m_dir.filePath(name));
        QVERIFY(db);
        QVERIFY(testutil::seedWorkspace(*db).ok());
        QVERIFY(db->exec(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, created_at, updated_at)"
                         u" VALUES ('c1', '"_qs % testutil::kWorkspace % u"', '" % testutil::kConnection % u"', 'ext-c1', 1, 1);"
                         u"INSERT INTO workspace_members(id, workspace_id, display_name, is_me, updated_at) VALUES ('me', '"
                         % testutil::kWorkspace % u"', 'me', 1, 1)")
                    .ok());
        QCOMPARE(db->exec(sql).ok(), accepted);
        if (accepted)
            QCOMPARE(*db->queryInt(check), 1);
    }

    // 0010: the history's source is 'sync' or 'action'; the detail pane reads an order's rows through the index.
    void orderStatusHistory_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("sync") << u"sync"_qs << true;
        QTest::addRow("action") << u"action"_qs << true;
        QTest::addRow("other") << u"import"_qs << false;
    }

    void orderStatusHistory()
    {
        QFETCH(QString, source);
        QFETCH(bool, accepted);
        auto db = testutil::openMigrated(m_dir.filePath(u"history-%1.db"_qs.arg(source)));
        QVERIFY(db);
        QVERIFY(testutil::seedWorkspace(*db).ok());
        QVERIFY(db->exec(u"INSERT INTO orders(id, workspace_id, connection_id, external_id, order_number, status,"
                         u" total_minor, currency, ordered_at, updated_at) VALUES ('o1', '"_qs
                         % testutil::kWorkspace % u"', '" % testutil::kConnection
                         % u"', 'ext-o1', '1001', 'created', 100, 'TRY', 1, 1)")
                    .ok());
        QCOMPARE(db->exec(u"INSERT INTO order_status_history(order_id, to_status, changed_at, source)"
                          u" VALUES ('o1', 'picking', 5, '"_qs % source % u"')")
                     .ok(),
                 accepted);
        auto plan = db->prepare(u"EXPLAIN QUERY PLAN SELECT to_status FROM order_status_history WHERE order_id = 'o1'"
                                u" ORDER BY changed_at, seq"_qs);
        QVERIFY(plan.ok());
        QString details;
        while (plan->step().valueOr(false))
            details += plan->text(3) + u'\n';
        QVERIFY2(details.contains(u"order_status_history_order"_qs), qPrintable(details));
    }

    // 0007: the Orders view pages with keyset queries ORDER BY <key>, seq; the planner must walk an index for
    // them instead of sorting 200 000 rows per page.
    void ordersViewQueriesUseTheirIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        QTest::addRow("date") << u"SELECT seq FROM orders o WHERE o.deleted = 0 ORDER BY o.ordered_at DESC, o.seq DESC LIMIT 10"_qs
                              << u"orders_view_date"_qs;
        QTest::addRow("status+date")
            << u"SELECT seq FROM orders o WHERE o.deleted = 0 AND o.unified_status = 'new' ORDER BY o.ordered_at DESC, o.seq DESC LIMIT 10"_qs
            << u"orders_view_status_date"_qs;
        QTest::addRow("customer")
            << u"SELECT seq FROM orders o WHERE o.deleted = 0 ORDER BY coalesce(o.customer_name, o.shipping_name, '') ASC, o.seq ASC LIMIT 10"_qs
            << u"orders_view_customer"_qs;
        QTest::addRow("total") << u"SELECT seq FROM orders o WHERE o.deleted = 0 ORDER BY o.total_minor DESC, o.seq DESC LIMIT 10"_qs
                               << u"orders_view_total"_qs;
        QTest::addRow("status")
            << u"SELECT seq FROM orders o WHERE o.deleted = 0 ORDER BY o.unified_status ASC, o.seq ASC LIMIT 10 OFFSET 100"_qs
            << u"orders_view_status"_qs;
        QTest::addRow("sku prefix")
            << u"SELECT order_id FROM order_lines l WHERE upper(l.sku) >= 'AB' AND upper(l.sku) < 'AC'"_qs
            << u"order_lines_sku_upper"_qs;
        QTest::addRow("status counts")
            << u"SELECT unified_status, count(*) FROM orders o WHERE o.deleted = 0 GROUP BY unified_status"_qs
            << u"COVERING INDEX orders_view_counts"_qs;
        QTest::addRow("count") << u"SELECT count(*) FROM orders o WHERE o.deleted = 0"_qs << u"COVERING INDEX"_qs;
        QTest::addRow("channel counts")
            << u"SELECT o.connection_id, count(*) FROM orders o WHERE o.deleted = 0 GROUP BY o.unified_status, o.connection_id"_qs
            << u"COVERING INDEX orders_view_counts"_qs;
        QTest::addRow("date range count")
            << u"SELECT count(*) FROM orders o WHERE o.deleted = 0 AND o.ordered_at >= 5 AND o.ordered_at < 9"_qs
            << u"orders_view_date (ordered_at>? AND ordered_at<?)"_qs;
        QTest::addRow("channel page")
            << u"SELECT seq FROM orders o WHERE o.deleted = 0 AND o.connection_id = 'c' ORDER BY o.ordered_at DESC, o.seq DESC LIMIT 10"_qs
            << u"orders_view_connection"_qs;
        QTest::addRow("channel count")
            << u"SELECT count(*) FROM orders o WHERE o.deleted = 0 AND o.connection_id = 'c'"_qs
            << u"COVERING INDEX orders_view_connection"_qs;
        QTest::addRow("status keyset page")
            << u"SELECT seq FROM orders o WHERE o.deleted = 0 AND o.unified_status = 'new' AND o.ordered_at <= 5 AND (o.ordered_at < 5 OR o.seq < 3) ORDER BY o.ordered_at DESC, o.seq DESC LIMIT 10"_qs
            << u"orders_view_status_date"_qs;
    }

    void ordersViewQueriesUseTheirIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        auto db = testutil::openMigrated(m_dir.filePath(u"plan.db"_qs));
        QVERIFY(db);
        auto plan = db->prepare(QString(u"EXPLAIN QUERY PLAN "_qs + sql));
        QVERIFY(plan.ok());
        QString details;
        while (plan->step().valueOr(false))
            details += plan->text(3) + u'\n';
        QVERIFY2(details.contains(index), qPrintable(details));
        QVERIFY2(!details.contains(u"TEMP B-TREE"_qs), qPrintable(details));
    }

    // 0009: the inbox list pages ORDER BY ifnull(last_message_at, 0) DESC, seq DESC (core/inbox/inboxquery.cpp);
    // the first page walks conversations_inbox_activity, a later page seeks into it (no sort, no full scan).
    void inboxListUsesTheActivityIndex_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("plan");
        const QString base = u"SELECT seq FROM conversations WHERE deleted = 0 AND (?1 = 0 OR unread_count > 0)"
                             u" AND (ifnull(?2, '') = '' OR channel = ?2) AND ifnull(last_message_at, 0) <= ?4"
                             u" AND (?3 = 0 OR ifnull(last_message_at, 0) < ?4 OR seq < ?5)"
                             u" ORDER BY ifnull(last_message_at, 0) DESC, seq DESC LIMIT ?6"_qs;
        QTest::addRow("page") << base << u"SEARCH conversations USING INDEX conversations_inbox_activity (<expr><?)"_qs;
    }

    void inboxListUsesTheActivityIndex()
    {
        QFETCH(QString, sql);
        QFETCH(QString, plan);
        auto db = testutil::openMigrated(m_dir.filePath(u"inboxplan.db"_qs));
        QVERIFY(db);
        auto st = db->prepare(QString(u"EXPLAIN QUERY PLAN "_qs + sql));
        QVERIFY(st.ok());
        QString details;
        while (st->step().valueOr(false))
            details += st->text(3) + u'\n';
        QVERIFY2(details.contains(plan), qPrintable(details));
        QVERIFY2(!details.contains(u"TEMP B-TREE"_qs), qPrintable(details));
    }

    // 0009: the media cache keys by URL hash and refuses a negative size; a draft goes with its conversation.
    void mediaCacheAndDrafts()
    {
        auto db = testutil::openMigrated(m_dir.filePath(u"media.db"_qs));
        QVERIFY(db);
        QVERIFY(testutil::seedWorkspace(*db).ok());
        QVERIFY(db->exec(u"INSERT INTO media_cache(url_hash, url, mime, byte_size, bytes, fetched_at, last_used_at)"
                         u" VALUES (x'01', 'https://a/1.jpg', 'image/png', 3, x'010203', 1, 1)"_qs).ok());
        QVERIFY(!db->exec(u"INSERT INTO media_cache(url_hash, url, mime, byte_size, bytes, fetched_at, last_used_at)"
                          u" VALUES (x'01', 'https://a/2.jpg', 'image/png', 3, x'010203', 1, 1)"_qs).ok());
        QVERIFY(!db->exec(u"INSERT INTO media_cache(url_hash, url, mime, byte_size, bytes, fetched_at, last_used_at)"
                          u" VALUES (x'02', 'https://a/2.jpg', 'image/png', -1, x'', 1, 1)"_qs).ok());
        QVERIFY(db->exec(u"INSERT INTO conversations(id, workspace_id, connection_id, external_id, created_at, updated_at)"
                         u" VALUES ('c1', '"_qs % testutil::kWorkspace % u"', '" % testutil::kConnection
                         % u"', 'ext-c1', 1, 1); INSERT INTO drafts(conversation_id, body, updated_at) VALUES ('c1', 'x', 1);")
                    .ok());
        QVERIFY(!db->exec(u"INSERT INTO drafts(conversation_id, body, updated_at) VALUES ('nope', 'x', 1)"_qs).ok());
        QVERIFY(db->exec(u"DELETE FROM conversations WHERE id = 'c1'"_qs).ok());
        QCOMPARE(*db->queryInt(u"SELECT count(*) FROM drafts"_qs), 0);
    }

    // 0011: saved replies. A shortcut is unique per workspace by its folded key among the rows not deleted; a
    // tombstone frees it; a reply goes with its workspace.
    void savedReplies_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        const QString ws = testutil::kWorkspace;
        const QString insert = u"INSERT INTO saved_replies(id, workspace_id, shortcut, shortcut_key, body, updated_at) VALUES "_qs;
        QTest::newRow("another shortcut") << QString(insert % u"('b', '" % ws % u"', 'iade', 'iade', 'x', 1)") << true;
        QTest::newRow("same key") << QString(insert % u"('b', '" % ws % u"', 'KARGO', 'kargo', 'x', 1)") << false;
        QTest::newRow("same key, deleted") << QString(insert % u"('b', '" % ws % u"', 'KARGO', 'kargo', 'x', 1);"
                                                     u"UPDATE saved_replies SET deleted = 1 WHERE id = 'a'") << false;
        QTest::newRow("after a tombstone") << QString(u"UPDATE saved_replies SET deleted = 1 WHERE id = 'a';"_qs % insert
                                                      % u"('b', '" % ws % u"', 'KARGO', 'kargo', 'x', 1)") << true;
        QTest::newRow("same id") << QString(insert % u"('a', '" % ws % u"', 'iade', 'iade', 'x', 1)") << false;
        QTest::newRow("empty shortcut") << QString(insert % u"('b', '" % ws % u"', '', '', 'x', 1)") << false;
        QTest::newRow("empty body") << QString(insert % u"('b', '" % ws % u"', 'iade', 'iade', '', 1)") << false;
        QTest::newRow("no workspace") << QString(insert % u"('b', 'nope', 'iade', 'iade', 'x', 1)") << false;
        QTest::newRow("deleted 2") << u"UPDATE saved_replies SET deleted = 2 WHERE id = 'a'"_qs << false;
    }

    void savedReplies()
    {
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        QString name = u"replies-%1.db"_qs.arg(QString::fromLatin1(QTest::currentDataTag()));
        name.replace(u' ', u'_');
        name.replace(u',', u'_');
        auto db = testutil::openMigrated(m_dir.filePath(name));
        QVERIFY(db);
        QVERIFY(testutil::seedWorkspace(*db).ok());
        QVERIFY(db->exec(u"INSERT INTO saved_replies(id, workspace_id, shortcut, shortcut_key, title, body, updated_at)"
                         u" VALUES ('a', '"_qs % testutil::kWorkspace % u"', 'Kargo', 'kargo', 'Kargo', 'Kargonuz yolda', 1)")
                    .ok());
        QCOMPARE(db->exec(sql).ok(), accepted);
        QVERIFY(db->exec(u"DELETE FROM workspaces"_qs).ok());
        QCOMPARE(*db->queryInt(u"SELECT count(*) FROM saved_replies"_qs), 0);
    }

    void newerDatabaseIsRefused_data()
    {
        QTest::addColumn<int>("version");
        QTest::addRow("latest+1") << Migrator::latestVersion() + 1;
        QTest::addRow("latest+10") << Migrator::latestVersion() + 10;
        QTest::addRow("9999") << 9999;
    }

    void newerDatabaseIsRefused()
    {
        QFETCH(int, version);
        const QString path = m_dir.filePath(u"newer-%1.db"_qs.arg(version));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(u"CREATE TABLE from_the_future(x)"_qs).ok());
            QVERIFY((*db)->setUserVersion(version).ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const sd::Status s = Migrator::migrate(**db);
        QVERIFY(!s.ok());
        QVERIFY(s.error().is(StoreError::TooNew));
        QVERIFY(s.error().message.contains(QString::number(version)));
        QVERIFY(s.error().message.contains(u"newer"_qs));
        // Untouched.
        QCOMPARE(*(*db)->userVersion(), version);
        QCOMPARE(*(*db)->queryInt(u"SELECT count(*) FROM sqlite_schema WHERE name = 'workspaces'"_qs), 0);
    }

    void failedStepLeavesPreviousVersion()
    {
        // A table that the first migration wants to create already exists: the step fails as a whole.
        auto db = Database::open(m_dir.filePath(u"conflict.db"_qs));
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"CREATE TABLE orders(x)"_qs).ok());
        const sd::Status s = Migrator::migrate(**db);
        QVERIFY(!s.ok());
        QVERIFY(s.error().is(StoreError::Migration));
        QCOMPARE(*(*db)->userVersion(), 0);
        QCOMPARE(*(*db)->queryInt(u"SELECT count(*) FROM sqlite_schema WHERE name = 'workspaces'"_qs), 0);
        QVERIFY(!(*db)->inTransaction());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
