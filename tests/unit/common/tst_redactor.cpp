// Redaction at the logging boundary: no credential shape survives.
#include "common/redactor.h"

#include <QTest>

using sd::redaction::redact;

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { sd::redaction::clearRegisteredSecrets(); }

    void removesSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");

        QTest::newRow("authorization bearer") << u"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def"_qs << u"eyJhbGciOiJIUzI1NiJ9"_qs;
        QTest::newRow("authorization basic") << u"authorization: Basic dXNlcjpwYXNzd29yZA=="_qs << u"dXNlcjpwYXNzd29yZA=="_qs;
        QTest::newRow("authorization key (fal)") << u"Authorization: Key 1234abcd:98765efgh"_qs << u"98765efgh"_qs;
        QTest::newRow("x-api-key") << u"x-api-key: sk-ant-api03-SECRETVALUE"_qs << u"SECRETVALUE"_qs;
        QTest::newRow("X-Api-Key mixed case") << u"X-API-KEY:sk-ant-XYZ123456"_qs << u"XYZ123456"_qs;
        QTest::newRow("xi-api-key") << u"xi-api-key: 0a1b2c3d4e5f6a7b8c9d"_qs << u"0a1b2c3d4e5f6a7b8c9d"_qs;
        QTest::newRow("x-goog-api-key") << u"x-goog-api-key: AIzaSyDUMMYKEY123"_qs << u"AIzaSyDUMMYKEY123"_qs;
        QTest::newRow("header in json dump") << u"{\"Authorization\": \"Bearer abcdef123456\"}"_qs << u"abcdef123456"_qs;
        QTest::newRow("bare bearer") << u"request failed with Bearer abcdefghijkl"_qs << u"abcdefghijkl"_qs;
        QTest::newRow("key scheme alone") << u"sent Key abc123:def456"_qs << u"abc123:def456"_qs;
        QTest::newRow("access_token query") << u"GET https://graph.facebook.com/v21.0/me?fields=id&access_token=EAAGm0PX4ZCpsBA"_qs << u"EAAGm0PX4ZCpsBA"_qs;
        QTest::newRow("token query first") << u"https://example.com/x?token=abcdef999&page=2"_qs << u"abcdef999"_qs;
        QTest::newRow("refresh_token form") << u"grant_type=refresh_token&refresh_token=r-123456789&client_id=x"_qs << u"r-123456789"_qs;
        QTest::newRow("fb_exchange_token") << u"grant_type=fb_exchange_token&fb_exchange_token=SHORTLIVED123"_qs << u"SHORTLIVED123"_qs;
        QTest::newRow("client_secret form") << u"client_id=1&client_secret=topsecretvalue"_qs << u"topsecretvalue"_qs;
        QTest::newRow("password form") << u"email=a%40b.com&password=hunter2hunter2"_qs << u"hunter2hunter2"_qs;
        QTest::newRow("gemini key query") << u"POST /v1beta/models/gemini:generateContent?key=AIzaSyABCDEF"_qs << u"AIzaSyABCDEF"_qs;
        QTest::newRow("woocommerce consumer_secret") << u"/wp-json/wc/v3/orders?consumer_key=ck_123456&consumer_secret=cs_abcdef"_qs << u"cs_abcdef"_qs;
        QTest::newRow("json access_token") << u"{\"access_token\":\"EAAB123456\",\"token_type\":\"bearer\"}"_qs << u"EAAB123456"_qs;
        QTest::newRow("json password with escape") << u"{\"password\": \"p\\\"ss-w0rd!\"}"_qs << u"ss-w0rd!"_qs;
        QTest::newRow("json api_key") << u"{\"api_key\": \"abc-123-def\"}"_qs << u"abc-123-def"_qs;
        QTest::newRow("cookie") << u"Cookie: session=abcdef0123456789"_qs << u"abcdef0123456789"_qs;
        QTest::newRow("turkish context") << u"Bağlantı hatası: access_token=ŞİFRE12345 geçersiz"_qs << u"ŞİFRE12345"_qs;
    }

    void removesSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(sd::redaction::kMask), qPrintable(out));
    }

    void keepsOrdinaryText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("plain") << u"synced 120 orders from trendyol in 1.2 s"_qs;
        QTest::newRow("turkish") << u"Sipariş 12345 kargoya verildi — İstanbul"_qs;
        QTest::newRow("url without secrets") << u"GET https://api.example.com/orders?page=2&size=50"_qs;
        QTest::newRow("status code") << u"HTTP 429, retry after 30 s"_qs;
    }

    void keepsOrdinaryText()
    {
        QFETCH(QString, input);
        QCOMPARE(redact(input), input);
    }

    void registeredSecretsAreMaskedAnywhere()
    {
        const QString secret = u"Zx9-very-unusual-value"_qs;
        QVERIFY(redact(secret).contains(secret));
        sd::redaction::registerSecret(secret);
        const QString out = redact(u"odd place: <"_qs + secret + u">"_qs);
        QVERIFY(!out.contains(secret));
        QCOMPARE(out, u"odd place: <[REDACTED]>"_qs);
    }

    void shortRegisteredValuesAreIgnored()
    {
        sd::redaction::registerSecret(u"abc"_qs);
        QCOMPARE(redact(u"abc abc"_qs), u"abc abc"_qs);
    }

    void idempotent()
    {
        const QString once = redact(u"Authorization: Bearer abcdefghij"_qs);
        QCOMPARE(redact(once), once);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
