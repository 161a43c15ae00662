// Fault injection (per-request header and control rules), the /_sandbox control API, and the HTTP server's
// resilience to broken requests.
#include "sandboxfixture.h"
#include "trendyol/trendyolemulator.h"
#include "woocommerce/woocommerceemulator.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace sd::sandbox;
using namespace sd::sandbox::test;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;
    const QString tyList = u"/trendyol/integration/order/sellers/200300/orders"_qs;
    const QString wcApi = u"/woocommerce/wp-json/wc/v3"_qs;

    static Headers trendyol(const QByteArray &fault = {})
    {
        Headers h{ { "Authorization", basic(TrendyolEmulator::ApiKey, TrendyolEmulator::ApiSecret) },
            { "User-Agent", TrendyolEmulator::UserAgent.toUtf8() } };
        if (!fault.isEmpty())
            h.append({ "X-Sandbox-Fault", fault });
        return h;
    }
    static Headers woo(const QByteArray &fault = {})
    {
        Headers h{ { "Authorization", basic(WooCommerceEmulator::ConsumerKey, WooCommerceEmulator::ConsumerSecret) } };
        if (!fault.isEmpty())
            h.append({ "X-Sandbox-Fault", fault });
        return h;
    }
    QJsonObject wooOrder(const QString &status)
    {
        for (const QJsonValue &o : f->state(u"woocommerce"_qs)[u"orders"].toArray()) {
            if (o[u"status"].toString() == status)
                return o.toObject();
        }
        return {};
    }
    QString wooStatus(int id)
    {
        for (const QJsonValue &o : f->state(u"woocommerce"_qs)[u"orders"].toArray()) {
            if (o[u"id"].toInt() == id)
                return o[u"status"].toString();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SandboxFixture>(42, 40);
        QVERIFY(f->started());
    }
    void cleanup() { f.reset(); }

    void headerFaults_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("networkError");
        QTest::addColumn<bool>("validJson");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("status=500") << QByteArray("status=500") << 500 << false << true << QByteArray();
        QTest::newRow("status=503") << QByteArray("status=503") << 503 << false << true << QByteArray();
        QTest::newRow("rate-limit") << QByteArray("rate-limit") << 429 << false << true << QByteArray();
        QTest::newRow("rate-limit with Retry-After")
            << QByteArray("rate-limit; retry-after=3") << 429 << false << true << QByteArray("3");
        QTest::newRow("malformed") << QByteArray("malformed") << 200 << false << false << QByteArray();
        QTest::newRow("truncate") << QByteArray("truncate") << 200 << true << false << QByteArray();
        QTest::newRow("drop") << QByteArray("drop") << 0 << true << false << QByteArray();
        QTest::newRow("drop-after") << QByteArray("drop-after") << 0 << true << false << QByteArray();
    }
    void headerFaults()
    {
        QFETCH(QByteArray, fault);
        QFETCH(int, status);
        QFETCH(bool, networkError);
        QFETCH(bool, validJson);
        QFETCH(QByteArray, retryAfter);
        const Reply r = f->call("GET", tyList, trendyol(fault));
        QVERIFY(r.finished);
        QCOMPARE(r.error != QNetworkReply::NoError && r.error < QNetworkReply::ContentAccessDenied, networkError);
        if (!networkError) {
            QCOMPARE(r.status, status);
            QCOMPARE(r.isJson(), validJson);
            QCOMPARE(r.header("Retry-After"), retryAfter);
        }
        if (status == 500)
            QCOMPARE(r.object()[u"exception"].toString(), u"TrendyolSystemException"_qs);
        // The server is still there for the next request.
        QCOMPARE(f->call("GET", tyList, trendyol()).status, 200);
    }

    void latency()
    {
        QElapsedTimer timer;
        timer.start();
        const Reply r = f->call("GET", tyList, trendyol("latency=300"));
        QCOMPARE(r.status, 200);
        QVERIFY(timer.elapsed() >= 290);
        // Latency combines with another fault.
        timer.restart();
        QCOMPARE(f->call("GET", tyList, trendyol("latency=200,status=502")).status, 502);
        QVERIFY(timer.elapsed() >= 190);
    }

    void errorShapePerPlatform_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("check");
        QTest::newRow("trendyol") << u"/trendyol/integration/order/sellers/200300/orders"_qs << u"exception"_qs;
        QTest::newRow("hepsiburada") << u"/hepsiburada/orders/merchantid/x?limit=1"_qs << u"string"_qs;
        QTest::newRow("n11") << u"/n11/rest/delivery/v1/shipmentPackages"_qs << u"message"_qs;
        QTest::newRow("woocommerce") << u"/woocommerce/wp-json/wc/v3/orders"_qs << u"code"_qs;
    }
    void errorShapePerPlatform()
    {
        QFETCH(QString, path);
        QFETCH(QString, check);
        const Reply r = f->call("GET", path, { { "X-Sandbox-Fault", "status=500" } });
        QCOMPARE(r.status, 500);
        if (check == u"string")
            QVERIFY(r.body.startsWith('"'));
        else
            QVERIFY(r.object().contains(check));
    }

    void applyOrNot_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<bool>("applied");
        QTest::newRow("status=500 is not applied") << QByteArray("status=500") << false;
        QTest::newRow("drop is not applied") << QByteArray("drop") << false;
        QTest::newRow("rate-limit is not applied") << QByteArray("rate-limit") << false;
        QTest::newRow("drop-after is applied") << QByteArray("drop-after") << true;
        QTest::newRow("truncate is applied") << QByteArray("truncate") << true;
        QTest::newRow("malformed is applied") << QByteArray("malformed") << true;
    }
    void applyOrNot()
    {
        QFETCH(QByteArray, fault);
        QFETCH(bool, applied);
        const int id = wooOrder(u"processing"_qs)[u"id"].toInt();
        (void)f->call("PUT", wcApi + u"/orders/%1"_qs.arg(id), woo(fault), R"({"status":"completed"})");
        QCOMPARE(wooStatus(id), applied ? u"completed"_qs : u"processing"_qs);
    }

    void invalidFaultHeader()
    {
        const Reply r = f->call("GET", tyList, trendyol("explode=1"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.object()[u"sandboxError"].toString().contains(u"explode"_qs));
        QCOMPARE(f->call("GET", tyList, trendyol("status=200")).status, 400); // only error statuses
    }

    void faultRules()
    {
        Reply r = f->control("POST", u"/faults"_qs,
            { { u"platform"_qs, u"woocommerce"_qs }, { u"method"_qs, u"GET"_qs }, { u"path"_qs, u"*/orders"_qs },
                { u"fault"_qs, u"status=503"_qs }, { u"count"_qs, 2 } });
        QCOMPARE(r.status, 201);
        QVERIFY(r.object()[u"id"].toInt() > 0);
        QCOMPARE(f->call("GET", tyList, trendyol()).status, 200); // another platform
        QCOMPARE(f->call("GET", wcApi + u"/orders"_qs, woo()).status, 503);
        QCOMPARE(f->control("GET", u"/faults"_qs).object()[u"rules"].toArray().at(0)[u"remaining"].toInt(), 1);
        QCOMPARE(f->call("GET", wcApi + u"/orders"_qs, woo()).status, 503);
        QCOMPARE(f->call("GET", wcApi + u"/orders"_qs, woo()).status, 200);
        QVERIFY(f->control("GET", u"/faults"_qs).object()[u"rules"].toArray().isEmpty());

        // Until cleared.
        QCOMPARE(
            f->control("POST", u"/faults"_qs, { { u"fault"_qs, u"rate-limit"_qs }, { u"count"_qs, -1 } }).status, 201);
        QCOMPARE(f->call("GET", wcApi + u"/orders"_qs, woo()).status, 429);
        QCOMPARE(f->call("GET", tyList, trendyol()).status, 429);
        QCOMPARE(f->control("DELETE", u"/faults"_qs).status, 204);
        QCOMPARE(f->call("GET", tyList, trendyol()).status, 200);
    }

    void badRules_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no fault") << QByteArray(R"({"platform":"n11"})");
        QTest::newRow("unknown fault") << QByteArray(R"({"fault":"meltdown"})");
        QTest::newRow("count as text") << QByteArray(R"({"fault":"drop","count":"2"})");
        QTest::newRow("count zero") << QByteArray(R"({"fault":"drop","count":0})");
        QTest::newRow("not JSON") << QByteArray("fault=drop");
    }
    void badRules()
    {
        QFETCH(QByteArray, body);
        const Reply r = f->call("POST", u"/_sandbox/faults"_qs, {}, body);
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().contains(u"sandboxError"));
        QCOMPARE(
            f->control("POST", u"/faults"_qs, { { u"platform"_qs, u"amazon"_qs }, { u"fault"_qs, u"drop"_qs } }).status,
            404);
    }

    void controlApi()
    {
        QCOMPARE(f->control("GET", u"/info"_qs).object()[u"ready"].toBool(), true);
        const Reply state = f->control("GET", u"/state/trendyol"_qs);
        QCOMPARE(state.status, 200);
        QCOMPARE(state.object(), f->state(u"trendyol"_qs));
        QCOMPARE(f->control("GET", u"/state/amazon"_qs).status, 404);
        QCOMPARE(f->control("GET", u"/nothing"_qs).status, 404);

        // New orders appear as Created packages that the list shows.
        const int before = static_cast<int>(f->state(u"trendyol"_qs)[u"packages"].toArray().size());
        Reply r = f->control("POST", u"/new-orders"_qs, { { u"platform"_qs, u"trendyol"_qs }, { u"count"_qs, 3 } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"created"][u"trendyol"].toInt(), 3);
        QCOMPARE(f->state(u"trendyol"_qs)[u"packages"].toArray().size(), before + 3);
        const QJsonArray created = f->call("GET",
                                        tyList
                                            + u"?status=Created&orderByField=PackageLastModifiedDate&size=200"_qs
                                              u"&startDate=%1&endDate=%2"_qs.arg(Reference - 1000)
                                                  .arg(Reference),
                                        trendyol())
                                       .object()[u"content"]
                                       .toArray();
        QCOMPARE(created.size(), 3);

        // The carrier moves a shipment on.
        r = f->control("POST", u"/carrier-step"_qs);
        QCOMPARE(r.object()[u"moved"][u"n11"].toBool(), true);

        // The clock can be set and advanced.
        r = f->control("POST", u"/clock"_qs, { { u"advanceMs"_qs, 60000 } });
        QCOMPARE(r.object()[u"now"].toInteger(), Reference + 60000);

        // Rate limits can be tightened for a test.
        QCOMPARE(f->control("PUT", u"/rate-limit"_qs,
                      { { u"platform"_qs, u"woocommerce"_qs }, { u"limit"_qs, 1 }, { u"windowMs"_qs, 60000 } })
                     .status,
            204);
        QCOMPARE(f->call("GET", wcApi + u"/orders"_qs, woo()).status, 200);
        QCOMPARE(f->call("GET", wcApi + u"/orders"_qs, woo()).status, 429);

        // Reset: same data as a fresh sandbox with that seed.
        r = f->control("POST", u"/reset"_qs, { { u"seed"_qs, 7 }, { u"ordersPerPlatform"_qs, 20 } });
        QCOMPARE(r.status, 200);
        SandboxFixture fresh(7, 20);
        QVERIFY(fresh.started());
        for (const QString &platform : fresh.sandbox().platforms())
            QCOMPARE(f->state(platform), fresh.state(platform));
        QCOMPARE(f->control("POST", u"/reset"_qs, { { u"seed"_qs, true } }).status, 400);
    }

    void unknownPrefix()
    {
        const Reply r = f->call("GET", u"/amazon/orders"_qs);
        QCOMPARE(r.status, 404);
        QVERIFY(r.object()[u"sandboxError"].toString().contains(u"trendyol"_qs));
    }

    void brokenRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << QByteArray("HTTP/1.1 400");
        QTest::newRow("bad content length")
            << QByteArray("GET /n11/rest HTTP/1.1\r\nContent-Length: x\r\n\r\n") << QByteArray("HTTP/1.1 400");
        QTest::newRow("chunked body") << QByteArray("POST /n11/rest HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                      << QByteArray("HTTP/1.1 501");
        QTest::newRow("huge body") << QByteArray("POST /n11/rest HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n")
                                   << QByteArray("HTTP/1.1 413");
    }
    void brokenRequests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, statusLine);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, f->sandbox().port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(raw);
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n");
            },
            3000));
        QVERIFY2(answer.startsWith(statusLine), answer.constData());
        QCOMPARE(f->call("GET", tyList, trendyol()).status, 200);
    }

    void keepAliveServesSeveralRequests()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, f->sandbox().port());
        QVERIFY(socket.waitForConnected(2000));
        // Two requests in one write (pipelined): two answers, in order.
        socket.write("GET /_sandbox/info HTTP/1.1\r\nHost: x\r\n\r\nGET /_sandbox/nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.count("HTTP/1.1 ") == 2 && answer.endsWith("}");
            },
            3000));
        QVERIFY(answer.startsWith("HTTP/1.1 200"));
        QVERIFY(answer.indexOf("HTTP/1.1 404") > 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
