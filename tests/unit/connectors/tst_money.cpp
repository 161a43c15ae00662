// Exact decimal → minor units, from strings and JSON numbers.
#include "domain/money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sd::domain;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("two decimals") << u"149.90"_qs << true << qint64(14990);
        QTest::newRow("one decimal") << u"149.9"_qs << true << qint64(14990);
        QTest::newRow("integer") << u"12"_qs << true << qint64(1200);
        QTest::newRow("spaces") << u" 0.05 "_qs << true << qint64(5);
        QTest::newRow("negative") << u"-3.10"_qs << true << qint64(-310);
        QTest::newRow("leading dot") << u".5"_qs << true << qint64(50);
        QTest::newRow("trailing dot") << u"7."_qs << true << qint64(700);
        QTest::newRow("half up") << u"1.005"_qs << true << qint64(101);
        QTest::newRow("below half") << u"1.00499"_qs << true << qint64(100);
        QTest::newRow("negative half") << u"-1.005"_qs << true << qint64(-101);
        QTest::newRow("big") << u"92233720368547.75"_qs << true << qint64(9223372036854775LL);
        QTest::newRow("overflow") << u"922337203685477580.80"_qs << false << qint64(0);
        QTest::newRow("comma") << u"12,50"_qs << false << qint64(0);
        QTest::newRow("thousands") << u"1.234,50"_qs << false << qint64(0);
        QTest::newRow("exponent") << u"1e3"_qs << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("sign only") << u"-"_qs << false << qint64(0);
        QTest::newRow("dot only") << u"."_qs << false << qint64(0);
        QTest::newRow("letters") << u"abc"_qs << false << qint64(0);
        QTest::newRow("arabic digits") << u"١٢"_qs << false << qint64(0);
        QTest::newRow("two dots") << u"1.2.3"_qs << false << qint64(0);
    }
    void parseText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto result = parseMinorUnits(text);
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(*result, minor);
    }

    void fromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        // Numbers that are not exact in binary must still come out exact.
        QTest::newRow("149.9") << QByteArray("149.9") << true << qint64(14990);
        QTest::newRow("0.1") << QByteArray("0.1") << true << qint64(10);
        QTest::newRow("1.15") << QByteArray("1.15") << true << qint64(115);
        QTest::newRow("4.35") << QByteArray("4.35") << true << qint64(435);
        QTest::newRow("integer") << QByteArray("25") << true << qint64(2500);
        QTest::newRow("string") << QByteArray("\"149.90\"") << true << qint64(14990);
        QTest::newRow("null") << QByteArray("null") << false << qint64(0);
        QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
        QTest::newRow("object") << QByteArray("{}") << false << qint64(0);
    }
    void fromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const QJsonValue value = QJsonDocument::fromJson("{\"v\":" + json + "}").object().value(u"v");
        const auto result = minorUnitsFromJson(value);
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(*result, minor);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
