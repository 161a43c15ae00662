// Full and incremental Trendyol syncs against the in-process sandbox: the store compared field by field with
// the sandbox's state, wrong credentials, rate limits, server errors and dropped connections mid-sync,
// malformed pages, and a re-sync that changes nothing.
#include "connectors/connectorregistry.h"
#include "connectors/ordersync.h"
#include "connectors/trendyol/trendyolclient.h"
#include "connectors/trendyol/trendyolmapper.h"
#include "domain/money.h"
#include "syncharness.h"

#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::sandbox::test;
using namespace sd::store::testutil;

namespace {

struct Harness : sd::connectors::test::SyncHarness
{
    ConnectionConfig config(const QString &secret = u"tyDemoApiSecret9Lm4"_qs) const
    {
        ConnectionConfig c;
        c.connectionId = kConnection;
        c.baseUrl = QUrl(sandbox.url(u"/trendyol"_qs));
        c.accountId = u"200300"_qs;
        c.credentials.insert(u"apiKey"_qs, u"tyDemoApiKey7Qx2"_qs);
        c.credentials.insert(u"apiSecret"_qs, secret);
        c.retryBaseDelay = std::chrono::milliseconds(20);
        c.rateLimitFloor = std::chrono::milliseconds(200);
        c.pageSize = 10; // several pages per window
        return c;
    }
};

QString text(store::Statement &s, int column)
{
    return sd::connectors::test::nullableText(s, column);
}

} // namespace

class TestTrendyolSync : public QObject
{
    Q_OBJECT
private:
    // Every package of the sandbox is in the store, field by field, once.
    void compareWithSandbox(Harness &h)
    {
        const QJsonArray packages = h.sandbox.state(u"trendyol"_qs).value(u"packages").toArray();
        QVERIFY(packages.size() > 50);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), packages.size());
        QCOMPARE(h.count(u"SELECT count(DISTINCT external_id) FROM orders"_qs), packages.size());
        qint64 lines = 0;
        for (const QJsonValue &v : packages) {
            const QJsonObject p = v.toObject();
            const QString id = QString::number(p.value(u"id").toInteger());
            auto s = h.reader->prepare(
                u"SELECT order_number, platform_status, unified_status, total_minor, gross_minor, currency, ordered_at,"
                " platform_updated_at, tracking_number, cargo_company, shipping_city, customer_name, tracking_url,"
                " (SELECT count(*) FROM order_lines l WHERE l.order_id = orders.id)"
                " FROM orders WHERE connection_id = ?1 AND external_id = ?2"_qs);
            QVERIFY(s.ok());
            QVERIFY(s->bindAll(kConnection, id).ok());
            QVERIFY2(s->step().valueOr(false), qPrintable(id));
            const QString status = p.value(u"status").toString();
            QCOMPARE(s->text(0), p.value(u"orderNumber").toString());
            QCOMPARE(s->text(1), status);
            QCOMPARE(s->text(2), domain::unifiedStatusName(trendyol::TrendyolMapper::unifiedStatus(status)));
            QCOMPARE(s->int64(3), *domain::minorUnitsFromJson(p.value(u"totalPrice")));
            QCOMPARE(s->int64(4), *domain::minorUnitsFromJson(p.value(u"grossAmount")));
            QCOMPARE(s->text(5), p.value(u"currencyCode").toString());
            QCOMPARE(s->int64(6), p.value(u"orderDate").toInteger() - trendyol::TrendyolMapper::kTurkeyShiftMs);
            QCOMPARE(s->int64(7), p.value(u"lastModifiedDate").toInteger());
            QCOMPARE(text(*s, 8), QString::number(p.value(u"cargoTrackingNumber").toInteger()));
            QCOMPARE(text(*s, 9), p.value(u"cargoProviderName").toString());
            QCOMPARE(text(*s, 10), p.value(u"shipmentAddress").toObject().value(u"city").toString().trimmed());
            QCOMPARE(text(*s, 11),
                QString(p.value(u"customerFirstName").toString() + u' ' + p.value(u"customerLastName").toString())
                    .trimmed());
            QCOMPARE(text(*s, 12), p.value(u"cargoTrackingLink").toString());
            const QJsonArray pl = p.value(u"lines").toArray();
            QCOMPARE(s->int64(13), pl.size());
            lines += pl.size();
            for (const QJsonValue &lv : pl) {
                const QJsonObject l = lv.toObject();
                auto ls = h.reader->prepare(u"SELECT quantity, unit_price_minor, sku, barcode, title, platform_line_id"
                                            " FROM order_lines WHERE connection_id = ?1 AND external_id = ?2"_qs);
                QVERIFY(ls.ok());
                QVERIFY(ls->bindAll(kConnection, id + u':' + QString::number(l.value(u"id").toInteger())).ok());
                QVERIFY(ls->step().valueOr(false));
                QCOMPARE(ls->int64(0), l.value(u"quantity").toInteger());
                QCOMPARE(ls->int64(1), *domain::minorUnitsFromJson(l.value(u"amount")));
                QCOMPARE(ls->text(2), l.value(u"merchantSku").toString());
                QCOMPARE(ls->text(3), l.value(u"barcode").toString());
                QCOMPARE(ls->text(4), l.value(u"productName").toString());
                QCOMPARE(ls->text(5), QString::number(l.value(u"id").toInteger()));
            }
        }
        QCOMPARE(h.count(u"SELECT count(*) FROM order_lines"_qs), lines);
        QCOMPARE(h.count(u"SELECT count(*) FROM shipments"_qs), packages.size());
        // One customer per platform customer id, every order linked to it.
        QCOMPARE(h.count(u"SELECT count(*) FROM orders WHERE customer_id IS NULL"_qs), 0);
        QCOMPARE(h.count(u"SELECT count(*) FROM customers"_qs),
            h.count(u"SELECT count(DISTINCT external_id) FROM customer_identities"_qs));
    }

