// The outbox end to end: a real store, the real connectors and the sandbox over loopback. Every action of
// Trendyol, N11 and WooCommerce goes through the outbox and changes the sandbox exactly once, also when the
// platform fails, rate-limits, refuses, drops the connection after applying the request, or when the process
// running the outbox is SIGKILLed mid-call.
#include "connectors/n11/n11client.h"
#include "connectors/trendyol/trendyolclient.h"
#include "connectors/woocommerce/woocommerceclient.h"
#include "net/networkcontext.h"
#include "outbox/outbox.h"
#include "outbox/outboxrunner.h"
#include "store/changenotifier.h"
#include "store/transaction.h"
#include "outboxharness.h"

#include <QProcess>
#include <QTcpServer>

using namespace sd;
using namespace sd::outbox;
using namespace sd::connectors;
using namespace sd::connectors::test;
using namespace sd::outbox::test;

namespace {

// The child mode of this binary: runs an outbox runner on a store until it is killed.
int runChild()
{
    const QString path = qEnvironmentVariable("SD_OUTBOX_STORE");
    auto writer = store::StoreWriter::open(path, {}, nullptr);
    if (!writer)
        return 3;
    net::NetworkContext network;
    Outbox box(writer->get(), kWorkspace);
    OutboxRunner runner(&box, ActionDispatcher::builtIn(), &network);
    runner.setPolicy(fastPolicy());
    runner.setConnection(u"trendyol"_qs, trendyolConfig(qEnvironmentVariable("SD_OUTBOX_TRENDYOL")));
    runner.start();
    return QCoreApplication::exec();
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    struct World
    {
        SyncHarness h;
        store::ChangeNotifier notifier;
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
                                    u" 'Woo', 1, 1)"_qs.arg(kN11Connection, kWorkspace, kWooConnection);
                if (!db->exec(sql).ok())
                    return false;
            }
            auto w = store::StoreWriter::open(path, {}, &notifier);
            if (!w)
                return false;
            h.writer = std::move(w).value();
            auto r = store::Database::open(path);
            if (!r)
                return false;
            h.reader = std::move(r).value();
            trendyol::TrendyolClient ty(&h.network, trendyolConfig(h.sandbox.url(u"/trendyol"_qs)));
            n11::N11Client n(&h.network, n11Config(h.sandbox.url(u"/n11"_qs)));
            woocommerce::WooCommerceClient wc(&h.network, wooConfig(h.sandbox.url(u"/woocommerce"_qs)));
            if (!sync(ty, kConnection) || !sync(n, kN11Connection) || !sync(wc, kWooConnection))
                return false;
            box = std::make_unique<Outbox>(h.writer.get(), kWorkspace);
            runner = newRunner();
            return true;
        }

        bool sync(OrderConnector &connector, const QString &connectionId)
        {
            OrderSync s(&connector, h.writer.get(), kWorkspace, connectionId);
            QSignalSpy done(&s, &OrderSync::finished);
            s.start(0, Reference);
            return done.wait(60000) && done.first().first().value<OrderSyncReport>().ok();
        }

        std::unique_ptr<OutboxRunner> newRunner()
        {
            auto r = std::make_unique<OutboxRunner>(box.get(), ActionDispatcher::builtIn(), &h.network);
            r->setPolicy(fastPolicy());
            r->setConnection(u"trendyol"_qs, trendyolConfig(h.sandbox.url(u"/trendyol"_qs)));
            r->setConnection(u"n11"_qs, n11Config(h.sandbox.url(u"/n11"_qs)));
            r->setConnection(u"woocommerce"_qs, wooConfig(h.sandbox.url(u"/woocommerce"_qs)));
            return r;
        }

        // An order of the connection in that platform status (our id and the platform's id).
        std::pair<QString, QString> order(const QString &connectionId, const QString &platformStatus, int skip = 0)
        {
            auto st = h.reader->prepare(u"SELECT id, external_id FROM orders WHERE connection_id = ?1 AND"
                                        u" platform_status = ?2 ORDER BY seq LIMIT 1 OFFSET ?3");
            if (!st || !st->bindAll(connectionId, platformStatus, skip).ok() || !st->step().valueOr(false))
                return {};
            return { st->text(0), st->text(1) };
        }

