#include "outboxactionservice.h"

#include "outbox/actiondispatcher.h"
#include "outbox/outbox.h"
#include "outbox/outboxrunner.h"
#include "store/database.h"
#include "store/statement.h"

#include <QUuid>

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
    return {};
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
    const auto offer = [&](const QString &id, OrderAction action) {
        const Mapped m = map(id);
        if (!m_dispatchable.contains(platform + u'/' + m.action))
            return;
        action.id = id;
        actions.append(action);
    };
    if ((platform == QLatin1String("trendyol") || platform == QLatin1String("n11")) && status == QLatin1String("new"))
        offer(QStringLiteral("pick"), {{}, tr("Move to picking"), {}, false});
    if (platform == QLatin1String("woocommerce")) {
        if (platformStatus == QLatin1String("processing") || platformStatus == QLatin1String("on-hold"))
            offer(QStringLiteral("complete"), {{}, tr("Mark as completed"), {}, false});
        if (platformStatus == QLatin1String("processing") || platformStatus == QLatin1String("on-hold")
            || platformStatus == QLatin1String("pending"))
            offer(QStringLiteral("cancel-order"),
                {{}, tr("Cancel order"),
                    tr("Cancel the order in the shop? The customer may be notified by WooCommerce and the order "
                       "cannot be un-cancelled from SellerDesk."),
                    true});
    }
    return actions;
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
        request.payload = m.payload;
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            request.payload.insert(it.key(), QJsonValue::fromVariant(it.value()));
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
