#include "outboxactionservice.h"

#include "outbox/actiondispatcher.h"
#include "outbox/localorders.h"
#include "outbox/outbox.h"
#include "outbox/outboxrunner.h"
#include "store/database.h"
#include "store/statement.h"

#include <QHash>
#include <QUuid>

#include <algorithm>

namespace sd::ui {

namespace {

OrderActionService::ItemState itemState(outbox::OutboxState state)
{
    switch (state) {
    case outbox::OutboxState::Pending:
        return OrderActionService::ItemState::Pending;
    case outbox::OutboxState::Running:
        return OrderActionService::ItemState::Running;
    case outbox::OutboxState::Done:
        return OrderActionService::ItemState::Done;
    case outbox::OutboxState::Failed:
    case outbox::OutboxState::NeedsCheck:
        break;
    }
    return OrderActionService::ItemState::Failed;
}

} // namespace

OutboxActionService::OutboxActionService(std::unique_ptr<store::Database> reader, outbox::Outbox *outbox,
    outbox::OutboxRunner *runner, const outbox::ActionDispatcher &dispatcher, QObject *parent)
    : OrderActionService(parent)
    , m_reader(std::move(reader))
    , m_outbox(outbox)
    , m_runner(runner)
{
    for (const char *platform : {"trendyol", "hepsiburada", "n11", "woocommerce"}) {
        const QString p = QLatin1String(platform);
        for (const QString &action : dispatcher.actions(p))
            m_dispatchable.append(p + u'/' + action);
    }
    if (m_outbox)
        connect(m_outbox, &outbox::Outbox::itemChanged, this, &OutboxActionService::onItemChanged);
}

OutboxActionService::~OutboxActionService() = default;

OutboxActionService::Mapped OutboxActionService::map(const QString &actionId)
{
    if (actionId == QLatin1String("pick"))
        return {QStringLiteral("pick"), {}};
    if (actionId == QLatin1String("complete"))
        return {QStringLiteral("status"), QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}}};
    if (actionId == QLatin1String("cancel-order"))
        return {QStringLiteral("status"), QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")}}};
    // The actions with parameters: the id is the outbox action, the dialog's parameters its payload.
    static const QStringList parameterised{QStringLiteral("invoice"), QStringLiteral("track"), QStringLiteral("cancel"),
        QStringLiteral("invoice-link"), QStringLiteral("status"), QStringLiteral("note"), QStringLiteral("tracking"),
        QStringLiteral("split"), QStringLiteral("pack"), QStringLiteral("cancel-line"), QStringLiteral("unpack"),
        QStringLiteral("carrier"), QStringLiteral("in-transit"), QStringLiteral("delivered"),
        QStringLiteral("undelivered")};
    if (parameterised.contains(actionId))
        return {actionId, {}};
    return {};
}

QString OutboxActionService::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("pick"), QT_TR_NOOP("Move to picking")},
        {QStringLiteral("invoice"), QT_TR_NOOP("Mark as invoiced")},
        {QStringLiteral("track"), QT_TR_NOOP("Set tracking number")},
        {QStringLiteral("cancel"), QT_TR_NOOP("Cancel lines")},
        {QStringLiteral("invoice-link"), QT_TR_NOOP("Send invoice link")},
        {QStringLiteral("status"), QT_TR_NOOP("Change status")},
        {QStringLiteral("note"), QT_TR_NOOP("Add order note")},
        {QStringLiteral("tracking"), QT_TR_NOOP("Add shipment tracking")},
        {QStringLiteral("split"), QT_TR_NOOP("Split package")},
        {QStringLiteral("pack"), QT_TR_NOOP("Pack")},
        {QStringLiteral("cancel-line"), QT_TR_NOOP("Cancel a line")},
        {QStringLiteral("unpack"), QT_TR_NOOP("Unpack")},
        {QStringLiteral("carrier"), QT_TR_NOOP("Change carrier")},
        {QStringLiteral("in-transit"), QT_TR_NOOP("Mark as shipped (own carrier)")},
        {QStringLiteral("delivered"), QT_TR_NOOP("Mark as delivered")},
        {QStringLiteral("undelivered"), QT_TR_NOOP("Mark as not delivered")},
        {QStringLiteral("complete"), QT_TR_NOOP("Mark as completed")},
        {QStringLiteral("cancel-order"), QT_TR_NOOP("Cancel order")},
    };
    const char *label = labels.value(action);
    return label ? tr(label) : action;
}

