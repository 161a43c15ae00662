// The outbox registrations added after the first three platforms, end to end against the sandbox: every
// Hepsiburada action, N11's split and cancel, WooCommerce's Shipment Tracking — each sent once through the
// outbox and checked in the sandbox's own state; and for each, a connection dropped after the platform applied
// the request: reconciled (probe) or resent (idempotent PUT) without a second change.
#include "connectors/hepsiburada/hepsiburadaclient.h"
#include "connectors/n11/n11client.h"
#include "connectors/woocommerce/woocommerceclient.h"
#include "net/networkcontext.h"
#include "outbox/outbox.h"
#include "outbox/outboxrunner.h"
#include "outboxharness.h"

using namespace sd;
using namespace sd::outbox;
using namespace sd::connectors;
using namespace sd::connectors::test;
using namespace sd::outbox::test;

class TestOutboxPlatforms : public QObject
{
    Q_OBJECT

    struct World
    {
        SyncHarness h;
        std::unique_ptr<Outbox> box;
        std::unique_ptr<OutboxRunner> runner;

        bool open()
        {
            if (!h.sandbox.started() || !h.dir.isValid())
                return false;
            const QString path = h.dir.filePath(u"store.db"_qs);
            {
                auto db = openMigrated(path);
                if (!db || !seedWorkspace(*db).ok())
                    return false;
                const QString sql = u"INSERT INTO connections(id, workspace_id, platform, display_name, created_at,"
                                    u" updated_at) VALUES ('%1', '%2', 'n11', 'N11', 1, 1), ('%3', '%2', 'woocommerce',"
                                    u" 'Woo', 1, 1), ('%4', '%2', 'hepsiburada', 'HB', 1, 1)"_qs.arg(
                                        kN11Connection, kWorkspace, kWooConnection, kHbConnection);
                if (Status s = db->exec(sql); !s) {
                    qWarning("%s", qPrintable(s.error().message));
                    return false;
                }
            }
            auto w = store::StoreWriter::open(path, {}, nullptr);
            if (!w)
                return false;
            h.writer = std::move(w).value();
            auto r = store::Database::open(path);
            if (!r)
                return false;
            h.reader = std::move(r).value();
            hepsiburada::HepsiburadaClient hb(&h.network, hbConfig(h.sandbox.url(u"/hepsiburada"_qs)));
            n11::N11Client n(&h.network, n11Config(h.sandbox.url(u"/n11"_qs)));
            woocommerce::WooCommerceClient wc(&h.network, wooConfig(h.sandbox.url(u"/woocommerce"_qs)));
            if (!sync(hb, kHbConnection) || !sync(n, kN11Connection) || !sync(wc, kWooConnection)) {
                qWarning("initial sync failed");
                return false;
            }
            box = std::make_unique<Outbox>(h.writer.get(), kWorkspace);
            runner = std::make_unique<OutboxRunner>(box.get(), ActionDispatcher::builtIn(), &h.network);
            runner->setPolicy(fastPolicy());
            runner->setConnection(u"hepsiburada"_qs, hbConfig(h.sandbox.url(u"/hepsiburada"_qs)));
            runner->setConnection(u"n11"_qs, n11Config(h.sandbox.url(u"/n11"_qs)));
            runner->setConnection(u"woocommerce"_qs, wooConfig(h.sandbox.url(u"/woocommerce"_qs)));
            return true;
        }

        bool sync(OrderConnector &connector, const QString &connectionId)
        {
            OrderSync s(&connector, h.writer.get(), kWorkspace, connectionId);
            QSignalSpy done(&s, &OrderSync::finished);
            s.start(0, Reference);
            if (!done.wait(60000))
                return false;
            const auto report = done.first().first().value<OrderSyncReport>();
            if (!report.ok())
                qWarning("%s: %s", qPrintable(connector.platform()),
                    qPrintable(report.fetch.failure ? report.fetch.failure->logLine()
                            : report.storeError     ? report.storeError->message
                                                    : QString()));
            return report.ok();
        }

