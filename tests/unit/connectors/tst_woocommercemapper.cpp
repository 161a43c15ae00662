// WooCommerce order JSON → unified orders: status table, dates, a documented order and odd ones.
#include "connectors/woocommerce/woocommercemapper.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace sd::connectors;
using namespace sd::connectors::woocommerce;
using sd::domain::UnifiedStatus;

class TestWooCommerceMapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusTable_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<UnifiedStatus>("unified");
        QTest::newRow("pending") << u"pending"_qs << UnifiedStatus::Unknown;
        QTest::newRow("on-hold") << u"on-hold"_qs << UnifiedStatus::Unknown;
        QTest::newRow("processing") << u"processing"_qs << UnifiedStatus::New;
        QTest::newRow("wc-processing") << u"wc-processing"_qs << UnifiedStatus::New;
        QTest::newRow("completed") << u"completed"_qs << UnifiedStatus::Shipped;
        QTest::newRow("shipped plugin") << u"shipped"_qs << UnifiedStatus::Shipped;
        QTest::newRow("delivered plugin") << u"delivered"_qs << UnifiedStatus::Delivered;
        QTest::newRow("cancelled") << u"cancelled"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("failed") << u"failed"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("trash") << u"trash"_qs << UnifiedStatus::Cancelled;
        QTest::newRow("refunded") << u"refunded"_qs << UnifiedStatus::Returned;
        QTest::newRow("checkout-draft") << u"checkout-draft"_qs << UnifiedStatus::Unknown;
        QTest::newRow("custom") << u"kargoya-verildi"_qs << UnifiedStatus::Unknown;
    }
    void statusTable()
    {
        QFETCH(QString, platform);
        QFETCH(UnifiedStatus, unified);
        QCOMPARE(WooCommerceMapper::unifiedStatus(platform), unified);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("no offset = UTC") << u"2026-11-23T09:00:00"_qs << 1795424400000LL;
        QTest::newRow("Z") << u"2026-11-23T09:00:00Z"_qs << 1795424400000LL;
        QTest::newRow("+03:00") << u"2026-11-23T12:00:00+03:00"_qs << 1795424400000LL;
        QTest::newRow("invalid") << u"23.11.2026"_qs << qint64(-1);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(WooCommerceMapper::parseGmt(text).value_or(-1), ms);
    }

    void fixture()
    {
        QFile file(QStringLiteral(SD_FIXTURES_DIR "/woocommerce/orders_documented.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const OrderPage page = WooCommerceMapper::mapPage(QJsonDocument::fromJson(file.readAll()).array());
        QCOMPARE(page.orders.size(), 2);
        const sd::domain::Order &o = page.orders.at(0);
        QCOMPARE(o.externalId, u"727"_qs);
        QCOMPARE(o.status, UnifiedStatus::Shipped);
        QCOMPARE(o.orderedAtMs, 1795424400000LL);
        QCOMPARE(o.platformUpdatedAtMs, 1795429800000LL);
        QCOMPARE(o.totalMinor, 22800);
        QCOMPARE(o.discountMinor, 1200);
        QCOMPARE(o.customer.externalId, u"guest:ilkay@example.com"_qs);
        QCOMPARE(o.customer.fullName, u"İlkay Çelik"_qs);
        QCOMPARE(o.shippingAddress.fullName, u"İlkay Çelik"_qs);
        QCOMPARE(o.shippingAddress.city, u"Kadıköy"_qs);
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines.at(0).unitPriceMinor, 6000);
        QCOMPARE(o.lines.at(0).unitDiscountMinor, 600);
        QCOMPARE(o.lines.at(0).lineTotalMinor, 10800);
        QCOMPARE(o.lines.at(0).vatRatePercent, std::optional<int>(20));
        QCOMPARE(o.lines.at(0).title, u"Woo Kupa ✨"_qs);
        QCOMPARE(o.lines.at(1).title, u"Tabak"_qs);
        // WooCommerce 7.x+ line images: a web address is kept, an empty one (no product image) is not.
        QCOMPARE(o.lines.at(0).imageUrl, u"https://magaza.example.com.tr/wp-content/uploads/2026/10/woo-kupa.jpg"_qs);
        QCOMPARE(o.lines.at(1).imageUrl, QString());
        QVERIFY(o.shipment);
        QCOMPARE(o.shipment->trackingNumber, u"YK0001"_qs);
        QCOMPARE(o.shipment->carrier, u"Yurtiçi Kargo"_qs);
        QCOMPARE(o.shipment->shippedAtMs, 1795429800000LL);

        const sd::domain::Order &odd = page.orders.at(1);
        QCOMPARE(odd.externalId, u"728"_qs);
        QCOMPARE(odd.orderNumber, u"728"_qs);
        QCOMPARE(odd.currency, u"TRY"_qs);
        QCOMPARE(odd.orderedAtMs, 1795424400000LL); // site time (UTC+3) without the _gmt twin
        QCOMPARE(odd.totalMinor, 1250);
        QCOMPARE(odd.customer.externalId, u"15"_qs);
        QCOMPARE(odd.lines.first().title, u"X"_qs);
        QCOMPARE(odd.lines.first().lineTotalMinor, 1250);
        QCOMPARE(odd.lines.first().imageUrl, QString()); // not a web address: dropped

        QCOMPARE(page.errors.size(), 2);
        QCOMPARE(page.errors.at(0).field, u"date_created_gmt"_qs);
        QCOMPARE(page.errors.at(1).field, u"total"_qs);
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceMapper)
#include "tst_woocommercemapper.moc"
