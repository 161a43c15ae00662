// NetError mapping, Retry-After parsing, backoff bounds and Link-header parsing: the pure parts of the
// network layer.
#include "net/neterror.h"
#include "net/pagestrategy.h"
#include "net/retrypolicy.h"

#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace sd::net;
using namespace std::chrono_literals;

class TestNetError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<NetError>("expected");
        QTest::newRow("400") << 400 << NetError::BadRequest;
        QTest::newRow("401") << 401 << NetError::Unauthorized;
        QTest::newRow("403") << 403 << NetError::Forbidden;
        QTest::newRow("404") << 404 << NetError::NotFound;
        QTest::newRow("408") << 408 << NetError::Timeout;
        QTest::newRow("409") << 409 << NetError::BadRequest;
        QTest::newRow("410") << 410 << NetError::NotFound;
        QTest::newRow("429") << 429 << NetError::RateLimited;
        QTest::newRow("500") << 500 << NetError::Server;
        QTest::newRow("501") << 501 << NetError::Server;
        QTest::newRow("503") << 503 << NetError::Server;
    }
    void statusMapping()
    {
        QFETCH(int, status);
        QFETCH(NetError, expected);
        QCOMPARE(netErrorForHttpStatus(status), expected);
    }

    void transient_data()
    {
        QTest::addColumn<NetError>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        QTest::newRow("timeout") << NetError::Timeout << 0 << true;
        QTest::newRow("lost") << NetError::ConnectionLost << 0 << true;
        QTest::newRow("refused") << NetError::ConnectionRefused << 0 << true;
        QTest::newRow("429") << NetError::RateLimited << 429 << true;
        QTest::newRow("500") << NetError::Server << 500 << true;
        QTest::newRow("501") << NetError::Server << 501 << false;
        QTest::newRow("401") << NetError::Unauthorized << 401 << false;
        QTest::newRow("403") << NetError::Forbidden << 403 << false;
        QTest::newRow("malformed") << NetError::Malformed << 200 << false;
        QTest::newRow("tls") << NetError::Tls << 0 << false;
        QTest::newRow("platform") << NetError::Platform << 400 << false;
        QTest::newRow("cancelled") << NetError::Cancelled << 0 << false;
    }
    void transient()
    {
        QFETCH(NetError, kind);
        QFETCH(int, status);
        QFETCH(bool, transient);
        QCOMPARE(NetFailure::make(kind, {}, status).isTransient(), transient);
    }

    void classifierOverridesTransience()
    {
        NetFailure f = NetFailure::make(NetError::Platform);
        f.retryable = true; // e.g. Meta code 2, "service temporarily unavailable"
        QVERIFY(f.isTransient());
    }

    void everyKindHasAMessage()
    {
        const QMetaEnum e = QMetaEnum::fromType<NetError>();
        for (int i = 0; i < e.keyCount(); ++i) {
            const NetFailure f = NetFailure::make(NetError(e.value(i)));
            QVERIFY2(!f.userMessage().isEmpty(), e.key(i));
            const sd::Error error = f.toError();
            QCOMPARE(error.domain, u"net"_qs);
            QCOMPARE(error.code, e.value(i));
            QCOMPARE(error.message, f.userMessage());
        }
    }

    void platformMessageKept()
    {
        NetFailure f = NetFailure::make(NetError::Platform, {}, 400);
        f.platformCode = u"100/2018001"_qs;
        f.platformMessage = u"Eşleşen kullanıcı bulunamadı"_qs;
        QVERIFY(f.userMessage().contains(f.platformMessage));
        QVERIFY(f.userMessage().contains(f.platformCode));
        QVERIFY(f.logLine().contains(u"http=400"));
    }

    void turkishMessages()
    {
        QTranslator turkish;
        QVERIFY(turkish.load(u":/i18n/sellerdesk_tr.qm"_qs));
        QCoreApplication::installTranslator(&turkish);
        const QString unauthorized = NetFailure::make(NetError::Unauthorized).userMessage();
        NetFailure limited = NetFailure::make(NetError::RateLimited);
        limited.retryAfter = 30s;
        const QString wait = limited.userMessage();
        QCoreApplication::removeTranslator(&turkish);
        QCOMPARE(unauthorized, u"Kimlik bilgileri reddedildi ya da süresi doldu. Hesabı yeniden bağlayın."_qs);
        QCOMPARE(wait, u"Şu an çok fazla istek var. Platform 30 saniye beklemenizi istiyor."_qs);
        QTranslator english; // carries the English plural forms
        QVERIFY(english.load(u":/i18n/sellerdesk_en.qm"_qs));
        QCoreApplication::installTranslator(&english);
        const QString englishWait = limited.userMessage();
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(englishWait, u"Too many requests for now. The platform asks to wait 30 seconds."_qs);
    }

    void detailIsRedacted()
    {
        const NetFailure f
            = NetFailure::make(NetError::Server, u"GET https://graph.example/v1/me?access_token=EAAsecret123456"_qs);
        QVERIFY(!f.detail.contains(u"EAAsecret123456"));
        QVERIFY(!f.logLine().contains(u"EAAsecret123456"));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: not understood
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7000);
        QTest::newRow("imf-fixdate") << QByteArray("Thu, 01 Jan 2026 12:00:30 GMT") << qint64(30000);
        QTest::newRow("rfc850") << QByteArray("Thursday, 01-Jan-26 12:01:00 GMT") << qint64(60000);
        QTest::newRow("asctime") << QByteArray("Thu Jan  1 12:00:05 2026") << qint64(5000);
        QTest::newRow("past date") << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("huge") << QByteArray("99999999999999") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        const auto parsed = parseRetryAfter(value, now);
        if (expectedMs < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(parsed->count(), expectedMs);
        }
    }

    void backoffIsBoundedFullJitter_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expectedMs");
        // base 100 ms, cap 1000 ms
        QTest::newRow("1st, max") << 1 << 0.999999 << qint64(99);
        QTest::newRow("1st, zero") << 1 << 0.0 << qint64(0);
        QTest::newRow("2nd, half") << 2 << 0.5 << qint64(100);
        QTest::newRow("3rd, half") << 3 << 0.5 << qint64(200);
        QTest::newRow("5th capped") << 5 << 0.5 << qint64(500);
        QTest::newRow("40th capped") << 40 << 0.5 << qint64(500);
    }
    void backoffIsBoundedFullJitter()
    {
        QFETCH(int, retry);
        QFETCH(double, random);
        QFETCH(qint64, expectedMs);
        RetryPolicy p;
        p.baseDelay = 100ms;
        p.maxDelay = 1000ms;
        QCOMPARE(p.backoff(retry, [random] { return random; }).count(), expectedMs);
        for (int i = 0; i < 50; ++i) { // the real generator stays inside the ceiling
            const auto d = p.backoff(retry);
            QVERIFY(d.count() >= 0 && d.count() <= std::min<qint64>(1000, qint64(100) << std::min(retry - 1, 20)));
        }
    }

    void linkHeader_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("rel");
        QTest::addColumn<QString>("expected");
        const QByteArray wc
            = R"(<https://shop.example/wp-json/wc/v3/orders?page=1&per_page=2>; rel="prev", <https://shop.example/wp-json/wc/v3/orders?page=3&per_page=2>; rel="next")";
        QTest::newRow("wc next") << wc << u"next"_qs
                                 << u"https://shop.example/wp-json/wc/v3/orders?page=3&per_page=2"_qs;
        QTest::newRow("wc prev") << wc << u"prev"_qs
                                 << u"https://shop.example/wp-json/wc/v3/orders?page=1&per_page=2"_qs;
        QTest::newRow("relative") << QByteArray("</orders?page=2>; rel=next") << u"next"_qs
                                  << u"https://shop.example/orders?page=2"_qs;
        QTest::newRow("comma in url") << QByteArray("<https://shop.example/a?x=1,2>; rel=\"next\"") << u"next"_qs
                                      << u"https://shop.example/a?x=1,2"_qs;
        QTest::newRow("multiple rels") << QByteArray("<https://shop.example/p2>; rel=\"next last\"") << u"last"_qs
                                       << u"https://shop.example/p2"_qs;
        QTest::newRow("none") << QByteArray("<https://shop.example/p1>; rel=\"first\"") << u"next"_qs << QString();
    }
    void linkHeader()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, rel);
        QFETCH(QString, expected);
        const auto links = parseLinkHeader(value, QUrl(u"https://shop.example/wp-json/wc/v3/orders"_qs));
        QCOMPARE(links.value(rel).toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestNetError)
#include "tst_neterror.moc"
