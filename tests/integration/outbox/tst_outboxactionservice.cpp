// The Orders view's action service on the real outbox: the actions an order offers follow its platform and
// status, enqueue() answers at once with keys that the item changes then refer to, and a Trendyol pick goes
// through the runner to the sandbox exactly once.
#include "connectors/trendyol/trendyolclient.h"
#include "net/networkcontext.h"
#include "orders/outboxactionservice.h"
#include "outbox/actiondispatcher.h"
#include "outbox/outbox.h"
#include "outbox/outboxrunner.h"
#include "outboxharness.h"

using namespace sd;
using namespace sd::connectors;
using namespace sd::connectors::test;
using namespace sd::outbox::test;
using sd::ui::OrderActionService;
using sd::ui::OutboxActionService;

namespace {

QStringList ids(const QList<sd::ui::OrderAction> &actions)
{
    QStringList out;
    for (const auto &a : actions)
        out.append(a.id);
    return out;
}

} // namespace

class TestOutboxActionService : public QObject
{
    Q_OBJECT

    struct World
    {
        SyncHarness h;
        std::unique_ptr<outbox::Outbox> box;
        std::unique_ptr<outbox::OutboxRunner> runner;
        std::unique_ptr<OutboxActionService> service;

        bool open()
        {
            if (!h.open())
                return false;
            trendyol::TrendyolClient client(&h.network, trendyolConfig(h.sandbox.url(u"/trendyol"_qs)));
            if (!h.sync(client).ok())
                return false;
            box = std::make_unique<outbox::Outbox>(h.writer.get(), kWorkspace);
            const auto dispatcher = outbox::ActionDispatcher::builtIn();
            runner = std::make_unique<outbox::OutboxRunner>(box.get(), dispatcher, &h.network);
            runner->setConnection(u"trendyol"_qs, trendyolConfig(h.sandbox.url(u"/trendyol"_qs)));
            auto reader = store::Database::open(h.dir.filePath(u"store.db"_qs));
            if (!reader)
                return false;
            service = std::make_unique<OutboxActionService>(std::move(reader).value(), box.get(), runner.get(), dispatcher);
            runner->start();
            return true;
        }

        std::pair<QString, QString> order(const QString &platformStatus)
        {
            auto st = h.reader->prepare(u"SELECT id, external_id FROM orders WHERE platform_status = ?1 ORDER BY seq LIMIT 1");
            if (!st || !st->bindAll(platformStatus).ok() || !st->step().valueOr(false))
                return {};
            return {st->text(0), st->text(1)};
        }

        int history(const QString &externalId, const QString &status)
        {
            int n = 0;
            for (const QJsonValue &p : h.sandbox.state(u"trendyol"_qs).value(u"packages").toArray()) {
                if (QString::number(p.toObject().value(u"id").toInteger()) != externalId)
                    continue;
                for (const QJsonValue &v : p.toObject().value(u"packageHistories").toArray())
                    n += v.toObject().value(u"status").toString() == status ? 1 : 0;
            }
            return n;
        }
    };

private Q_SLOTS:
    void actionsFollowTheOrdersStatus()
    {
        World w;
        QVERIFY(w.open());
        const auto created = w.order(u"Created"_qs);
        const auto picking = w.order(u"Picking"_qs);
        QVERIFY(!created.first.isEmpty());
        QVERIFY(!picking.first.isEmpty());
        QCOMPARE(ids(w.service->actionsFor(created.first)), (QStringList{u"pick"_qs, u"cancel"_qs}));
        QCOMPARE(ids(w.service->actionsFor(picking.first)),
            (QStringList{u"invoice"_qs, u"track"_qs, u"cancel"_qs, u"invoice-link"_qs}));
        // Parameters are asked first; lines and documents are one order at a time; cancelling asks first.
        for (const auto &a : w.service->actionsFor(picking.first)) {
            QVERIFY(a.needsInput);
            QVERIFY(!a.bulk);
            QCOMPARE(a.confirmation.isEmpty(), a.id == u"track");
        }
        QVERIFY(w.service->actionsFor(u"no-such-order"_qs).isEmpty());
    }

