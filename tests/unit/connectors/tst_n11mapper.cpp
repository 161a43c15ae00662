// N11 package JSON → unified orders: the status table, a documented package, and odd ones.
#include "connectors/n11/n11mapper.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace sd::connectors;
using namespace sd::connectors::n11;
using sd::domain::UnifiedStatus;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(SD_FIXTURES_DIR "/n11/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestN11Mapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusTable_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<UnifiedStatus>("unified");
        QTest::newRow("Created") << u"Created"_qs << UnifiedStatus::New;
        QTest::newRow("Picking") << u"Picking"_qs << UnifiedStatus::Picking;
        QTest::newRow("Shipped") << u"Shipped"_qs << UnifiedStatus::Shipped;
        QTest::newRow("Delivered") << u"Delivered"_qs << UnifiedStatus::Delivered;
        QTest::newRow("Cancelled") << u"Cancelled"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("UnPacked") << u"UnPacked"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("Unpacked") << u"Unpacked"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("UnSupplied") << u"UnSupplied"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("unknown") << u"Lost"_qs << UnifiedStatus::Unknown;
    }
    void statusTable()
    {
        QFETCH(QString, platform);
        QFETCH(UnifiedStatus, unified);
        QCOMPARE(N11Mapper::unifiedStatus(platform), unified);
    }

    void documentedPackage()
    {
        const OrderPage page = N11Mapper::mapPage(fixture(u"packages_documented.json"_qs));
        QVERIFY(page.errors.isEmpty());
        QCOMPARE(page.orders.size(), 1);
        const sd::domain::Order &o = page.orders.first();
        QCOMPARE(o.externalId, u"61000000001"_qs);
        QCOMPARE(o.orderNumber, u"205000000071"_qs);
        QCOMPARE(o.status, UnifiedStatus::Shipped);
        QCOMPARE(o.orderedAtMs, 1795400000000LL); // the earliest history entry
        QCOMPARE(o.platformUpdatedAtMs, 1795420800000LL);
        QCOMPARE(o.grossMinor, 45970);
        QCOMPARE(o.discountMinor, 2000);
        QCOMPARE(o.totalMinor, 43970); // the sum of sellerInvoiceAmount
        QCOMPARE(o.customer.fullName, u"Gülşen Öztürk"_qs);
        QCOMPARE(o.customer.email, u"gulsen.ozturk@example.com"_qs);
        QCOMPARE(o.shippingAddress.fullName, u"Gülşen Öztürk"_qs); // null: the billing name
        QCOMPARE(o.shippingAddress.city, u"İzmir"_qs);
        QCOMPARE(o.shippingAddress.phone, u"05321234567"_qs);
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines.at(0).externalId, u"61000000001:426000000001"_qs);
        QCOMPARE(o.lines.at(0).unitPriceMinor, 9990);
        QCOMPARE(o.lines.at(0).lineTotalMinor, 27970);
        QCOMPARE(o.lines.at(0).title, u"Pamuklu Havlu 🛁"_qs);
        QCOMPARE(o.lines.at(0).imageUrl, QString()); // N11's package lines carry no product image (reference §4.4)
        QCOMPARE(o.lines.at(0).vatRatePercent, std::optional<int>(10));
        QCOMPARE(o.lines.at(1).unitPriceMinor, 16000);
        QVERIFY(o.shipment);
        QCOMPARE(o.shipment->trackingNumber, u"MNG00012345"_qs);
        QCOMPARE(o.shipment->carrier, u"MNG Kargo"_qs);
        QCOMPARE(o.shipment->shippedAtMs, 1795420800000LL);
    }

    void oddPackages()
    {
        const OrderPage page = N11Mapper::mapPage(fixture(u"packages_odd.json"_qs));
        QCOMPARE(page.orders.size(), 1);
        const sd::domain::Order &o = page.orders.first();
        QCOMPARE(o.externalId, u"order-2050000000999"_qs); // no package id
        QCOMPARE(o.status, UnifiedStatus::Cancelled);
        QCOMPARE(o.orderedAtMs, 1795420800000LL);
        QCOMPARE(o.grossMinor, 1050);
        QCOMPARE(o.totalMinor, 1050);
        QCOMPARE(o.shippingAddress.fullName, u"Kâzım Çağlayan"_qs);
        QCOMPARE(o.lines.first().quantity, 2);
        QCOMPARE(o.lines.first().title, u"869"_qs);
        QVERIFY(!o.shipment);
        QCOMPARE(page.errors.size(), 2);
        QCOMPARE(page.errors.at(0).field, u"lines[0].price"_qs);
        QCOMPARE(page.errors.at(1).field, u"orderNumber"_qs);
    }
};

QTEST_GUILESS_MAIN(TestN11Mapper)
#include "tst_n11mapper.moc"