private Q_SLOTS:
    void registryMakesTheConnector()
    {
        Harness h;
        QVERIFY(h.open());
        const ConnectorRegistry registry = ConnectorRegistry::builtIn();
        QVERIFY(registry.contains(u"trendyol"_qs));
        QVERIFY(registry.create(u"myspace"_qs, &h.network, h.config(), this) == nullptr);
        std::unique_ptr<OrderConnector> connector(registry.create(u"trendyol"_qs, &h.network, h.config()));
        QVERIFY(connector);
        QCOMPARE(connector->platform(), u"trendyol"_qs);
        OrderSync sync(connector.get(), h.writer.get(), kWorkspace, kConnection);
        QSignalSpy done(&sync, &OrderSync::finished);
        sync.start(0, Reference);
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().first().value<OrderSyncReport>().ok());
    }

    void fullSyncThenResyncChangesNothing()
    {
        Harness h;
        QVERIFY(h.open());
        trendyol::TrendyolClient client(&h.network, h.config());
        const OrderSyncReport first = h.sync(client);
        QVERIFY2(first.ok(), first.fetch.failure ? qPrintable(first.fetch.failure->logLine()) : "store");
        QVERIFY(first.fetch.pages > 5);
        QCOMPARE(first.fetch.mappingErrors, 0);
        QCOMPARE(first.nextCursorMs, Reference);
        compareWithSandbox(h);

        // The same window again: nothing inserted or updated.
        const OrderSyncReport again = h.sync(client);
        QVERIFY(again.ok());
        QCOMPARE(again.stats.inserted, 0);
        QCOMPARE(again.stats.updated, 0);
        QCOMPARE(again.stats.customersCreated, 0);
        QVERIFY(again.stats.unchanged > 0);

        // Incremental: only the window since the cursor (minus the overlap); new orders arrive.
        QCOMPARE(h.sandbox
                     .control("POST", u"/new-orders"_qs,
                         QJsonObject{ { u"platform"_qs, u"trendyol"_qs }, { u"count"_qs, 3 } })
                     .status,
            200);
        const OrderSyncReport incremental = h.sync(client, first.nextCursorMs);
        QVERIFY(incremental.ok());
        QCOMPARE(incremental.windowFromMs, Reference - OrderSync::kDefaultOverlapMs);
        QVERIFY(incremental.stats.inserted >= 3);
        compareWithSandbox(h);
    }

    void wrongCredentials()
    {
        Harness h;
        QVERIFY(h.open());
        trendyol::TrendyolClient client(&h.network, h.config(u"wrong-secret"_qs));
        const OrderSyncReport report = h.sync(client);
        QVERIFY(!report.ok());
        QVERIFY(report.fetch.failure);
        QCOMPARE(report.fetch.failure->kind, net::NetError::Unauthorized);
        QCOMPARE(report.fetch.failure->httpStatus, 401);
        QCOMPARE(report.fetch.failure->platformCode, u"ClientApiAuthenticationException"_qs);
        QVERIFY(report.fetch.failure->userMessage().contains(u"credentials"));
        QVERIFY(!report.fetch.failure->logLine().contains(u"wrong-secret"));
        QCOMPARE(report.nextCursorMs, 0);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), 0);
    }

    void transientFaultMidSync_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500") << u"status=500"_qs;
        QTest::newRow("503") << u"status=503"_qs;
        QTest::newRow("drop") << u"drop"_qs;
        QTest::newRow("truncated body") << u"truncate"_qs;
        QTest::newRow("429 with Retry-After") << u"rate-limit retry-after=1"_qs;
        QTest::newRow("429 without Retry-After") << u"rate-limit"_qs;
    }
    void transientFaultMidSync()
    {
        QFETCH(QString, fault);
        Harness h;
        QVERIFY(h.open());
        trendyol::TrendyolClient client(&h.network, h.config());
        // After the second page, the next list call fails once.
        bool armed = false;
        connect(&client, &OrderConnector::pageReady, this, [&](const OrderPage &page) {
            if (page.index == 1 && !armed) {
                armed = true;
                QString error;
                h.sandbox.sandbox().faults().addRule(
                    QJsonObject{ { u"platform"_qs, u"trendyol"_qs }, { u"path"_qs, u"*/orders"_qs },
                        { u"fault"_qs, fault }, { u"count"_qs, 1 } },
                    &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        });
        const OrderSyncReport report = h.sync(client);
        QVERIFY(armed);
        QVERIFY2(report.ok(), report.fetch.failure ? qPrintable(report.fetch.failure->logLine()) : "store");
        QVERIFY(h.sandbox.sandbox().faults().toJson().value(u"rules").toArray().isEmpty());
        compareWithSandbox(h);
    }

    void rateLimitedByTheBudget()
    {
        Harness h;
        QVERIFY(h.open());
        // A budget of three list calls per second: the sync runs into 429s and must still finish.
        QCOMPARE(
            h.sandbox
                    .control("PUT", u"/rate-limit"_qs,
                        QJsonObject{ { u"platform"_qs, u"trendyol"_qs }, { u"limit"_qs, 3 }, { u"windowMs"_qs, 1000 } })
                    .status
                / 100,
            2);
        ConnectionConfig config = h.config();
        config.pageSize = 20;
        trendyol::TrendyolClient client(&h.network, config);
        client.rateLimiter().setDefaultLimit(50, std::chrono::seconds(10));
        const OrderSyncReport report = h.sync(client);
        QVERIFY2(report.ok(), report.fetch.failure ? qPrintable(report.fetch.failure->logLine()) : "store");
        compareWithSandbox(h);
    }

    void malformedPageWritesNothingOfIt()
    {
        Harness h;
        QVERIFY(h.open());
        trendyol::TrendyolClient client(&h.network, h.config());
        int pagesSeen = 0;
        bool armed = false;
        connect(&client, &OrderConnector::pageReady, this, [&](const OrderPage &page) {
            pagesSeen = page.index + 1;
            if (!armed) {
                armed = true;
                QString error;
                h.sandbox.sandbox().faults().addRule(
                    QJsonObject{ { u"platform"_qs, u"trendyol"_qs }, { u"path"_qs, u"*/orders"_qs },
                        { u"fault"_qs, u"malformed"_qs } },
                    &error);
            }
        });
        const OrderSyncReport report = h.sync(client);
        QVERIFY(!report.ok());
        QCOMPARE(report.fetch.failure->kind, net::NetError::Malformed);
        QCOMPARE(pagesSeen, 1);
        QCOMPARE(report.nextCursorMs, 0); // the window is fetched again next time
        // Only the first page's orders are in the store.
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), qint64(report.fetch.orders));
        QVERIFY(report.fetch.orders <= 10);

        // The next sync repairs it without duplicates.
        const OrderSyncReport retry = h.sync(client);
        QVERIFY2(retry.ok(), retry.fetch.failure ? qPrintable(retry.fetch.failure->logLine()) : "store");
        compareWithSandbox(h);
    }
};

QTEST_GUILESS_MAIN(TestTrendyolSync)
#include "tst_trendyolsync.moc"
