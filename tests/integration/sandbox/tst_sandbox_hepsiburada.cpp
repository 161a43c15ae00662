// The Hepsiburada emulator over HTTP: exact credentials, paging rules and quirks, the packing and delivery flow.
#include "hepsiburada/hepsiburadaemulator.h"
#include "sandboxfixture.h"

#include <QSet>
#include <QTimeZone>

using namespace sd::sandbox;
using namespace sd::sandbox::test;

class TestSandboxHepsiburada : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> f;
    const QString mid = HepsiburadaEmulator::MerchantId;

    Headers headers() const
    {
        return { { "Authorization", basic(HepsiburadaEmulator::MerchantId, HepsiburadaEmulator::ServiceKey) },
            { "User-Agent", HepsiburadaEmulator::UserAgent.toUtf8() } };
    }
    Reply get(const QString &path) { return f->call("GET", u"/hepsiburada"_qs + path, headers()); }
    Reply post(const QString &path, const QByteArray &body)
    {
        return f->call("POST", u"/hepsiburada"_qs + path, headers(), body);
    }
    QJsonObject hbState() { return f->state(u"hepsiburada"_qs); }
    QList<QJsonObject> lines(const QString &status)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &l : hbState()[u"lines"].toArray()) {
            if (l[u"status"].toString() == status)
                out.append(l.toObject());
        }
        return out;
    }
    QJsonObject package(const QString &status)
    {
        for (const QJsonValue &p : hbState()[u"packages"].toArray()) {
            if (p[u"status"].toString() == status)
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
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("userAgent");
        QTest::addColumn<int>("status");
        const QByteArray good = basic(HepsiburadaEmulator::MerchantId, HepsiburadaEmulator::ServiceKey);
        QTest::newRow("ok") << good << QByteArray("sellerdesk_dev") << 200;
        QTest::newRow("wrong key") << basic(HepsiburadaEmulator::MerchantId, u"wrongKey1234"_qs)
                                   << QByteArray("sellerdesk_dev") << 401;
        QTest::newRow("panel username instead of merchant id")
            << basic(u"sellerdesk_dev"_qs, HepsiburadaEmulator::ServiceKey) << QByteArray("sellerdesk_dev") << 401;
        QTest::newRow("decorated user agent") << good << QByteArray("sellerdesk_dev/1.0") << 401;
        QTest::newRow("merchant prefix in user agent") << good << QByteArray("7c1e5a52 - sellerdesk_dev") << 401;
        QTest::newRow("no user agent") << good << QByteArray() << 401;
    }
    void auth()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, userAgent);
        QFETCH(int, status);
        Headers h{ { "Authorization", authorization } };
        if (!userAgent.isEmpty())
            h.append({ "User-Agent", userAgent });
        const Reply r = f->call("GET", u"/hepsiburada/orders/merchantid/%1?limit=10"_qs.arg(mid), h);
        QCOMPARE(r.status, status);
        if (status == 401) {
            QVERIFY(r.body.isEmpty());
            QVERIFY(r.header("Content-Type").startsWith("application/json"));
        } else {
            QVERIFY(r.hasHeader("x-correlation-id"));
            QVERIFY(r.hasHeader("X-RateLimit-Remaining"));
        }
    }

    void datesAreTurkeyLocalTime()
    {
        for (const QJsonValue &l : hbState()[u"lines"].toArray()) {
            const qint64 utc = l[u"_sandbox"][u"orderMs"].toInteger();
            const QString expected = QDateTime::fromMSecsSinceEpoch(utc + 3 * 3600 * 1000, QTimeZone::utc())
                                         .toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_qs);
            QCOMPARE(l[u"orderDate"].toString(), expected);
        }
    }

    void limitIsRequiredAndCapped()
    {
        Reply r = get(u"/orders/merchantid/%1"_qs.arg(mid));
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.startsWith('"')); // a bare JSON string
        r = get(u"/orders/merchantid/%1?limit=500"_qs.arg(mid));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[u"limit"].toInt(), 100);
        r = get(u"/orders/merchantid/%1?limit=abc"_qs.arg(mid));
        QCOMPARE(r.status, 400);
    }

    void openLinesToTheEnd()
    {
        const int expected = static_cast<int>(lines(HepsiburadaEmulator::LineOpen).size());
        QVERIFY(expected > 5);
        QSet<QString> seen;
        int offset = 0;
        int pageCount = 1;
        for (int page = 0; page < pageCount; ++page, offset += 4) {
            const QJsonObject o = get(u"/orders/merchantid/%1?limit=4&offset=%2"_qs.arg(mid).arg(offset)).object();
            QCOMPARE(o[u"totalCount"].toInt(), expected);
            pageCount = o[u"pageCount"].toInt();
            QCOMPARE(pageCount, (expected + 3) / 4);
            for (const QJsonValue &item : o[u"items"].toArray()) {
                QCOMPARE(item[u"status"].toString(), HepsiburadaEmulator::LineOpen);
                QVERIFY(item[u"unitPrice"][u"amount"].isDouble());
                QCOMPARE(item[u"unitPrice"][u"currency"].toString(), u"TRY"_qs);
                QVERIFY(item[u"id"].isString());
                seen.insert(item[u"id"].toString());
            }
        }
        QCOMPARE(seen.size(), expected);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("empty");
        QTest::newRow("turkey time, 24h") << u"begindate=2026-11-22 12:00&enddate=2026-11-23 12:00"_qs << 200 << false;
        QTest::newRow("ISO is silently empty")
            << u"begindate=2026-11-22T12:00:00&enddate=2026-11-23T12:00:00"_qs << 200 << true;
        QTest::newRow("garbage") << u"begindate=yesterday"_qs << 400 << true;
        QTest::newRow("seconds are not accepted") << u"begindate=2026-11-22 12:00:00"_qs << 400 << true;
    }
    void dates()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(bool, empty);
        const Reply r = get(u"/orders/merchantid/%1?limit=100&"_qs.arg(mid) + query);
        QCOMPARE(r.status, status);
        if (status == 400) {
            QCOMPARE(r.body, QByteArray("\"WrongDateFormat\""));
            return;
        }
        QCOMPARE(r.object()[u"items"].toArray().isEmpty(), empty);
        for (const QJsonValue &item : r.object()[u"items"].toArray()) {
            const QString date = item[u"orderDate"].toString(); // Turkey local time, no zone
            QVERIFY2(date >= u"2026-11-22T12:00"_qs && date <= u"2026-11-23T12:00:59"_qs, qPrintable(date));
        }
    }

    void windowIsCutToOneDay()
    {
        const QJsonObject o
            = get(u"/orders/merchantid/%1?limit=100&begindate=2026-11-10 00:00&enddate=2026-11-23 12:00"_qs.arg(mid))
                  .object();
        for (const QJsonValue &item : o[u"items"].toArray())
            QVERIFY(item[u"orderDate"].toString() < u"2026-11-11T00:00:01"_qs);
    }

    void packThenDeliver()
    {
        const QJsonObject line = lines(HepsiburadaEmulator::LineOpen).first();
        const QJsonObject together
            = get(u"/lineitems/merchantid/%1/packageablewith/lineitemid/%2"_qs.arg(mid, line[u"id"].toString()))
                  .object();
        QJsonArray requests;
        for (const QJsonValue &l : together[u"lineItems"].toArray())
            requests.append(QJsonObject{ { u"id"_qs, l[u"lineItemId"] }, { u"quantity"_qs, l[u"quantity"] },
                { u"serialNumbers"_qs, QJsonArray{} } });
        QVERIFY(!requests.isEmpty());
        const QJsonObject body{ { u"lineItemRequests"_qs, requests }, { u"parcelQuantity"_qs, 1 },
            { u"deci"_qs, 2.5 } };
        Reply r = post(u"/packages/merchantid/%1"_qs.arg(mid), json(body));
        QCOMPARE(r.status, 201);
        const QString number = r.object()[u"packageNumber"].toString();
        QVERIFY(!number.isEmpty());
        QVERIFY(!r.object()[u"barcode"].toString().isEmpty());
        // Packing the same lines again is refused; the lines left the open list.
        QCOMPARE(post(u"/packages/merchantid/%1"_qs.arg(mid), json(body)).status, 400);
        for (const QJsonValue &item : get(u"/orders/merchantid/%1?limit=100"_qs.arg(mid)).object()[u"items"].toArray())
            QVERIFY(item[u"id"] != line[u"id"]);
        // It shows among the packages ready to ship (a bare array, page count in a header).
        r = get(u"/packages/merchantid/%1?limit=10&timespan=1"_qs.arg(mid));
        QCOMPARE(r.status, 200);
        QVERIFY(r.hasHeader("pagecount"));
        bool listed = false;
        for (const QJsonValue &p : r.array())
            listed = listed || p[u"packageNumber"].toString() == number;
        QVERIFY(listed);

        const QString pkg = u"/packages/merchantid/%1/packagenumber/%2"_qs.arg(mid, number);
        QCOMPARE(post(pkg + u"/deliver"_qs, "{}").status, 400); // not in transit yet
        QCOMPARE(post(pkg + u"/intransit"_qs, "{}").status, 400); // tracking number missing
        QCOMPARE(post(pkg + u"/intransit"_qs,
                     json({ { u"trackingNumber"_qs, u"123456789012"_qs },
                         { u"trackingUrl"_qs, u"https://kargo.example.com/123"_qs } }))
                     .status,
            200);
        QCOMPARE(get(pkg).object()[u"trackingInfoCode"].toString(), u"123456789012"_qs);
        QCOMPARE(post(pkg + u"/unpack"_qs, {}).status, 400); // shipped packages stay packed
        QCOMPARE(post(pkg + u"/deliver"_qs,
                     json({ { u"receivedDate"_qs, u"2026-11-23 10:00"_qs }, { u"receivedBy"_qs, u"Ayşe"_qs } }))
                     .status,
            200);
        bool delivered = false;
        for (const QJsonValue &item :
            get(u"/packages/merchantid/%1/delivered?limit=50"_qs.arg(mid)).object()[u"items"].toArray())
            delivered = delivered || item[u"PackageNumber"].toString() == number;
        QVERIFY(delivered);
    }

    void packageActions_data()
    {
        QTest::addColumn<QString>("fromStatus");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("newStatus");
        const QString packed = HepsiburadaEmulator::PackagePacked;
        const QString transit = HepsiburadaEmulator::PackageInTransit;
        QTest::newRow("undeliver")
            << transit << QByteArray("POST") << u"undeliver"_qs
            << QByteArray(R"({"undeliveredDate":"2026-11-23 10:00","undeliveredReason":"Adres yanlış"})") << 200
            << HepsiburadaEmulator::PackageUndelivered;
        QTest::newRow("undeliver without reason")
            << transit << QByteArray("POST") << u"undeliver"_qs << QByteArray("{}") << 400 << transit;
        QTest::newRow("undeliver a packed one") << packed << QByteArray("POST") << u"undeliver"_qs
                                                << QByteArray(R"({"undeliveredReason":"x"})") << 400 << packed;
        QTest::newRow("invoice")
            << packed << QByteArray("PUT") << u"invoice"_qs
            << QByteArray("{\"invoiceLink\":\"https://fatura.example.com/1.pdf\"}") /* no raw string: moc 6.4 reads its
                                                                                       // as a comment */
            << 204 << packed;
        QTest::newRow("invoice without link")
            << packed << QByteArray("PUT") << u"invoice"_qs << QByteArray("{}") << 400 << packed;
        QTest::newRow("change carrier") << packed << QByteArray("PUT") << u"changecargocompany"_qs
                                        << QByteArray(R"({"CargoCompanyShortName":"ARAS"})") << 204 << packed;
        QTest::newRow("change carrier in transit")
            << transit << QByteArray("PUT") << u"changecargocompany"_qs
            << QByteArray(R"({"CargoCompanyShortName":"ARAS"})") << 400 << transit;
        QTest::newRow("parcel info") << packed << QByteArray("PUT") << u"parcel-info"_qs
                                     << QByteArray(R"({"totalDesi":3,"totalParcel":2})") << 200 << packed;
        QTest::newRow("parcel info as text") << packed << QByteArray("PUT") << u"parcel-info"_qs
                                             << QByteArray(R"({"totalDesi":"3","totalParcel":2})") << 400 << packed;
        QTest::newRow("labels") << packed << QByteArray("GET") << u"labels?format=ZPL"_qs << QByteArray() << 200
                                << packed;
        QTest::newRow("changeable carriers")
            << packed << QByteArray("GET") << u"changablecargocompanies"_qs << QByteArray() << 200 << packed;
    }
    void packageActions()
    {
        QFETCH(QString, fromStatus);
        QFETCH(QByteArray, method);
        QFETCH(QString, action);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, newStatus);
        const QString number = package(fromStatus)[u"packageNumber"].toString();
        QVERIFY(!number.isEmpty());
        const Reply r = f->call(method,
            u"/hepsiburada/packages/merchantid/%1/packagenumber/%2/"_qs.arg(mid, number) + action, headers(), body);
        QCOMPARE(r.status, status);
        QString now;
        for (const QJsonValue &p : hbState()[u"packages"].toArray()) {
            if (p[u"packageNumber"].toString() == number)
                now = p[u"status"].toString();
        }
        QCOMPARE(now, newStatus);
        if (action.startsWith(u"labels"))
            QVERIFY(!r.object()[u"data"].toArray().isEmpty());
    }

    void splitWithCancellation()
    {
        QJsonObject p;
        for (const QJsonValue &v : hbState()[u"packages"].toArray()) {
            if (v[u"status"].toString() == HepsiburadaEmulator::PackagePacked && v[u"items"].toArray().size() >= 2)
                p = v.toObject();
        }
        if (p.isEmpty())
            QSKIP("no packed multi-line package in this seed");
        const QJsonArray items = p[u"items"].toArray();
        const QString path
            = u"/packages/merchantid/%1/packagenumber/%2/split"_qs.arg(mid, p[u"packageNumber"].toString());
        auto lineRef = [](const QJsonValue &item) {
            return QJsonObject{ { u"orderLineId"_qs, item[u"lineItemId"] }, { u"quantity"_qs, item[u"quantity"] } };
        };
        // Leaving a line out is refused.
        QJsonObject body{ { u"packageDetails"_qs,
            QJsonArray{ QJsonObject{ { u"lines"_qs, QJsonArray{ lineRef(items.at(0)) } } } } } };
        QCOMPARE(post(path, json(body)).status, 400);
        QJsonArray cancelled;
        for (qsizetype i = 1; i < items.size(); ++i) {
            QJsonObject c = lineRef(items.at(i));
            c.insert(u"cancelReasonId"_qs, 83);
            cancelled.append(c);
        }
        body.insert(u"cancelledItems"_qs, cancelled);
        QCOMPARE(post(path, json(body)).status, 200);
        QCOMPARE(post(path, json(body)).status, 400); // the original is gone
        int newPackages = 0;
        for (const QJsonValue &v : hbState()[u"packages"].toArray()) {
            if (v[u"packageNumber"] == p[u"packageNumber"])
                QCOMPARE(v[u"status"].toString(), HepsiburadaEmulator::PackageUnpacked);
            else if (v[u"items"].toArray().at(0)[u"lineItemId"] == items.at(0)[u"lineItemId"])
                ++newPackages;
        }
        QCOMPARE(newPackages, 1);
        for (const QJsonObject &l : lines(HepsiburadaEmulator::LineCancelled)) {
            if (l[u"id"] == items.at(1)[u"lineItemId"])
                return;
        }
        QFAIL("the cancelled line is not cancelled");
    }

    void unpackReturnsLinesToTheOpenList()
    {
        QJsonObject p;
        for (const QJsonValue &v : hbState()[u"packages"].toArray()) {
            if (v[u"status"].toString() == HepsiburadaEmulator::PackagePacked)
                p = v.toObject();
        }
        QVERIFY(!p.isEmpty());
        const QString number = p[u"packageNumber"].toString();
        QCOMPARE(post(u"/packages/merchantid/%1/packagenumber/%2/unpack"_qs.arg(mid, number), {}).status, 200);
        const QString lineId = p[u"items"].toArray().at(0)[u"lineItemId"].toString();
        bool open = false;
        for (const QJsonObject &l : lines(HepsiburadaEmulator::LineOpen))
            open = open || l[u"id"].toString() == lineId;
        QVERIFY(open);
        const QJsonArray unpacked = get(u"/packages/merchantid/%1/status/unpacked?limit=10"_qs.arg(mid)).array();
        QCOMPARE(unpacked.size(), 1);
        bool listed = false;
        for (const QJsonValue &item : unpacked.at(0)[u"items"].toArray())
            listed = listed || item[u"packageNumber"].toString() == number;
        QVERIFY(listed);
    }

    void cancelByMerchant()
    {
        const QString lineId = lines(HepsiburadaEmulator::LineOpen).first()[u"id"].toString();
        const QString path = u"/lineitems/merchantid/%1/id/%2/cancelbymerchant"_qs.arg(mid, lineId);
        QCOMPARE(post(path, "{}").status, 400); // reason missing
        QCOMPARE(post(path, "{\"reasonId\":").status, 400); // bad JSON
        QCOMPARE(post(path, "{\"reasonId\":\"83\"}").status, 400); // wrong type
        QCOMPARE(post(path, "{\"reasonId\":83}").status, 200);
        QCOMPARE(post(path, "{\"reasonId\":83}").status, 400); // already cancelled
        bool listed = false;
        for (const QJsonValue &item :
            get(u"/orders/merchantid/%1/cancelled?limit=50"_qs.arg(mid)).object()[u"items"].toArray())
            listed = listed || (item[u"lineItemId"].toString() == lineId && item[u"cancelReasonCode"].toInt() == 83);
        QVERIFY(listed);
        const QString packed
            = package(HepsiburadaEmulator::PackageInTransit)[u"items"].toArray().at(0)[u"lineItemId"].toString();
        QCOMPARE(
            post(u"/lineitems/merchantid/%1/id/%2/cancelbymerchant"_qs.arg(mid, packed), "{\"reasonId\":83}").status,
            400);
    }

    // The carrier step also clears one awaited payment: those lines leave /paymentawaiting and join /orders.
    void paymentClearsIntoTheOpenList()
    {
        const QList<QJsonObject> awaiting = lines(HepsiburadaEmulator::LinePaymentAwaiting);
        QVERIFY(!awaiting.isEmpty());
        const QString orderNumber = awaiting.first()[u"orderNumber"].toString();
        const auto listed = [&](const QString &path, QStringView key) {
            for (const QJsonValue &item : get(path.arg(mid)).object()[u"items"].toArray()) {
                if (item[key].toString() == orderNumber)
                    return true;
            }
            return false;
        };
        QVERIFY(listed(u"/orders/merchantid/%1/paymentawaiting?limit=50"_qs, u"OrderNumber"));
        QVERIFY(!listed(u"/orders/merchantid/%1?limit=100"_qs, u"orderNumber"));
        QVERIFY(f->sandbox().emulator(u"hepsiburada"_qs)->carrierStep());
        QVERIFY(!listed(u"/orders/merchantid/%1/paymentawaiting?limit=50"_qs, u"OrderNumber"));
        QVERIFY(listed(u"/orders/merchantid/%1?limit=100"_qs, u"orderNumber"));
        QCOMPARE(
            get(u"/orders/merchantid/%1/ordernumber/%2"_qs.arg(mid, orderNumber)).object()[u"paymentStatus"].toString(),
            u"Paid"_qs);
    }

    void statusListsRefuseDates()
    {
        for (const QString &list : { u"shipped"_qs, u"delivered"_qs, u"undelivered"_qs }) {
            QCOMPARE(get(u"/packages/merchantid/%1/%2?limit=50"_qs.arg(mid, list)).status, 200);
            const Reply r = get(u"/packages/merchantid/%1/%2?limit=50&begindate=2026-11-20 00:00"_qs.arg(mid, list));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.body, QByteArray("\"WrongDateFormat\""));
        }
    }

    void packagesOffsetIsCaseSensitive()
    {
        // Make more than one page of packed packages first.
        int packed = 0;
        for (const QJsonObject &l : lines(HepsiburadaEmulator::LineOpen)) {
            const QJsonObject together
                = get(u"/lineitems/merchantid/%1/packageablewith/lineitemid/%2"_qs.arg(mid, l[u"id"].toString()))
                      .object();
            QJsonArray requests;
            for (const QJsonValue &x : together[u"lineItems"].toArray())
                requests.append(QJsonObject{ { u"id"_qs, x[u"lineItemId"] }, { u"quantity"_qs, x[u"quantity"] } });
            if (!requests.isEmpty()
                && post(u"/packages/merchantid/%1"_qs.arg(mid), json({ { u"lineItemRequests"_qs, requests } })).status
                    == 201)
                ++packed;
        }
        QVERIFY(packed > 10);
        const QJsonArray first = get(u"/packages/merchantid/%1?limit=10"_qs.arg(mid)).array();
        const QJsonArray lower = get(u"/packages/merchantid/%1?limit=10&offset=10"_qs.arg(mid)).array();
        const QJsonArray upper = get(u"/packages/merchantid/%1?limit=10&Offset=10"_qs.arg(mid)).array();
        QCOMPARE(first.size(), 10);
        QCOMPARE(lower, first);
        QVERIFY(upper != first);
    }

    void rateLimitHeadersAnd429()
    {
        f->sandbox().emulator(u"hepsiburada"_qs)->setRateLimit({ 3, 60000 });
        for (int i = 0; i < 3; ++i) {
            const Reply r = get(u"/orders/merchantid/%1?limit=1"_qs.arg(mid));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("3"));
            QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), 2 - i);
        }
        const Reply r = get(u"/orders/merchantid/%1?limit=1"_qs.arg(mid));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.body, QByteArray("\"TooManyRequest\""));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(r.header("X-RateLimit-Reset").toInt() > 0);
    }

    void unknownRoute()
    {
        QCOMPARE(get(u"/orders/merchantId/%1?limit=1"_qs.arg(mid)).status, 404); // the path segment is lowercase
    }
};

QTEST_GUILESS_MAIN(TestSandboxHepsiburada)
#include "tst_sandbox_hepsiburada.moc"
