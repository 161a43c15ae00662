// Full N11 syncs against the in-process sandbox: store vs sandbox state field by field, wrong keys, transient
// faults mid-sync, a malformed page, and a re-sync that changes nothing.
#include "connectors/n11/n11client.h"
#include "connectors/n11/n11mapper.h"
#include "domain/money.h"
#include "syncharness.h"

#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::connectors::test;

namespace {

struct Harness : SyncHarness
{
    ConnectionConfig config(const QString &secret = u"n11DemoSecret83Qz"_qs) const
    {
        ConnectionConfig c;
        c.connectionId = kConnection;
        c.baseUrl = QUrl(sandbox.url(u"/n11"_qs));
        c.credentials.insert(u"appKey"_qs, u"n11-demo-appkey-4b7e"_qs);
        c.credentials.insert(u"appSecret"_qs, secret);
        c.retryBaseDelay = std::chrono::milliseconds(20);
        c.rateLimitFloor = std::chrono::milliseconds(200);
        c.pageSize = 5;
        return c;
    }
};

} // namespace

class TestN11Sync : public QObject
{
    Q_OBJECT
private:
    void compareWithSandbox(Harness &h)
    {
        const QJsonArray packages = h.sandbox.state(u"n11"_qs).value(u"packages").toArray();
        QVERIFY(packages.size() > 50);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), packages.size());
        QCOMPARE(h.count(u"SELECT count(DISTINCT external_id) FROM orders"_qs), packages.size());
        qint64 lines = 0;
        for (const QJsonValue &v : packages) {
            const QJsonObject p = v.toObject();
            const QString id = QString::number(p.value(u"id").toInteger());
            auto s = h.reader->prepare(
                u"SELECT order_number, platform_status, unified_status, gross_minor, discount_minor, total_minor,"
                " platform_updated_at, cargo_company, shipping_city, customer_name,"
                " (SELECT count(*) FROM order_lines l WHERE l.order_id = orders.id)"
                " FROM orders WHERE connection_id = ?1 AND external_id = ?2"_qs);
            QVERIFY(s.ok());
            QVERIFY(s->bindAll(kConnection, id).ok());
            QVERIFY2(s->step().valueOr(false), qPrintable(id));
            const QString status = p.value(u"shipmentPackageStatus").toString();
            QCOMPARE(s->text(0), p.value(u"orderNumber").toString());
            QCOMPARE(s->text(1), status);
            QCOMPARE(s->text(2), domain::unifiedStatusName(n11::N11Mapper::unifiedStatus(status)));
            QCOMPARE(s->int64(3), *domain::minorUnitsFromJson(p.value(u"totalAmount")));
            QCOMPARE(s->int64(4), *domain::minorUnitsFromJson(p.value(u"totalDiscountAmount")));
            qint64 invoiceTotal = 0;
            for (const QJsonValue &lv : p.value(u"lines").toArray())
                invoiceTotal += *domain::minorUnitsFromJson(lv.toObject().value(u"sellerInvoiceAmount"));
            if (!p.value(u"lines").toArray().isEmpty())
                QCOMPARE(s->int64(5), invoiceTotal);
            QCOMPARE(s->int64(6), p.value(u"lastModifiedDate").toInteger());
            QCOMPARE(nullableText(*s, 7), p.value(u"cargoProviderName").toString());
            QCOMPARE(nullableText(*s, 8), p.value(u"shippingAddress").toObject().value(u"city").toString());
            QCOMPARE(nullableText(*s, 9), p.value(u"customerfullName").toString());
            const QJsonArray pl = p.value(u"lines").toArray();
            QCOMPARE(s->int64(10), pl.size());
            lines += pl.size();
            for (const QJsonValue &lv : pl) {
                const QJsonObject l = lv.toObject();
                auto ls = h.reader->prepare(u"SELECT quantity, unit_price_minor, sku, barcode, title"
                                            " FROM order_lines WHERE connection_id = ?1 AND external_id = ?2"_qs);
                QVERIFY(ls.ok());
                QVERIFY(
                    ls->bindAll(kConnection, id + u':' + QString::number(l.value(u"orderLineId").toInteger())).ok());
                QVERIFY(ls->step().valueOr(false));
                QCOMPARE(ls->int64(0), l.value(u"quantity").toInteger());
                QCOMPARE(ls->int64(1), *domain::minorUnitsFromJson(l.value(u"price")));
                QCOMPARE(ls->text(2), l.value(u"stockCode").toString());
                QCOMPARE(ls->text(3), l.value(u"barcode").toString());
                QCOMPARE(ls->text(4), l.value(u"productName").toString());
            }
        }
        QCOMPARE(h.count(u"SELECT count(*) FROM order_lines"_qs), lines);
    }

