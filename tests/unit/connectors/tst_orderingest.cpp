// A page of unified orders into a migrated store: every table filled, the same page twice changes nothing,
// a changed order is updated, one customer per platform customer id.
#include "connectors/orderingest.h"
#include "store/statement.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::store::testutil;

namespace {

domain::Order sampleOrder(const QString &id, const QString &customerId)
{
    domain::Order o;
    o.externalId = id;
    o.orderNumber = u"1087"_qs + id;
    o.platformStatus = u"Created"_qs;
    o.status = domain::UnifiedStatus::New;
    o.currency = u"TRY"_qs;
    o.grossMinor = 29980;
    o.discountMinor = 3000;
    o.totalMinor = 26980;
    o.orderedAtMs = 1795424400000LL;
    o.customer = { customerId, u"Şükrü Güneş"_qs, u"pf+1@trendyolmail.com"_qs, {} };
    o.shippingAddress.fullName = u"Şükrü Güneş"_qs;
    o.shippingAddress.city = u"İstanbul"_qs;
    o.shippingAddress.line1 = u"Çiçek Sokak 7"_qs;
    domain::OrderLine line;
    line.externalId = id + u":1"_qs;
    line.platformLineId = u"1"_qs;
    line.sku = u"KUPA-001"_qs;
    line.title = u"Kupa ☕"_qs;
    line.quantity = 2;
    line.unitPriceMinor = 14990;
    line.unitDiscountMinor = 1500;
    line.lineTotalMinor = 26980;
    line.vatRatePercent = 20;
    o.lines = { line };
    domain::Shipment s;
    s.externalId = id;
    s.carrier = u"Trendyol Express"_qs;
    s.trackingNumber = u"7330000012345678"_qs;
    o.shipment = s;
    return o;
}

qint64 count(store::Database &db, const QString &sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt || !stmt->step().valueOr(false))
        return -1;
    return stmt->int64(0);
}

} // namespace

class TestOrderIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeTwiceChangesNothing()
    {
        QTemporaryDir dir;
        auto db = openMigrated(dir.filePath(u"s.db"_qs));
        QVERIFY(db);
        QVERIFY(seedWorkspace(*db).ok());
        const QList<domain::Order> page{ sampleOrder(u"1"_qs, u"77"_qs), sampleOrder(u"2"_qs, u"77"_qs),
            sampleOrder(u"3"_qs, QString()) };

        auto first = OrderIngest::writePage(*db, kWorkspace, kConnection, page, 1000);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->customersCreated, 1);
        QVERIFY(first->inserted > 0);
        QCOMPARE(count(*db, u"SELECT count(*) FROM orders"_qs), 3);
        QCOMPARE(count(*db, u"SELECT count(*) FROM order_lines"_qs), 3);
        QCOMPARE(count(*db, u"SELECT count(*) FROM shipments"_qs), 3);
        QCOMPARE(count(*db, u"SELECT count(*) FROM customers"_qs), 1);
        QCOMPARE(count(*db, u"SELECT count(*) FROM customer_identities"_qs), 1);
        QCOMPARE(count(*db, u"SELECT count(*) FROM orders WHERE customer_id IS NULL"_qs), 1);
        QCOMPARE(count(*db,
                     u"SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id"
                     " WHERE l.unit_price_minor = 14990 AND l.line_total_minor = 26980 AND l.vat_rate = 20"_qs),
            3);
        QCOMPARE(count(*db, u"SELECT count(*) FROM orders WHERE unified_status = 'new' AND status = 'created'"_qs), 3);

        auto second = OrderIngest::writePage(*db, kWorkspace, kConnection, page, 2000);
        QVERIFY(second.ok());
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->customersCreated, 0);
        QVERIFY(!second->changedAnything());
        QCOMPARE(count(*db, u"SELECT count(*) FROM orders WHERE updated_at = 2000"_qs), 0);

        QList<domain::Order> changed = page;
        changed[0].status = domain::UnifiedStatus::Unknown;
        changed[0].platformStatus = u"Awaiting"_qs;
        auto third = OrderIngest::writePage(*db, kWorkspace, kConnection, changed, 3000);
        QVERIFY(third.ok());
        QCOMPARE(third->inserted, 0);
        QCOMPARE(third->updated, 1);
        QCOMPARE(
            count(*db, u"SELECT count(*) FROM orders WHERE unified_status = 'unknown' AND status = 'created'"_qs), 1);
    }

    void failedPageLeavesNothing()
    {
        QTemporaryDir dir;
        auto db = openMigrated(dir.filePath(u"s.db"_qs));
        QVERIFY(db);
        QVERIFY(seedWorkspace(*db).ok());
        QList<domain::Order> page{ sampleOrder(u"1"_qs, u"77"_qs), sampleOrder(u"2"_qs, u"78"_qs) };
        page[1].currency = u"tl"_qs; // refused by the schema's CHECK: the whole page must roll back
        auto result = OrderIngest::writePage(*db, kWorkspace, kConnection, page, 1000);
        QVERIFY(!result.ok());
        QCOMPARE(count(*db, u"SELECT count(*) FROM orders"_qs), 0);
        QCOMPARE(count(*db, u"SELECT count(*) FROM customers"_qs), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderIngest)
#include "tst_orderingest.moc"
