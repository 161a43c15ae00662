// What the Orders view needs from the outbox to act on orders. The view builds against this interface; the app
// wires it to core/outbox (a thin adapter: allowed actions from the connector's rules, enqueue = the outbox's bulk
// enqueue, itemChanged = its per-item change signal). Without a service the view shows no action buttons.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sd::ui {

struct OrderAction
{
    QString id;            // stable, e.g. "picking", "invoiced", "cancel"
    QString label;         // translated button text
    QString confirmation;  // translated question before it runs; empty = none needed
    bool destructive = false;
};

class OrderActionService : public QObject
{
    Q_OBJECT
public:
    enum class ItemState { Pending, Running, Done, Failed };
    Q_ENUM(ItemState)

    using QObject::QObject;

    // The actions this order allows now (the platform's rules for its status).
    [[nodiscard]] virtual QList<OrderAction> actionsFor(const QString &orderId) const = 0;
    // Queues the action for each order (one outbox item per order, in the order given); returns the item ids in
    // the same order. An order the action does not apply to still gets an item, which fails with the reason.
    virtual QStringList enqueue(const QString &actionId, const QStringList &orderIds, const QVariantMap &params) = 0;

Q_SIGNALS:
    // message: the platform's reason when failed, else empty or a note.
    void itemChanged(const QString &itemId, sd::ui::OrderActionService::ItemState state, const QString &message);
};

} // namespace sd::ui
