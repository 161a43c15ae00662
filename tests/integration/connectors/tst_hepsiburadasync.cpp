// Full and incremental Hepsiburada syncs against the in-process sandbox: every list merged into one order per
// order number, the store compared field by field with the sandbox's state, a line that moves from the open
// list into a package neither lost nor duplicated, wrong credentials, every error class mid-sync with nothing
// lost, malformed pages, and a re-sync that changes nothing.
#include "connectors/connectorregistry.h"
#include "connectors/hepsiburada/hepsiburadaactions.h"
#include "connectors/hepsiburada/hepsiburadaclient.h"
#include "connectors/hepsiburada/hepsiburadamapper.h"
#include "connectors/ordersync.h"
#include "domain/money.h"
#include "net/httpjob.h"
#include "syncharness.h"

#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::connectors::hepsiburada;
using namespace sd::sandbox::test;
using namespace sd::store::testutil;

namespace {

const QString kMerchant = u"7c1e5a52-3f0b-4d8e-9a61-2b4f6d8e0c13"_qs;

struct Harness : sd::connectors::test::SyncHarness
{
    ConnectionConfig config(const QString &key = u"hbDemoKey12A"_qs, const QString &merchant = kMerchant,
        const QString &integrator = u"sellerdesk_dev"_qs) const
    {
        ConnectionConfig c;
        c.connectionId = kConnection;
        c.baseUrl = QUrl(sandbox.url(u"/hepsiburada"_qs));
        c.accountId = merchant;
        c.credentials.insert(u"serviceKey"_qs, key);
        c.credentials.insert(u"integratorName"_qs, integrator);
        c.retryBaseDelay = std::chrono::milliseconds(20);
        c.rateLimitFloor = std::chrono::milliseconds(200);
        return c;
    }
};

QString text(store::Statement &s, int column)
{
    return sd::connectors::test::nullableText(s, column);
}

// The sandbox's own words → the list the connector must have read the line from.
HepsiburadaList expectedLineState(const QJsonObject &line, const QHash<QString, QString> &packageStatus)
{
    const QString status = line.value(u"status").toString();
    if (status == u"Cancelled")
        return HepsiburadaList::Cancelled;
    if (status == u"PaymentAwaiting")
        return HepsiburadaList::PaymentAwaiting;
    if (status == u"Open")
        return HepsiburadaList::Open;
    const QString p = packageStatus.value(line.value(u"packageNumber").toString());
    if (p == u"InTransit")
        return HepsiburadaList::Shipped;
    if (p == u"Delivered")
        return HepsiburadaList::Delivered;
    if (p == u"Undelivered")
        return HepsiburadaList::Undelivered;
    return HepsiburadaList::Packed;
}

} // namespace

