// Runs one action on many orders through the OrderActionService and shows how each one went: a progress bar
// and one row per order (pending → done, or failed with the platform's reason).
#pragma once

#include "orderactionservice.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace sd::ui {

class BulkActionDialog : public QDialog
{
    Q_OBJECT
public:
    // orders: (order id, order number) in the order they are shown.
    BulkActionDialog(OrderActionService *service, const OrderAction &action,
                     const QList<std::pair<QString, QString>> &orders, QWidget *parent = nullptr);

    // Enqueues the action for every order (call once; the dialog may be shown before or after).
    void start(const QVariantMap &params = {});

    [[nodiscard]] int finishedCount() const { return m_finished; }
    [[nodiscard]] int failedCount() const { return m_failed; }
    [[nodiscard]] int total() const { return int(m_rows.size()); }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QTreeWidget *results() const { return m_results; }

Q_SIGNALS:
    void allFinished();

private:
    void onItemChanged(const QString &itemId, OrderActionService::ItemState state, const QString &message);
    void updateSummary();

    QPointer<OrderActionService> m_service;
    OrderAction m_action;
    QList<std::pair<QString, QString>> m_orders;
    QHash<QString, QTreeWidgetItem *> m_rows; // outbox item id → row
    QHash<QString, OrderActionService::ItemState> m_states;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_results;
    QDialogButtonBox *m_buttons;
    int m_finished = 0;
    int m_failed = 0;
};

} // namespace sd::ui