        OutboxItem enqueue(const QString &action, const QString &orderId, const QJsonObject &payload = {},
            const QString &key = {})
        {
            std::optional<Result<OutboxItem>> out;
            box->enqueue(EnqueueRequest{ action, orderId, payload, key, {} }, nullptr,
                [&out](const Result<OutboxItem> &r) { out = r; });
            if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000) || !out->ok())
                return {};
            return out->value();
        }

        // Runs the runner until the item is final; the final item.
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

        QJsonObject package(const QString &platform, const QString &externalId)
        {
            const QString listKey = platform == u"woocommerce" ? u"orders"_qs : u"packages"_qs;
            for (const QJsonValue &v : h.sandbox.state(platform).value(listKey).toArray()) {
                if (QString::number(v.toObject().value(u"id").toInteger()) == externalId)
                    return v.toObject();
            }
            return {};
        }

        int historyCount(const QString &platform, const QString &externalId, const QString &status)
        {
            int n = 0;
            for (const QJsonValue &v : package(platform, externalId).value(u"packageHistories").toArray())
                n += v.toObject().value(u"status").toString() == status ? 1 : 0;
            return n;
        }

        int wooNotes(const QString &externalId, const QString &containing)
        {
            int n = 0;
            for (const QJsonValue &v : h.sandbox.state(u"woocommerce"_qs).value(u"notes").toObject().value(externalId).toArray())
                n += v.toObject().value(u"note").toString().contains(containing) ? 1 : 0;
            return n;
        }

        QString column(const QString &orderId, const QString &name)
        {
            auto st = h.reader->prepare(QString(u"SELECT ifnull("_qs + name + u", '') FROM orders WHERE id = ?1"_qs));
            if (!st || !st->bindAll(orderId).ok() || !st->step().valueOr(false))
                return u"<none>"_qs;
            return st->text(0);
        }

        bool fault(const QJsonObject &rule)
        {
            return h.sandbox.control("POST", u"/faults"_qs, rule).status / 100 == 2;
        }
    };

