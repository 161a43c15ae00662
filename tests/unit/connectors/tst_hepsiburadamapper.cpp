// Hepsiburada records → unified orders: the list-to-status table, Turkey-time dates, open lines grouped per
// order (an order with an unreadable line is skipped whole) and packages.
#include "connectors/hepsiburada/hepsiburadamapper.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace sd::connectors;
using namespace sd::connectors::hepsiburada;
using sd::domain::UnifiedStatus;

namespace {

QJsonDocument fixture(const QString &name)
{
    QFile file(QStringLiteral(SD_FIXTURES_DIR "/hepsiburada/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

class TestHepsiburadaMapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusTable_data()
    {
        QTest::addColumn<HepsiburadaList>("list");
        QTest::addColumn<UnifiedStatus>("unified");
        QTest::newRow("open") << HepsiburadaList::Open << UnifiedStatus::New;
        QTest::newRow("payment awaiting") << HepsiburadaList::PaymentAwaiting << UnifiedStatus::Unknown;
        QTest::newRow("packed") << HepsiburadaList::Packed << UnifiedStatus::Picking;
        QTest::newRow("shipped") << HepsiburadaList::Shipped << UnifiedStatus::Shipped;
        QTest::newRow("delivered") << HepsiburadaList::Delivered << UnifiedStatus::Delivered;
        QTest::newRow("undelivered") << HepsiburadaList::Undelivered << UnifiedStatus::Shipped;
        QTest::newRow("cancelled") << HepsiburadaList::Cancelled << UnifiedStatus::Cancelled;
        QTest::newRow("unpacked") << HepsiburadaList::Unpacked << UnifiedStatus::Cancelled;
    }
    void statusTable()
    {
        QFETCH(HepsiburadaList, list);
        QFETCH(UnifiedStatus, unified);
        QCOMPARE(HepsiburadaMapper::unifiedStatus(list), unified);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("iso with ms") << u"2026-11-23T12:00:00.593"_qs << 1795424400593LL;
        QTest::newRow("iso") << u"2026-11-23T12:00:00"_qs << 1795424400000LL;
        QTest::newRow("query format") << u"2026-11-23 12:00"_qs << 1795424400000LL;
        QTest::newRow("garbage") << u"dün"_qs << qint64(-1);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(HepsiburadaMapper::parseTurkeyTime(text).value_or(-1), ms);
    }

    void openLines()
    {
        const OrderPage page
            = HepsiburadaMapper::mapOpenLines(fixture(u"orders_open.json"_qs).object().value(u"items").toArray());
        QCOMPARE(page.orders.size(), 1);
        const sd::domain::Order &o = page.orders.first();
        QCOMPARE(o.externalId, u"open:4300012345"_qs);
        QCOMPARE(o.status, UnifiedStatus::New);
        QCOMPARE(o.orderedAtMs, 1795424400593LL);
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines.at(0).unitPriceMinor, 12995);
        QCOMPARE(o.lines.at(0).lineTotalMinor, 23990);
        QCOMPARE(o.lines.at(0).unitDiscountMinor, 1000);
        QCOMPARE(o.lines.at(0).title, u"Rize Çayı 500 g 🍵"_qs);
        QCOMPARE(o.lines.at(1).quantity, 1);
        QCOMPARE(o.lines.at(1).lineTotalMinor, 4550);
        QCOMPARE(o.lines.at(1).vatRatePercent, std::optional<int>(20));
        QCOMPARE(o.totalMinor, 28540);
        QCOMPARE(o.customer.fullName, u"Ömer Faruk Yıldız"_qs);
        QCOMPARE(o.shippingAddress.district, u"Çankaya"_qs);
        QCOMPARE(o.shippingAddress.neighborhood, u"Kızılay Mah."_qs);
        QCOMPARE(page.errors.size(), 1);
        QCOMPARE(page.errors.first().externalId, u"open:4300099999"_qs);
        QCOMPARE(page.errors.first().field, u"unitPrice.amount"_qs);
    }

    void package()
    {
        const QJsonArray packages = fixture(u"packages.json"_qs).array();
        auto mapped = HepsiburadaMapper::mapPackage(packages.at(0).toObject(), HepsiburadaList::Shipped);
        QVERIFY(std::holds_alternative<sd::domain::Order>(mapped));
        const sd::domain::Order &o = std::get<sd::domain::Order>(mapped);
        QCOMPARE(o.externalId, u"package:HB00001234"_qs);
        QCOMPARE(o.orderNumber, u"4300012345"_qs);
        QCOMPARE(o.platformStatus, u"Packaged"_qs);
        QCOMPARE(o.status, UnifiedStatus::Shipped);
        QCOMPARE(o.totalMinor, 28540);
        QCOMPARE(o.customer.email, u"omer@example.com"_qs);
        QCOMPARE(o.shippingAddress.fullName, u"Ömer Faruk Yıldız"_qs);
        QCOMPARE(o.shippingAddress.countryCode, u"TR"_qs);
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines.at(1).lineTotalMinor, 4550);
        QVERIFY(o.shipment);
        QCOMPARE(o.shipment->trackingNumber, u"HBKRG0001234"_qs);
        QCOMPARE(o.shipment->state, sd::domain::Shipment::State::InTransit);

        auto broken = HepsiburadaMapper::mapPackage(packages.at(1).toObject());
        QVERIFY(std::holds_alternative<MappingError>(broken));
        QCOMPARE(std::get<MappingError>(broken).field, u"packageNumber"_qs);
    }

    // Whole orders (GET …/ordernumber/{n}) with each line's state from the lists: numbers as strings, nulls,
    // missing optional fields, a very long name with emoji, Turkish characters, lowercase codes.
    void wholeOrder()
    {
        const QJsonArray orders = fixture(u"orders_full.json"_qs).array();
        QCOMPARE(orders.size(), 6);
        LineStates states;
        states.lines.insert(u"L-cancelled"_qs, HepsiburadaList::Cancelled);
        states.lineChangedMs.insert(u"L-cancelled"_qs, 1795430000000LL);
        states.packages.insert(u"5100000077"_qs,
            PackageState{ HepsiburadaList::Shipped,
                QJsonObject{ { u"cargoCompany"_qs, u"Yurtiçi Kargo"_qs }, { u"trackingInfoCode"_qs, u"YK123"_qs },
                    { u"trackingInfoUrl"_qs, u"https://kargo.example.com/YK123"_qs } },
                1795431000000LL });
        const auto mapped = HepsiburadaMapper::mapOrder(orders.at(0).toObject(), states);
        QVERIFY(std::holds_alternative<sd::domain::Order>(mapped));
        const sd::domain::Order o = std::get<sd::domain::Order>(mapped);
        QCOMPARE(o.externalId, u"4300099001"_qs);
        QCOMPARE(o.orderNumber, u"4300099001"_qs);
        // The open line is the least advanced one that is not cancelled.
        QCOMPARE(o.platformStatus, u"Open"_qs);
        QCOMPARE(o.status, UnifiedStatus::New);
        QCOMPARE(o.orderedAtMs, 1795424400593LL);
        QCOMPARE(o.platformUpdatedAtMs, 1795431000000LL);
        QCOMPARE(o.currency, u"TRY"_qs);
        QCOMPARE(o.customer.externalId, u"c-9"_qs);
        QCOMPARE(o.customer.fullName, u"Şükrü Çağlar Işık"_qs);
        QCOMPARE(o.customer.email, u"sukru@example.com"_qs);
        QCOMPARE(o.shippingAddress.city, u"İstanbul"_qs);
        QCOMPARE(o.shippingAddress.countryCode, u"TR"_qs);
        QCOMPARE(o.shippingAddress.line1, u"İstiklal Cd. 7 🏠"_qs);
        QCOMPARE(o.invoiceAddress.fullName, u"Işık Ltd. Şti."_qs);
        QCOMPARE(o.invoiceAddress.taxNumber, u"1234567890"_qs);
        QCOMPARE(o.lines.size(), 3);
        const sd::domain::OrderLine &open = o.lines.at(0);
        QCOMPARE(open.externalId, u"L-open"_qs);
        QCOMPARE(open.platformStatus, u"Open"_qs);
        QVERIFY(open.title.size() > 500);
        QVERIFY(open.title.contains(u"🧶"));
        QCOMPARE(open.unitPriceMinor, 10050);
        QCOMPARE(open.unitDiscountMinor, 1000);
        QCOMPARE(open.lineTotalMinor, 18100);
        QCOMPARE(open.vatRatePercent, std::optional<int>(20));
        const sd::domain::OrderLine &packed = o.lines.at(1);
        QCOMPARE(packed.platformStatus, u"Shipped"_qs);
        QCOMPARE(packed.sku, u"SKU-2"_qs);
        QCOMPARE(packed.title, u"SKU-2"_qs); // null name: the stock code
        QCOMPARE(packed.quantity, 1);
        QCOMPARE(packed.lineTotalMinor, 4990); // null total: unit × quantity
        QCOMPARE(packed.vatRatePercent, std::nullopt);
        QCOMPARE(o.lines.at(2).platformStatus, u"Cancelled"_qs);
        QCOMPARE(o.totalMinor, 18100 + 4990 + 1000);
        QCOMPARE(o.grossMinor, 20100 + 4990 + 1000);
        QCOMPARE(o.discountMinor, 2000);
        // The open line has no package: no shipment yet.
        QVERIFY(!o.shipment);

        // Once the open line is packed (a package in no list is still packed), the order follows its least
        // advanced line: Packed, with that package as the shipment.
        QJsonObject order = orders.at(0).toObject();
        QJsonArray items = order.value(u"items").toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(u"packageNumber"_qs, u"5100000099"_qs);
        first.insert(u"cargoCompany"_qs, u"Aras Kargo"_qs);
        items.replace(0, first);
        order.insert(u"items"_qs, items);
        const auto repacked = std::get<sd::domain::Order>(HepsiburadaMapper::mapOrder(order, states));
        QCOMPARE(repacked.platformStatus, u"Packed"_qs);
        QCOMPARE(repacked.status, UnifiedStatus::Picking);
        QCOMPARE(repacked.lines.at(0).externalId, u"L-open"_qs); // the same line, not a new one
        QVERIFY(repacked.shipment);
        QCOMPARE(repacked.shipment->externalId, u"5100000099"_qs);
        QCOMPARE(repacked.shipment->carrier, u"Aras Kargo"_qs);

        // Only the shipped line left: Shipped, tracking from the package.
        items.removeAt(0);
        order.insert(u"items"_qs, items);
        const auto shipped = std::get<sd::domain::Order>(HepsiburadaMapper::mapOrder(order, states));
        QCOMPARE(shipped.status, UnifiedStatus::Shipped);
        QCOMPARE(shipped.shipment->trackingNumber, u"YK123"_qs);
        QCOMPARE(shipped.shipment->trackingUrl, u"https://kargo.example.com/YK123"_qs);
        QCOMPARE(shipped.shipment->state, sd::domain::Shipment::State::InTransit);
        QCOMPARE(shipped.shipment->shippedAtMs, 1795431000000LL);

        // Every line cancelled: the order is cancelled.
        items.removeAt(0);
        order.insert(u"items"_qs, items);
        QCOMPARE(
            std::get<sd::domain::Order>(HepsiburadaMapper::mapOrder(order, states)).status, UnifiedStatus::Cancelled);
    }

    void wholeOrderOddOnes_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("maps");
        QTest::addColumn<QString>("field");
        QTest::newRow("nulls for customer and addresses") << 1 << true << QString();
        QTest::newRow("quantity not a number") << 2 << false << u"items[0].quantity"_qs;
        QTest::newRow("order date not a date") << 3 << false << u"orderDate"_qs;
        QTest::newRow("no lines") << 4 << false << u"items"_qs;
        QTest::newRow("line without a price") << 5 << false << u"items[0].unitPrice"_qs;
    }
    void wholeOrderOddOnes()
    {
        QFETCH(int, index);
        QFETCH(bool, maps);
        QFETCH(QString, field);
        const auto mapped
            = HepsiburadaMapper::mapOrder(fixture(u"orders_full.json"_qs).array().at(index).toObject(), LineStates{});
        QCOMPARE(std::holds_alternative<sd::domain::Order>(mapped), maps);
        if (maps) {
            const auto &o = std::get<sd::domain::Order>(mapped);
            QCOMPARE(o.platformStatus, u"Packed"_qs); // its line has a package named in no list
            QVERIFY(o.customer.fullName.isEmpty());
            QCOMPARE(o.currency, u"TRY"_qs);
            QCOMPARE(o.totalMinor, 500);
            return;
        }
        const MappingError &e = std::get<MappingError>(mapped);
        QVERIFY2(e.field.startsWith(field), qPrintable(e.field));
        QVERIFY(e.externalId.startsWith(u"43000990"));
    }
};

QTEST_GUILESS_MAIN(TestHepsiburadaMapper)
#include "tst_hepsiburadamapper.moc"
