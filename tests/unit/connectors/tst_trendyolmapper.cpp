// Trendyol package JSON → unified orders: the status table, a package in the documented shape, and odd ones.
#include "connectors/trendyol/trendyolmapper.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sd::connectors;
using namespace sd::connectors::trendyol;
using sd::domain::UnifiedStatus;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(SD_FIXTURES_DIR "/trendyol/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestTrendyolMapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusTable_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<UnifiedStatus>("unified");
        QTest::newRow("Awaiting") << u"Awaiting"_qs << UnifiedStatus::Unknown;
        QTest::newRow("Created") << u"Created"_qs << UnifiedStatus::New;
        QTest::newRow("Picking") << u"Picking"_qs << UnifiedStatus::Picking;
        QTest::newRow("Repack") << u"Repack"_qs << UnifiedStatus::Picking;
        QTest::newRow("Invoiced") << u"Invoiced"_qs << UnifiedStatus::Invoiced;
        QTest::newRow("Shipped") << u"Shipped"_qs << UnifiedStatus::Shipped;
        QTest::newRow("AtCollectionPoint") << u"AtCollectionPoint"_qs << UnifiedStatus::Shipped;
        QTest::newRow("AT_COLLECTION_POINT") << u"AT_COLLECTION_POINT"_qs << UnifiedStatus::Shipped;
        QTest::newRow("UnDelivered") << u"UnDelivered"_qs << UnifiedStatus::Shipped;
        QTest::newRow("Delivered") << u"Delivered"_qs << UnifiedStatus::Delivered;
        QTest::newRow("DELIVERED") << u"DELIVERED"_qs << UnifiedStatus::Delivered;
        QTest::newRow("Cancelled") << u"Cancelled"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("UnSupplied") << u"UnSupplied"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("UnPacked") << u"UnPacked"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("Returned") << u"Returned"_qs << UnifiedStatus::Returned;
        QTest::newRow("ReturnAccepted") << u"ReturnAccepted"_qs << UnifiedStatus::Returned;
        QTest::newRow("unknown word") << u"Teleported"_qs << UnifiedStatus::Unknown;
        QTest::newRow("empty") << QString() << UnifiedStatus::Unknown;
    }
    void statusTable()
    {
        QFETCH(QString, platform);
        QFETCH(UnifiedStatus, unified);
        QCOMPARE(TrendyolMapper::unifiedStatus(platform), unified);
    }

    void everyDocumentedStatusIsInTheTable()
    {
        const QStringList documented{ u"Awaiting"_qs, u"Created"_qs, u"Picking"_qs, u"Invoiced"_qs, u"Shipped"_qs,
            u"AtCollectionPoint"_qs, u"Cancelled"_qs, u"UnPacked"_qs, u"Delivered"_qs, u"UnDelivered"_qs,
            u"Returned"_qs, u"UnSupplied"_qs };
        for (const QString &s : documented) {
            bool found = false;
            for (const auto &entry : TrendyolMapper::statusTable())
                found = found || entry.first == s;
            QVERIFY2(found, qPrintable(s));
        }
    }

    void documentedPackage()
    {
        const OrderPage page = TrendyolMapper::mapPage(fixture(u"packages_documented.json"_qs));
        QVERIFY(page.errors.isEmpty());
        QCOMPARE(page.orders.size(), 1);
        const sd::domain::Order &o = page.orders.first();
        QCOMPARE(o.externalId, u"3000123456"_qs);
        QCOMPARE(o.orderNumber, u"10871234567"_qs);
        QCOMPARE(o.platformStatus, u"Shipped"_qs);
        QCOMPARE(o.status, UnifiedStatus::Shipped);
        QCOMPARE(o.currency, u"TRY"_qs);
        QCOMPARE(o.grossMinor, 29980);
        QCOMPARE(o.discountMinor, 3000);
        QCOMPARE(o.totalMinor, 26980);
        // orderDate is Turkey wall-clock time written as UTC: 2026-11-23 12:00 +03 = 09:00 UTC.
        QCOMPARE(o.orderedAtMs, 1795424400000LL);
        QCOMPARE(o.platformUpdatedAtMs, 1795428000500LL);
        QCOMPARE(o.customer.externalId, u"99887766"_qs);
        QCOMPARE(o.customer.fullName, u"Şükrü Güneş"_qs);
        QCOMPARE(o.customer.email, u"pf+12345678@trendyolmail.com"_qs);
        QCOMPARE(o.shippingAddress.city, u"İstanbul"_qs);
        QCOMPARE(o.shippingAddress.district, u"Kadıköy"_qs);
        QCOMPARE(o.shippingAddress.neighborhood, u"Caferağa Mah."_qs);
        QCOMPARE(o.shippingAddress.line1, u"Çiçek Sokak No: 7 D: 3"_qs);
        QCOMPARE(o.shippingAddress.postalCode, u"34710"_qs);
        QVERIFY(o.shippingAddress.phone.isEmpty());
        QCOMPARE(o.invoiceAddress.countryCode, u"TR"_qs);
        QCOMPARE(o.invoiceAddress.taxOffice, u"Kadıköy"_qs);
        QCOMPARE(o.invoiceAddress.taxNumber, u"1234567890"_qs);
        QCOMPARE(o.invoiceLink, u"https://fatura.example.com/EME2026000000001.pdf"_qs);
        QCOMPARE(o.lines.size(), 1);
        const sd::domain::OrderLine &l = o.lines.first();
        QCOMPARE(l.externalId, u"3000123456:900000001"_qs);
        QCOMPARE(l.platformLineId, u"900000001"_qs);
        QCOMPARE(l.imageUrl, QString()); // Trendyol's package lines carry no product image (reference §2.5)
        QCOMPARE(l.sku, u"KUPA-001"_qs);
        QCOMPARE(l.barcode, u"8690000000017"_qs);
        QCOMPARE(l.title, u"El Yapımı Seramik Kupa ☕ 350 ml"_qs);
        QCOMPARE(l.quantity, 2);
        QCOMPARE(l.unitPriceMinor, 14990);
        QCOMPARE(l.unitDiscountMinor, 1500);
        QCOMPARE(l.lineTotalMinor, 26980);
        QCOMPARE(l.vatRatePercent, std::optional<int>(20));
        QVERIFY(o.shipment.has_value());
        QCOMPARE(o.shipment->trackingNumber, u"7330000012345678"_qs); // beyond int32, exact
        QCOMPARE(o.shipment->carrier, u"Trendyol Express Marketplace"_qs);
        QCOMPARE(o.shipment->state, sd::domain::Shipment::State::InTransit);
        QCOMPARE(o.shipment->shippedAtMs, 1795420800000LL); // packageHistories are real UTC
        QCOMPARE(o.shipment->deliveredAtMs, 0);
    }

    void oddPackages()
    {
        const OrderPage page = TrendyolMapper::mapPage(fixture(u"packages_odd.json"_qs), 3);
        QCOMPARE(page.index, 3);
        QCOMPARE(page.orders.size(), 1);
        const sd::domain::Order &o = page.orders.first();
        QCOMPARE(o.externalId, u"3000000777"_qs);
        QCOMPARE(o.orderNumber, u"10870000999"_qs); // a number where a string belongs
        QCOMPARE(o.platformStatus, u"ReturnAccepted"_qs); // status null: the package status is used
        QCOMPARE(o.status, UnifiedStatus::Returned);
        QCOMPARE(o.currency, u"TRY"_qs);
        QCOMPARE(o.grossMinor, 101);
        QCOMPARE(o.totalMinor, 101);
        QCOMPARE(o.orderedAtMs, 1795424400000LL);
        QCOMPARE(o.customer.fullName, u"🙂 Ayşe"_qs);
        QVERIFY(o.customer.externalId.isEmpty());
        QVERIFY(o.shippingAddress.isEmpty());
        QVERIFY(!o.shipment.has_value());
        QCOMPARE(o.lines.size(), 1);
        QCOMPARE(o.lines.first().quantity, 1);
        QCOMPARE(o.lines.first().sku, u"SKU-ODD"_qs);
        QVERIFY(o.lines.first().title.size() > 1000);
        QVERIFY(o.lines.first().title.startsWith(u"Çok Uzun Ürün Adı İğneada"));
        QCOMPARE(o.lines.first().vatRatePercent, std::optional<int>(8));

        QCOMPARE(page.errors.size(), 3);
        QCOMPARE(page.errors.at(0).externalId, u"3000000778"_qs);
        QCOMPARE(page.errors.at(0).field, u"lines[0].quantity"_qs);
        QCOMPARE(page.errors.at(1).field, u"content[2]"_qs);
        QCOMPARE(page.errors.at(2).externalId, u"3000000779"_qs);
        QCOMPARE(page.errors.at(2).field, u"totalPrice"_qs);
        QVERIFY(!page.errors.at(0).userMessage().isEmpty());
    }

    void wrongShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("no id") << QByteArray(R"({"orderNumber":"1","orderDate":1})") << u"id"_qs;
        QTest::newRow("id object") << QByteArray(R"({"id":{},"orderNumber":"1","orderDate":1})") << u"id"_qs;
        QTest::newRow("id text") << QByteArray(R"({"id":"abc","orderNumber":"1","orderDate":1})") << u"id"_qs;
        QTest::newRow("no order number") << QByteArray(R"({"id":1,"orderDate":1})") << u"orderNumber"_qs;
        QTest::newRow("no date") << QByteArray(R"({"id":1,"orderNumber":"1"})") << u"orderDate"_qs;
        QTest::newRow("date text") << QByteArray(R"({"id":1,"orderNumber":"1","orderDate":"yesterday"})")
                                   << u"orderDate"_qs;
        QTest::newRow("fractional date") << QByteArray(R"({"id":1,"orderNumber":"1","orderDate":1.5})")
                                         << u"orderDate"_qs;
        QTest::newRow("lines object") << QByteArray(R"({"id":1,"orderNumber":"1","orderDate":1,"lines":{}})")
                                      << u"lines"_qs;
        QTest::newRow("line not object") << QByteArray(R"({"id":1,"orderNumber":"1","orderDate":1,"lines":[7]})")
                                         << u"lines[0]"_qs;
        QTest::newRow("zero quantity") << QByteArray(
            R"({"id":1,"orderNumber":"1","orderDate":1,"lines":[{"id":1,"quantity":0,"amount":1}]})")
                                       << u"lines[0].quantity"_qs;
        QTest::newRow("no price") << QByteArray(
            R"({"id":1,"orderNumber":"1","orderDate":1,"lines":[{"id":1,"quantity":1}]})")
                                  << u"lines[0].amount"_qs;
        QTest::newRow("address array") << QByteArray(R"({"id":1,"orderNumber":"1","orderDate":1,"shipmentAddress":[]})")
                                       << u"shipmentAddress"_qs;
        QTest::newRow("city number ok, bool not")
            << QByteArray(R"({"id":1,"orderNumber":"1","orderDate":1,"shipmentAddress":{"city":true}})")
            << u"shipmentAddress.city"_qs;
        QTest::newRow("currency too long")
            << QByteArray(R"({"id":1,"orderNumber":"1","orderDate":1,"currencyCode":"TRYX"})") << u"currencyCode"_qs;
    }
    void wrongShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto mapped = TrendyolMapper::mapPackage(QJsonDocument::fromJson(json).object());
        QVERIFY(std::holds_alternative<MappingError>(mapped));
        QCOMPARE(std::get<MappingError>(mapped).field, field);
        QCOMPARE(std::get<MappingError>(mapped).platform, u"trendyol"_qs);
    }

    void pageWithoutContent()
    {
        const OrderPage empty = TrendyolMapper::mapPage(QJsonObject{ { u"content"_qs, QJsonValue::Null } });
        QVERIFY(empty.orders.isEmpty() && empty.errors.isEmpty());
        const OrderPage wrong = TrendyolMapper::mapPage(QJsonObject{ { u"content"_qs, u"x"_qs } });
        QCOMPARE(wrong.errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrendyolMapper)
#include "tst_trendyolmapper.moc"
