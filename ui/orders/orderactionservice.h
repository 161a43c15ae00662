// What the Orders view needs from the outbox to act on orders. The view builds against this interface; the app
// wires it to core/outbox (a thin adapter: allowed actions from the connector's rules, enqueue = the outbox's
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
    QString id;            // stable, e.g. "pick", "invoice", "cancel"
    QString label;         // translated button text
    QString confirmation;  // translated question before it runs; empty = none needed
    bool destructive = false;
    bool needsInput = false; // parameters are asked in an ActionInputDialog first (the form follows id + platform)
    bool bulk = true;        // offered for a selection of orders (false: one order at a time, e.g. lines chosen)
};

// One outbox item of an order, as the detail pane lists it.
struct OrderActionItem
{
    enum class State { Pending, Running, Done, Failed, NeedsCheck };
    QString id;   // the outbox item id (what retry() takes)
    QString key;  // the key itemChanged() reports
    QString action;
    QString actionLabel; // translated
    State state = State::Pending;
    int attempts = 0;
    QString lastError; // translated reason, the platform's own text included
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
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
    // The platform's rules on the action with these parameters for this order, checked without sending: the
    // translated refusal, or empty when it may be sent. Default: no local check.
    [[nodiscard]] virtual QString check(const QString &actionId, const QString &orderId, const QVariantMap &params) const
    {
        Q_UNUSED(actionId) Q_UNUSED(orderId) Q_UNUSED(params) return {};
    }
    // The order's outbox items, newest first. Default: none.
    [[nodiscard]] virtual QList<OrderActionItem> itemsFor(const QString &orderId) const
    {
        Q_UNUSED(orderId) return {};
    }
    // A failed or needs-check item back to pending (the user's retry); its changes follow on itemChanged.
    virtual void retry(const QString &itemId) { Q_UNUSED(itemId) }
    // The orders with a failed or needs-check item (for the "Actions failed" filter). Default: none.
    [[nodiscard]] virtual QStringList ordersWithFailedItems() const { return {}; }

Q_SIGNALS:
    // message: the platform's reason when failed, else empty or a note.
    void itemChanged(const QString &itemId, sd::ui::OrderActionService::ItemState state, const QString &message);
};

} // namespace sd::ui
