// ApiClient: URLs under a configurable base, default headers, and the connection's policies applied to
// every job and every page.
#include "manualclock.h"
#include "net/apiclient.h"
#include "net/networkcontext.h"
#include "net/paginator.h"
#include "testhttpserver.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace sd::net;
using sd::test::ManualClock;
using sd::test::TestHttpServer;
using sd::test::TestReply;
using namespace std::chrono_literals;

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<NetworkContext> m_context;

    static std::optional<sd::Result<HttpResponse>> wait(HttpJob *job)
    {
        std::optional<sd::Result<HttpResponse>> result;
        QEventLoop loop;
        QObject::connect(job, &HttpJob::finished, &loop, [&](const sd::Result<HttpResponse> &r) {
            result = r;
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        job->start();
        if (!result)
            loop.exec();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_clock = std::make_unique<ManualClock>();
        m_clock->setAutoAdvance(true);
        m_context = std::make_unique<NetworkContext>();
        m_context->setClock(m_clock.get());
    }

    void cleanup()
    {
        m_context.reset();
        m_server.reset();
        m_clock.reset();
    }

    void urls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trendyol") << u"https://apigw.trendyol.com/integration"_qs << u"order/sellers/42/orders"_qs
                                  << u"https://apigw.trendyol.com/integration/order/sellers/42/orders"_qs;
        QTest::newRow("trailing and leading slash") << u"https://apigw.trendyol.com/integration/"_qs << u"/order/x"_qs
                                                    << u"https://apigw.trendyol.com/integration/order/x"_qs;
        QTest::newRow("host only") << u"https://api.n11.com"_qs << u"rest/delivery/v1/shipmentPackages"_qs
                                   << u"https://api.n11.com/rest/delivery/v1/shipmentPackages"_qs;
        QTest::newRow("graph version") << u"https://graph.facebook.com/v25.0"_qs << u"me/conversations"_qs
                                       << u"https://graph.facebook.com/v25.0/me/conversations"_qs;
        QTest::newRow("sandbox on loopback") << u"http://127.0.0.1:8421/wp-json/wc/v3"_qs << u"orders"_qs
                                             << u"http://127.0.0.1:8421/wp-json/wc/v3/orders"_qs;
        QTest::newRow("turkish path segment") << u"https://shop.example/wp-json"_qs << u"ürünler"_qs
                                              << u"https://shop.example/wp-json/%C3%BCr%C3%BCnler"_qs;
    }
    void urls()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const ApiClient client(m_context.get(), QUrl(base));
        QCOMPARE(QString::fromLatin1(client.url(path).toEncoded()), expected);
    }

    void queryAndDefaultHeaders()
    {
        m_server->enqueue(u"/integration/order/sellers/42/orders"_qs, TestReply::json(200, R"({"content":[]})"));
        ApiClient client(m_context.get(), m_server->url(u"/integration"_qs));
        client.setDefaultHeader("Authorization", "Basic a2V5OnNlY3JldA==");
        client.setDefaultHeader("User-Agent", "42 - SelfIntegration");
        QUrlQuery query;
        query.addQueryItem(u"status"_qs, u"Created"_qs);
        HttpRequest req = client.request("GET", u"order/sellers/42/orders"_qs, query);
        req.setHeader("User-Agent", "42 - Override"); // the request's own header wins
        const auto result = wait(client.createJob(req));
        QVERIFY(result && result->ok());
        const auto &sent = m_server->requests().constFirst();
        QCOMPARE(sent.query.queryItemValue(u"status"_qs), u"Created"_qs);
        QCOMPARE(sent.header("Authorization"), QByteArray("Basic a2V5OnNlY3JldA=="));
        QCOMPARE(sent.header("User-Agent"), QByteArray("42 - Override"));
    }

    void policiesApplied()
    {
        RateLimiter limiter(m_clock.get());
        limiter.setLimit(QString(), 100, 10s);
        QSignalSpy paused(&limiter, &RateLimiter::paused);
        ApiClient client(m_context.get(), m_server->url(u"/graph"_qs));
        RetryPolicy policy;
        policy.maxAttempts = 2;
        client.setRetryPolicy(policy);
        client.setRateLimiter(&limiter);
        client.setErrorClassifier([](const HttpResponse &r) -> std::optional<NetFailure> {
            if (r.json.object().value(u"error").toObject().value(u"code").toInt() != 613)
                return std::nullopt;
            NetFailure f = NetFailure::make(NetError::RateLimited);
            f.retryAfter = 4000ms;
            return f;
        });
        m_server->enqueue(u"/graph/me"_qs,
            TestReply::json(
                400, R"({"error":{"code":613,"message":"Calls to this api have exceeded the rate limit."}})"));
        m_server->enqueue(u"/graph/me"_qs, TestReply::json(200, R"({"id":"1"})"));
        const auto result = wait(client.createJob(client.request("GET", u"me"_qs)));
        QVERIFY(result && result->ok());
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.at(0).at(1).toLongLong(), 4000);
        QCOMPARE(limiter.grantedCount(QString()), 2);
    }

    void pagesUseThePolicies()
    {
        ApiClient client(m_context.get(), m_server->url(u"/v1"_qs));
        client.setDefaultHeader("appkey", "n11-key-123456");
        RetryPolicy policy;
        policy.maxAttempts = 2;
        client.setRetryPolicy(policy);
        m_server->enqueue(u"/v1/packages"_qs, TestReply::json(200, R"({"content":[{"id":1}],"totalPages":2})"));
        m_server->enqueue(u"/v1/packages"_qs, TestReply::json(503, "{}"));
        m_server->enqueue(u"/v1/packages"_qs, TestReply::json(200, R"({"content":[{"id":2}],"totalPages":2})"));
        std::unique_ptr<Paginator> paginator(client.paginate(std::make_unique<PageNumberPagination>(
            client.request("GET", u"packages"_qs), PageNumberPagination::Options{ .pageSize = 1 })));
        QSignalSpy finished(paginator.get(), &Paginator::finished);
        paginator->start();
        QVERIFY(finished.wait(10000));
        QVERIFY(paginator->summary().ok());
        QCOMPARE(paginator->summary().pagesFetched, 2);
        QCOMPARE(m_server->requestCount(), 3); // the second page was retried under the client's policy
        for (const auto &sent : m_server->requests())
            QCOMPARE(sent.header("appkey"), QByteArray("n11-key-123456"));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