        // The n-th order (skip) of the connection in that platform status with at least minLines lines.
        LocalOrder order(const QString &connectionId, const QString &platformStatus, int minLines = 1, int skip = 0)
        {
            auto st = h.reader->prepare(
                u"SELECT o.id FROM orders o WHERE o.connection_id = ?1 AND o.platform_status = ?2 AND o.deleted = 0"
                u" AND (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND l.deleted = 0"
                u" AND ifnull(l.platform_status, '') != 'Cancelled') >= ?3 ORDER BY o.seq LIMIT 1 OFFSET ?4");
            if (!st || !st->bindAll(connectionId, platformStatus, minLines, skip).ok() || !st->step().valueOr(false))
                return {};
            auto loaded = LocalOrders::load(*h.reader, st->text(0));
            return loaded ? *loaded : LocalOrder{};
        }

        OutboxItem enqueue(const QString &action, const QString &orderId, const QJsonObject &payload = {})
        {
            std::optional<Result<OutboxItem>> out;
            box->enqueue(EnqueueRequest{ action, orderId, payload, {}, {} }, nullptr,
                [&out](const Result<OutboxItem> &r) { out = r; });
            if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000) || !out->ok())
                return {};
            return out->value();
        }

        OutboxItem runUntilFinal(const QString &id, int timeoutMs = 20000)
        {
            runner->start();
            runner->wake();
            OutboxItem item;
            (void)QTest::qWaitFor(
                [&] {
                    auto r = box->item(id);
                    if (r)
                        item = *r;
                    return r && r->isFinal() && !runner->isBusy();
                },
                timeoutMs);
            return item;
        }

        QString column(const QString &orderId, const QString &name)
        {
            auto st = h.reader->prepare(QString(u"SELECT ifnull("_qs + name + u", '') FROM orders WHERE id = ?1"_qs));
            if (!st || !st->bindAll(orderId).ok() || !st->step().valueOr(false))
                return u"<none>"_qs;
            return st->text(0);
        }

        bool fault(const QString &platform, const QString &method, const QString &path, const QString &fault)
        {
            return h.sandbox
                       .control("POST", u"/faults"_qs,
                           QJsonObject{ { u"platform"_qs, platform }, { u"method"_qs, method }, { u"path"_qs, path },
                               { u"fault"_qs, fault }, { u"count"_qs, 1 } })
                       .status
                / 100
                == 2;
        }

        // Sandbox state.
        QJsonObject hbLine(const QString &id)
        {
            for (const QJsonValue &v : h.sandbox.state(u"hepsiburada"_qs).value(u"lines").toArray()) {
                if (v[u"id"].toString() == id)
                    return v.toObject();
            }
            return {};
        }
        QJsonArray hbPackages() { return h.sandbox.state(u"hepsiburada"_qs).value(u"packages").toArray(); }
        QJsonObject hbPackage(const QString &number)
        {
            for (const QJsonValue &v : hbPackages()) {
                if (v[u"packageNumber"].toString() == number)
                    return v.toObject();
            }
            return {};
        }
        QJsonObject n11Package(const QString &id)
        {
            for (const QJsonValue &v : h.sandbox.state(u"n11"_qs).value(u"packages").toArray()) {
                if (QString::number(v[u"id"].toInteger()) == id)
                    return v.toObject();
            }
            return {};
        }
        int n11Packages() { return int(h.sandbox.state(u"n11"_qs).value(u"packages").toArray().size()); }
        int wooTrackings(const QString &orderId, const QString &number)
        {
            int n = 0;
            for (const QJsonValue &o : h.sandbox.state(u"woocommerce"_qs).value(u"orders").toArray()) {
                if (QString::number(o[u"id"].toInteger()) != orderId)
                    continue;
                for (const QJsonValue &m : o[u"meta_data"].toArray()) {
                    if (m[u"key"].toString() != u"_wc_shipment_tracking_items")
                        continue;
                    for (const QJsonValue &v : m[u"value"].toArray())
                        n += v[u"tracking_number"].toString() == number ? 1 : 0;
                }
            }
            return n;
        }
    };

    static QStringList lineIds(const domain::Order &o)
    {
        QStringList ids;
        for (const domain::OrderLine &l : o.lines) {
            if (l.platformStatus != u"Cancelled")
                ids << l.platformLineId;
        }
        return ids;
    }

    static QString packageOf(const LocalOrder &o) { return o.order.shipment ? o.order.shipment->externalId : QString(); }