    void pickGoesThroughTheOutboxOnce()
    {
        World w;
        QVERIFY(w.open());
        const auto [orderId, externalId] = w.order(u"Created"_qs);
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(w.history(externalId, u"Picking"_qs), 0);
        QList<std::pair<QString, OrderActionService::ItemState>> changes;
        connect(w.service.get(), &OrderActionService::itemChanged, this,
            [&changes](const QString &key, OrderActionService::ItemState state, const QString &) {
                changes.append({key, state});
            });
        const QStringList keys = w.service->enqueue(u"pick"_qs, {orderId}, {});
        QCOMPARE(keys.size(), 1);
        QVERIFY(QTest::qWaitFor(
            [&] { return !changes.isEmpty() && changes.last().second == OrderActionService::ItemState::Done; }, 20000));
        for (const auto &c : std::as_const(changes))
            QCOMPARE(c.first, keys.first());
        QCOMPARE(changes.first().second, OrderActionService::ItemState::Pending);
        QCOMPARE(w.history(externalId, u"Picking"_qs), 1);
        // The order is now Picking locally too: pick is no longer offered.
        QVERIFY(QTest::qWaitFor([&] { return !ids(w.service->actionsFor(orderId)).contains(u"pick"_qs); }, 5000));
    }

    // The platform's rules are checked before anything is queued: a refusal comes back as the rule's message.
    void checkAppliesThePlatformsRules()
    {
        World w;
        QVERIFY(w.open());
        const auto picking = w.order(u"Picking"_qs);
        const auto created = w.order(u"Created"_qs);
        QCOMPARE(w.service->check(u"track"_qs, picking.first, {{u"trackingNumber"_qs, u"x"_qs}}),
            u"The tracking number must be 4 to 40 letters or digits."_qs);
        QCOMPARE(w.service->check(u"track"_qs, picking.first, {{u"trackingNumber"_qs, u"YK12345678"_qs}}), QString());
        QVERIFY(!w.service->check(u"invoice"_qs, created.first, {{u"invoiceNumber"_qs, u"GIB2026000000001"_qs}}).isEmpty());
        QCOMPARE(w.service->check(u"launch-rocket"_qs, created.first, {}), u"This action is not available."_qs);
        QVERIFY(w.box->list({})->isEmpty()); // checking queues nothing
    }

    void unknownOrderAndActionFail()
    {
        World w;
        QVERIFY(w.open());
        QList<std::pair<QString, OrderActionService::ItemState>> changes;
        connect(w.service.get(), &OrderActionService::itemChanged, this,
            [&changes](const QString &key, OrderActionService::ItemState state, const QString &) {
                changes.append({key, state});
            });
        const QStringList unknownOrder = w.service->enqueue(u"pick"_qs, {u"no-such-order"_qs}, {});
        const QStringList unknownAction = w.service->enqueue(u"launch-rocket"_qs, {w.order(u"Created"_qs).first}, {});
        QVERIFY(QTest::qWaitFor([&] { return changes.size() >= 2; }, 10000));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0), std::make_pair(unknownAction.first(), OrderActionService::ItemState::Failed));
        QCOMPARE(changes.at(1), std::make_pair(unknownOrder.first(), OrderActionService::ItemState::Failed));
    }

    void mappingOfActionIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("status");
        QTest::newRow("pick") << u"pick"_qs << u"pick"_qs << QString();
        QTest::newRow("complete") << u"complete"_qs << u"status"_qs << u"completed"_qs;
        QTest::newRow("cancel-order") << u"cancel-order"_qs << u"status"_qs << u"cancelled"_qs;
        QTest::newRow("invoice") << u"invoice"_qs << u"invoice"_qs << QString();
        QTest::newRow("note") << u"note"_qs << u"note"_qs << QString();
        QTest::newRow("in-transit") << u"in-transit"_qs << u"in-transit"_qs << QString();
        QTest::newRow("unknown") << u"launch-rocket"_qs << QString() << QString();
    }

    void mappingOfActionIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, action);
        QFETCH(QString, status);
        const auto m = OutboxActionService::map(id);
        QCOMPARE(m.action, action);
        QCOMPARE(m.payload.value(u"status").toString(), status);
    }
};

QTEST_GUILESS_MAIN(TestOutboxActionService)
#include "tst_outboxactionservice.moc"