private Q_SLOTS:
    void enqueueRecordsOnceAndNotifies()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(kConnection, u"Created"_qs);
        QVERIFY(!orderId.isEmpty());
        QSignalSpy changes(&w.notifier, &store::ChangeNotifier::changed);
        const OutboxItem first = w.enqueue(u"pick"_qs, orderId, {}, u"key-1"_qs);
        QVERIFY(!first.id.isEmpty());
        QCOMPARE(first.state, OutboxState::Pending);
        QCOMPARE(first.connectionId, kConnection);
        QVERIFY(changes.wait(5000) || !changes.isEmpty());
        bool sawOutbox = false;
        for (const auto &args : changes) {
            for (const store::Change &c : args.first().value<store::ChangeBatch>())
                sawOutbox = sawOutbox || (c.table == u"outbox" && c.ids.contains(first.id));
        }
        QVERIFY(sawOutbox);
        // The same key again: the first item, nothing new.
        const OutboxItem again = w.enqueue(u"pick"_qs, orderId, {}, u"key-1"_qs);
        QCOMPARE(again.id, first.id);
        QCOMPARE(w.h.count(u"SELECT count(*) FROM outbox"_qs), 1);
        // Unknown order: refused, nothing recorded.
        std::optional<Result<OutboxItem>> missing;
        w.box->enqueue(EnqueueRequest{ u"pick"_qs, u"no-such-order"_qs, {}, {}, {} }, nullptr,
            [&missing](const Result<OutboxItem> &r) { missing = r; });
        QTRY_VERIFY(missing.has_value());
        QVERIFY(!missing->ok());
        QVERIFY(missing->error().is(OutboxError::NotFound));
        // A pending item cannot be "retried"; a done one cannot go back.
        std::optional<Result<OutboxItem>> retried;
        w.box->retry(first.id, nullptr, [&retried](const Result<OutboxItem> &r) { retried = r; });
        QTRY_VERIFY(retried.has_value());
        QVERIFY(!retried->ok());
        QVERIFY(retried->error().is(OutboxError::InvalidState));
        // Listing by state and by order.
        OutboxQuery q;
        q.states = { OutboxState::Pending };
        q.orderId = orderId;
        QCOMPARE(w.box->list(q)->size(), 1);
        q.states = { OutboxState::Done };
        QCOMPARE(w.box->list(q)->size(), 0);
    }

    void everyActionOnce()
    {
        World w;
        QVERIFY(w.open());
        struct Case
        {
            QString connection, platform, action, status;
            QJsonObject payload;
            int skip = 0;
        };
        const QList<Case> cases{
            { kConnection, u"trendyol"_qs, u"pick"_qs, u"Created"_qs, {} },
            { kConnection, u"trendyol"_qs, u"invoice"_qs, u"Picking"_qs,
                { { u"invoiceNumber"_qs, u"GIB2026000000123"_qs } } },
            { kConnection, u"trendyol"_qs, u"track"_qs, u"Picking"_qs, { { u"trackingNumber"_qs, u"YK-7788123"_qs } }, 1 },
            { kConnection, u"trendyol"_qs, u"invoice-link"_qs, u"Invoiced"_qs,
                { { u"url"_qs, u"https://fatura.example.com.tr/GIB2026000000777.pdf"_qs },
                    { u"invoiceNumber"_qs, u"GIB2026000000777"_qs }, { u"invoiceDateMs"_qs, Reference } } },
            { kN11Connection, u"n11"_qs, u"pick"_qs, u"Created"_qs, {} },
            { kWooConnection, u"woocommerce"_qs, u"status"_qs, u"processing"_qs, { { u"status"_qs, u"completed"_qs } } },
            { kWooConnection, u"woocommerce"_qs, u"note"_qs, u"processing"_qs,
                { { u"note"_qs, u"Kargonuz yola çıktı: YK-7788123 🙂"_qs }, { u"toCustomer"_qs, true } }, 1 },
        };
        for (const Case &c : cases) {
            const auto [orderId, externalId] = w.order(c.connection, c.status, c.skip);
            QVERIFY2(!orderId.isEmpty(), qPrintable(c.platform + u' ' + c.action));
            const OutboxItem queued = w.enqueue(c.action, orderId, c.payload);
            QVERIFY(!queued.id.isEmpty());
            const OutboxItem done = w.runUntilFinal(queued.id);
            QVERIFY2(done.state == OutboxState::Done, qPrintable(c.platform + u' ' + c.action + u": " + done.lastError));
            QCOMPARE(done.attempts, 1);
            const QJsonObject p = w.package(c.platform, externalId);
            if (c.platform == u"trendyol" && c.action == u"pick") {
                QCOMPARE(w.historyCount(c.platform, externalId, u"Picking"_qs), 1);
                QCOMPARE(w.column(orderId, u"unified_status"_qs), u"picking"_qs);
            } else if (c.action == u"invoice") {
                QCOMPARE(w.historyCount(c.platform, externalId, u"Invoiced"_qs), 1);
                QCOMPARE(w.column(orderId, u"unified_status"_qs), u"invoiced"_qs);
            } else if (c.action == u"track") {
                QCOMPARE(p.value(u"cargoSenderNumber").toString(), u"YK-7788123"_qs);
                QCOMPARE(w.column(orderId, u"tracking_number"_qs), u"YK-7788123"_qs);
            } else if (c.action == u"invoice-link") {
                QCOMPARE(p.value(u"invoiceLink").toString(), c.payload.value(u"url").toString());
                QCOMPARE(w.column(orderId, u"invoice_link"_qs), c.payload.value(u"url").toString());
            } else if (c.platform == u"n11") {
                QCOMPARE(p.value(u"shipmentPackageStatus").toString(), u"Picking"_qs);
                QCOMPARE(w.historyCount(c.platform, externalId, u"Picking"_qs), 1);
                QCOMPARE(w.column(orderId, u"unified_status"_qs), u"picking"_qs);
            } else if (c.action == u"status") {
                QCOMPARE(p.value(u"status").toString(), u"completed"_qs);
                QCOMPARE(w.wooNotes(externalId, u"olarak değiştirildi"_qs), 1);
                QCOMPARE(w.column(orderId, u"unified_status"_qs), u"shipped"_qs);
            } else if (c.action == u"note") {
                QCOMPARE(w.wooNotes(externalId, u"YK-7788123"_qs), 1);
            }
        }
        // Cancel: one line of a Created package, as unsupplied (reason 500).
        const auto [orderId, externalId] = w.order(kConnection, u"Created"_qs, 2);
        auto loaded = LocalOrders::load(*w.h.reader, orderId);
        QVERIFY(loaded.ok() && !loaded->order.lines.isEmpty());
        const domain::OrderLine line = loaded->order.lines.first();
        const OutboxItem cancel = w.enqueue(u"cancel"_qs, orderId,
            { { u"lines"_qs, QJsonArray{ QJsonObject{ { u"lineId"_qs, line.platformLineId }, { u"quantity"_qs, 1 } } } },
                { u"reason"_qs, 500 } });
        const OutboxItem cancelled = w.runUntilFinal(cancel.id);
        QVERIFY2(cancelled.state == OutboxState::Done, qPrintable(cancelled.lastError));
        const QString now = w.package(u"trendyol"_qs, externalId).value(u"status").toString();
        QVERIFY2(now == u"UnPacked" || now == u"Cancelled", qPrintable(now));
        QCOMPARE(w.column(orderId, u"unified_status"_qs), u"cancelled"_qs);
    }

    void refusedBeforeTheCall()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(kConnection, u"Shipped"_qs);
        QVERIFY(!orderId.isEmpty());
        const OutboxItem item = w.enqueue(u"pick"_qs, orderId);
        const OutboxItem failed = w.runUntilFinal(item.id);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.errorCode, u"local"_qs);
        QCOMPARE(failed.attempts, 0);
        QVERIFY(!failed.lastError.isEmpty());
        // An action the platform does not have.
        const OutboxItem unknown = w.enqueue(u"teleport"_qs, orderId);
        QCOMPARE(w.runUntilFinal(unknown.id).state, OutboxState::Failed);
    }

    void serverErrorThenSuccess()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(kConnection, u"Created"_qs);
        QVERIFY(w.fault(QJsonObject{ { u"platform"_qs, u"trendyol"_qs }, { u"method"_qs, u"PUT"_qs },
            { u"path"_qs, QString(u"shipment-packages/"_qs + externalId) }, { u"fault"_qs, u"status=500"_qs }, { u"count"_qs, 1 } }));
        QList<OutboxItem> seen;
        connect(w.runner.get(), &OutboxRunner::itemChanged, this, [&seen](const OutboxItem &i) { seen << i; });
        const OutboxItem item = w.enqueue(u"pick"_qs, orderId);
        const OutboxItem done = w.runUntilFinal(item.id);
        QVERIFY2(done.state == OutboxState::Done, qPrintable(done.lastError));
        QCOMPARE(done.attempts, 2);
        QCOMPARE(w.historyCount(u"trendyol"_qs, externalId, u"Picking"_qs), 1);
        // The progress signals saw it running, waiting after the 500, running again and done.
        QStringList states;
        for (const OutboxItem &i : seen)
            if (i.id == item.id)
                states << outboxStateName(i.state);
        QVERIFY2(states.join(u',').contains(u"running,pending,running,done"), qPrintable(states.join(u',')));
    }

    void rateLimitedHonoursRetryAfter()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(kWooConnection, u"processing"_qs);
        QVERIFY(w.fault(QJsonObject{ { u"platform"_qs, u"woocommerce"_qs }, { u"method"_qs, u"PUT"_qs },
            { u"path"_qs, QString(u"orders/"_qs + externalId) }, { u"fault"_qs, u"rate-limit retry-after=1"_qs }, { u"count"_qs, 1 } }));
        std::optional<OutboxItem> waiting;
        connect(w.runner.get(), &OutboxRunner::itemChanged, this, [&waiting](const OutboxItem &i) {
            if (i.state == OutboxState::Pending && i.attempts == 1)
                waiting = i;
        });
        const OutboxItem item = w.enqueue(u"status"_qs, orderId, { { u"status"_qs, u"on-hold"_qs } });
        const OutboxItem done = w.runUntilFinal(item.id);
        QVERIFY2(done.state == OutboxState::Done, qPrintable(done.lastError));
        QCOMPARE(done.attempts, 2);
        QVERIFY(waiting);
        QVERIFY(!waiting->errorCode.isEmpty());
        QVERIFY(!waiting->lastError.isEmpty());
        QVERIFY2(waiting->nextAttemptAtMs - waiting->updatedAtMs >= 1000,
            qPrintable(QString::number(waiting->nextAttemptAtMs - waiting->updatedAtMs)));
        QCOMPARE(w.wooNotes(externalId, u"olarak değiştirildi"_qs), 1);
    }

    void platformRefusalIsNotRetried()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(kConnection, u"Created"_qs);
        // Someone moved the package on the platform meanwhile: our copy still says Created.
        const auto moved = w.h.sandbox.call("PUT",
            u"/trendyol/integration/order/sellers/200300/shipment-packages/"_qs + externalId,
            { { "Authorization", sandbox::test::basic(u"tyDemoApiKey7Qx2"_qs, u"tyDemoApiSecret9Lm4"_qs) },
                { "User-Agent", "200300 - SellerDesk" } },
            sandbox::test::json({ { u"status"_qs, u"Picking"_qs },
                { u"lines"_qs, w.package(u"trendyol"_qs, externalId).value(u"lines").toArray().isEmpty() ? QJsonArray()
                        : [&] {
                              QJsonArray lines;
                              for (const QJsonValue &l : w.package(u"trendyol"_qs, externalId).value(u"lines").toArray())
                                  lines.append(QJsonObject{ { u"lineId"_qs, l.toObject().value(u"id") },
                                      { u"quantity"_qs, l.toObject().value(u"quantity") } });
                              return lines;
                          }() },
                { u"params"_qs, QJsonObject{} } }));
        QCOMPARE(moved.status, 200);
        const OutboxItem item = w.enqueue(u"invoice"_qs, orderId, { { u"invoiceNumber"_qs, u"GIB2026000000124"_qs } });
        // Locally the package is Created: invoicing is refused before the call.
        QCOMPARE(w.runUntilFinal(item.id).errorCode, u"local"_qs);
        const OutboxItem pick = w.enqueue(u"pick"_qs, orderId);
        const OutboxItem failed = w.runUntilFinal(pick.id);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.attempts, 1);
        QCOMPARE(failed.errorCode, u"shipment.package.status.invalid"_qs);
        QVERIFY2(failed.errorMessage.contains(u"cannot be moved to Picking"), qPrintable(failed.errorMessage));
        QCOMPARE(w.historyCount(u"trendyol"_qs, externalId, u"Picking"_qs), 1);
        // The user retries: the same refusal, still one application.
        std::optional<Result<OutboxItem>> retried;
        w.box->retry(pick.id, nullptr, [&retried](const Result<OutboxItem> &r) { retried = r; });
        QTRY_VERIFY(retried.has_value());
        QVERIFY(retried->ok());
        QCOMPARE(retried->value().state, OutboxState::Pending);
        QCOMPARE(w.runUntilFinal(pick.id).state, OutboxState::Failed);
        QCOMPARE(w.historyCount(u"trendyol"_qs, externalId, u"Picking"_qs), 1);
    }

    void droppedAfterSendingIsNotRepeated_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("trendyol pick (PUT)") << u"pick"_qs;
        QTest::newRow("trendyol invoice link (POST)") << u"invoice-link"_qs;
        QTest::newRow("woocommerce note (POST)") << u"note"_qs;
        QTest::newRow("n11 accept (PUT)") << u"n11"_qs;
    }

    void droppedAfterSendingIsNotRepeated()
    {
        QFETCH(QString, which);
        World w;
        QVERIFY(w.open());
        QString orderId, externalId, platform = u"trendyol"_qs, method = u"PUT"_qs, path, action = which;
        QJsonObject payload;
        if (which == u"pick") {
            std::tie(orderId, externalId) = w.order(kConnection, u"Created"_qs);
            path = u"shipment-packages/"_qs + externalId;
        } else if (which == u"invoice-link") {
            std::tie(orderId, externalId) = w.order(kConnection, u"Invoiced"_qs);
            method = u"POST"_qs;
            path = u"seller-invoice-links"_qs;
            payload = { { u"url"_qs, u"https://fatura.example.com.tr/GIB2026000000888.pdf"_qs },
                { u"invoiceNumber"_qs, u"GIB2026000000888"_qs }, { u"invoiceDateMs"_qs, Reference } };
        } else if (which == u"note") {
            platform = u"woocommerce"_qs;
            std::tie(orderId, externalId) = w.order(kWooConnection, u"processing"_qs);
            method = u"POST"_qs;
            path = u"orders/"_qs + externalId + u"/notes"_qs;
            payload = { { u"note"_qs, u"Paketiniz hazırlandı — ŞİŞLİ şubesi"_qs }, { u"toCustomer"_qs, false } };
        } else {
            platform = u"n11"_qs;
            action = u"pick"_qs;
            std::tie(orderId, externalId) = w.order(kN11Connection, u"Created"_qs);
            path = u"order/v1/update"_qs;
        }
        QVERIFY(!orderId.isEmpty());
        QVERIFY(w.fault(QJsonObject{ { u"platform"_qs, platform }, { u"method"_qs, method }, { u"path"_qs, path },
            { u"fault"_qs, u"drop-after"_qs }, { u"count"_qs, 1 } }));
        const OutboxItem item = w.enqueue(action, orderId, payload);
        const OutboxItem done = w.runUntilFinal(item.id);
        QVERIFY2(done.state == OutboxState::Done, qPrintable(done.lastError));
        QVERIFY(done.result.value(u"reconciled").toBool());
        QCOMPARE(done.attempts, 1);
        if (which == u"pick" || which == u"n11")
            QCOMPARE(w.historyCount(platform, externalId, u"Picking"_qs), 1);
        else if (which == u"invoice-link")
            QCOMPARE(w.package(platform, externalId).value(u"invoiceLink").toString(), payload.value(u"url").toString());
        else
            QCOMPARE(w.wooNotes(externalId, u"ŞİŞLİ şubesi"_qs), 1);
    }

    void droppedBeforeSendingIsSentAgain()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(kWooConnection, u"processing"_qs);
        QVERIFY(w.fault(QJsonObject{ { u"platform"_qs, u"woocommerce"_qs }, { u"method"_qs, u"POST"_qs },
            { u"path"_qs, QString(u"orders/"_qs + externalId + u"/notes"_qs) }, { u"fault"_qs, u"drop"_qs }, { u"count"_qs, 1 } }));
        const OutboxItem item = w.enqueue(u"note"_qs, orderId, { { u"note"_qs, u"İkinci deneme notu"_qs } });
        const OutboxItem done = w.runUntilFinal(item.id);
        QVERIFY2(done.state == OutboxState::Done, qPrintable(done.lastError));
        QCOMPARE(done.attempts, 2);
        QCOMPARE(w.wooNotes(externalId, u"İkinci deneme notu"_qs), 1);
    }

    void outOfAttemptsNeedsCheck()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(kConnection, u"Invoiced"_qs);
        // Every request to Trendyol dies with 503: nothing can be sent or probed.
        QVERIFY(w.fault(QJsonObject{ { u"platform"_qs, u"trendyol"_qs }, { u"fault"_qs, u"status=503"_qs }, { u"count"_qs, -1 } }));
        const OutboxItem item = w.enqueue(u"invoice-link"_qs, orderId,
            { { u"url"_qs, u"https://fatura.example.com.tr/x.pdf"_qs }, { u"invoiceNumber"_qs, u"GIB2026000000999"_qs },
                { u"invoiceDateMs"_qs, Reference } });
        const OutboxItem parked = w.runUntilFinal(item.id);
        QCOMPARE(parked.state, OutboxState::NeedsCheck);
        QVERIFY(parked.attempts <= fastPolicy().maxAttempts);
        QVERIFY(!parked.lastError.isEmpty());
        QVERIFY(w.package(u"trendyol"_qs, externalId).value(u"invoiceLink").toString().isEmpty());
        // The platform is back; the user retries: the probe finds nothing and it is sent once.
        QCOMPARE(w.h.sandbox.control("DELETE", u"/faults"_qs).status / 100, 2);
        std::optional<Result<OutboxItem>> retried;
        w.box->retry(item.id, nullptr, [&retried](const Result<OutboxItem> &r) { retried = r; });
        QTRY_VERIFY(retried.has_value());
        const OutboxItem done = w.runUntilFinal(item.id);
        QVERIFY2(done.state == OutboxState::Done, qPrintable(done.lastError));
        QCOMPARE(w.package(u"trendyol"_qs, externalId).value(u"invoiceLink").toString(),
            u"https://fatura.example.com.tr/x.pdf"_qs);
    }

    void probeThatCannotTellNeedsACheck()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(kConnection, u"Invoiced"_qs);
        // Someone sent another invoice link on the platform after our last sync.
        const auto other = w.h.sandbox.call("POST", u"/trendyol/integration/sellers/200300/seller-invoice-links"_qs,
            { { "Authorization", sandbox::test::basic(u"tyDemoApiKey7Qx2"_qs, u"tyDemoApiSecret9Lm4"_qs) },
                { "User-Agent", "200300 - SellerDesk" } },
            sandbox::test::json({ { u"invoiceLink"_qs, u"https://baska.example.com/f.pdf"_qs },
                { u"shipmentPackageId"_qs, externalId.toLongLong() }, { u"invoiceDateTime"_qs, Reference },
                { u"invoiceNumber"_qs, u"ABC2026000000001"_qs } }));
        QCOMPARE(other.status, 201);
        // Our POST's connection is lost: the probe finds a link that is not ours.
        QVERIFY(w.fault(QJsonObject{ { u"platform"_qs, u"trendyol"_qs }, { u"method"_qs, u"POST"_qs },
            { u"path"_qs, u"seller-invoice-links"_qs }, { u"fault"_qs, u"drop"_qs }, { u"count"_qs, 1 } }));
        const OutboxItem item = w.enqueue(u"invoice-link"_qs, orderId,
            { { u"url"_qs, u"https://fatura.example.com.tr/bizim.pdf"_qs }, { u"invoiceNumber"_qs, u"GIB2026000000321"_qs },
                { u"invoiceDateMs"_qs, Reference } });
        const OutboxItem parked = w.runUntilFinal(item.id);
        QCOMPARE(parked.state, OutboxState::NeedsCheck);
        QCOMPARE(parked.attempts, 1);
        QCOMPARE(w.package(u"trendyol"_qs, externalId).value(u"invoiceLink").toString(), u"https://baska.example.com/f.pdf"_qs);
        QCOMPARE(w.column(orderId, u"invoice_link"_qs), QString());
    }

    void cargoIsRefusedForTrendyol()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(kConnection, u"Picking"_qs);
        const OutboxItem item
            = w.enqueue(u"track"_qs, orderId, { { u"trackingNumber"_qs, u"YK-1"_qs }, { u"cargo"_qs, u"Aras"_qs } });
        const OutboxItem failed = w.runUntilFinal(item.id);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.errorCode, u"local"_qs);
    }

    void unreachablePlatformFailsAfterTheBound()
    {
        World w;
        QVERIFY(w.open());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        w.runner->setConnection(u"woocommerce"_qs, wooConfig(u"http://127.0.0.1:%1/woocommerce"_qs.arg(port)));
        const auto [orderId, externalId] = w.order(kWooConnection, u"processing"_qs);
        QList<int> attempts;
        connect(w.runner.get(), &OutboxRunner::itemChanged, this, [&attempts](const OutboxItem &i) {
            if (i.state == OutboxState::Pending && i.attempts > 0)
                attempts << i.attempts;
        });
        const OutboxItem item = w.enqueue(u"status"_qs, orderId, { { u"status"_qs, u"completed"_qs } });
        const OutboxItem failed = w.runUntilFinal(item.id);
        // Refused connections prove nothing was sent: retried up to the bound, then failed (not "needs a check").
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.attempts, fastPolicy().maxAttempts);
        QCOMPARE(attempts, (QList<int>{ 1, 2, 3 }));
        QCOMPARE(failed.errorCode, u"ConnectionRefused"_qs);
        QCOMPARE(w.package(u"woocommerce"_qs, externalId).value(u"status").toString(), u"processing"_qs);
    }

    void bulkAction()
    {
        World w;
        QVERIFY(w.open());
        QStringList orders;
        QStringList externals;
        for (int i = 0; i < 3; ++i) {
            const auto [id, ext] = w.order(kConnection, u"Created"_qs, i);
            orders << id;
            externals << ext;
        }
        std::optional<Result<QStringList>> ids;
        w.box->enqueueBulk(u"pick"_qs, orders, {}, nullptr, [&ids](const Result<QStringList> &r) { ids = r; });
        QTRY_VERIFY(ids.has_value());
        QVERIFY(ids->ok());
        QCOMPARE(ids->value().size(), 3);
        const QString batch = w.box->item(ids->value().first())->batchId;
        QVERIFY(!batch.isEmpty());
        for (const QString &id : ids->value())
            QCOMPARE(w.runUntilFinal(id).state, OutboxState::Done);
        OutboxQuery q;
        q.batchId = batch;
        QCOMPARE(w.box->list(q)->size(), 3);
        for (const QString &ext : externals)
            QCOMPARE(w.historyCount(u"trendyol"_qs, ext, u"Picking"_qs), 1);
        // An unknown order fails the whole bulk: nothing recorded.
        std::optional<Result<QStringList>> bad;
        w.box->enqueueBulk(u"pick"_qs, { orders.first(), u"nope"_qs }, {}, nullptr,
            [&bad](const Result<QStringList> &r) { bad = r; });
        QTRY_VERIFY(bad.has_value());
        QVERIFY(!bad->ok());
        QCOMPARE(w.h.count(u"SELECT count(*) FROM outbox"_qs), 3);
    }

    void killedMidCallIsReconciled()
    {
        World w;
        QVERIFY(w.open());
        w.runner.reset(); // the child runs the outbox
        const auto [orderId, externalId] = w.order(kConnection, u"Created"_qs);
        // The platform applies the request but answers only after 5 s: the child dies waiting.
        QVERIFY(w.fault(QJsonObject{ { u"platform"_qs, u"trendyol"_qs }, { u"method"_qs, u"PUT"_qs },
            { u"path"_qs, QString(u"shipment-packages/"_qs + externalId) }, { u"fault"_qs, u"latency=5000"_qs }, { u"count"_qs, 1 } }));
        const OutboxItem item = w.enqueue(u"pick"_qs, orderId);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SD_OUTBOX_CHILD"_qs, u"1"_qs);
        env.insert(u"SD_OUTBOX_STORE"_qs, w.h.dir.filePath(u"store.db"_qs));
        env.insert(u"SD_OUTBOX_TRENDYOL"_qs, w.h.sandbox.url(u"/trendyol"_qs));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        // Running is committed before the request leaves; wait until the sandbox holds it too.
        QVERIFY(QTest::qWaitFor(
            [&] { return w.box->item(item.id)->state == OutboxState::Running; }, 20000));
        QVERIFY(QTest::qWaitFor(
            [&] { return w.historyCount(u"trendyol"_qs, externalId, u"Picking"_qs) == 1; }, 10000));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QCOMPARE(w.box->item(item.id)->state, OutboxState::Running);

        w.runner = w.newRunner();
        const OutboxItem done = w.runUntilFinal(item.id);
        QVERIFY2(done.state == OutboxState::Done, qPrintable(done.lastError));
        QVERIFY(done.result.value(u"reconciled").toBool());
        QCOMPARE(w.historyCount(u"trendyol"_qs, externalId, u"Picking"_qs), 1);
        QCOMPARE(w.column(orderId, u"unified_status"_qs), u"picking"_qs);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("SD_OUTBOX_CHILD")) {
        QCoreApplication app(argc, argv);
        return runChild();
    }
    QCoreApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestOutbox test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox.moc"
