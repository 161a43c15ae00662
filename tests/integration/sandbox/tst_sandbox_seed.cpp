// Seeded sample shops: reproducible, realistic (Turkish provinces, valid barcodes, every status), persisted in a
// state file, and growing over time.
#include "sandboxfixture.h"
#include "seed/seedgenerator.h"
#include "seed/turkeydata.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace sd::sandbox;
using namespace sd::sandbox::test;

class TestSandboxSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData()
    {
        SandboxFixture a(1234, 50);
        SandboxFixture b(1234, 50);
        QVERIFY(a.started() && b.started());
        for (const QString &platform : a.sandbox().platforms())
            QCOMPARE(a.state(platform), b.state(platform));
        // And the same answers over HTTP.
        const Headers h{ { "Authorization",
            basic(u"ck_5d1f0c3a9b7e4d2f8a6c1b0e9d7f3a2c4b6e8d10"_qs,
                u"cs_8e2a4c6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a20"_qs) } };
        // (Line images are absolute URLs on each sandbox's own host and port: compared without them.)
        const auto body = [&h](SandboxFixture &f) {
            return f.call("GET", u"/woocommerce/wp-json/wc/v3/orders?per_page=100"_qs, h)
                .body.replace(f.url(QString()).toUtf8(), "http://sandbox");
        };
        QCOMPARE(body(a), body(b));
    }

    void otherSeedOtherData()
    {
        SandboxFixture a(1, 30);
        SandboxFixture b(2, 30);
        for (const QString &platform : a.sandbox().platforms())
            QVERIFY(a.state(platform) != b.state(platform));
    }

    void everyStatusExists_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("array");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("statuses");
        QTest::newRow("trendyol") << u"trendyol"_qs << u"packages"_qs << u"status"_qs
                                  << QStringList{ u"Awaiting"_qs, u"Created"_qs, u"Picking"_qs, u"Invoiced"_qs,
                                         u"Shipped"_qs, u"AtCollectionPoint"_qs, u"Cancelled"_qs, u"UnPacked"_qs,
                                         u"Delivered"_qs, u"UnDelivered"_qs, u"Returned"_qs, u"UnSupplied"_qs };
        QTest::newRow("hepsiburada lines")
            << u"hepsiburada"_qs << u"lines"_qs << u"status"_qs
            << QStringList{ u"PaymentAwaiting"_qs, u"Open"_qs, u"Packaged"_qs, u"Cancelled"_qs };
        QTest::newRow("hepsiburada packages")
            << u"hepsiburada"_qs << u"packages"_qs << u"status"_qs
            << QStringList{ u"Packaged"_qs, u"InTransit"_qs, u"Delivered"_qs, u"Undelivered"_qs, u"Unpacked"_qs };
        QTest::newRow("n11") << u"n11"_qs << u"packages"_qs << u"shipmentPackageStatus"_qs
                             << QStringList{ u"Created"_qs, u"Picking"_qs, u"Shipped"_qs, u"Cancelled"_qs,
                                    u"Delivered"_qs, u"UnPacked"_qs, u"UnSupplied"_qs };
        QTest::newRow("woocommerce") << u"woocommerce"_qs << u"orders"_qs << u"status"_qs
                                     << QStringList{ u"pending"_qs, u"processing"_qs, u"on-hold"_qs, u"completed"_qs,
                                            u"cancelled"_qs, u"refunded"_qs, u"failed"_qs };
    }
    void everyStatusExists()
    {
        QFETCH(QString, platform);
        QFETCH(QString, array);
        QFETCH(QString, field);
        QFETCH(QStringList, statuses);
        for (quint64 seed : { 1ULL, 42ULL, 987654321ULL }) {
            SandboxFixture f(seed, 60);
            QSet<QString> seen;
            for (const QJsonValue &v : f.state(platform)[array].toArray())
                seen.insert(v[field].toString());
            for (const QString &status : statuses)
                QVERIFY2(seen.contains(status), qPrintable(u"seed %1 lacks %2"_qs.arg(seed).arg(status)));
        }
    }

    void turkishReferenceData()
    {
        const auto &provinces = turkey::provinces();
        QCOMPARE(provinces.size(), 81);
        QSet<QString> names;
        for (int i = 0; i < provinces.size(); ++i) {
            QCOMPARE(provinces.at(i).plateCode, i + 1);
            QVERIFY(!provinces.at(i).districts.isEmpty());
            names.insert(provinces.at(i).name);
        }
        QCOMPARE(names.size(), 81);
        QCOMPARE(provinces.at(33).name, u"İstanbul"_qs);
        QCOMPARE(provinces.at(5).name, u"Ankara"_qs);
        QCOMPARE(provinces.at(80).name, u"Düzce"_qs);
        QSet<QString> carriers;
        for (const auto &c : turkey::cargoCompanies())
            carriers.insert(c.displayName);
        for (const QString &c : { u"Trendyol Express"_qs, u"Yurtiçi Kargo"_qs, u"Aras Kargo"_qs, u"MNG Kargo"_qs,
                 u"PTT Kargo"_qs, u"Sürat Kargo"_qs })
            QVERIFY(carriers.contains(c));
    }

    void ean13_data()
    {
        QTest::addColumn<QString>("twelve");
        QTest::addColumn<QString>("expected");
        QTest::newRow("869…") << u"869123456789"_qs << u"8691234567890"_qs;
        QTest::newRow("zeros") << u"000000000000"_qs << u"0000000000000"_qs;
        QTest::newRow("400638133393") << u"400638133393"_qs << u"4006381333931"_qs;
    }
    void ean13()
    {
        QFETCH(QString, twelve);
        QFETCH(QString, expected);
        QCOMPARE(SeedGenerator::ean13(twelve), expected);
    }

    void realisticOrders()
    {
        SeedGenerator generator(5, u"test");
        QSet<QString> cities;
        for (const SeedProduct &p : generator.catalogue()) {
            QCOMPARE(SeedGenerator::ean13(p.barcode.left(12)), p.barcode);
            QVERIFY(p.barcode.startsWith(u"869"_qs));
            QVERIFY(p.priceKurus > 0);
            QVERIFY(p.vatRate == 1 || p.vatRate == 10 || p.vatRate == 20);
        }
        for (int i = 0; i < 200; ++i) {
            const SeedOrder o = generator.makeOrder(Reference);
            QVERIFY(o.createdMs < Reference);
            QVERIFY(!o.lines.isEmpty());
            QVERIFY(o.lastChangeMs() >= o.createdMs && o.lastChangeMs() <= Reference);
            QCOMPARE(o.shippingAddress.phone.size(), 10);
            QVERIFY(o.shippingAddress.phone.startsWith(u'5'));
            QCOMPARE(o.shippingAddress.postalCode.size(), 5);
            QCOMPARE(o.shippingAddress.postalCode.left(2).toInt(), o.shippingAddress.cityCode);
            QVERIFY(o.totalKurus() > 0);
            cities.insert(o.shippingAddress.city);
        }
        QVERIFY(cities.size() > 20);
        QVERIFY(cities.contains(u"İstanbul"_qs));
    }

    void stateFileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"sandbox.json"_qs);
        QJsonObject before;
        {
            Sandbox::Options options;
            options.seed = 99;
            options.referenceMs = Reference;
            options.ordersPerPlatform = 25;
            options.stateFile = file;
            Sandbox sandbox(options);
            sandbox.clock().setFixed(Reference);
            QString error;
            QVERIFY2(sandbox.start(&error), qPrintable(error));
            QCOMPARE(sandbox.emulator(u"n11"_qs)->addNewOrders(2), 2);
            QVERIFY(sandbox.emulator(u"trendyol"_qs)->carrierStep());
            QVERIFY(sandbox.saveState(&error));
            for (const QString &p : sandbox.platforms())
                before.insert(p, sandbox.emulator(p)->state());
        }
        Sandbox::Options options;
        options.seed = 1; // ignored: the file wins
        options.stateFile = file;
        Sandbox again(options);
        QString error;
        QVERIFY2(again.start(&error), qPrintable(error));
        for (const QString &p : again.platforms())
            QCOMPARE(again.emulator(p)->state(), before.value(p).toObject());
        // New orders continue the numbering instead of colliding with old ones.
        QCOMPARE(again.emulator(u"trendyol"_qs)->addNewOrders(1), 1);
        QSet<qint64> ids;
        for (const QJsonValue &v : again.emulator(u"trendyol"_qs)->state()[u"packages"].toArray())
            ids.insert(v[u"id"].toInteger());
        QCOMPARE(ids.size(), again.emulator(u"trendyol"_qs)->state()[u"packages"].toArray().size());
    }

    void brokenStateFileIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"broken.json"_qs);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"version\": 7}");
        out.close();
        Sandbox::Options options;
        options.stateFile = file;
        Sandbox sandbox(options);
        QString error;
        QVERIFY(!sandbox.start(&error));
        QVERIFY(error.contains(u"state file"_qs));
    }

    void newOrdersOverTime()
    {
        Sandbox::Options options;
        options.ordersPerPlatform = 5;
        options.newOrdersEverySeconds = 1;
        options.referenceMs = Reference;
        Sandbox sandbox(options);
        QSignalSpy arrived(&sandbox, &Sandbox::newOrdersArrived);
        QString error;
        QVERIFY(sandbox.start(&error));
        QVERIFY(arrived.wait(3000));
        QCOMPARE(arrived.first().at(0).toInt(), int(sandbox.platforms().size())); // one per platform (Meta: a message)
        QCOMPARE(sandbox.emulator(u"woocommerce"_qs)->state()[u"orders"].toArray().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeed)
#include "tst_sandbox_seed.moc"