QList<OrderAction> OutboxActionService::actionsFor(const QString &orderId) const
{
    if (!m_reader)
        return {};
    auto stmt = m_reader->cached(QStringLiteral(
        "SELECT c.platform, o.unified_status, o.platform_status FROM orders o JOIN connections c ON c.id = o.connection_id"
        " WHERE o.id = ?1 AND o.deleted = 0"));
    if (!stmt)
        return {};
    (*stmt)->reset();
    if (!(*stmt)->bind(1, orderId) || !(*stmt)->step().valueOr(false))
        return {};
    const QString platform = (*stmt)->text(0);
    const QString status = (*stmt)->text(1);
    const QString platformStatus = (*stmt)->text(2);
    (*stmt)->reset();

    QList<OrderAction> actions;
    // id, input, one order at a time, and the question before an irreversible change (empty: none).
    const auto offer = [&](const QString &id, bool input, bool single, const QString &confirmation = {}) {
        const Mapped m = map(id);
        if (!m_dispatchable.contains(platform + u'/' + m.action))
            return;
        OrderAction action;
        action.id = id;
        action.label = input ? tr("%1…").arg(actionLabel(id)) : actionLabel(id);
        action.confirmation = confirmation;
        action.destructive = !confirmation.isEmpty();
        action.needsInput = input;
        action.bulk = !single;
        actions.append(action);
    };
    const bool isNew = status == QLatin1String("new");
    const bool picking = status == QLatin1String("picking");
    const bool invoiced = status == QLatin1String("invoiced");
    const bool shipped = status == QLatin1String("shipped");
    const bool delivered = status == QLatin1String("delivered");
    const QString cancelQuestion = tr("Cancel the chosen lines on the platform? The customer is told that they will "
                                      "not be delivered; this cannot be undone.");
    if (platform == QLatin1String("trendyol")) {
        if (isNew)
            offer(QStringLiteral("pick"), false, false);
        if (picking)
            offer(QStringLiteral("invoice"), true, true,
                tr("Mark the package as invoiced on Trendyol? Its status cannot be moved back."));
        if (picking || invoiced || shipped)
            offer(QStringLiteral("track"), true, true);
        if (isNew || picking || invoiced)
            offer(QStringLiteral("cancel"), true, true, cancelQuestion);
        if (picking || invoiced || shipped || delivered)
            offer(QStringLiteral("invoice-link"), true, true,
                tr("Send the invoice link to Trendyol? Trendyol keeps the first link of a package; it cannot be "
                   "replaced from SellerDesk."));
    } else if (platform == QLatin1String("n11")) {
        if (isNew)
            offer(QStringLiteral("pick"), false, false);
        if (picking) {
            offer(QStringLiteral("split"), true, true, tr("Split the package on N11? This cannot be undone."));
            offer(QStringLiteral("cancel"), true, true, cancelQuestion);
        }
    } else if (platform == QLatin1String("hepsiburada")) {
        if (isNew) {
            offer(QStringLiteral("pack"), true, false);
            offer(QStringLiteral("cancel-line"), true, true, cancelQuestion);
        }
        if (picking) {
            offer(QStringLiteral("unpack"), false, false,
                tr("Unpack the package on Hepsiburada? Its lines become open again and the package number is "
                   "dropped."));
            offer(QStringLiteral("split"), true, true, tr("Split the package on Hepsiburada? This cannot be undone."));
            offer(QStringLiteral("carrier"), true, false);
            offer(QStringLiteral("in-transit"), true, true,
                tr("Report the package as handed to your carrier? Hepsiburada tells the customer."));
        }
        if (picking || shipped || delivered)
            offer(QStringLiteral("invoice-link"), true, true);
        if (shipped) {
            offer(QStringLiteral("delivered"), true, true,
                tr("Report the package as delivered? This cannot be undone."));
            offer(QStringLiteral("undelivered"), true, true,
                tr("Report that the package could not be delivered? This cannot be undone."));
        }
    } else if (platform == QLatin1String("woocommerce")) {
        const bool open = platformStatus == QLatin1String("processing") || platformStatus == QLatin1String("on-hold");
        if (open)
            offer(QStringLiteral("complete"), false, false);
        if (open || platformStatus == QLatin1String("pending"))
            offer(QStringLiteral("cancel-order"), false, false,
                tr("Cancel the order in the shop? The customer may be notified by WooCommerce and the order "
                   "cannot be un-cancelled from SellerDesk."));
        offer(QStringLiteral("status"), true, false);
        offer(QStringLiteral("note"), true, false);
        if (open || platformStatus == QLatin1String("completed"))
            offer(QStringLiteral("tracking"), true, true);
    }
    return actions;
}

QJsonObject OutboxActionService::payloadFor(const Mapped &m, const QVariantMap &params) const
{
    QJsonObject payload = m.payload;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        payload.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return payload;
}

