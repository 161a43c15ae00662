// Full WooCommerce syncs against the in-process sandbox: store vs sandbox state field by field, wrong keys,
// transient faults mid-sync, a malformed page, and a re-sync that changes nothing.
#include "connectors/woocommerce/woocommerceclient.h"
#include "connectors/woocommerce/woocommercemapper.h"
#include "domain/money.h"
#include "syncharness.h"

#include <QTest>

using namespace sd;
using namespace sd::connectors;
using namespace sd::connectors::test;

namespace {

struct Harness : SyncHarness
{
    ConnectionConfig config(const QString &secret = u"cs_8e2a4c6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a20"_qs) const
    {
        ConnectionConfig c;
        c.connectionId = kConnection;
        c.baseUrl = QUrl(sandbox.url(u"/woocommerce"_qs));
        c.credentials.insert(u"consumerKey"_qs, u"ck_5d1f0c3a9b7e4d2f8a6c1b0e9d7f3a2c4b6e8d10"_qs);
        c.credentials.insert(u"consumerSecret"_qs, secret);
        c.retryBaseDelay = std::chrono::milliseconds(20);
        c.rateLimitFloor = std::chrono::milliseconds(200);
        c.pageSize = 10;
        return c;
    }
};

} // namespace

class TestWooCommerceSync : public QObject
{
    Q_OBJECT
private:
    void compareWithSandbox(Harness &h)
    {
        const QJsonArray orders = h.sandbox.state(u"woocommerce"_qs).value(u"orders").toArray();
        QVERIFY(orders.size() > 50);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), orders.size());
        QCOMPARE(h.count(u"SELECT count(DISTINCT external_id) FROM orders"_qs), orders.size());
        for (const QJsonValue &v : orders) {
            const QJsonObject o = v.toObject();
            const QString id = QString::number(o.value(u"id").toInteger());
            auto s = h.reader->prepare(u"SELECT order_number, platform_status, unified_status, total_minor, currency,"
                                       " ordered_at, platform_updated_at, customer_name, tracking_number,"
                                       " (SELECT count(*) FROM order_lines l WHERE l.order_id = orders.id)"
                                       " FROM orders WHERE connection_id = ?1 AND external_id = ?2"_qs);
            QVERIFY(s.ok());
            QVERIFY(s->bindAll(kConnection, id).ok());
            QVERIFY2(s->step().valueOr(false), qPrintable(id));
            const QString status = o.value(u"status").toString();
            QCOMPARE(s->text(0), o.value(u"number").toString());
            QCOMPARE(s->text(1), status);
            QCOMPARE(s->text(2), domain::unifiedStatusName(woocommerce::WooCommerceMapper::unifiedStatus(status)));
            QCOMPARE(s->int64(3), *domain::minorUnitsFromJson(o.value(u"total")));
            QCOMPARE(s->text(4), o.value(u"currency").toString());
            QCOMPARE(s->int64(5), *woocommerce::WooCommerceMapper::parseGmt(o.value(u"date_created_gmt").toString()));
            QCOMPARE(s->int64(6), *woocommerce::WooCommerceMapper::parseGmt(o.value(u"date_modified_gmt").toString()));
            const QJsonObject billing = o.value(u"billing").toObject();
            QCOMPARE(nullableText(*s, 7),
                QString(billing.value(u"first_name").toString() + u' ' + billing.value(u"last_name").toString())
                    .trimmed());
            QString tracking;
            for (const QJsonValue &m : o.value(u"meta_data").toArray()) {
                if (m.toObject().value(u"key").toString() == u"_wc_shipment_tracking_items")
                    tracking = m.toObject()
                                   .value(u"value")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"tracking_number")
                                   .toString();
            }
            QCOMPARE(nullableText(*s, 8), tracking);
            const QJsonArray items = o.value(u"line_items").toArray();
            QCOMPARE(s->int64(9), items.size());
            for (const QJsonValue &lv : items) {
                const QJsonObject l = lv.toObject();
                auto ls = h.reader->prepare(u"SELECT quantity, line_total_minor, sku, title FROM order_lines"
                                            " WHERE connection_id = ?1 AND external_id = ?2"_qs);
                QVERIFY(ls.ok());
                QVERIFY(ls->bindAll(kConnection, id + u':' + QString::number(l.value(u"id").toInteger())).ok());
                QVERIFY(ls->step().valueOr(false));
                QCOMPARE(ls->int64(0), l.value(u"quantity").toInteger());
                QCOMPARE(ls->int64(1),
                    *domain::minorUnitsFromJson(l.value(u"total"))
                        + *domain::minorUnitsFromJson(l.value(u"total_tax")));
                QCOMPARE(ls->text(2), l.value(u"sku").toString());
                QCOMPARE(ls->text(3), l.value(u"name").toString());
            }
        }
    }