class TestHepsiburadaSync : public QObject
{
    Q_OBJECT
private:
    // Every order of the sandbox is in the store once, field by field; every line once, in its order.
    void compareWithSandbox(Harness &h, bool everyState = true)
    {
        const QJsonObject state = h.sandbox.state(u"hepsiburada"_qs);
        QHash<QString, QString> packageStatus;
        QHash<QString, QJsonObject> packages;
        for (const QJsonValue &v : state.value(u"packages").toArray()) {
            packageStatus.insert(v[u"packageNumber"].toString(), v[u"status"].toString());
            packages.insert(v[u"packageNumber"].toString(), v.toObject());
        }
        const QJsonArray orders = state.value(u"orders").toArray();
        QVERIFY(orders.size() >= 60);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), orders.size());
        QSet<HepsiburadaList> seen;
        qint64 lines = 0;
        for (const QJsonValue &v : orders) {
            const QJsonObject o = v.toObject();
            const QString number = o.value(u"orderNumber").toString();
            auto s = h.reader->prepare(
                u"SELECT order_number, platform_status, unified_status, total_minor, currency, ordered_at,"
                " customer_name, shipping_city, cargo_company, tracking_number, customer_email,"
                " (SELECT count(*) FROM order_lines l WHERE l.order_id = orders.id)"
                " FROM orders WHERE connection_id = ?1 AND external_id = ?2"_qs);
            QVERIFY(s.ok());
            QVERIFY(s->bindAll(kConnection, number).ok());
            QVERIFY2(s->step().valueOr(false), qPrintable(number));
            const QJsonArray items = o.value(u"items").toArray();
            std::optional<HepsiburadaList> lead;
            QString leadPackage;
            qint64 total = 0;
            for (const QJsonValue &lv : items) {
                const HepsiburadaList st = expectedLineState(lv.toObject(), packageStatus);
                total += *domain::minorUnitsFromJson(lv[u"totalPrice"][u"amount"]);
                if (st != HepsiburadaList::Cancelled
                    && (!lead || HepsiburadaMapper::progressRank(st) < HepsiburadaMapper::progressRank(*lead))) {
                    lead = st;
                    leadPackage = lv[u"packageNumber"].toString();
                }
            }
            const HepsiburadaList orderState = lead.value_or(HepsiburadaList::Cancelled);
            seen.insert(orderState);
            QCOMPARE(s->text(0), number);
            QCOMPARE(s->text(1), HepsiburadaMapper::listName(orderState));
            QCOMPARE(s->text(2), domain::unifiedStatusName(HepsiburadaMapper::unifiedStatus(orderState)));
            QCOMPARE(s->int64(3), total);
            QCOMPARE(s->text(4), u"TRY"_qs);
            QCOMPARE(s->int64(5), *HepsiburadaMapper::parseTurkeyTime(o.value(u"orderDate").toString()));
            QCOMPARE(text(*s, 6), o[u"customer"][u"name"].toString());
            QCOMPARE(text(*s, 7), o[u"deliveryAddress"][u"city"].toString());
            if (!leadPackage.isEmpty()) {
                const QJsonObject p = packages.value(leadPackage);
                QCOMPARE(text(*s, 8), p.value(u"cargoCompany").toString());
                const QString tracking = p.value(u"trackingInfoCode").toString();
                QCOMPARE(text(*s, 9), tracking.isEmpty() ? p.value(u"barcode").toString() : tracking);
            } else {
                QCOMPARE(text(*s, 9), QString());
            }
            QCOMPARE(text(*s, 10), o[u"deliveryAddress"][u"email"].toString().toLower());
            QCOMPARE(s->int64(11), items.size());
            lines += items.size();
            for (const QJsonValue &lv : items) {
                const QJsonObject l = lv.toObject();
                auto ls = h.reader->prepare(u"SELECT quantity, unit_price_minor, sku, barcode, title, platform_status,"
                                            " (SELECT external_id FROM orders WHERE orders.id = order_lines.order_id)"
                                            " FROM order_lines WHERE connection_id = ?1 AND external_id = ?2"_qs);
                QVERIFY(ls.ok());
                QVERIFY(ls->bindAll(kConnection, l.value(u"id").toString()).ok());
                QVERIFY(ls->step().valueOr(false));
                QCOMPARE(ls->int64(0), l.value(u"quantity").toInteger());
                QCOMPARE(ls->int64(1), *domain::minorUnitsFromJson(l[u"unitPrice"][u"amount"]));
                QCOMPARE(ls->text(2), l.value(u"merchantSKU").toString());
                QCOMPARE(ls->text(3), l.value(u"productBarcode").toString());
                QCOMPARE(ls->text(4), l.value(u"name").toString());
                QCOMPARE(ls->text(5), HepsiburadaMapper::listName(expectedLineState(l, packageStatus)));
                QCOMPARE(ls->text(6), number);
            }
        }
        QCOMPARE(h.count(u"SELECT count(*) FROM order_lines"_qs), lines);
        // Every state the sandbox seeds is present (the comparison covers them all).
        for (HepsiburadaList list : { HepsiburadaList::Open, HepsiburadaList::PaymentAwaiting, HepsiburadaList::Packed,
                 HepsiburadaList::Shipped, HepsiburadaList::Delivered, HepsiburadaList::Undelivered,
                 HepsiburadaList::Cancelled })
            QVERIFY2(!everyState || seen.contains(list), qPrintable(HepsiburadaMapper::listName(list)));
        QCOMPARE(h.count(u"SELECT count(*) FROM orders WHERE customer_id IS NULL"_qs), 0);
    }

    void addFault(Harness &h, const QString &path, const QString &fault, int count = 1)
    {
        QString error;
        h.sandbox.sandbox().faults().addRule(QJsonObject{ { u"platform"_qs, u"hepsiburada"_qs }, { u"path"_qs, path },
                                                 { u"fault"_qs, fault }, { u"count"_qs, count } },
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void registryMakesTheConnector()
    {
        Harness h;
        QVERIFY(h.open());
        const ConnectorRegistry registry = ConnectorRegistry::builtIn();
        QVERIFY(registry.contains(u"hepsiburada"_qs));
        std::unique_ptr<OrderConnector> connector(registry.create(u"hepsiburada"_qs, &h.network, h.config()));
        QVERIFY(connector);
        QCOMPARE(connector->platform(), u"hepsiburada"_qs);
        QVERIFY(h.sync(*connector).ok());
        QVERIFY(h.count(u"SELECT count(*) FROM orders"_qs) > 0);
    }

    void requestsCarryTheExactAuthentication()
    {
        net::NetworkContext network;
        ConnectionConfig c;
        c.accountId = kMerchant;
        c.credentials.insert(u"serviceKey"_qs, u"abcDEF123456"_qs);
        c.credentials.insert(u"integratorName"_qs, u"acme_dev"_qs);
        HepsiburadaClient client(&network, c);
        const net::HttpRequest r = client.api().request("GET", u"orders/merchantid/x"_qs);
        QCOMPARE(r.header("Authorization"), "Basic " + (kMerchant + u":abcDEF123456"_qs).toUtf8().toBase64());
        QCOMPARE(r.header("User-Agent"), QByteArray("acme_dev"));
        QCOMPARE(r.url.host(), u"oms-external.hepsiburada.com"_qs);
        QCOMPARE(HepsiburadaClient::filterDate(Reference), u"2026-11-23 12:00"_qs);
    }

    // Orders whose lines are in different lists: one line packed alone, one line cancelled alone.
    void mixOrders(Harness &h, HepsiburadaClient &client)
    {
        QHash<QString, QList<QJsonObject>> open;
        for (const QJsonValue &v : h.sandbox.state(u"hepsiburada"_qs).value(u"lines").toArray()) {
            if (v[u"status"].toString() == u"Open")
                open[v[u"orderNumber"].toString()].append(v.toObject());
        }
        QStringList multi;
        for (auto it = open.cbegin(); it != open.cend(); ++it) {
            if (it.value().size() >= 2)
                multi.append(it.key());
        }
        multi.sort();
        QVERIFY2(multi.size() >= 2, "the seed has fewer than two open orders with several lines");
        HepsiburadaActions actions(client);
        for (int i = 0; i < 2; ++i) {
            domain::Order order;
            order.externalId = order.orderNumber = multi.at(i);
            order.platformStatus = u"Open"_qs;
            for (const QJsonObject &l : open.value(multi.at(i))) {
                domain::OrderLine line;
                line.platformLineId = l.value(u"id").toString();
                line.quantity = l.value(u"quantity").toInt();
                line.platformStatus = u"Open"_qs;
                order.lines.append(line);
            }
            auto job = i == 0 ? actions.createPackage(order, { order.lines.first().platformLineId })
                              : actions.cancelLine(order, order.lines.first().platformLineId);
            QVERIFY(job.ok());
            bool finished = false;
            bool ok = false;
            connect(*job, &net::HttpJob::finished, this, [&](const Result<net::HttpResponse> &r) {
                finished = true;
                ok = r.ok();
            });
            (*job)->start();
            QVERIFY(QTest::qWaitFor([&] { return finished; }, 10000));
            QVERIFY(ok);
        }
    }

    void fullSyncThenResyncChangesNothing()
    {
        Harness h;
        QVERIFY(h.open());
        HepsiburadaClient client(&h.network, h.config());
        mixOrders(h, client);
        const OrderSyncReport first = h.sync(client);
        QVERIFY2(first.ok(), first.fetch.failure ? qPrintable(first.fetch.failure->logLine()) : "store");
        QVERIFY(first.fetch.pages >= 3);
        QCOMPARE(first.fetch.mappingErrors, 0);
        QCOMPARE(first.nextCursorMs, Reference);
        compareWithSandbox(h);

        const OrderSyncReport again = h.sync(client);
        QVERIFY(again.ok());
        QCOMPARE(again.stats.inserted, 0);
        QCOMPARE(again.stats.updated, 0);
        QVERIFY(again.stats.unchanged > 0);

        // Incremental: new orders and a carrier step (a packed package leaves, one in transit arrives).
        QCOMPARE(h.sandbox
                     .control("POST", u"/new-orders"_qs,
                         QJsonObject{ { u"platform"_qs, u"hepsiburada"_qs }, { u"count"_qs, 3 } })
                     .status,
            200);
        QCOMPARE(h.sandbox.control("POST", u"/carrier-step"_qs, QJsonObject{ { u"platform"_qs, u"hepsiburada"_qs } })
                     .object()[u"moved"][u"hepsiburada"]
                     .toBool(),
            true);
        const OrderSyncReport incremental = h.sync(client, first.nextCursorMs);
        QVERIFY(incremental.ok());
        QCOMPARE(incremental.windowFromMs, Reference - OrderSync::kDefaultOverlapMs);
        QVERIFY(incremental.stats.inserted >= 3);
        compareWithSandbox(h, false); // the payment-awaiting order may have been the only one
    }

    // The open line is packed on the platform: the next incremental sync finds it in its package, as the
    // same line of the same order, and nothing else appears.
    void packedLineMovesWithinItsOrder()
    {
        Harness h;
        QVERIFY(h.open());
        HepsiburadaClient client(&h.network, h.config());
        QList<domain::Order> fetched;
        connect(&client, &OrderConnector::pageReady, this, [&](const OrderPage &p) { fetched += p.orders; });
        const OrderSyncReport first = h.sync(client);
        QVERIFY(first.ok());
        const qint64 orders = h.count(u"SELECT count(*) FROM orders"_qs);
        const qint64 lines = h.count(u"SELECT count(*) FROM order_lines"_qs);
        const domain::Order *open = nullptr;
        for (const domain::Order &o : std::as_const(fetched)) {
            if (o.platformStatus == u"Open" && !open)
                open = &o;
        }
        QVERIFY(open);
        const domain::Order order = *open;
        HepsiburadaActions actions(client);
        auto job = actions.createPackage(order);
        QVERIFY(job.ok());
        bool finished = false;
        bool ok = false;
        connect(*job, &net::HttpJob::finished, this, [&](const Result<net::HttpResponse> &r) {
            finished = true;
            ok = r.ok();
        });
        (*job)->start();
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 10000));
        QVERIFY(ok);

        const OrderSyncReport incremental = h.sync(client, first.nextCursorMs);
        QVERIFY(incremental.ok());
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), orders);
        QCOMPARE(h.count(u"SELECT count(*) FROM order_lines"_qs), lines);
        auto s = h.reader->prepare(
            u"SELECT platform_status, unified_status, tracking_number FROM orders WHERE external_id = ?1"_qs);
        QVERIFY(s.ok());
        QVERIFY(s->bindAll(order.externalId).ok());
        QVERIFY(s->step().valueOr(false));
        QCOMPARE(s->text(0), u"Packed"_qs);
        QCOMPARE(s->text(1), u"picking"_qs);
        QVERIFY(!text(*s, 2).isEmpty()); // the package barcode
        compareWithSandbox(h);
    }

    void wrongCredentials_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("merchant");
        QTest::addColumn<QString>("integrator");
        QTest::newRow("wrong service key") << u"wrongKey1234"_qs << kMerchant << u"sellerdesk_dev"_qs;
        QTest::newRow("wrong merchant id")
            << u"hbDemoKey12A"_qs << u"00000000-0000-0000-0000-000000000000"_qs << u"sellerdesk_dev"_qs;
        QTest::newRow("decorated user agent") << u"hbDemoKey12A"_qs << kMerchant << u"sellerdesk_dev/1.0"_qs;
    }
    void wrongCredentials()
    {
        QFETCH(QString, key);
        QFETCH(QString, merchant);
        QFETCH(QString, integrator);
        Harness h;
        QVERIFY(h.open());
        HepsiburadaClient client(&h.network, h.config(key, merchant, integrator));
        const OrderSyncReport report = h.sync(client);
        QVERIFY(!report.ok());
        QVERIFY(report.fetch.failure);
        QCOMPARE(report.fetch.failure->kind, net::NetError::Unauthorized);
        QCOMPARE(report.fetch.failure->httpStatus, 401);
        QVERIFY(!report.fetch.failure->logLine().contains(key));
        QCOMPARE(report.nextCursorMs, 0);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), 0);
    }

    // A fault on one of the calls (a list page or an order read), once: retried, nothing lost.
    void transientFaultMidSync_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fault");
        QTest::newRow("500 on /orders") << u"*/orders/merchantid/*"_qs << u"status=500"_qs;
        QTest::newRow("503 on an order") << u"*/ordernumber/*"_qs << u"status=503"_qs;
        QTest::newRow("drop on /packages") << u"/packages/merchantid/*"_qs << u"drop"_qs;
        QTest::newRow("drop mid order reads") << u"*/ordernumber/*"_qs << u"drop"_qs;
        QTest::newRow("truncated shipped page") << u"*/shipped"_qs << u"truncate"_qs;
        QTest::newRow("429 with Retry-After") << u"*/ordernumber/*"_qs << u"rate-limit retry-after=1"_qs;
        QTest::newRow("429 without Retry-After") << u"*/cancelled"_qs << u"rate-limit"_qs;
        QTest::newRow("latency") << u"*/delivered"_qs << u"latency=300"_qs;
    }
    void transientFaultMidSync()
    {
        QFETCH(QString, path);
        QFETCH(QString, fault);
        Harness h;
        QVERIFY(h.open());
        HepsiburadaClient client(&h.network, h.config());
        bool armed = false;
        connect(&client, &OrderConnector::pageReady, this, [&](const OrderPage &) {
            if (!armed && path.contains(u"ordernumber")) {
                armed = true;
                addFault(h, path, fault);
            }
        });
        if (!path.contains(u"ordernumber")) {
            armed = true;
            addFault(h, path, fault);
        }
        const OrderSyncReport report = h.sync(client);
        QVERIFY(armed);
        QVERIFY2(report.ok(), report.fetch.failure ? qPrintable(report.fetch.failure->logLine()) : "store");
        QVERIFY(h.sandbox.sandbox().faults().toJson().value(u"rules").toArray().isEmpty());
        compareWithSandbox(h);
    }

    // Failures that are not retried (or retried to the end): the fetch stops with the typed failure, the cursor
    // stays, what was written is correct, and the next sync completes it without duplicates.
    void failureStopsAndNextSyncRepairs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("count");
        QTest::addColumn<net::NetError>("kind");
        QTest::newRow("403") << u"*/ordernumber/*"_qs << u"status=403"_qs << 1 << net::NetError::Forbidden;
        QTest::newRow("404") << u"*/undelivered"_qs << u"status=404"_qs << 1 << net::NetError::NotFound;
        QTest::newRow("500 every time") << u"*/ordernumber/*"_qs << u"status=500"_qs << 10 << net::NetError::Server;
        QTest::newRow("malformed order") << u"*/ordernumber/*"_qs << u"malformed"_qs << 1 << net::NetError::Malformed;
        QTest::newRow("malformed list") << u"*/cancelled"_qs << u"malformed"_qs << 1 << net::NetError::Malformed;
    }
    void failureStopsAndNextSyncRepairs()
    {
        QFETCH(QString, path);
        QFETCH(QString, fault);
        QFETCH(int, count);
        QFETCH(net::NetError, kind);
        Harness h;
        QVERIFY(h.open());
        HepsiburadaClient client(&h.network, h.config());
        bool armed = false;
        connect(&client, &OrderConnector::pageReady, this, [&](const OrderPage &) {
            if (!armed) {
                armed = true;
                addFault(h, path, fault, count);
            }
        });
        if (!path.contains(u"ordernumber")) {
            armed = true;
            addFault(h, path, fault, count);
        }
        const OrderSyncReport report = h.sync(client);
        QVERIFY(!report.ok());
        QVERIFY(report.fetch.failure);
        QCOMPARE(report.fetch.failure->kind, kind);
        QCOMPARE(report.nextCursorMs, 0);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), qint64(report.fetch.orders));
        h.sandbox.sandbox().faults().clear();
        const OrderSyncReport retry = h.sync(client);
        QVERIFY2(retry.ok(), retry.fetch.failure ? qPrintable(retry.fetch.failure->logLine()) : "store");
        compareWithSandbox(h);
    }

    // A call that does not answer within the timeout: retried once it passes, nothing lost; a server that never
    // answers in time ends the fetch with Timeout and the next sync completes it.
    void timeouts()
    {
        Harness h;
        QVERIFY(h.open());
        HepsiburadaClient client(&h.network, h.config());
        client.setRequestTimeout(std::chrono::milliseconds(1000));
        addFault(h, u"*/ordernumber/*"_qs, u"latency=2500"_qs, 1);
        const OrderSyncReport once = h.sync(client);
        QVERIFY2(once.ok(), once.fetch.failure ? qPrintable(once.fetch.failure->logLine()) : "store");
        compareWithSandbox(h);

        Harness h2;
        QVERIFY(h2.open());
        HepsiburadaClient slow(&h2.network, h2.config());
        slow.setRequestTimeout(std::chrono::milliseconds(1000));
        addFault(h2, u"*/delivered"_qs, u"latency=2500"_qs, 4);
        const OrderSyncReport failed = h2.sync(slow);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.fetch.failure->kind, net::NetError::Timeout);
        QCOMPARE(failed.nextCursorMs, 0);
        h2.sandbox.sandbox().faults().clear();
        QVERIFY(h2.sync(slow).ok());
        compareWithSandbox(h2);
    }

    // An order a list names but the order endpoint does not know (404): skipped and reported, the rest of the
    // fetch goes on, and the next sync picks it up once it is readable.
    void orderNotFoundIsSkippedNotFatal()
    {
        Harness h;
        QVERIFY(h.open());
        HepsiburadaClient client(&h.network, h.config());
        addFault(h, u"*/ordernumber/*"_qs, u"status=404"_qs, 1);
        const OrderSyncReport report = h.sync(client);
        QVERIFY2(report.ok(), report.fetch.failure ? qPrintable(report.fetch.failure->logLine()) : "store");
        QCOMPARE(report.fetch.mappingErrors, 1);
        const qint64 orders = h.sandbox.state(u"hepsiburada"_qs).value(u"orders").toArray().size();
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), orders - 1);
        QVERIFY(h.sync(client).ok());
        compareWithSandbox(h);
    }

    void rateLimitedByTheBudget()
    {
        Harness h;
        QVERIFY(h.open());
        QCOMPARE(h.sandbox
                     .control("PUT", u"/rate-limit"_qs,
                         QJsonObject{
                             { u"platform"_qs, u"hepsiburada"_qs }, { u"limit"_qs, 40 }, { u"windowMs"_qs, 1000 } })
                     .status
                / 100,
            2);
        HepsiburadaClient client(&h.network, h.config());
        const OrderSyncReport report = h.sync(client);
        QVERIFY2(report.ok(), report.fetch.failure ? qPrintable(report.fetch.failure->logLine()) : "store");
        compareWithSandbox(h);
    }

    void classifiesHepsiburadaErrorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<net::NetError>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("401 empty") << 401 << QByteArray() << net::NetError::Unauthorized << QString();
        QTest::newRow("400 bare string") << 400 << QByteArray("\"WrongDateFormat\"") << net::NetError::Platform
                                         << u"WrongDateFormat"_qs;
        QTest::newRow("404 bare string") << 404 << QByteArray("\"PackageNotFound\"") << net::NetError::NotFound
                                         << u"PackageNotFound"_qs;
        QTest::newRow("429") << 429 << QByteArray("\"TooManyRequest\"") << net::NetError::RateLimited
                             << u"TooManyRequest"_qs;
        QTest::newRow("500") << 500 << QByteArray("\"InternalServerError\"") << net::NetError::Server
                             << u"InternalServerError"_qs;
        QTest::newRow("400 html") << 400 << QByteArray("<html>bad</html>") << net::NetError::BadRequest << QString();
    }
    void classifiesHepsiburadaErrorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(net::NetError, kind);
        QFETCH(QString, code);
        net::HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers.append(std::pair<QByteArray, QByteArray>("X-RateLimit-Reset", "3"));
        const auto failure = HepsiburadaClient::classify(r);
        QVERIFY(failure);
        QCOMPARE(failure->kind, kind);
        QCOMPARE(failure->platformCode, code);
        if (kind == net::NetError::RateLimited)
            QCOMPARE(failure->retryAfter.value_or(std::chrono::milliseconds(0)), std::chrono::milliseconds(3000));
    }
};

QTEST_GUILESS_MAIN(TestHepsiburadaSync)
#include "tst_hepsiburadasync.moc"