QString OutboxActionService::check(const QString &actionId, const QString &orderId, const QVariantMap &params) const
{
    const Mapped m = map(actionId);
    if (m.action.isEmpty())
        return tr("This action is not available.");
    if (!m_reader || !m_runner)
        return {};
    auto order = outbox::LocalOrders::load(*m_reader, orderId);
    if (!order)
        return order.error().message;
    const Status s = m_runner->check(m.action, *order, payloadFor(m, params));
    return s ? QString() : s.error().message;
}

QList<OrderActionItem> OutboxActionService::itemsFor(const QString &orderId) const
{
    if (!m_outbox)
        return {};
    outbox::OutboxQuery q;
    q.orderId = orderId;
    q.limit = 50;
    auto items = m_outbox->list(q);
    if (!items)
        return {};
    QList<OrderActionItem> out;
    for (const outbox::OutboxItem &i : std::as_const(*items)) {
        OrderActionItem o;
        o.id = i.id;
        o.key = i.idempotencyKey;
        o.action = i.action;
        // "status" items of our simple WooCommerce buttons read as what they did.
        QString label = actionLabel(i.action);
        if (i.action == QLatin1String("status") && !i.payload.value(u"status").toString().isEmpty())
            label = tr("Change status to %1").arg(i.payload.value(u"status").toString());
        o.actionLabel = label;
        switch (i.state) {
        case outbox::OutboxState::Pending:
            o.state = OrderActionItem::State::Pending;
            break;
        case outbox::OutboxState::Running:
            o.state = OrderActionItem::State::Running;
            break;
        case outbox::OutboxState::Done:
            o.state = OrderActionItem::State::Done;
            break;
        case outbox::OutboxState::Failed:
            o.state = OrderActionItem::State::Failed;
            break;
        case outbox::OutboxState::NeedsCheck:
            o.state = OrderActionItem::State::NeedsCheck;
            break;
        }
        o.attempts = i.attempts;
        o.lastError = i.lastError;
        if (!i.errorMessage.isEmpty() && !o.lastError.contains(i.errorMessage))
            o.lastError = tr("%1 (platform: %2)").arg(o.lastError, i.errorMessage);
        o.createdAtMs = i.createdAtMs;
        o.updatedAtMs = i.updatedAtMs;
        out.append(o);
    }
    std::stable_sort(out.begin(), out.end(),
        [](const OrderActionItem &a, const OrderActionItem &b) { return a.createdAtMs > b.createdAtMs; });
    return out;
}

void OutboxActionService::retry(const QString &itemId)
{
    if (!m_outbox)
        return;
    m_outbox->retry(itemId, this, [this](const Result<outbox::OutboxItem> &item) {
        if (!item) {
            Q_EMIT itemChanged(QString(), ItemState::Failed, item.error().message);
            return;
        }
        if (m_runner)
            m_runner->wake();
    });
}

QStringList OutboxActionService::ordersWithFailedItems() const
{
    QStringList out;
    if (!m_reader)
        return out;
    auto stmt = m_reader->cached(QStringLiteral(
        "SELECT DISTINCT target_id FROM outbox WHERE state IN ('failed', 'needs_check') AND target_table = 'orders'"));
    if (!stmt)
        return out;
    (*stmt)->reset();
    while ((*stmt)->step().valueOr(false))
        out.append((*stmt)->text(0));
    (*stmt)->reset();
    return out;
}

QStringList OutboxActionService::enqueue(const QString &actionId, const QStringList &orderIds, const QVariantMap &params)
{
    const Mapped m = map(actionId);
    QStringList keys;
    for (const QString &orderId : orderIds) {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        keys.append(key);
        if (!m_outbox || m.action.isEmpty()) {
            Q_EMIT itemChanged(key, ItemState::Failed, tr("This action is not available."));
            continue;
        }
        outbox::EnqueueRequest request;
        request.action = m.action;
        request.orderId = orderId;
        request.payload = payloadFor(m, params);
        request.idempotencyKey = key;
        m_outbox->enqueue(request, this, [this, key](const Result<outbox::OutboxItem> &item) {
            if (!item)
                Q_EMIT itemChanged(key, ItemState::Failed, item.error().message);
            else if (m_runner)
                m_runner->wake();
        });
    }
    return keys;
}

void OutboxActionService::onItemChanged(const outbox::OutboxItem &item)
{
    QString message = item.lastError;
    if (item.state == outbox::OutboxState::NeedsCheck)
        message = tr("Sent, but the platform's answer was lost: check the order on the platform (%1)").arg(item.lastError);
    Q_EMIT itemChanged(item.idempotencyKey, itemState(item.state), message);
}

} // namespace sd::ui
