// HttpJob over real loopback HTTP against the scripted test server: success, every error class, retries
// and their waits (through the manual clock), timeouts, dropped connections, body caps, cancellation,
// the transport policy — and exactly one terminal signal in every case.
#include "common/version.h"
#include "manualclock.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "net/ratelimiter.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <memory>

using namespace sd::net;
using sd::test::ManualClock;
using sd::test::TestHttpServer;
using sd::test::TestReply;
using namespace std::chrono_literals;

namespace {

struct Outcome
{
    int signalCount = 0;
    std::optional<sd::Result<HttpResponse>> result;
    NetFailure failure;
    int attempts = 0;
    QPointer<HttpJob> job;

    [[nodiscard]] NetError kind() const
    {
        return result && !result->ok() ? NetError(result->error().code) : failure.kind;
    }
};

// An error classifier of the kind connectors write: Meta's {"error":{…}}, Trendyol's {"errors":[…]},
// and Hepsiburada's 200 {"success":false} envelope.
std::optional<NetFailure> platformClassifier(const HttpResponse &r)
{
    const QJsonObject root = r.json.object();
    if (root.value(u"error").isObject()) {
        const QJsonObject e = root.value(u"error").toObject();
        const int code = e.value(u"code").toInt();
        const int sub = e.value(u"error_subcode").toInt();
        NetFailure f = NetFailure::make(NetError::Platform, u"graph error"_qs, r.status);
        f.platformCode = sub ? QString::number(code) + u'/' + QString::number(sub) : QString::number(code);
        f.platformMessage = e.value(u"message").toString();
        if (code == 190) {
            f.kind = NetError::Unauthorized;
        } else if (code == 4 || code == 17 || code == 32 || code == 613) {
            f.kind = NetError::RateLimited;
            f.retryAfter = 3000ms; // a connector would read X-Business-Use-Case-Usage here
        } else if (code == 1 || code == 2) {
            f.retryable = true;
        }
        return f;
    }
    if (root.value(u"errors").isArray() && !r.isSuccess()) {
        const QJsonObject first = root.value(u"errors").toArray().first().toObject();
        NetFailure f
            = NetFailure::make(r.status >= 500 ? NetError::Server : NetError::Platform, u"trendyol error"_qs, r.status);
        f.platformCode = first.value(u"key").toString();
        f.platformMessage = first.value(u"message").toString();
        return f;
    }
    if (root.contains(u"success") && !root.value(u"success").toBool(true)) {
        NetFailure f = NetFailure::make(NetError::Platform, u"failure envelope"_qs, r.status);
        f.platformMessage = root.value(u"message").toString();
        return f;
    }
    return std::nullopt;
}

QStringList g_logLines;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logLines.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestHttpJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<NetworkContext> m_context;

    RetryPolicy fastPolicy(int attempts = 3) const
    {
        RetryPolicy p;
        p.maxAttempts = attempts;
        p.baseDelay = 100ms;
        p.maxDelay = 1000ms;
        p.rateLimitFloor = 1000ms;
        return p;
    }

    HttpJob *job(const HttpRequest &request, const RetryPolicy &policy)
    {
        HttpJob *j = m_context->createJob(request);
        j->setRetryPolicy(policy);
        return j;
    }

    std::shared_ptr<Outcome> watch(HttpJob *j)
    {
        auto o = std::make_shared<Outcome>();
        o->job = j;
        connect(j, &HttpJob::finished, this, [o, j](const sd::Result<HttpResponse> &result) {
            ++o->signalCount;
            o->result = result;
            o->failure = j->failure();
            o->attempts = j->attempts();
        });
        return o;
    }

