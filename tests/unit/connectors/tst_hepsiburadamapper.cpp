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
};

QTEST_GUILESS_MAIN(TestHepsiburadaMapper)
#include "tst_hepsiburadamapper.moc"