private Q_SLOTS:
    void fullSyncThenResyncChangesNothing()
    {
        Harness h;
        QVERIFY(h.open());
        n11::N11Client client(&h.network, h.config());
        const OrderSyncReport first = h.sync(client);
        QVERIFY2(first.ok(), first.fetch.failure ? qPrintable(first.fetch.failure->logLine()) : "store");
        QCOMPARE(first.fetch.mappingErrors, 0);
        compareWithSandbox(h);
        const OrderSyncReport again = h.sync(client);
        QVERIFY(again.ok());
        QCOMPARE(again.stats.inserted, 0);
        QCOMPARE(again.stats.updated, 0);
    }

    void wrongKeys()
    {
        Harness h;
        QVERIFY(h.open());
        n11::N11Client client(&h.network, h.config(u"nope"_qs));
        const OrderSyncReport report = h.sync(client);
        QVERIFY(report.fetch.failure);
        QCOMPARE(report.fetch.failure->kind, net::NetError::Unauthorized);
        QCOMPARE(report.fetch.failure->httpStatus, 403); // /rest answers bad keys with 403 text/plain
        QVERIFY(!report.fetch.failure->userMessage().isEmpty());
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), 0);
    }

    void transientFaultMidSync_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500") << u"status=500"_qs;
        QTest::newRow("drop") << u"drop"_qs;
        QTest::newRow("429") << u"rate-limit retry-after=1"_qs;
    }
    void transientFaultMidSync()
    {
        QFETCH(QString, fault);
        Harness h;
        QVERIFY(h.open());
        n11::N11Client client(&h.network, h.config());
        bool armed = false;
        connect(&client, &OrderConnector::pageReady, this, [&](const OrderPage &page) {
            if (page.index == 1 && !armed) {
                armed = true;
                QString error;
                h.sandbox.sandbox().faults().addRule(
                    QJsonObject{ { u"platform"_qs, u"n11"_qs }, { u"path"_qs, u"*/shipmentPackages"_qs },
                        { u"fault"_qs, fault } },
                    &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        });
        const OrderSyncReport report = h.sync(client);
        QVERIFY(armed);
        QVERIFY2(report.ok(), report.fetch.failure ? qPrintable(report.fetch.failure->logLine()) : "store");
        compareWithSandbox(h);
    }

    void malformedPage()
    {
        Harness h;
        QVERIFY(h.open());
        n11::N11Client client(&h.network, h.config());
        QString error;
        h.sandbox.sandbox().faults().addRule(
            QJsonObject{ { u"platform"_qs, u"n11"_qs }, { u"path"_qs, u"*/shipmentPackages"_qs },
                { u"fault"_qs, u"malformed"_qs } },
            &error);
        const OrderSyncReport report = h.sync(client);
        QVERIFY(report.fetch.failure);
        QCOMPARE(report.fetch.failure->kind, net::NetError::Malformed);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), 0);
    }
};

QTEST_GUILESS_MAIN(TestN11Sync)
#include "tst_n11sync.moc"