    // Waits for the terminal signal and for the job to delete itself: a deleted job cannot signal again.
    // (A real event loop rather than qWaitFor, whose 10 ms naps between polls would dominate the run.)
    [[nodiscard]] static bool settled(const std::shared_ptr<Outcome> &o, int timeoutMs = 10000)
    {
        if (o->job) {
            QEventLoop loop;
            QObject::connect(o->job.data(), &QObject::destroyed, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (o->job && o->signalCount > 0)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return o->signalCount > 0 && o->job.isNull();
    }

    std::shared_ptr<Outcome> run(
        const HttpRequest &request, const RetryPolicy &policy, const ErrorClassifier &classifier = {})
    {
        HttpJob *j = job(request, policy);
        if (classifier)
            j->setErrorClassifier(classifier);
        auto o = watch(j);
        j->start();
        [&] { QVERIFY(settled(o)); }();
        return o;
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

    void success()
    {
        m_server->enqueue(u"/orders"_qs, TestReply::json(200, R"({"content":[{"id":1},{"id":2}],"totalPages":1})"));
        const auto o = run(HttpRequest::get(m_server->url(u"/orders?page=0"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QVERIFY(o->result->ok());
        const HttpResponse &r = o->result->value();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.json.object().value(u"content").toArray().size(), 2);
        QCOMPARE(m_server->requestCount(), 1);
        const auto &sent = m_server->requests().constFirst();
        QCOMPARE(sent.header("User-Agent"), QByteArray("SellerDesk/" SELLERDESK_VERSION));
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
    }

    void ownUserAgentKept()
    {
        m_server->enqueue(u"/x"_qs, TestReply::json(200, "{}"));
        HttpRequest req = HttpRequest::get(m_server->url(u"/x"_qs));
        req.setHeader("User-Agent", "1234 - SelfIntegration");
        const auto o = run(req, fastPolicy());
        QVERIFY(o->result.has_value());
        QVERIFY(o->result->ok());
        QCOMPARE(m_server->requests().constFirst().header("User-Agent"), QByteArray("1234 - SelfIntegration"));
    }

    void cookiesNeitherKeptNorSent()
    {
        m_server->enqueue(u"/a"_qs, TestReply::json(200, "{}").withHeader("Set-Cookie", "session=account-one; Path=/"));
        m_server->enqueue(u"/b"_qs, TestReply::json(200, "{}"));
        const auto first = run(HttpRequest::get(m_server->url(u"/a"_qs)), fastPolicy());
        QVERIFY(first->result.has_value() && first->result->ok());
        const auto second = run(HttpRequest::get(m_server->url(u"/b"_qs)), fastPolicy());
        QVERIFY(second->result.has_value() && second->result->ok());
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(!m_server->requests().at(1).hasHeader("Cookie"));
    }

    void redirects_data()
    {
        QTest::addColumn<bool>("sameOrigin");
        QTest::newRow("same origin: followed") << true;
        QTest::newRow("other origin: refused") << false;
    }
    void redirects()
    {
        QFETCH(bool, sameOrigin);
        // localhost and 127.0.0.1 are the same machine but different origins: credentials stay put.
        const QUrl target = sameOrigin ? m_server->url(u"/new"_qs)
                                       : QUrl(u"http://localhost:"_qs + QString::number(m_server->port()) + u"/new");
        m_server->enqueue(u"/old"_qs, TestReply::json(301, "{}").withHeader("Location", target.toEncoded()));
        m_server->enqueue(u"/new"_qs, TestReply::json(200, R"({"moved":true})"));
        HttpRequest req = HttpRequest::get(m_server->url(u"/old"_qs));
        req.setHeader("Authorization", "Basic c2VsbGVyOnNlY3JldA==");
        const auto o = run(req, fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        if (sameOrigin) {
            QVERIFY(o->result->ok());
            QCOMPARE(o->result->value().url, target);
            QCOMPARE(m_server->requestCount(u"/new"_qs), 1);
        } else {
            QCOMPARE(o->kind(), NetError::InsecureUrl);
            QCOMPARE(m_server->requestCount(u"/new"_qs), 0);
        }
    }

    void redirectMethods_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expectedMethod"); // empty: not followed
        QTest::newRow("303 turns POST into GET") << 303 << QByteArray("GET");
        QTest::newRow("307 keeps POST and body") << 307 << QByteArray("POST");
        QTest::newRow("308 keeps POST and body") << 308 << QByteArray("POST");
        QTest::newRow("302 of a POST not followed") << 302 << QByteArray();
    }
    void redirectMethods()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, expectedMethod);
        m_server->enqueue(u"/old"_qs, TestReply::json(status, "{}").withHeader("Location", "/new"));
        m_server->enqueue(u"/new"_qs, TestReply::json(200, "{}"));
        const auto o = run(HttpRequest::post(m_server->url(u"/old"_qs), R"({"note":"x"})"), fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        if (expectedMethod.isEmpty()) {
            QCOMPARE(o->kind(), NetError::BadRequest);
            QCOMPARE(m_server->requestCount(u"/new"_qs), 0);
            return;
        }
        QVERIFY(o->result->ok());
        QCOMPARE(m_server->requestCount(u"/new"_qs), 1);
        const auto &sent = m_server->requests().constLast();
        QCOMPARE(sent.method, expectedMethod);
        QCOMPARE(sent.body, expectedMethod == "POST" ? QByteArray(R"({"note":"x"})") : QByteArray());
        QCOMPARE(o->attempts, 1); // a redirect is part of the attempt
    }

    void redirectLoopStopped()
    {
        m_server->setHandler(
            [](const sd::test::TestRequest &) { return TestReply::json(302, "{}").withHeader("Location", "/loop"); });
        const auto o = run(HttpRequest::get(m_server->url(u"/loop"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->kind(), NetError::Malformed);
        QCOMPARE(m_server->requestCount(), 6); // the first request and five redirects
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<NetError>("expected");
        QTest::newRow("401 trendyol") << 401 << QByteArray(R"({"exception":"ClientApiAuthenticationException"})")
                                      << NetError::Unauthorized;
        QTest::newRow("401 empty body (hepsiburada)") << 401 << QByteArray() << NetError::Unauthorized;
        QTest::newRow("403 text (n11)") << 403 << QByteArray("Authentication failed") << NetError::Forbidden;
        QTest::newRow("404") << 404 << QByteArray(R"({"code":"rest_no_route"})") << NetError::NotFound;
        QTest::newRow("400") << 400 << QByteArray(R"({"code":"rest_invalid_param"})") << NetError::BadRequest;
        QTest::newRow("501 not retried") << 501 << QByteArray("Method Not Implemented") << NetError::Server;
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(NetError, expected);
        m_server->setHandler([&](const sd::test::TestRequest &) { return TestReply::json(status, body); });
        const auto o = run(HttpRequest::get(m_server->url(u"/e"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QVERIFY(!o->result->ok());
        QCOMPARE(o->kind(), expected);
        QCOMPARE(o->result->error().domain, u"net"_qs);
        QVERIFY(!o->result->error().message.isEmpty());
        QCOMPARE(o->failure.httpStatus, status);
        QCOMPARE(m_server->requestCount(), 1); // none of these is worth repeating
    }

    void unauthorizedWithChallenge()
    {
        // A Basic challenge makes Qt ask the manager for credentials; nobody answers, the 401 comes through.
        m_server->setHandler([](const sd::test::TestRequest &) {
            return TestReply::text(401, "Missing Credentials!").withHeader("WWW-Authenticate", "Basic realm=\"OMS\"");
        });
        HttpRequest req = HttpRequest::get(m_server->url(u"/packages"_qs));
        req.setHeader("Authorization", "Basic bWVyY2hhbnQ6d3Jvbmc=");
        const auto o = run(req, fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->kind(), NetError::Unauthorized);
        QCOMPARE(o->failure.httpStatus, 401);
        QCOMPARE(o->attempts, 1);
    }

    void retryAfterSeconds()
    {
        m_server->enqueue(u"/r"_qs,
            TestReply::json(429, R"({"errors":[{"key":"too.many.requests"}]})").withHeader("Retry-After", "7"));
        m_server->enqueue(u"/r"_qs, TestReply::json(200, "[]"));
        HttpJob *j = job(HttpRequest::get(m_server->url(u"/r"_qs)), fastPolicy());
        QSignalSpy retries(j, &HttpJob::retryScheduled);
        auto o = watch(j);
        j->start();
        QVERIFY(settled(o));
        QCOMPARE(o->signalCount, 1);
        QVERIFY(o->result->ok());
        QCOMPARE(o->result->value().attempts, 2);
        QCOMPARE(retries.count(), 1);
        QCOMPARE(retries.at(0).at(1).toLongLong(), 7000);
        QCOMPARE(m_clock->requestedDelays(), QList<qint64>{ 7000 });
        QVERIFY(o->result->value().elapsedMs >= 7000); // measured on the injected clock
    }

    void retryAfterHttpDate()
    {
        m_clock->setUtcStart(QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0), QTimeZone::utc()));
        m_server->enqueue(
            u"/r"_qs, TestReply::json(503, "{}").withHeader("Retry-After", "Mon, 23 Nov 2026 10:00:12 GMT"));
        m_server->enqueue(u"/r"_qs, TestReply::json(200, "{}"));
        const auto o = run(HttpRequest::get(m_server->url(u"/r"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QVERIFY(o->result->ok());
        QCOMPARE(m_clock->requestedDelays(), QList<qint64>{ 12000 });
        QCOMPARE(m_server->requestCount(), 2);
    }

    void retryAfterTooLongEndsJob()
    {
        m_server->enqueue(u"/r"_qs, TestReply::json(429, "{}").withHeader("Retry-After", "3600"));
        const auto o = run(HttpRequest::get(m_server->url(u"/r"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->kind(), NetError::RateLimited);
        QVERIFY(o->failure.retryAfter.has_value());
        QCOMPARE(o->failure.retryAfter->count(), 3600 * 1000);
        QVERIFY(o->result->error().message.contains(u"3600"));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(m_clock->requestedDelays().isEmpty());
    }

    void rateLimitWithoutHintWaitsTheFloor()
    {
        m_server->enqueue(u"/r"_qs, TestReply::json(429, "{}"));
        m_server->enqueue(u"/r"_qs, TestReply::json(200, "{}"));
        const auto o = run(HttpRequest::get(m_server->url(u"/r"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QVERIFY(o->result->ok());
        QCOMPARE(m_clock->requestedDelays().size(), 1);
        QVERIFY(m_clock->requestedDelays().constFirst() >= 1000);
    }

    void serverErrorThenSuccess()
    {
        m_server->enqueue(u"/s"_qs, TestReply::json(500, R"({"exception":"TrendyolSystemException"})"));
        m_server->enqueue(u"/s"_qs, TestReply::json(200, R"({"ok":true})"));
        const auto o = run(HttpRequest::get(m_server->url(u"/s"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QVERIFY(o->result->ok());
        QCOMPARE(o->result->value().attempts, 2);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_clock->requestedDelays().size(), 1);
        QVERIFY(m_clock->requestedDelays().constFirst() <= 100); // first backoff ceiling = baseDelay
    }

    void serverErrorsExhaustRetries()
    {
        m_server->setHandler([](const sd::test::TestRequest &) { return TestReply::json(503, "{}"); });
        const auto o = run(HttpRequest::get(m_server->url(u"/s"_qs)), fastPolicy(4));
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), NetError::Server);
        QCOMPARE(o->failure.httpStatus, 503);
        QCOMPARE(o->attempts, 4);
        QCOMPARE(m_server->requestCount(), 4);
        const QList<qint64> delays = m_clock->requestedDelays();
        QCOMPARE(delays.size(), 3);
        for (int i = 0; i < delays.size(); ++i) // full jitter inside 100, 200, 400 ms ceilings
            QVERIFY2(delays[i] >= 0 && delays[i] <= (qint64(100) << i), qPrintable(QString::number(delays[i])));
    }

    void timeout()
    {
        m_server->setHandler([](const sd::test::TestRequest &) {
            TestReply r;
            r.mode = TestReply::Mode::NeverAnswer;
            return r;
        });
        HttpRequest req = HttpRequest::get(m_server->url(u"/slow"_qs));
        req.timeout = 200ms;
        QElapsedTimer wall;
        wall.start();
        const auto o = run(req, fastPolicy(2));
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), NetError::Timeout);
        QCOMPARE(o->attempts, 2);
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(wall.elapsed()
            >= 2 * 180); // our own timer fired for each attempt (lower bound only; coarse timers may fire 5 % early)
    }

    void timeoutDuringSlowBody()
    {
        TestReply slow = TestReply::json(200, QByteArray(4000, ' ') + "{}");
        slow.chunkSize = 100;
        slow.chunkDelayMs = 100; // 4 s in total
        m_server->enqueue(u"/slow"_qs, slow);
        HttpRequest req = HttpRequest::get(m_server->url(u"/slow"_qs));
        req.timeout = 300ms;
        const auto o = run(req, RetryPolicy::none());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->kind(), NetError::Timeout);
    }

    void droppedMidBody_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("no retry") << 1 << false;
        QTest::newRow("retried") << 2 << true;
    }
    void droppedMidBody()
    {
        QFETCH(int, attempts);
        QFETCH(bool, succeeds);
        TestReply cut = TestReply::json(200, "[" + QByteArray(2000, ' ') + "]");
        cut.mode = TestReply::Mode::CloseMidBody;
        cut.closeAfterBytes = 500;
        m_server->enqueue(u"/d"_qs, cut);
        m_server->enqueue(u"/d"_qs, TestReply::json(200, "[]"));
        const auto o = run(HttpRequest::get(m_server->url(u"/d"_qs)), fastPolicy(attempts));
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        if (succeeds) {
            QVERIFY(o->result->ok());
            QCOMPARE(m_server->requestCount(), 2);
        } else {
            QCOMPARE(o->kind(), NetError::ConnectionLost);
            QCOMPARE(m_server->requestCount(), 1);
        }
    }

    void connectionClosedWithoutAnswer()
    {
        TestReply close;
        close.mode = TestReply::Mode::CloseAtOnce;
        m_server->setHandler([close](const sd::test::TestRequest &) { return close; });
        const auto o = run(HttpRequest::get(m_server->url(u"/c"_qs)), RetryPolicy::none());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), NetError::ConnectionLost);
    }

    // Qt re-sends a request whose connection closed before the answer (a POST too): a sendOnce request goes out
    // exactly once and ends as ConnectionLost, so the caller (the outbox) decides whether it arrived.
    void sendOnceIsNotRepeatedByTheTransport_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("POST") << QByteArray("POST");
        QTest::newRow("PUT") << QByteArray("PUT");
    }

    void sendOnceIsNotRepeatedByTheTransport()
    {
        QFETCH(QByteArray, method);
        TestReply close;
        close.mode = TestReply::Mode::CloseAtOnce;
        m_server->setHandler([close](const sd::test::TestRequest &) { return close; });
        // A first call keeps a connection alive: Qt re-sends on a reused connection most eagerly.
        m_server->enqueue(u"/warm"_qs, TestReply::json(200, "{}"));
        QVERIFY(run(HttpRequest::get(m_server->url(u"/warm"_qs)), RetryPolicy::none())->result->ok());
        HttpRequest request = HttpRequest::post(m_server->url(u"/once"_qs), R"({"note":"bir kez"})");
        request.method = method;
        request.sendOnce = true;
        const auto o = run(request, RetryPolicy::none());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->kind(), NetError::ConnectionLost);
        QCOMPARE(m_server->requestCount(u"/once"_qs), 1);
        QCOMPARE(m_server->requests().last().body, QByteArray(R"({"note":"bir kez"})"));
    }

    void postIsNeverSentTwiceByQt()
    {
        // Qt 6.4 re-sends a request whose connection closed before the answer when it can rewind the body; a plain
        // POST must reach the server once and fail as ConnectionLost (the caller decides, knowing the outcome is unknown).
        TestReply close;
        close.mode = TestReply::Mode::CloseAtOnce;
        m_server->setHandler([close](const sd::test::TestRequest &) { return close; });
        const auto o = run(HttpRequest::post(m_server->url(u"/p"_qs), R"json({"text":"bir kez"})json"), RetryPolicy::none());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), NetError::ConnectionLost);
        QCOMPARE(m_server->requestCount(u"/p"_qs), 1);
        QCOMPARE(m_server->requests().last().body, QByteArray(R"json({"text":"bir kez"})json"));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto o
            = run(HttpRequest::get(QUrl(u"http://127.0.0.1:"_qs + QString::number(port) + u"/x")), RetryPolicy::none());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), NetError::ConnectionRefused);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expect"); // BodyExpectation
        QTest::newRow("truncated json") << QByteArray("application/json") << QByteArray(R"({"content":[{"id":1},)")
                                        << int(BodyExpectation::Json);
        QTest::newRow("not json at all") << QByteArray("application/json") << QByteArray("<html>oops</html>")
                                         << int(BodyExpectation::Json);
        QTest::newRow("html content type") << QByteArray("text/html") << QByteArray("{}") << int(BodyExpectation::Json);
        QTest::newRow("empty 200") << QByteArray("application/json") << QByteArray() << int(BodyExpectation::Json);
        QTest::newRow("invalid utf-8 in json")
            << QByteArray("application/json") << QByteArray("{\"name\":\"Ay\xfe\xff\"}") << int(BodyExpectation::Json);
        QTest::newRow("invalid utf-8 text")
            << QByteArray("text/plain") << QByteArray("Sipari\xc5 \xff") << int(BodyExpectation::Text);
    }
    void malformed()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, expect);
        m_server->setHandler([&](const sd::test::TestRequest &) { return TestReply::text(200, body, contentType); });
        HttpRequest req = HttpRequest::get(m_server->url(u"/m"_qs));
        req.expect = BodyExpectation(expect);
        const auto o = run(req, fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), NetError::Malformed);
        QCOMPARE(m_server->requestCount(), 1); // a malformed answer is not repeated
    }