private Q_SLOTS:
    void dispatcherListsTheNewActions()
    {
        const ActionDispatcher d = ActionDispatcher::builtIn();
        QCOMPARE(d.actions(u"hepsiburada"_qs),
            (QStringList{ u"cancel-line"_qs, u"carrier"_qs, u"delivered"_qs, u"in-transit"_qs, u"invoice-link"_qs,
                u"pack"_qs, u"split"_qs, u"undelivered"_qs, u"unpack"_qs }));
        QVERIFY(d.actions(u"n11"_qs).contains(u"split"_qs));
        QVERIFY(d.actions(u"n11"_qs).contains(u"cancel"_qs));
        QVERIFY(d.actions(u"woocommerce"_qs).contains(u"tracking"_qs));
        QCOMPARE(d.find(u"hepsiburada"_qs, u"carrier"_qs)->rule, ResendRule::Resend);
        QCOMPARE(d.find(u"hepsiburada"_qs, u"pack"_qs)->rule, ResendRule::ProbeFirst);
    }

    // Every new action once, each outcome read back from the sandbox.
    void hepsiburadaEveryActionOnce()
    {
        World w;
        QVERIFY(w.open());

        // The orders each action works on, chosen before anything changes (a packed order has its package).
        const LocalOrder multi = w.order(kHbConnection, u"Packed"_qs, 2);
        QVERIFY2(!multi.id.isEmpty(), "the sandbox seeds no packed Hepsiburada order with two lines");
        QList<LocalOrder> packed;
        for (int skip = 0; packed.size() < 2; ++skip) {
            const LocalOrder o = w.order(kHbConnection, u"Packed"_qs, 1, skip);
            QVERIFY2(!o.id.isEmpty(), "the sandbox seeds fewer than three packed Hepsiburada orders");
            if (o.id != multi.id)
                packed << o;
        }
        const LocalOrder linked = packed.at(0);
        const LocalOrder unpacked = packed.at(1);
        const LocalOrder shipped = w.order(kHbConnection, u"Shipped"_qs, 1, 0);
        const LocalOrder shipped2 = w.order(kHbConnection, u"Shipped"_qs, 1, 1);
        QVERIFY(!shipped.id.isEmpty() && !shipped2.id.isEmpty());

        // pack: every open line of an open order.
        const LocalOrder open = w.order(kHbConnection, u"Open"_qs);
        QVERIFY(!open.id.isEmpty());
        OutboxItem item = w.runUntilFinal(w.enqueue(u"pack"_qs, open.id, { { u"deci"_qs, 2.5 } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(item.attempts, 1);
        for (const QString &id : lineIds(open.order))
            QVERIFY(!w.hbLine(id).value(u"packageNumber").toString().isEmpty());
        QCOMPARE(w.column(open.id, u"platform_status"_qs), u"Packed"_qs);

        // cancel-line: one line of another open order.
        const LocalOrder other = w.order(kHbConnection, u"Open"_qs, 1, 0);
        QVERIFY(!other.id.isEmpty() && other.id != open.id);
        const QString cancelLine = lineIds(other.order).first();
        item = w.runUntilFinal(w.enqueue(u"cancel-line"_qs, other.id, { { u"lineId"_qs, cancelLine } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(w.hbLine(cancelLine).value(u"status").toString(), u"Cancelled"_qs);

        // Packed orders: invoice link, carrier, unpack, in transit.
        QVERIFY(!packageOf(linked).isEmpty());
        const QString url = u"https://fatura.example.com.tr/HB2026000000042.pdf"_qs;
        item = w.runUntilFinal(w.enqueue(u"invoice-link"_qs, linked.id, { { u"url"_qs, url } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(w.hbPackage(packageOf(linked)).value(u"invoiceLink").toString(), url);
        QCOMPARE(w.column(linked.id, u"invoice_link"_qs), url);

        const QString carrierBefore = w.hbPackage(packageOf(linked)).value(u"cargoCompany").toString();
        const QString carrier = carrierBefore.contains(u"MNG", Qt::CaseInsensitive) ? u"YK"_qs : u"MNG"_qs;
        item = w.runUntilFinal(w.enqueue(u"carrier"_qs, linked.id, { { u"cargo"_qs, carrier } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QVERIFY(w.hbPackage(packageOf(linked)).value(u"cargoCompany").toString() != carrierBefore);

        item = w.runUntilFinal(w.enqueue(u"in-transit"_qs, linked.id, { { u"trackingNumber"_qs, u"TRK-2026-0042"_qs } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(w.hbPackage(packageOf(linked)).value(u"status").toString(), u"InTransit"_qs);
        QCOMPARE(w.column(linked.id, u"tracking_number"_qs), u"TRK-2026-0042"_qs);
        QCOMPARE(w.column(linked.id, u"platform_status"_qs), u"Shipped"_qs);

        item = w.runUntilFinal(w.enqueue(u"unpack"_qs, unpacked.id).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(w.hbPackage(packageOf(unpacked)).value(u"status").toString(), u"Unpacked"_qs);
        QCOMPARE(w.column(unpacked.id, u"platform_status"_qs), u"Open"_qs);

        // split: a packed order with two lines at least → one package per line.
        QJsonArray groups;
        for (const QString &id : lineIds(multi.order))
            groups.append(QJsonArray{ id });
        item = w.runUntilFinal(w.enqueue(u"split"_qs, multi.id, { { u"groups"_qs, groups } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QSet<QString> packages;
        for (const QString &id : lineIds(multi.order)) {
            const QString p = w.hbLine(id).value(u"packageNumber").toString();
            QVERIFY(!p.isEmpty() && p != packageOf(multi));
            packages.insert(p);
        }
        QCOMPARE(packages.size(), lineIds(multi.order).size());

        // Shipped orders: delivered, undelivered.
        item = w.runUntilFinal(w.enqueue(u"delivered"_qs, shipped.id, { { u"receivedBy"_qs, u"Ayşe Yılmaz"_qs } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(w.hbPackage(packageOf(shipped)).value(u"status").toString(), u"Delivered"_qs);
        QCOMPARE(w.column(shipped.id, u"platform_status"_qs), u"Delivered"_qs);
        item = w.runUntilFinal(
            w.enqueue(u"undelivered"_qs, shipped2.id, { { u"reason"_qs, u"Alıcı adreste bulunamadı"_qs } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(w.hbPackage(packageOf(shipped2)).value(u"status").toString(), u"Undelivered"_qs);

        // The platform's rules before any call: a shipped order cannot be packed again.
        item = w.runUntilFinal(w.enqueue(u"unpack"_qs, shipped2.id).id);
        QCOMPARE(item.state, OutboxState::Failed);
        QCOMPARE(item.errorCode, u"local"_qs);
    }

    void n11SplitAndCancel()
    {
        World w;
        QVERIFY(w.open());
        const LocalOrder a = w.order(kN11Connection, u"Picking"_qs, 2, 0);
        QVERIFY2(!a.id.isEmpty(), "no N11 package in Picking with two lines");
        const int before = w.n11Packages();
        QJsonArray groups;
        for (const QString &id : lineIds(a.order))
            groups.append(QJsonArray{ id });
        OutboxItem item = w.runUntilFinal(w.enqueue(u"split"_qs, a.id, { { u"groups"_qs, groups } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(w.n11Package(a.order.externalId).value(u"shipmentPackageStatus").toString(), u"UnPacked"_qs);
        QCOMPARE(w.n11Packages(), before + int(groups.size()));
        QCOMPARE(w.column(a.id, u"platform_status"_qs), u"UnPacked"_qs);

        const LocalOrder b = w.order(kN11Connection, u"Picking"_qs, 2, 0);
        QVERIFY(!b.id.isEmpty() && b.id != a.id);
        const QJsonArray lines{ QJsonObject{ { u"lineId"_qs, b.order.lines.first().platformLineId }, { u"quantity"_qs, 1 } } };
        item = w.runUntilFinal(w.enqueue(u"cancel"_qs, b.id, { { u"lines"_qs, lines }, { u"reason"_qs, 61 } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(w.n11Package(b.order.externalId).value(u"shipmentPackageStatus").toString(), u"UnPacked"_qs);
    }

    void wooShipmentTracking()
    {
        World w;
        QVERIFY(w.open());
        const LocalOrder o = w.order(kWooConnection, u"processing"_qs);
        QVERIFY(!o.id.isEmpty());
        const OutboxItem item = w.runUntilFinal(w.enqueue(u"tracking"_qs, o.id,
            { { u"trackingNumber"_qs, u"YK7788123456"_qs }, { u"provider"_qs, u"Yurtiçi Kargo"_qs },
                { u"customLink"_qs, u"https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=%1$s"_qs } })
                                            .id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(w.wooTrackings(o.order.externalId, u"YK7788123456"_qs), 1);
        QCOMPARE(w.column(o.id, u"tracking_number"_qs), u"YK7788123456"_qs);
    }

    // The platform applied the request, the answer was lost: one change on the platform, the item done.
    void droppedAfterSendingIsNotRepeated_data()
    {
        QTest::addColumn<QString>("which");
        for (const char *name : { "hb pack", "hb cancel-line", "hb split", "hb unpack", "hb invoice-link", "hb carrier",
                 "hb in-transit", "hb delivered", "hb undelivered", "n11 split", "n11 cancel", "woo tracking" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void droppedAfterSendingIsNotRepeated()
    {
        QFETCH(QString, which);
        World w;
        QVERIFY(w.open());
        const QString platform = which.startsWith(u"hb") ? u"hepsiburada"_qs
            : which.startsWith(u"n11")                  ? u"n11"_qs
                                                        : u"woocommerce"_qs;
        const QString action = which.section(u' ', 1);
        LocalOrder o;
        QString method = u"POST"_qs, path;
        QJsonObject payload;
        const int packagesBefore = int(w.hbPackages().size());
        if (action == u"pack") {
            o = w.order(kHbConnection, u"Open"_qs);
            path = u"packages/merchantid/"_qs;
        } else if (action == u"cancel-line") {
            o = w.order(kHbConnection, u"Open"_qs);
            payload = { { u"lineId"_qs, lineIds(o.order).value(0) } };
            path = u"/cancelbymerchant"_qs;
        } else if (platform == u"hepsiburada") {
            const bool shippedStage = action == u"delivered" || action == u"undelivered";
            o = w.order(kHbConnection, shippedStage ? u"Shipped"_qs : u"Packed"_qs, action == u"split" ? 2 : 1);
            const QString verb = action == u"invoice-link" ? u"invoice"_qs
                : action == u"carrier"                     ? u"changecargocompany"_qs
                : action == u"in-transit"                  ? u"intransit"_qs
                : action == u"delivered"                   ? u"deliver"_qs
                : action == u"undelivered"                 ? u"undeliver"_qs
                                                           : action;
            path = packageOf(o) + u'/' + verb;
            if (action == u"invoice-link" || action == u"carrier")
                method = u"PUT"_qs;
            if (action == u"split") {
                QJsonArray groups;
                for (const QString &id : lineIds(o.order))
                    groups.append(QJsonArray{ id });
                payload = { { u"groups"_qs, groups } };
            } else if (action == u"invoice-link") {
                payload = { { u"url"_qs, u"https://fatura.example.com.tr/HB2026000000099.pdf"_qs } };
            } else if (action == u"carrier") {
                const QString now = w.hbPackage(packageOf(o)).value(u"cargoCompany").toString();
                payload = { { u"cargo"_qs, now.contains(u"MNG", Qt::CaseInsensitive) ? u"YK"_qs : u"MNG"_qs } };
            } else if (action == u"in-transit") {
                payload = { { u"trackingNumber"_qs, u"TRK-2026-0099"_qs } };
            } else if (action == u"delivered") {
                payload = { { u"receivedBy"_qs, u"Çağrı Öztürk"_qs } };
            } else if (action == u"undelivered") {
                payload = { { u"reason"_qs, u"Adres bulunamadı"_qs } };
            }
        } else if (platform == u"n11") {
            o = w.order(kN11Connection, u"Picking"_qs, 2);
            if (action == u"split") {
                path = u"splitCombinePackage"_qs;
                QJsonArray groups;
                for (const QString &id : lineIds(o.order))
                    groups.append(QJsonArray{ id });
                payload = { { u"groups"_qs, groups } };
            } else {
                path = u"splitPackageByQuantity"_qs;
                payload = { { u"lines"_qs,
                                QJsonArray{ QJsonObject{ { u"lineId"_qs, o.order.lines.first().platformLineId },
                                    { u"quantity"_qs, 1 } } } },
                    { u"reason"_qs, 62 } };
            }
        } else {
            o = w.order(kWooConnection, u"processing"_qs);
            path = u"shipment-trackings"_qs;
            payload = { { u"trackingNumber"_qs, u"MNG5566778899"_qs }, { u"provider"_qs, u"MNG Kargo"_qs } };
        }
        QVERIFY2(!o.id.isEmpty(), qPrintable(which));
        const int n11Before = w.n11Packages();
        QVERIFY(w.fault(platform, method, path, u"drop-after"_qs));
        const OutboxItem done = w.runUntilFinal(w.enqueue(action, o.id, payload).id);
        QVERIFY2(done.state == OutboxState::Done, qPrintable(which + u": " + done.lastError));
        if (action == u"invoice-link" || action == u"carrier") {
            // Idempotent PUTs: sent again, the value is the same.
            QCOMPARE(done.attempts, 2);
        } else {
            QVERIFY2(done.result.value(u"reconciled").toBool(), qPrintable(which));
            QCOMPARE(done.attempts, 1);
        }
        // Exactly one change on the platform.
        if (action == u"pack") {
            QCOMPARE(int(w.hbPackages().size()), packagesBefore + 1);
        } else if (action == u"split" && platform == u"hepsiburada") {
            QCOMPARE(int(w.hbPackages().size()), packagesBefore + int(lineIds(o.order).size()));
        } else if (action == u"cancel-line") {
            QCOMPARE(w.hbLine(payload.value(u"lineId").toString()).value(u"status").toString(), u"Cancelled"_qs);
        } else if (action == u"invoice-link") {
            QCOMPARE(w.hbPackage(packageOf(o)).value(u"invoiceLink").toString(), payload.value(u"url").toString());
        } else if (action == u"unpack") {
            QCOMPARE(w.hbPackage(packageOf(o)).value(u"status").toString(), u"Unpacked"_qs);
        } else if (action == u"in-transit") {
            QCOMPARE(w.hbPackage(packageOf(o)).value(u"status").toString(), u"InTransit"_qs);
        } else if (action == u"delivered") {
            QCOMPARE(w.hbPackage(packageOf(o)).value(u"status").toString(), u"Delivered"_qs);
        } else if (action == u"undelivered") {
            QCOMPARE(w.hbPackage(packageOf(o)).value(u"status").toString(), u"Undelivered"_qs);
        } else if (platform == u"n11") {
            QCOMPARE(w.n11Packages(), n11Before + (action == u"split" ? int(lineIds(o.order).size()) : 2));
        } else if (platform == u"woocommerce") {
            QCOMPARE(w.wooTrackings(o.order.externalId, u"MNG5566778899"_qs), 1);
        }
    }

    // The connection dropped before the platform processed the request: the probe says "not applied", so the item
    // is sent again — and the platform changes once.
    void droppedBeforeProcessingIsSentAgain()
    {
        World w;
        QVERIFY(w.open());
        const LocalOrder open = w.order(kHbConnection, u"Open"_qs);
        QVERIFY(!open.id.isEmpty());
        const int before = int(w.hbPackages().size());
        QVERIFY(w.fault(u"hepsiburada"_qs, u"POST"_qs, u"packages/merchantid/"_qs, u"drop"_qs));
        OutboxItem item = w.runUntilFinal(w.enqueue(u"pack"_qs, open.id).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(item.attempts, 2);
        QCOMPARE(int(w.hbPackages().size()), before + 1);

        const LocalOrder packed = w.order(kHbConnection, u"Packed"_qs, 1, 1);
        QVERIFY(!packageOf(packed).isEmpty());
        QVERIFY(w.fault(u"hepsiburada"_qs, u"POST"_qs, packageOf(packed) + u"/intransit"_qs, u"drop"_qs));
        item = w.runUntilFinal(w.enqueue(u"in-transit"_qs, packed.id, { { u"trackingNumber"_qs, u"TRK-2026-0100"_qs } }).id);
        QVERIFY2(item.state == OutboxState::Done, qPrintable(item.lastError));
        QCOMPARE(item.attempts, 2);
        QCOMPARE(w.hbPackage(packageOf(packed)).value(u"trackingInfoCode").toString(), u"TRK-2026-0100"_qs);
    }

    // The probe cannot tell (the package carries another tracking number than ours): never sent again, the user
    // checks.
    void probeThatCannotTellNeedsACheck()
    {
        World w;
        QVERIFY(w.open());
        const LocalOrder packed = w.order(kHbConnection, u"Packed"_qs, 1, 0);
        QVERIFY(!packageOf(packed).isEmpty());
        // Someone shipped the package on the platform after our last sync, with another number.
        const auto other = w.h.sandbox.call("POST",
            u"/hepsiburada/packages/merchantid/7c1e5a52-3f0b-4d8e-9a61-2b4f6d8e0c13/packagenumber/"_qs + packageOf(packed)
                + u"/intransit"_qs,
            { { "Authorization", sandbox::test::basic(u"7c1e5a52-3f0b-4d8e-9a61-2b4f6d8e0c13"_qs, u"hbDemoKey12A"_qs) },
                { "User-Agent", "sellerdesk_dev" } },
            sandbox::test::json({ { u"trackingNumber"_qs, u"BASKA-0001"_qs }, { u"trackingUrl"_qs, QString() } }));
        QCOMPARE(other.status, 200);
        // Our POST's connection is lost: the probe finds a number that is not ours.
        QVERIFY(w.fault(u"hepsiburada"_qs, u"POST"_qs, packageOf(packed) + u"/intransit"_qs, u"drop"_qs));
        const OutboxItem item
            = w.runUntilFinal(w.enqueue(u"in-transit"_qs, packed.id, { { u"trackingNumber"_qs, u"TRK-2026-0101"_qs } }).id);
        QCOMPARE(item.state, OutboxState::NeedsCheck);
        QCOMPARE(item.attempts, 1);
        QCOMPARE(w.hbPackage(packageOf(packed)).value(u"trackingInfoCode").toString(), u"BASKA-0001"_qs);
        QCOMPARE(w.column(packed.id, u"platform_status"_qs), u"Packed"_qs);
    }
};

QTEST_GUILESS_MAIN(TestOutboxPlatforms)
#include "tst_outbox_platforms.moc"
