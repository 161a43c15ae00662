// Turkish-aware folding.
#include "common/textfold.h"

#include <QTest>

using sd::text::foldForSearch;

class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("istanbul") << u"istanbul"_qs << u"istanbul"_qs;
        QTest::newRow("İSTANBUL") << u"İSTANBUL"_qs << u"istanbul"_qs;
        QTest::newRow("ISTANBUL") << u"ISTANBUL"_qs << u"istanbul"_qs;
        QTest::newRow("Istanbul") << u"Istanbul"_qs << u"istanbul"_qs;
        QTest::newRow("ığdır") << u"ığdır"_qs << u"igdir"_qs;
        QTest::newRow("IĞDIR") << u"IĞDIR"_qs << u"igdir"_qs;
        QTest::newRow("Çağrı") << u"Çağrı"_qs << u"cagri"_qs;
        QTest::newRow("ŞÜÖ") << u"ŞÜÖ şüö"_qs << u"suo suo"_qs;
        QTest::newRow("accents") << u"Café Zoë"_qs << u"cafe zoe"_qs;
        QTest::newRow("digits") << u"Sipariş #12345"_qs << u"siparis #12345"_qs;
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldForSearch(input), expected);
    }

    void contains()
    {
        QVERIFY(sd::text::foldedContains(u"Siparişler"_qs, u"sipar"_qs));
        QVERIFY(sd::text::foldedContains(u"Go to Orders"_qs, u"ORD go"_qs));
        QVERIFY(sd::text::foldedContains(u"Yapay Zekâ Stüdyosu"_qs, u"studyo"_qs));
        QVERIFY(!sd::text::foldedContains(u"Ayarlar"_qs, u"inbox"_qs));
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
