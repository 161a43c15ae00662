// The N11 emulator over HTTP: header auth with its two error shapes, Spring paging, one status per call,
// line acceptance and splits.
#include "n11/n11emulator.h"
#include "sandboxfixture.h"

#include <QSet>

using namespace sd::sandbox;
using namespace sd::sandbox::test;

class TestSandboxN11 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;

    Headers headers() const
    {
        return { { "appkey", N11Emulator::AppKey.toUtf8() }, { "appsecret", N11Emulator::AppSecret.toUtf8() } };
    }
    Reply list(const QString &query)
    {
        return f->call("GET", u"/n11/rest/delivery/v1/shipmentPackages?"_qs + query, headers());
    }
    QJsonArray packages() { return f->state(u"n11"_qs)[u"packages"].toArray(); }
    QJsonObject firstWith(const QString &status, int minLines = 1)
    {
        for (const QJsonValue &p : packages()) {
            if (p[u"shipmentPackageStatus"].toString() == status && p[u"lines"].toArray().size() >= minLines)
                return p.toObject();
        }
        return {};
    }
    QJsonObject packageById(qint64 id)
    {
        for (const QJsonValue &p : packages()) {
            if (p[u"id"].toInteger() == id)
                return p.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SandboxFixture>(42, 80);
        QVERIFY(f->started());
    }
    void cleanup() { f.reset(); }

    void auth_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("rest ok") << u"/n11/rest/delivery/v1/shipmentPackages"_qs << N11Emulator::AppKey.toUtf8() << 200
                                 << QByteArray("application/json");
        QTest::newRow("rest wrong key") << u"/n11/rest/delivery/v1/shipmentPackages"_qs << QByteArray("nope") << 403
                                        << QByteArray("text/plain");
        QTest::newRow("ms wrong key") << u"/n11/ms/product/tasks"_qs << QByteArray("nope") << 401
                                      << QByteArray("application/json");
    }
    void auth()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, key);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        const Reply r = f->call("GET", path, { { "appKey", key }, { "appSecret", N11Emulator::AppSecret.toUtf8() } });
        QCOMPARE(r.status, status);
        QVERIFY(r.header("Content-Type").startsWith(contentType));
        if (status == 403)
            QCOMPARE(r.body, QByteArray("Authentication failed"));
        if (status == 401)
            QCOMPARE(r.object()[u"@type"].toString(), u"SellerApiUserUnauthorizedException"_qs);
    }

    void pagesToTheEnd()
    {
        const qint64 from = Reference - 14 * Day;
        QSet<qint64> expected;
        for (const QJsonValue &p : packages()) {
            const qint64 created = p[u"packageHistories"].toArray().at(0)[u"createdDate"].toInteger();
            if (created >= from && created <= Reference)
                expected.insert(p[u"id"].toInteger());
        }
        QSet<qint64> seen;
        for (int page = 0;; ++page) {
            const Reply r = list(u"startDate=%1&endDate=%2&page=%3&size=9"_qs.arg(from).arg(Reference).arg(page));
            QCOMPARE(r.status, 200);
            const QJsonObject o = r.object();
            QCOMPARE(o[u"number"].toInt(), page);
            QCOMPARE(o[u"totalElements"].toInt(), expected.size());
            QCOMPARE(o[u"totalPages"].toInt(), (expected.size() + 8) / 9);
            for (const QJsonValue &p : o[u"content"].toArray())
                seen.insert(p[u"id"].toInteger());
            if (o[u"last"].toBool())
                break;
            QVERIFY(page < 100);
        }
        QCOMPARE(seen, expected);
    }

    void queryRules_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("two statuses") << u"status=Created,Picking"_qs << 400;
        QTest::newRow("unknown status") << u"status=Lost"_qs << 400;
        QTest::newRow("size capped") << u"size=500"_qs << 200;
        QTest::newRow("negative page") << u"page=-2"_qs << 400;
        QTest::newRow("date not a number") << u"startDate=dün"_qs << 400;
        QTest::newRow("Unpacked spelling") << u"status=Unpacked"_qs << 200;
    }
    void queryRules()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        const Reply r = list(query);
        QCOMPARE(r.status, status);
        if (status == 400) {
            QVERIFY(!r.object()[u"message"].toString().isEmpty());
            QVERIFY(r.object()[u"reasons"].isArray());
        }
        if (query == u"size=500")
            QCOMPARE(r.object()[u"size"].toInt(), 100);
        if (query == u"status=Unpacked")
            QVERIFY(!r.object()[u"content"].toArray().isEmpty()); // compared case-insensitively
    }

    void windowClamping()
    {
        // Only a start: the window after it.
        const qint64 start = Reference - 30 * Day;
        for (const QJsonValue &p : list(u"startDate=%1&size=100"_qs.arg(start)).object()[u"content"].toArray()) {
            const qint64 created = p[u"packageHistories"].toArray().at(0)[u"createdDate"].toInteger();
            QVERIFY(created >= start && created <= start + N11Emulator::WindowMs);
        }
        // Too wide: the window ending at endDate.
        for (const QJsonValue &p : list(u"startDate=%1&endDate=%2&size=100"_qs.arg(Reference - 60 * Day).arg(Reference))
                                       .object()[u"content"]
                                       .toArray()) {
            const qint64 created = p[u"packageHistories"].toArray().at(0)[u"createdDate"].toInteger();
            QVERIFY(created >= Reference - N11Emulator::WindowMs);
        }
    }

    void statusFilterAndSort()
    {
        const Reply r
            = list(u"status=Delivered&orderByField=true&orderByDirection=DESC&size=100&startDate=%1&endDate=%2"_qs
                       .arg(Reference - 14 * Day)
                       .arg(Reference));
        QCOMPARE(r.status, 200);
        qint64 previous = std::numeric_limits<qint64>::max();
        const QJsonArray content = r.object()[u"content"].toArray();
        QVERIFY(!content.isEmpty());
        for (const QJsonValue &p : content) {
            QCOMPARE(p[u"shipmentPackageStatus"].toString(), u"Delivered"_qs);
            QVERIFY(p[u"lastModifiedDate"].toInteger() <= previous);
            previous = p[u"lastModifiedDate"].toInteger();
            double invoice = 0;
            for (const QJsonValue &l : p[u"lines"].toArray())
                invoice += l[u"sellerInvoiceAmount"].toDouble();
            QCOMPARE(qRound64(invoice * 100),
                qRound64((p[u"totalAmount"].toDouble() - p[u"totalDiscountAmount"].toDouble()) * 100));
        }
    }

    void rateLimitOnTheList()
    {
        f->sandbox().emulator(u"n11"_qs)->setRateLimit({ 2, 60000 });
        QCOMPARE(list(u"size=1"_qs).status, 200);
        QCOMPARE(list(u"size=1"_qs).status, 200);
        const Reply r = list(u"size=1"_qs);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.object()[u"code"].toInt(), 429);
        // Other endpoints have no published limit.
        QCOMPARE(
            f->call("PUT", u"/n11/rest/order/v1/update"_qs, headers(), R"({"status":"Picking","lines":[{"lineId":1}]})")
                .status,
            200);
    }

    void acceptLines()
    {
        const QJsonObject created = firstWith(u"Created"_qs);
        const QJsonObject delivered = firstWith(u"Delivered"_qs);
        QJsonArray lines;
        for (const QJsonValue &l : created[u"lines"].toArray())
            lines.append(QJsonObject{ { u"lineId"_qs, l[u"orderLineId"] } });
        lines.append(QJsonObject{ { u"lineId"_qs, delivered[u"lines"].toArray().at(0)[u"orderLineId"] } });
        const Reply r = f->call("PUT", u"/n11/rest/order/v1/update"_qs, headers(),
            json({ { u"lines"_qs, lines }, { u"status"_qs, u"Picking"_qs } }));
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.object()[u"content"].toArray();
        QCOMPARE(results.size(), lines.size());
        QCOMPARE(results.first()[u"status"].toString(), u"SUCCESS"_qs);
        QCOMPARE(results.last()[u"status"].toString(), u"FAIL"_qs);
        QCOMPARE(packageById(created[u"id"].toInteger())[u"shipmentPackageStatus"].toString(), u"Picking"_qs);
    }

    void updateRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("only Picking") << QByteArray(R"({"lines":[{"lineId":1}],"status":"Shipped"})");
        QTest::newRow("no lines") << QByteArray(R"({"status":"Picking"})");
        QTest::newRow("lineId as text") << QByteArray(R"({"lines":[{"lineId":"abc"}],"status":"Picking"})");
        QTest::newRow("bad JSON") << QByteArray(R"({"lines":[{"lineId":1}],"status":)");
        QTest::newRow("array body") << QByteArray(R"([1,2])");
    }
    void updateRefusals()
    {
        QFETCH(QByteArray, body);
        const Reply r = f->call("PUT", u"/n11/rest/order/v1/update"_qs, headers(), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object()[u"code"].toInt(), 400);
    }

    void splitByLinesOnlyInPicking()
    {
        const QJsonObject created = firstWith(u"Created"_qs, 2);
        const QJsonObject picking = firstWith(u"Picking"_qs, 2);
        if (picking.isEmpty())
            QSKIP("no multi-line Picking package in this seed");
        auto splitBody = [](const QJsonObject &p) {
            return json({ { u"splitGroups"_qs,
                QJsonArray{ QJsonObject{
                    { u"orderLineIds"_qs, QJsonArray{ p[u"lines"].toArray().at(0)[u"orderLineId"] } } } } } });
        };
        if (!created.isEmpty())
            QCOMPARE(
                f->call("POST", u"/n11/rest/delivery/v1/splitCombinePackage"_qs, headers(), splitBody(created)).status,
                400);
        const Reply r = f->call("POST", u"/n11/rest/delivery/v1/splitCombinePackage"_qs, headers(), splitBody(picking));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"message"].toString(), u"success"_qs);
        QCOMPARE(packageById(picking[u"id"].toInteger())[u"shipmentPackageStatus"].toString(), u"UnPacked"_qs);
        int successors = 0;
        for (const QJsonValue &p : packages()) {
            if (p[u"orderNumber"] == picking[u"orderNumber"] && p[u"id"] != picking[u"id"]
                && p[u"shipmentPackageStatus"].toString() == u"Picking") {
                ++successors;
                QVERIFY(p[u"cargoTrackingNumber"] != picking[u"cargoTrackingNumber"]);
            }
        }
        QCOMPARE(successors, 2);
    }

    void splitByQuantityWithCancel()
    {
        // Accept a Created package first so that it may be split.
        QJsonObject p;
        for (const QJsonValue &v : packages()) {
            int units = 0;
            for (const QJsonValue &l : v[u"lines"].toArray())
                units += l[u"quantity"].toInt();
            if (v[u"shipmentPackageStatus"].toString() == u"Created" && v[u"lines"].toArray().size() == 1 && units >= 2)
                p = v.toObject();
        }
        if (p.isEmpty())
            QSKIP("no single-line multi-unit Created package in this seed");
        const QJsonValue lineId = p[u"lines"].toArray().at(0)[u"orderLineId"];
        const int units = p[u"lines"].toArray().at(0)[u"quantity"].toInt();
        QCOMPARE(f->call("PUT", u"/n11/rest/order/v1/update"_qs, headers(),
                      json({ { u"lines"_qs, QJsonArray{ QJsonObject{ { u"lineId"_qs, lineId } } } },
                          { u"status"_qs, u"Picking"_qs } }))
                     .status,
            200);
        const QString path = u"/n11/rest/delivery/v1/splitPackageByQuantity"_qs;
        const QJsonArray cancel{ QJsonObject{
            { u"orderLineId"_qs, lineId }, { u"quantity"_qs, 1 }, { u"cancelReasonId"_qs, 61 } } };
        // A cancellation cannot be sent alone.
        QCOMPARE(f->call("POST", path, headers(), json({ { u"cancelledItems"_qs, cancel } })).status, 400);
        QJsonArray quantities;
        for (int i = 0; i < units - 1; ++i)
            quantities.append(1);
        const QJsonObject body{
            { u"packageDetails"_qs,
                QJsonArray{ QJsonObject{ { u"orderLineId"_qs, lineId }, { u"quantities"_qs, quantities } } } },
            { u"cancelledItems"_qs, cancel }
        };
        QCOMPARE(f->call("POST", path, headers(), json(body)).status, 200);
        int unsupplied = 0;
        int picking = 0;
        for (const QJsonValue &v : packages()) {
            if (v[u"orderNumber"] != p[u"orderNumber"] || v[u"id"] == p[u"id"])
                continue;
            unsupplied += v[u"shipmentPackageStatus"].toString() == u"UnSupplied";
            picking += v[u"shipmentPackageStatus"].toString() == u"Picking";
        }
        QCOMPARE(unsupplied, 1);
        QCOMPARE(picking, units - 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxN11)
#include "tst_sandbox_n11.moc"
