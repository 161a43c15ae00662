// The schema's rules: sync columns, uniqueness per (connection, external id), formats, foreign keys.
#include "storetestutil.h"

#include "store/storeerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd::store;
using namespace sd::store::testutil;

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = openMigrated(u":memory:"_qs);
        QVERIFY(m_db);
        QVERIFY(seedWorkspace(*m_db).ok());
        QVERIFY(m_db->exec(u"INSERT INTO customers(id, workspace_id, display_name, created_at, updated_at)"
                           u" VALUES ('cu1', '"_qs
                           % kWorkspace % u"', 'Ayşe Yılmaz', 1, 1);"
                                          u"INSERT INTO orders(id, workspace_id, connection_id, external_id, order_number,"
                                          u" customer_id, status, total_minor, currency, ordered_at, updated_at)"
                                          u" VALUES ('o1', '"
                           % kWorkspace % u"', '" % kConnection
                           % u"', 'T-1', '100200300', 'cu1', 'created', 12990, 'TRY', 1, 1);")
                        .ok());
    }
    void cleanup() { m_db.reset(); }

    void syncColumnsOnEverySyncedTable_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *t : {"workspaces", "connections", "customers", "customer_identities", "conversations",
                              "messages", "attachments", "orders", "order_lines", "shipments", "products", "tags",
                              "conversation_tags", "order_tags", "customer_tags", "notes", "audit_log", "workspace_members"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void syncColumnsOnEverySyncedTable()
    {
        QFETCH(QString, table);
        auto stmt = m_db->prepare(u"SELECT name, dflt_value FROM pragma_table_info(?1)");
        QVERIFY(stmt.ok());
        QVERIFY(stmt->bind(1, table).ok());
        QHash<QString, QString> defaults;
        while (stmt->step().valueOr(false))
            defaults.insert(stmt->text(0), stmt->text(1));
        for (const char *column : {"id", "version", "updated_at", "deleted"})
            QVERIFY2(defaults.contains(QString::fromLatin1(column)), column);
        if (table != u"workspaces")
            QVERIFY(defaults.contains(u"workspace_id"_qs));
        QCOMPARE(defaults.value(u"version"_qs), u"0"_qs);
        QCOMPARE(defaults.value(u"deleted"_qs), u"0"_qs);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        const QString ws = kWorkspace;
        const QString conn = kConnection;
        const QString order = u"INSERT INTO orders(id, workspace_id, connection_id, external_id, order_number, status,"
                              u" total_minor, currency, ordered_at, updated_at) VALUES ('%1', '"_qs
                              % ws % u"', '%2', '%3', 'N', '%4', 100, '%5', 1, 1)";
        QTest::newRow("order ok") << order.arg(u"o2", conn, u"T-2", u"created", u"TRY") << true;
        QTest::newRow("same external id, same connection")
            << order.arg(u"o2", conn, u"T-1", u"created", u"TRY") << false;
        QTest::newRow("same external id, other connection")
            << order.arg(u"o2", kOtherConnection, u"T-1", u"created", u"TRY") << true;
        QTest::newRow("duplicate id") << order.arg(u"o1", conn, u"T-3", u"created", u"TRY") << false;
        QTest::newRow("unknown status") << order.arg(u"o2", conn, u"T-2", u"lost", u"TRY") << false;
        QTest::newRow("lower-case currency") << order.arg(u"o2", conn, u"T-2", u"created", u"try") << false;
        QTest::newRow("long currency") << order.arg(u"o2", conn, u"T-2", u"created", u"TRYX") << false;
        QTest::newRow("unknown connection") << order.arg(u"o2", u"nope", u"T-2", u"created", u"TRY") << false;

        const QString identity = u"INSERT INTO customer_identities(id, workspace_id, customer_id, kind, value,"
                                 u" updated_at) VALUES ('i1', '"_qs
                                 % ws % u"', 'cu1', '%1', '%2', 1)";
        QTest::newRow("phone E.164") << identity.arg(u"phone", u"+905321234567") << true;
        QTest::newRow("phone national") << identity.arg(u"phone", u"05321234567") << false;
        QTest::newRow("phone with spaces") << identity.arg(u"phone", u"+90 532 123 45 67") << false;
        QTest::newRow("phone too short") << identity.arg(u"phone", u"+9053") << false;
        QTest::newRow("email lower") << identity.arg(u"email", u"ayse@example.com") << true;
        QTest::newRow("email upper") << identity.arg(u"email", u"Ayse@example.com") << false;
        QTest::newRow("email without at") << identity.arg(u"email", u"ayse.example.com") << false;
        QTest::newRow("handle") << identity.arg(u"handle", u"@ayse.yilmaz") << true;
        QTest::newRow("unknown kind") << identity.arg(u"fax", u"123") << false;

        const QString line = u"INSERT INTO order_lines(id, workspace_id, order_id, title, quantity, unit_price_minor,"
                             u" currency, updated_at) VALUES ('l1', '"_qs
                             % ws % u"', '%1', 'Kazak', %2, 4990, 'TRY', 1)";
        QTest::newRow("line ok") << line.arg(u"o1", u"2") << true;
        QTest::newRow("line quantity 0") << line.arg(u"o1", u"0") << false;
        QTest::newRow("line of unknown order") << line.arg(u"o9", u"1") << false;

        QTest::newRow("tombstone flag 2")
            << u"UPDATE orders SET deleted = 2 WHERE id = 'o1'"_qs << false;
        QTest::newRow("product price without currency")
            << u"INSERT INTO products(id, workspace_id, title, price_minor, updated_at) VALUES ('p1', '"_qs % ws
                   % u"', 'Kazak', 100, 1)"
            << false;
        QTest::newRow("duplicate tag name")
            << u"INSERT INTO tags(id, workspace_id, name, updated_at) VALUES ('t1', '"_qs % ws
                   % u"', 'VIP', 1); INSERT INTO tags(id, workspace_id, name, updated_at) VALUES ('t2', '" % ws
                   % u"', 'VIP', 1)"
            << false;
        QTest::newRow("duplicate idempotency key")
            << u"INSERT INTO outbox(id, workspace_id, action, idempotency_key, created_at, updated_at)"
               u" VALUES ('x1', '"_qs
                   % ws
                   % u"', 'reply', 'k', 1, 1); INSERT INTO outbox(id, workspace_id, action, idempotency_key,"
                     u" created_at, updated_at) VALUES ('x2', '"
                   % ws % u"', 'reply', 'k', 1, 1)"
            << false;
    }

    void rules()
    {
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        const sd::Status s = m_db->exec(sql);
        QCOMPARE(s.ok(), accepted);
        if (!accepted)
            QVERIFY2(s.error().is(StoreError::Constraint), qPrintable(s.error().message));
    }

    void deletingAnOrderCascadesToItsLines()
    {
        QVERIFY(m_db->exec(u"INSERT INTO order_lines(id, workspace_id, order_id, title, quantity, unit_price_minor,"
                           u" currency, updated_at) VALUES ('l1', '"_qs
                           % kWorkspace % u"', 'o1', 'Kazak', 1, 100, 'TRY', 1)")
                        .ok());
        QVERIFY(m_db->exec(u"DELETE FROM orders WHERE id = 'o1'"_qs).ok());
        QCOMPARE(*m_db->queryInt(u"SELECT count(*) FROM order_lines"_qs), 0);
    }

    void viewQueriesUseIndexes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("orders by date") << u"SELECT id FROM orders WHERE workspace_id = 'w' ORDER BY ordered_at DESC"_qs;
        QTest::newRow("orders by status")
            << u"SELECT id FROM orders WHERE workspace_id = 'w' AND status = 'created' ORDER BY ordered_at DESC"_qs;
        QTest::newRow("orders by connection")
            << u"SELECT id FROM orders WHERE connection_id = 'c' ORDER BY ordered_at DESC"_qs;
        QTest::newRow("messages of a conversation")
            << u"SELECT id FROM messages WHERE conversation_id = 'c' ORDER BY sent_at"_qs;
        QTest::newRow("inbox by activity")
            << u"SELECT id FROM conversations WHERE workspace_id = 'w' ORDER BY last_message_at DESC"_qs;
    }

    void viewQueriesUseIndexes()
    {
        QFETCH(QString, query);
        auto plan = m_db->prepare(QString(u"EXPLAIN QUERY PLAN "_qs + query));
        QVERIFY(plan.ok());
        QString details;
        while (plan->step().valueOr(false))
            details += plan->text(3) + u'\n';
        QVERIFY2(details.contains(u"USING INDEX"_qs) || details.contains(u"USING COVERING INDEX"_qs),
                 qPrintable(details));
        QVERIFY2(!details.contains(u"TEMP B-TREE"_qs), qPrintable(details));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