    void expectedContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("image/jpeg") << QByteArray("image/jpeg") << true;
        QTest::newRow("IMAGE/PNG") << QByteArray("IMAGE/PNG") << true;
        QTest::newRow("html error page") << QByteArray("text/html; charset=utf-8") << false;
        QTest::newRow("missing") << QByteArray() << false;
    }
    void expectedContentType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(bool, accepted);
        TestReply r;
        r.body = QByteArray("\xff\xd8\xff\xe0 not really a jpeg");
        if (!contentType.isEmpty())
            r.headers.append({ QByteArray("Content-Type"), contentType });
        m_server->enqueue(u"/media"_qs, r);
        HttpRequest req = HttpRequest::get(m_server->url(u"/media"_qs));
        req.expect = BodyExpectation::Any;
        req.expectedContentType = "image/";
        const auto o = run(req, fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->result->ok(), accepted);
        if (!accepted)
            QCOMPARE(o->kind(), NetError::Malformed);
    }

    void problemJsonAccepted()
    {
        m_server->enqueue(u"/p"_qs, TestReply::text(200, "{\"a\":\"İğ\"}", "application/problem+json; charset=utf-8"));
        const auto o = run(HttpRequest::get(m_server->url(u"/p"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QVERIFY(o->result->ok());
        QCOMPARE(o->result->value().json.object().value(u"a").toString(), u"İğ"_qs);
    }

    void noContentAccepted()
    {
        TestReply r;
        r.status = 204;
        m_server->enqueue(u"/n"_qs, r);
        const auto o = run(HttpRequest::get(m_server->url(u"/n"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QVERIFY(o->result->ok());
        QCOMPARE(o->result->value().status, 204);
    }

    void bodyCap_data()
    {
        QTest::addColumn<int>("bodySize");
        QTest::addColumn<bool>("withLength");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("at the cap") << 1000 << true << true;
        QTest::newRow("over the cap, announced") << 1001 << true << false;
        QTest::newRow("at the cap, streamed") << 1000 << false << true;
        QTest::newRow("over the cap, streamed") << 1001 << false << false;
        QTest::newRow("huge, announced") << 3 * 1024 * 1024 << true << false;
        QTest::newRow("huge, streamed") << 3 * 1024 * 1024 << false << false;
    }
    void bodyCap()
    {
        QFETCH(int, bodySize);
        QFETCH(bool, withLength);
        QFETCH(bool, accepted);
        TestReply r = TestReply::text(200, QByteArray(bodySize, 'x'), "application/octet-stream");
        if (!withLength)
            r.mode = TestReply::Mode::NoLength;
        m_server->enqueue(u"/big"_qs, r);
        HttpRequest req = HttpRequest::get(m_server->url(u"/big"_qs));
        req.expect = BodyExpectation::Any;
        req.maxBodyBytes = 1000;
        const auto o = run(req, fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        if (accepted) {
            QVERIFY(o->result->ok());
            QCOMPARE(o->result->value().body.size(), bodySize);
        } else {
            QCOMPARE(o->kind(), NetError::Malformed);
            QVERIFY(o->failure.detail.contains(u"cap"));
            QVERIFY(o->job.isNull());
            // One attempt of ours. (The server may still see the GET twice: when a close-delimited body
            // is aborted just as the server closes, Qt's HTTP channel can resend an idempotent request.)
            QCOMPARE(o->attempts, 1);
        }
    }

    void postRetrySafety_data()
    {
        QTest::addColumn<QByteArray>("idempotencyKey");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("plain POST: once") << QByteArray() << false << 1;
        QTest::newRow("POST with idempotency key") << QByteArray("a6c3-outbox-17") << false << 2;
        QTest::newRow("POST marked retryable") << QByteArray() << true << 2;
    }
    void postRetrySafety()
    {
        QFETCH(QByteArray, idempotencyKey);
        QFETCH(bool, retryable);
        QFETCH(int, expectedRequests);
        m_server->enqueue(u"/send"_qs, TestReply::json(500, "{}"));
        m_server->enqueue(u"/send"_qs, TestReply::json(200, R"({"message_id":"m_1"})"));
        HttpRequest req = HttpRequest::post(m_server->url(u"/send"_qs), R"({"text":"Merhaba"})");
        req.idempotencyKey = idempotencyKey;
        req.retryable = retryable;
        const auto o = run(req, fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(m_server->requestCount(), expectedRequests);
        QCOMPARE(o->result->ok(), expectedRequests == 2);
        for (const auto &sent : m_server->requests()) {
            QCOMPARE(sent.method, QByteArray("POST"));
            QCOMPARE(sent.body, QByteArray(R"({"text":"Merhaba"})"));
            QCOMPARE(sent.header("Idempotency-Key"), idempotencyKey);
        }
    }

    void postRetriedAfterRateLimit()
    {
        // A 429 means the call was not processed: repeating it cannot send a message twice.
        m_server->enqueue(u"/send"_qs, TestReply::json(429, "{}").withHeader("Retry-After", "2"));
        m_server->enqueue(u"/send"_qs, TestReply::json(200, "{}"));
        const auto o = run(HttpRequest::post(m_server->url(u"/send"_qs), "{}"), fastPolicy());
        QVERIFY(o->result.has_value());
        QVERIFY(o->result->ok());
        QCOMPARE(m_server->requestCount(), 2);
    }

    void platformErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<NetError>("expected");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("requests");
        QTest::newRow("meta 190/463 expired token")
            << 400
            << QByteArray(
                   R"({"error":{"message":"Error validating access token","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"A1"}})")
            << NetError::Unauthorized << u"190/463"_qs << 1;
        QTest::newRow("meta 10/2018278 window closed")
            << 400
            << QByteArray(
                   R"({"error":{"message":"This message is sent outside of allowed window.","type":"OAuthException","code":10,"error_subcode":2018278}})")
            << NetError::Platform << u"10/2018278"_qs << 1;
        QTest::newRow("meta 2 temporary, retried")
            << 500 << QByteArray(R"({"error":{"message":"Service temporarily unavailable","code":2}})")
            << NetError::Platform << u"2"_qs << 3;
        QTest::newRow("trendyol business 400")
            << 400
            << QByteArray(
                   R"({"errors":[{"key":"shipment.package.status","message":"Shipment Update Edilebilir Bir Durumda Değil."}]})")
            << NetError::Platform << u"shipment.package.status"_qs << 1;
        QTest::newRow("hepsiburada 200 failure envelope")
            << 200 << QByteArray(R"({"success":false,"message":"WrongDateFormat"})") << NetError::Platform << QString()
            << 1;
    }
    void platformErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(NetError, expected);
        QFETCH(QString, code);
        QFETCH(int, requests);
        m_server->setHandler([&](const sd::test::TestRequest &) { return TestReply::json(status, body); });
        const auto o = run(HttpRequest::get(m_server->url(u"/g"_qs)), fastPolicy(), platformClassifier);
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), expected);
        QCOMPARE(o->failure.platformCode, code);
        QCOMPARE(o->failure.httpStatus, status);
        QCOMPARE(m_server->requestCount(), requests);
        if (expected == NetError::Platform)
            QVERIFY(!o->failure.platformMessage.isEmpty()
                && o->result->error().message.contains(o->failure.platformMessage));
    }

    void platformThrottleHintHonoured()
    {
        // Not a raw string below: moc 6.4 takes the '#' inside one for a directive and drops the class.
        m_server->enqueue(u"/g"_qs,
            TestReply::json(400, "{\"error\":{\"message\":\"(#4) Application request limit reached\",\"code\":4}}"));
        m_server->enqueue(u"/g"_qs, TestReply::json(200, R"({"data":[]})"));
        const auto o = run(HttpRequest::get(m_server->url(u"/g"_qs)), fastPolicy(), platformClassifier);
        QVERIFY(o->result.has_value());
        QVERIFY(o->result->ok());
        QCOMPARE(m_clock->requestedDelays(), QList<qint64>{ 3000 });
    }

    void cancel_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("before start") << u"before"_qs;
        QTest::newRow("waiting for the answer") << u"waiting"_qs;
        QTest::newRow("during backoff") << u"backoff"_qs;
        QTest::newRow("waiting for a token") << u"token"_qs;
    }
    void cancel()
    {
        QFETCH(QString, when);
        m_clock->setAutoAdvance(false);
        RateLimiter limiter(m_clock.get());
        limiter.setLimit(u"orders"_qs, 1, 10s);
        TestReply never;
        never.mode = TestReply::Mode::NeverAnswer;
        m_server->setHandler(
            [&](const sd::test::TestRequest &) { return when == u"backoff" ? TestReply::json(500, "{}") : never; });

        HttpRequest req = HttpRequest::get(m_server->url(u"/c"_qs));
        req.rateGroup = u"orders"_qs;
        HttpJob *j = job(req, fastPolicy());
        if (when == u"token") {
            j->setRateLimiter(&limiter);
            limiter.acquire(u"orders"_qs, this, [] {}); // takes the only token
        }
        auto o = watch(j);
        if (when == u"waiting") {
            j->start();
            QTRY_COMPARE(m_server->requestCount(), 1);
        } else if (when == u"backoff") {
            j->start();
            QTRY_COMPARE(m_clock->pendingCount(), 1);
        } else if (when == u"token") {
            j->start();
            QCOMPARE(limiter.waitingCount(u"orders"_qs), 1);
        }
        j->cancel();
        QCOMPARE(o->signalCount, 1); // at once
        QVERIFY(settled(o));
        QCOMPARE(o->kind(), NetError::Cancelled);
        QCOMPARE(m_clock->pendingCount(), when == u"token" ? 1 : 0); // only the limiter's own wake-up
        QCOMPARE(limiter.waitingCount(u"orders"_qs), 0);
        if (when == u"waiting")
            QTRY_VERIFY(m_server->closedConnections() >= 1); // the reply was aborted
        const int sent = m_server->requestCount();
        m_clock->advance(60000);
        QCoreApplication::processEvents();
        QCOMPARE(m_server->requestCount(), sent);
        QCOMPARE(o->signalCount, 1);
    }

    void cancelFromRetrySlot()
    {
        m_server->setHandler([](const sd::test::TestRequest &) { return TestReply::json(500, "{}"); });
        HttpJob *j = job(HttpRequest::get(m_server->url(u"/c"_qs)), fastPolicy());
        connect(j, &HttpJob::retryScheduled, j, [j] { j->cancel(); });
        auto o = watch(j);
        j->start();
        QVERIFY(settled(o));
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), NetError::Cancelled);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void contextDestroyedWhileRunning_data()
    {
        QTest::addColumn<bool>("duringBackoff");
        QTest::newRow("waiting for the answer") << false;
        QTest::newRow("during backoff") << true;
    }
    void contextDestroyedWhileRunning()
    {
        QFETCH(bool, duringBackoff);
        m_clock->setAutoAdvance(false);
        TestReply never;
        never.mode = TestReply::Mode::NeverAnswer;
        m_server->setHandler(
            [&](const sd::test::TestRequest &) { return duringBackoff ? TestReply::json(503, "{}") : never; });
        HttpJob *j = job(HttpRequest::get(m_server->url(u"/c"_qs)), fastPolicy());
        auto o = watch(j);
        j->start();
        if (duringBackoff)
            QTRY_COMPARE(m_clock->pendingCount(), 1);
        else
            QTRY_COMPARE(m_server->requestCount(), 1);
        m_context.reset(); // takes the manager and its replies with it
        if (duringBackoff)
            m_clock->advance(60000);
        QVERIFY(settled(o));
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), NetError::Cancelled);
    }

    void autoDeleteOff()
    {
        m_server->enqueue(u"/k"_qs, TestReply::json(200, "{}"));
        std::unique_ptr<HttpJob> j(job(HttpRequest::get(m_server->url(u"/k"_qs)), fastPolicy()));
        j->setAutoDelete(false);
        QSignalSpy spy(j.get(), &HttpJob::finished);
        j->start();
        QVERIFY(spy.wait());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(spy.count(), 1);
        QVERIFY(j->isFinished());
        QCOMPARE(j->lastResponse().status, 200);
    }

    void transportPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://apigw.trendyol.com/integration/order"_qs << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/x"_qs << true;
        QTest::newRow("http loopback v4 other") << u"http://127.12.0.3/x"_qs << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:9000/x"_qs << true;
        QTest::newRow("http localhost") << u"http://localhost:9000/x"_qs << true;
        QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/x"_qs << true;
        QTest::newRow("http remote") << u"http://api.n11.com/rest"_qs << false;
        QTest::newRow("http private lan") << u"http://192.168.1.10/x"_qs << false;
        QTest::newRow("http lookalike host") << u"http://127.0.0.1.evil.example/x"_qs << false;
        QTest::newRow("http localhost subdomain") << u"http://localhost.evil.example/x"_qs << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_qs << false;
        QTest::newRow("no host") << u"https:///x"_qs << false;
    }
    void transportPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const sd::Status status = m_context->checkUrl(QUrl(url));
        QCOMPARE(status.ok(), allowed);
        if (!allowed)
            QCOMPARE(status.error().code, int(NetError::InsecureUrl));
    }

    void insecureUrlRefusedAsynchronously()
    {
        HttpJob *j = job(HttpRequest::get(QUrl(u"http://example.com/orders"_qs)), fastPolicy());
        auto o = watch(j);
        j->start();
        QCOMPARE(o->signalCount, 0); // never from within start()
        QVERIFY(settled(o));
        QCOMPARE(o->signalCount, 1);
        QCOMPARE(o->kind(), NetError::InsecureUrl);
        QCOMPARE(o->attempts, 0);
    }

    void tls_data()
    {
        QTest::addColumn<bool>("allowLoopback");
        QTest::newRow("self-signed refused by default") << false;
        QTest::newRow("self-signed on loopback, explicitly allowed") << true;
    }
    void tls()
    {
        QFETCH(bool, allowLoopback);
        TestHttpServer tlsServer;
        if (!tlsServer.listenTls())
            QSKIP("no TLS backend");
        tlsServer.enqueue(u"/secure"_qs, TestReply::json(200, R"({"ok":true})"));
        m_context->setAllowLoopbackTlsErrors(allowLoopback);
        const auto o = run(HttpRequest::get(tlsServer.url(u"/secure"_qs)), fastPolicy());
        QVERIFY(o->result.has_value());
        QCOMPARE(o->signalCount, 1);
        if (allowLoopback) {
            QVERIFY(o->result->ok());
            QCOMPARE(tlsServer.requestCount(), 1);
        } else {
            QCOMPARE(o->kind(), NetError::Tls);
            QCOMPARE(o->attempts, 1); // a certificate problem is not retried
            QCOMPARE(tlsServer.requestCount(), 0);
        }
    }

    void rateLimiterSharedByJobs()
    {
        m_clock->setAutoAdvance(false);
        RateLimiter limiter(m_clock.get());
        limiter.setLimit(u"orders"_qs, 2, 10s);
        m_server->setHandler([](const sd::test::TestRequest &) { return TestReply::json(200, "{}"); });
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 3; ++i) {
            HttpRequest req = HttpRequest::get(m_server->url(u"/orders"_qs));
            req.rateGroup = u"orders"_qs;
            HttpJob *j = job(req, fastPolicy());
            j->setRateLimiter(&limiter);
            outcomes.append(watch(j));
            j->start();
        }
        QVERIFY(settled(outcomes[0]));
        QVERIFY(settled(outcomes[1]));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(limiter.waitingCount(u"orders"_qs), 1);
        QCOMPARE(outcomes[2]->signalCount, 0);
        m_clock->advance(4999); // one token comes back after 5 s
        QCoreApplication::processEvents();
        QCOMPARE(m_server->requestCount(), 2);
        m_clock->advance(1);
        QVERIFY(settled(outcomes[2]));
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(limiter.grantedCount(u"orders"_qs), 3);
    }

    void rateLimitedAnswerPausesTheBucket()
    {
        RateLimiter limiter(m_clock.get());
        limiter.setLimit(u"orders"_qs, 50, 10s);
        QSignalSpy paused(&limiter, &RateLimiter::paused);
        m_server->enqueue(u"/orders"_qs, TestReply::json(429, "{}").withHeader("Retry-After", "11"));
        m_server->enqueue(u"/orders"_qs, TestReply::json(200, "{}"));
        HttpRequest req = HttpRequest::get(m_server->url(u"/orders"_qs));
        req.rateGroup = u"orders"_qs;
        HttpJob *j = job(req, fastPolicy());
        j->setRateLimiter(&limiter);
        auto o = watch(j);
        j->start();
        QVERIFY(settled(o));
        QVERIFY(o->result->ok());
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.at(0).at(0).toString(), u"orders"_qs);
        QCOMPARE(paused.at(0).at(1).toLongLong(), 11000);
    }

    void worksInAWorkerThread()
    {
        // One NetworkContext per thread: jobs run beside it, and their result crosses back by a queued
        // connection (so the result type must be copyable through the meta-type system).
        m_server->enqueue(u"/t"_qs, TestReply::json(200, R"({"thread":"worker"})"));
        QThread worker;
        worker.start();
        auto *context = new NetworkContext;
        context->moveToThread(&worker);
        std::optional<sd::Result<HttpResponse>> received;
        QThread *finishedIn = nullptr;
        const QUrl url = m_server->url(u"/t"_qs);
        QMetaObject::invokeMethod(
            context,
            [&, context, url] {
                HttpJob *j = context->send(HttpRequest::get(url));
                connect(
                    j, &HttpJob::finished, this,
                    [&](const sd::Result<HttpResponse> &r) {
                        received = r;
                        finishedIn = QThread::currentThread();
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        QVERIFY(QTest::qWaitFor([&] { return received.has_value(); }, 10000));
        QVERIFY(received->ok());
        QCOMPARE(received->value().json.object().value(u"thread").toString(), u"worker"_qs);
        QCOMPARE(finishedIn, QThread::currentThread());
        QMetaObject::invokeMethod(context, &QObject::deleteLater, Qt::QueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(10000));
    }

    void secretsNeverLogged()
    {
        QLoggingCategory::setFilterRules(u"sellerdesk.net.debug=true"_qs);
        g_logLines.clear();
        g_previousHandler = qInstallMessageHandler(captureLog);
        m_server->setHandler([](const sd::test::TestRequest &) {
            return TestReply::json(500, R"({"error":{"message":"token EAAsecretBody999 rejected"}})");
        });
        HttpRequest req = HttpRequest::get(m_server->url(u"/me?fields=id&access_token=EAAsecretQuery123"_qs));
        req.setHeader("Authorization", "Bearer EAAsecretHeader456");
        req.setHeader("appsecret", "n11SecretValue789");
        const auto o = run(req, fastPolicy(2));
        QVERIFY(o->result.has_value());
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(o->kind(), NetError::Server);
        QCOMPARE(m_server->requests().constFirst().header("Authorization"), QByteArray("Bearer EAAsecretHeader456"));
        const QString all = g_logLines.join(u'\n');
        QVERIFY2(all.contains(u"/me"), qPrintable(all)); // the call is logged…
        for (const auto secret :
            { u"EAAsecretQuery123", u"EAAsecretHeader456", u"n11SecretValue789", u"EAAsecretBody999" })
            QVERIFY2(!all.contains(secret), qPrintable(all)); // …its secrets are not
        QVERIFY(!o->failure.detail.contains(u"EAAsecretQuery123"));
    }
};

QTEST_GUILESS_MAIN(TestHttpJob)
#include "tst_httpjob.moc"
