// The Trendyol emulator over HTTP: auth and User-Agent, paging, filters, status rules, cancellations, 429.
#include "sandboxfixture.h"
#include "trendyol/trendyolemulator.h"

#include <QSet>

using namespace sd::sandbox;
using namespace sd::sandbox::test;

class TestSandboxTrendyol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;
    const QString base = u"/trendyol/integration/order/sellers/200300"_qs;

    Headers headers() const
    {
        return { { "Authorization", basic(TrendyolEmulator::ApiKey, TrendyolEmulator::ApiSecret) },
            { "User-Agent", TrendyolEmulator::UserAgent.toUtf8() } };
    }
    Reply list(const QString &query) { return f->call("GET", base + u"/orders?"_qs + query, headers()); }
    QJsonArray packages() { return f->state(u"trendyol"_qs)[u"packages"].toArray(); }
    QJsonObject firstWithStatus(const QString &status)
    {
        for (const QJsonValue &p : packages()) {
            if (p[u"status"].toString() == status)
                return p.toObject();
        }
        return {};
    }
    Reply put(qint64 id, const QString &suffix, const QJsonObject &body)
    {
        return f->call("PUT", base + u"/shipment-packages/"_qs + QString::number(id) + suffix, headers(), json(body));
    }
    static QJsonObject linesOf(const QJsonObject &package, const QString &status, const QJsonObject &params = {})
    {
        QJsonArray lines;
        for (const QJsonValue &l : package[u"lines"].toArray())
            lines.append(QJsonObject{ { u"lineId"_qs, l[u"id"] }, { u"quantity"_qs, l[u"quantity"] } });
        return { { u"lines"_qs, lines }, { u"params"_qs, params }, { u"status"_qs, status } };
    }
    static QString errorKey(const Reply &r) { return r.object()[u"errors"].toArray().at(0)[u"key"].toString(); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SandboxFixture>(42, 80);
        QVERIFY(f->started());
    }
    void cleanup() { f.reset(); }

    void auth_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("userAgent");
        QTest::addColumn<QString>("seller");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("exception");
        const QByteArray good = basic(TrendyolEmulator::ApiKey, TrendyolEmulator::ApiSecret);
        QTest::newRow("ok") << good << QByteArray("200300 - SellerDesk") << u"200300"_qs << 200 << QString();
        QTest::newRow("self integration")
            << good << QByteArray("200300 - SelfIntegration") << u"200300"_qs << 200 << QString();
        QTest::newRow("wrong secret") << basic(TrendyolEmulator::ApiKey, u"nope"_qs)
                                      << QByteArray("200300 - SellerDesk") << u"200300"_qs << 401
                                      << u"ClientApiAuthenticationException"_qs;
        QTest::newRow("no auth") << QByteArray() << QByteArray("200300 - SellerDesk") << u"200300"_qs << 401
                                 << u"ClientApiAuthenticationException"_qs;
        QTest::newRow("default user agent")
            << good << QByteArray() << u"200300"_qs << 403 << u"ClientApiBusinessException"_qs;
        QTest::newRow("decorated user agent")
            << good << QByteArray("SellerDesk/1.0") << u"200300"_qs << 403 << u"ClientApiBusinessException"_qs;
        QTest::newRow("other seller") << good << QByteArray("999 - SellerDesk") << u"999"_qs << 403
                                      << u"ClientApiBusinessException"_qs;
    }
    void auth()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, userAgent);
        QFETCH(QString, seller);
        QFETCH(int, status);
        QFETCH(QString, exception);
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({ "Authorization", authorization });
        if (!userAgent.isEmpty())
            headers.append({ "User-Agent", userAgent });
        const Reply r = f->call("GET", u"/trendyol/integration/order/sellers/%1/orders"_qs.arg(seller), headers);
        QCOMPARE(r.status, status);
        if (status == 200) {
            QVERIFY(r.object().contains(u"content"));
        } else {
            QCOMPARE(r.object()[u"exception"].toString(), exception);
            QVERIFY(r.object()[u"errors"].isArray());
        }
    }

    void pagesToTheEnd_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("7") << 7;
        QTest::newRow("50") << 50;
        QTest::newRow("200") << 200;
    }
    void pagesToTheEnd()
    {
        QFETCH(int, size);
        const qint64 from = Reference - 14 * Day;
        QSet<qint64> expected;
        for (const QJsonValue &p : packages()) {
            const qint64 created = p[u"orderDate"].toInteger() - 3 * 3600 * 1000;
            if (created >= from && created <= Reference)
                expected.insert(p[u"id"].toInteger());
        }
        QVERIFY(expected.size() > 20);
        QSet<qint64> seen;
        int page = 0;
        int totalPages = 1;
        while (page < totalPages) {
            const Reply r
                = list(u"startDate=%1&endDate=%2&page=%3&size=%4"_qs.arg(from).arg(Reference).arg(page).arg(size));
            QCOMPARE(r.status, 200);
            const QJsonObject o = r.object();
            QCOMPARE(o[u"page"].toInt(), page);
            QCOMPARE(o[u"size"].toInt(), size);
            QCOMPARE(o[u"totalElements"].toInt(), expected.size());
            totalPages = o[u"totalPages"].toInt();
            QCOMPARE(totalPages, (expected.size() + size - 1) / size);
            for (const QJsonValue &p : o[u"content"].toArray()) {
                QVERIFY2(!seen.contains(p[u"id"].toInteger()), "a package came twice");
                seen.insert(p[u"id"].toInteger());
            }
            ++page;
        }
        QCOMPARE(seen, expected);
        QVERIFY(list(u"startDate=%1&endDate=%2&page=%3&size=%4"_qs.arg(from).arg(Reference).arg(page).arg(size))
                    .object()[u"content"]
                    .toArray()
                    .isEmpty());
    }

    void invalidQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("size over 200") << u"size=201"_qs;
        QTest::newRow("size zero") << u"size=0"_qs;
        QTest::newRow("negative page") << u"page=-1"_qs;
        QTest::newRow("page not a number") << u"page=abc"_qs;
        QTest::newRow("window over two weeks")
            << u"startDate=%1&endDate=%2"_qs.arg(Reference - 15 * Day).arg(Reference);
        QTest::newRow("end before start") << u"startDate=%1&endDate=%2"_qs.arg(Reference).arg(Reference - Day);
        QTest::newRow("date not ms") << u"startDate=2026-11-01"_qs;
        QTest::newRow("orderByField removed") << u"orderByField=CreatedDate"_qs;
    }
    void invalidQuery()
    {
        QFETCH(QString, query);
        const Reply r = list(query);
        QCOMPARE(r.status, 400);
        QVERIFY(!errorKey(r).isEmpty());
    }

    void lastWeekWithoutDates()
    {
        const Reply r = list(u"size=200"_qs);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &p : r.object()[u"content"].toArray())
            QVERIFY(p[u"orderDate"].toInteger() - 3 * 3600 * 1000 >= Reference - 7 * Day);
    }

    void statusFilter()
    {
        const Reply r
            = list(u"status=Cancelled,UnSupplied&size=200&startDate=%1&endDate=%2"_qs.arg(Reference - 14 * Day)
                       .arg(Reference));
        QCOMPARE(r.status, 200);
        const QJsonArray content = r.object()[u"content"].toArray();
        QVERIFY(!content.isEmpty());
        int expected = 0;
        for (const QJsonValue &p : packages()) {
            const QString s = p[u"status"].toString();
            expected += (s == u"Cancelled" || s == u"UnSupplied")
                && p[u"orderDate"].toInteger() - 3 * 3600 * 1000 >= Reference - 14 * Day;
        }
        QCOMPARE(content.size(), expected);
        for (const QJsonValue &p : content)
            QVERIFY(p[u"status"].toString() == u"Cancelled" || p[u"status"].toString() == u"UnSupplied");
    }

    void modifiedWindowAndOrder()
    {
        const qint64 from = Reference - 2 * Day;
        const Reply r = list(
            u"orderByField=PackageLastModifiedDate&orderByDirection=ASC&size=200&startDate=%1&endDate=%2"_qs.arg(from)
                .arg(Reference));
        QCOMPARE(r.status, 200);
        qint64 previous = 0;
        for (const QJsonValue &p : r.object()[u"content"].toArray()) {
            const qint64 modified = p[u"lastModifiedDate"].toInteger();
            QVERIFY(modified >= from && modified <= Reference);
            QVERIFY(modified >= previous);
            previous = modified;
        }
    }

    void dateConventions()
    {
        // orderDate is Turkey wall-clock time encoded as if it were UTC; histories are real UTC.
        int checked = 0;
        for (const QJsonValue &p : packages()) {
            if (p[u"createdBy"].toString() != u"order-creation")
                continue;
            const QJsonArray history = p[u"packageHistories"].toArray();
            QCOMPARE(p[u"orderDate"].toInteger() - history.first()[u"createdDate"].toInteger(), 3LL * 3600 * 1000);
            QCOMPARE(p[u"lastModifiedDate"].toInteger(), history.last()[u"createdDate"].toInteger());
            QVERIFY(QString::number(p[u"cargoTrackingNumber"].toInteger()).size() == 16);
            ++checked;
        }
        QVERIFY(checked > 50);
    }

    void orderNumberLookup()
    {
        const QJsonObject p = firstWithStatus(u"Delivered"_qs);
        const Reply r = list(u"orderNumber="_qs + p[u"orderNumber"].toString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"content"].toArray().at(0)[u"id"].toInteger(), p[u"id"].toInteger());
    }

    void pickingThenInvoiced()
    {
        const QJsonObject p = firstWithStatus(u"Created"_qs);
        QVERIFY(!p.isEmpty());
        const qint64 id = p[u"id"].toInteger();
        // Invoiced before Picking is refused.
        Reply r = put(id, QString(), linesOf(p, u"Invoiced"_qs, { { u"invoiceNumber"_qs, u"SDK2026000000001"_qs } }));
        QCOMPARE(r.status, 400);
        r = put(id, QString(), linesOf(p, u"Picking"_qs));
        QCOMPARE(r.status, 200);
        r = put(id, QString(), linesOf(p, u"Picking"_qs));
        QCOMPARE(r.status, 400);
        // Invoiced needs the invoice number.
        r = put(id, QString(), linesOf(p, u"Invoiced"_qs));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorKey(r), u"invoiceNumber.required"_qs);
        r = put(id, QString(), linesOf(p, u"Invoiced"_qs, { { u"invoiceNumber"_qs, u"SDK2026000000001"_qs } }));
        QCOMPARE(r.status, 200);
        const QJsonObject after
            = list(u"shipmentPackageIds="_qs + QString::number(id)).object()[u"content"].toArray().at(0).toObject();
        QCOMPARE(after[u"status"].toString(), u"Invoiced"_qs);
        QCOMPARE(after[u"shipmentPackageStatus"].toString(), u"Invoiced"_qs);
        QCOMPARE(after[u"lastModifiedDate"].toInteger(), Reference);
        const QJsonArray history = after[u"packageHistories"].toArray();
        QCOMPARE(history.last()[u"status"].toString(), u"Invoiced"_qs);
        QCOMPARE(history.at(history.size() - 2)[u"status"].toString(), u"Picking"_qs);
    }

    void refusedUpdates_data()
    {
        QTest::addColumn<QString>("fromStatus");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("Shipped is not seller-settable")
            << u"Created"_qs << QByteArray(R"({"status":"Shipped","lines":[]})") << 400;
        QTest::newRow("Awaiting must not be picked") << u"Awaiting"_qs << QByteArray() << 400;
        QTest::newRow("Delivered cannot go back") << u"Delivered"_qs << QByteArray() << 400;
        QTest::newRow("bad JSON") << u"Created"_qs << QByteArray("{\"status\": Picking") << 400;
        QTest::newRow("lines of wrong type")
            << u"Created"_qs << QByteArray(R"({"status":"Picking","lines":"all"})") << 400;
        QTest::newRow("lineId as string")
            << u"Created"_qs << QByteArray(R"({"status":"Picking","lines":[{"lineId":"1","quantity":1}]})") << 400;
        QTest::newRow("unknown line") << u"Created"_qs
                                      << QByteArray(R"({"status":"Picking","lines":[{"lineId":1,"quantity":1}]})")
                                      << 400;
    }
    void refusedUpdates()
    {
        QFETCH(QString, fromStatus);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const QJsonObject p = firstWithStatus(fromStatus);
        QVERIFY(!p.isEmpty());
        const QByteArray payload = body.isEmpty() ? json(linesOf(p, u"Picking"_qs)) : body;
        const Reply r = f->call(
            "PUT", base + u"/shipment-packages/"_qs + QString::number(p[u"id"].toInteger()), headers(), payload);
        QCOMPARE(r.status, status);
        QVERIFY(!errorKey(r).isEmpty());
        QCOMPARE(firstWithStatus(fromStatus)[u"id"].toInteger(), p[u"id"].toInteger()); // unchanged
    }

    void unknownPackage()
    {
        const Reply r = put(1, QString(), { { u"status"_qs, u"Picking"_qs } });
        QCOMPARE(r.status, 404);
    }

    void trackingDetails()
    {
        const QJsonObject created = firstWithStatus(u"Created"_qs);
        const QJsonObject body{ { u"cargoSenderNumber"_qs, u"DE123456789"_qs }, { u"providerCode"_qs, u"DHLMP"_qs } };
        Reply r = put(created[u"id"].toInteger(), u"/tracking-details"_qs, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object()[u"errors"].toArray().at(0)[u"message"].toString(),
            u"Shipment tracking number cannot be updated"_qs);
        const QJsonObject picking = firstWithStatus(u"Picking"_qs);
        r = put(picking[u"id"].toInteger(), u"/tracking-details"_qs, body);
        QCOMPARE(r.status, 200);
        r = put(picking[u"id"].toInteger(), u"/tracking-details"_qs,
            { { u"cargoSenderNumber"_qs, u"X"_qs }, { u"providerCode"_qs, u"NOPE"_qs } });
        QCOMPARE(r.status, 400);
        bool found = false;
        for (const QJsonValue &p : packages())
            found = found || (p[u"id"] == picking[u"id"] && p[u"cargoSenderNumber"].toString() == u"DE123456789");
        QVERIFY(found);
        const QJsonObject delivered = firstWithStatus(u"Delivered"_qs);
        QCOMPARE(put(delivered[u"id"].toInteger(), u"/tracking-details"_qs, body).status, 400);
    }

    void partialUnsupplied()
    {
        QJsonObject p;
        for (const QJsonValue &v : packages()) {
            if (v[u"status"].toString() == u"Created" && v[u"lines"].toArray().size() > 1) {
                p = v.toObject();
                break;
            }
        }
        if (p.isEmpty())
            QSKIP("no multi-line Created package in this seed");
        const QJsonValue line = p[u"lines"].toArray().at(0);
        QJsonObject body{
            { u"lines"_qs,
                QJsonArray{ QJsonObject{ { u"lineId"_qs, line[u"id"] }, { u"quantity"_qs, line[u"quantity"] } } } },
            { u"reasonId"_qs, 503 }
        };
        QCOMPARE(put(p[u"id"].toInteger(), u"/items/unsupplied"_qs, body).status, 400); // 503 is not a reason code
        body.insert(u"reasonId"_qs, 500);
        QCOMPARE(put(p[u"id"].toInteger(), u"/items/unsupplied"_qs, body).status, 200);
        int successors = 0;
        for (const QJsonValue &v : packages()) {
            if (v[u"id"] == p[u"id"])
                QCOMPARE(v[u"status"].toString(), u"UnPacked"_qs);
            if (v[u"originPackageIds"].toArray().contains(p[u"id"])) {
                ++successors;
                QCOMPARE(v[u"orderNumber"], p[u"orderNumber"]);
                QVERIFY(v[u"cargoTrackingNumber"] != p[u"cargoTrackingNumber"]);
                QCOMPARE(v[u"createdBy"].toString(), u"cancel"_qs);
            }
        }
        QCOMPARE(successors, 2);
    }

    void invoiceLink()
    {
        const QJsonObject p = firstWithStatus(u"Shipped"_qs);
        const QJsonObject body{ { u"invoiceLink"_qs, u"https://fatura.example.com/a.pdf"_qs },
            { u"shipmentPackageId"_qs, p[u"id"] }, { u"invoiceDateTime"_qs, 1678788898 },
            { u"invoiceNumber"_qs, u"TYA2024000000001"_qs } };
        const QString path = u"/trendyol/integration/sellers/200300/seller-invoice-links"_qs;
        QCOMPARE(f->call("POST", path, headers(), json(body)).status, 201);
        QCOMPARE(f->call("POST", path, headers(), json(body)).status, 409);
        QJsonObject badNumber = body;
        badNumber.insert(u"invoiceNumber"_qs, u"12"_qs);
        QCOMPARE(f->call("POST", path, headers(), json(badNumber)).status, 400);
    }

    void otherPackageUpdates_data()
    {
        QTest::addColumn<QString>("fromStatus");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("box info") << u"Created"_qs << u"/box-info"_qs << QByteArray(R"({"boxQuantity":2,"deci":4.4})")
                                  << 200 << u"cargoDeci"_qs << QJsonValue(4.4);
        QTest::newRow("box info without deci") << u"Created"_qs << u"/box-info"_qs << QByteArray(R"({"boxQuantity":2})")
                                               << 400 << QString() << QJsonValue();
        QTest::newRow("old tracking endpoint")
            << u"Picking"_qs << u"/update-tracking-number"_qs << QByteArray(R"({"trackingNumber":"YK123"})") << 200
            << u"cargoSenderNumber"_qs << QJsonValue(u"YK123"_qs);
        QTest::newRow("old tracking after shipping")
            << u"Shipped"_qs << u"/update-tracking-number"_qs << QByteArray(R"({"trackingNumber":"YK123"})") << 400
            << QString() << QJsonValue();
        QTest::newRow("carrier change") << u"Created"_qs << u"/cargo-providers"_qs
                                        << QByteArray(R"({"cargoProvider":"ARASMP"})") << 200 << u"cargoProviderName"_qs
                                        << QJsonValue(u"Aras Kargo Marketplace"_qs);
        QTest::newRow("unknown carrier") << u"Created"_qs << u"/cargo-providers"_qs
                                         << QByteArray(R"({"cargoProvider":"FOO"})") << 400 << QString()
                                         << QJsonValue();
        QTest::newRow("carrier change after shipping")
            << u"Delivered"_qs << u"/cargo-providers"_qs << QByteArray(R"({"cargoProvider":"ARASMP"})") << 400
            << QString() << QJsonValue();
    }
    void otherPackageUpdates()
    {
        QFETCH(QString, fromStatus);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const qint64 id = firstWithStatus(fromStatus)[u"id"].toInteger();
        const Reply r = f->call("PUT", base + u"/shipment-packages/%1"_qs.arg(id) + suffix, headers(), body);
        QCOMPARE(r.status, status);
        if (field.isEmpty())
            return;
        for (const QJsonValue &p : packages()) {
            if (p[u"id"].toInteger() == id)
                QCOMPARE(p[field], value);
        }
    }

    void carrierChangeOncePerFiveMinutes()
    {
        const qint64 id = firstWithStatus(u"Created"_qs)[u"id"].toInteger();
        const QString path = base + u"/shipment-packages/%1/cargo-providers"_qs.arg(id);
        QCOMPARE(f->call("PUT", path, headers(), R"({"cargoProvider":"YKMP"})").status, 200);
        QCOMPARE(f->call("PUT", path, headers(), R"({"cargoProvider":"PTTMP"})").status, 400);
        f->sandbox().clock().advance(5 * 60 * 1000);
        QCOMPARE(f->call("PUT", path, headers(), R"({"cargoProvider":"PTTMP"})").status, 200);
        for (const QJsonValue &p : packages()) {
            if (p[u"id"].toInteger() == id)
                QVERIFY(QString::number(p[u"cargoTrackingNumber"].toInteger()).startsWith(u"734"_qs)); // PTT prefix
        }
    }

    void deleteInvoiceLink()
    {
        const QJsonObject p = firstWithStatus(u"Delivered"_qs);
        const QString links = u"/trendyol/integration/sellers/200300/seller-invoice-links"_qs;
        const QJsonObject send{ { u"invoiceLink"_qs, u"https://fatura.example.com/b.pdf"_qs },
            { u"shipmentPackageId"_qs, p[u"id"] }, { u"invoiceDateTime"_qs, qint64(1678788898000) },
            { u"invoiceNumber"_qs, u"SDK2026000000042"_qs } };
        QCOMPARE(f->call("POST", links, headers(), json(send)).status, 201);
        const QJsonObject remove{ { u"serviceSourceId"_qs, p[u"id"] }, { u"channelId"_qs, 1 },
            { u"customerId"_qs, p[u"customerId"] } };
        QCOMPARE(f->call("POST", links + u"/delete"_qs, headers(), json(remove)).status, 202);
        QCOMPARE(f->call("POST", links + u"/delete"_qs, headers(), json(remove)).status, 404);
        // A link once used stays used.
        QCOMPARE(f->call("POST", links, headers(), json(send)).status, 409);
    }

    void stageTestStatusesMoveForwardOnly()
    {
        const qint64 id = firstWithStatus(u"Invoiced"_qs)[u"id"].toInteger();
        const QString path = u"/trendyol/integration/test/order/sellers/200300/shipment-packages/%1/status"_qs.arg(id);
        auto move = [&](const char *status) {
            Headers h = headers();
            h.append(QPair<QByteArray, QByteArray>("SellerID", "200300"));
            return f->call("PUT", path, h, json({ { u"status"_qs, QString::fromLatin1(status) } })).status;
        };
        QCOMPARE(f->call("PUT", path, headers(), R"({"status":"Shipped"})").status, 400); // SellerID header missing
        QCOMPARE(move("Returned"), 400);
        QCOMPARE(move("Shipped"), 200);
        QCOMPARE(move("Shipped"), 400);
        QCOMPARE(move("Delivered"), 200);
        QCOMPARE(move("AtCollectionPoint"), 400);
        QCOMPARE(move("Returned"), 200);
    }

    void rateLimitPerEndpoint()
    {
        for (int i = 0; i < 50; ++i)
            QCOMPARE(list(u"size=1"_qs).status, 200);
        const Reply refused = list(u"size=1"_qs);
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorKey(refused), u"too.many.requests"_qs);
        QVERIFY(!refused.hasHeader("Retry-After")); // Trendyol documents none
        // Another endpoint has its own budget.
        const QJsonObject p = firstWithStatus(u"Created"_qs);
        QCOMPARE(put(p[u"id"].toInteger(), QString(), linesOf(p, u"Picking"_qs)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTrendyol)
#include "tst_sandbox_trendyol.moc"