private Q_SLOTS:
    void fullSyncThenResyncChangesNothing()
    {
        Harness h;
        QVERIFY(h.open());
        woocommerce::WooCommerceClient client(&h.network, h.config());
        const OrderSyncReport first = h.sync(client);
        QVERIFY2(first.ok(), first.fetch.failure ? qPrintable(first.fetch.failure->logLine()) : "store");
        QVERIFY(first.fetch.pages > 5);
        QCOMPARE(first.fetch.mappingErrors, 0);
        compareWithSandbox(h);
        const OrderSyncReport again = h.sync(client);
        QVERIFY(again.ok());
        QCOMPARE(again.stats.inserted, 0);
        QCOMPARE(again.stats.updated, 0);
    }

    // Migration 0012: a status the platform changed between two syncs is one history row (source "sync"); a sync
    // that brings nothing new writes none. Line images (WooCommerce's image.src) are stored on the lines.
    void statusChangeBetweenSyncsIsRecorded()
    {
        Harness h;
        QVERIFY(h.open());
        woocommerce::WooCommerceClient client(&h.network, h.config());
        QVERIFY(h.sync(client).ok());
        QCOMPARE(h.count(u"SELECT count(*) FROM order_status_history"_qs), 0); // a first import is no change
        QString id;
        for (const QJsonValue &v : h.sandbox.state(u"woocommerce"_qs).value(u"orders").toArray()) {
            if (v.toObject().value(u"status").toString() == u"processing") {
                id = QString::number(v.toObject().value(u"id").toInteger());
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const auto put = h.sandbox.call("PUT", u"/woocommerce/wp-json/wc/v3/orders/"_qs + id,
            { { "Authorization",
                sandbox::test::basic(u"ck_5d1f0c3a9b7e4d2f8a6c1b0e9d7f3a2c4b6e8d10"_qs,
                    u"cs_8e2a4c6b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a20"_qs) } },
            sandbox::test::json(QJsonObject{ { u"status"_qs, u"completed"_qs } }));
        QCOMPARE(put.status, 200);
        QVERIFY(h.sync(client).ok());
        QCOMPARE(h.count(u"SELECT count(*) FROM order_status_history"_qs), 1);
        auto row = h.reader->prepare(u"SELECT h.from_status, h.to_status, h.platform_status, h.source FROM"
                                     " order_status_history h JOIN orders o ON o.id = h.order_id"
                                     " WHERE o.external_id = ?1"_qs);
        QVERIFY(row.ok());
        QVERIFY(row->bindAll(id).ok());
        QVERIFY(row->step().valueOr(false));
        QCOMPARE(row->text(0), u"new"_qs);
        QCOMPARE(row->text(1), domain::unifiedStatusName(woocommerce::WooCommerceMapper::unifiedStatus(u"completed"_qs)));
        QCOMPARE(row->text(2), u"completed"_qs);
        QCOMPARE(row->text(3), u"sync"_qs);
        // Nothing changed since: no new row.
        QVERIFY(h.sync(client).ok());
        QCOMPARE(h.count(u"SELECT count(*) FROM order_status_history"_qs), 1);

        // The sandbox gives most products an image on its own host, some none (src "").
        const qint64 withImage = h.count(u"SELECT count(*) FROM order_lines WHERE image_url LIKE 'http://127.0.0.1:%/woocommerce/wp-content/uploads/%.png'"_qs);
        const qint64 without = h.count(u"SELECT count(*) FROM order_lines WHERE image_url IS NULL"_qs);
        QVERIFY(withImage > 0);
        QVERIFY(without > 0);
        QCOMPARE(withImage + without, h.count(u"SELECT count(*) FROM order_lines"_qs));
    }

    void wrongKeys()
    {
        Harness h;
        QVERIFY(h.open());
        woocommerce::WooCommerceClient client(&h.network, h.config(u"cs_wrong"_qs));
        const OrderSyncReport report = h.sync(client);
        QVERIFY(report.fetch.failure);
        QCOMPARE(report.fetch.failure->kind, net::NetError::Unauthorized);
        QCOMPARE(report.fetch.failure->platformCode, u"woocommerce_rest_authentication_error"_qs);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), 0);
    }

    void transientFaultMidSync_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500") << u"status=500"_qs;
        QTest::newRow("drop") << u"drop"_qs;
        QTest::newRow("truncate") << u"truncate"_qs;
        QTest::newRow("429") << u"rate-limit retry-after=1"_qs;
    }
    void transientFaultMidSync()
    {
        QFETCH(QString, fault);
        Harness h;
        QVERIFY(h.open());
        woocommerce::WooCommerceClient client(&h.network, h.config());
        bool armed = false;
        connect(&client, &OrderConnector::pageReady, this, [&](const OrderPage &page) {
            if (page.index == 1 && !armed) {
                armed = true;
                QString error;
                h.sandbox.sandbox().faults().addRule(QJsonObject{ { u"platform"_qs, u"woocommerce"_qs },
                                                         { u"path"_qs, u"*/orders"_qs }, { u"fault"_qs, fault } },
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
        woocommerce::WooCommerceClient client(&h.network, h.config());
        QString error;
        h.sandbox.sandbox().faults().addRule(QJsonObject{ { u"platform"_qs, u"woocommerce"_qs },
                                                 { u"path"_qs, u"*/orders"_qs }, { u"fault"_qs, u"malformed"_qs } },
            &error);
        const OrderSyncReport report = h.sync(client);
        QVERIFY(report.fetch.failure);
        QCOMPARE(report.fetch.failure->kind, net::NetError::Malformed);
        QCOMPARE(h.count(u"SELECT count(*) FROM orders"_qs), 0);
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceSync)
#include "tst_woocommercesync.moc"
