// The Orders view's actions on the real outbox: which actions an order allows (its platform and unified status,
// limited to what the outbox can dispatch), enqueue = one outbox item per order with a fresh idempotency key,
// item changes forwarded from the Outbox. The view identifies items by that key (known at once, before the
// asynchronous enqueue commits), so enqueue() can answer synchronously.
#pragma once

#include "orderactionservice.h"

#include <QJsonObject>
#include <QPointer>
#include <memory>

namespace sd::store {
class Database;
}

namespace sd::outbox {
class ActionDispatcher;
class Outbox;
class OutboxRunner;
struct OutboxItem;
}

namespace sd::ui {

class OutboxActionService : public OrderActionService
{
    Q_OBJECT
public:
    // reader: a read-only connection of this thread (owned); outbox and runner must outlive the service.
    OutboxActionService(std::unique_ptr<store::Database> reader, outbox::Outbox *outbox, outbox::OutboxRunner *runner,
        const outbox::ActionDispatcher &dispatcher, QObject *parent = nullptr);
    ~OutboxActionService() override;

    [[nodiscard]] QList<OrderAction> actionsFor(const QString &orderId) const override;
    QStringList enqueue(const QString &actionId, const QStringList &orderIds, const QVariantMap &params) override;
    [[nodiscard]] QString check(const QString &actionId, const QString &orderId, const QVariantMap &params) const override;
    [[nodiscard]] QList<OrderActionItem> itemsFor(const QString &orderId) const override;
    void retry(const QString &itemId) override;
    [[nodiscard]] QStringList ordersWithFailedItems() const override;

    // The translated name of an outbox action ("invoice-link" → "Send invoice link").
    [[nodiscard]] static QString actionLabel(const QString &action);

    // The outbox action and payload behind one of our action ids ("pick" → pick {}, "complete" → status
    // {"status": "completed"}, a parameterised action → itself with the dialog's parameters); an empty action
    // for an unknown id.
    struct Mapped
    {
        QString action;
        QJsonObject payload;
    };
    [[nodiscard]] static Mapped map(const QString &actionId);

private:
    [[nodiscard]] QJsonObject payloadFor(const Mapped &m, const QVariantMap &params) const;
    void onItemChanged(const outbox::OutboxItem &item);

    std::unique_ptr<store::Database> m_reader;
    QPointer<outbox::Outbox> m_outbox;
    QPointer<outbox::OutboxRunner> m_runner;
    QStringList m_dispatchable; // "platform/action"
};

} // namespace sd::ui
