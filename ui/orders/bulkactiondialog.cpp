#include "bulkactiondialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QString stateText(OrderActionService::ItemState state)
{
    switch (state) {
    case OrderActionService::ItemState::Pending:
        return BulkActionDialog::tr("Waiting");
    case OrderActionService::ItemState::Running:
        return BulkActionDialog::tr("Sending…");
    case OrderActionService::ItemState::Done:
        return BulkActionDialog::tr("Done");
    case OrderActionService::ItemState::Failed:
        return BulkActionDialog::tr("Failed");
    }
    return {};
}

bool isFinal(OrderActionService::ItemState state)
{
    return state == OrderActionService::ItemState::Done || state == OrderActionService::ItemState::Failed;
}

} // namespace

BulkActionDialog::BulkActionDialog(OrderActionService *service, const OrderAction &action,
                                   const QList<std::pair<QString, QString>> &orders, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_action(action),
      m_orders(orders),
      m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_results(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("bulkActionDialog"));
    setWindowTitle(tr("%1 — %n order(s)", nullptr, int(orders.size())).arg(action.label));
    m_progress->setRange(0, int(orders.size()));
    m_progress->setValue(0);
    m_results->setObjectName(QStringLiteral("bulkResults"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({ tr("Order"), tr("State"), tr("Message") });
    m_results->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
    updateSummary();
}

void BulkActionDialog::start(const QVariantMap &params)
{
    if (!m_service || !m_rows.isEmpty())
        return;
    connect(m_service, &OrderActionService::itemChanged, this, &BulkActionDialog::onItemChanged);
    QStringList ids;
    for (const auto &o : std::as_const(m_orders))
        ids.append(o.first);
    const QStringList items = m_service->enqueue(m_action.id, ids, params);
    for (qsizetype i = 0; i < m_orders.size(); ++i) {
        auto *row = new QTreeWidgetItem(m_results, { m_orders[i].second, stateText(OrderActionService::ItemState::Pending), {} });
        if (i < items.size()) {
            m_rows.insert(items[i], row);
            // A state reported during enqueue() (before the ids were known) is applied now.
            if (auto it = m_states.constFind(items[i]); it != m_states.constEnd())
                row->setText(1, stateText(*it));
        } else {
            row->setText(1, stateText(OrderActionService::ItemState::Failed));
            row->setText(2, tr("Not queued."));
            ++m_finished;
            ++m_failed;
        }
    }
    // Items that finished during enqueue().
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (m_rows.contains(it.key()) && isFinal(*it)) {
            ++m_finished;
            m_failed += *it == OrderActionService::ItemState::Failed ? 1 : 0;
        }
    }
    updateSummary();
}

void BulkActionDialog::onItemChanged(const QString &itemId, OrderActionService::ItemState state, const QString &message)
{
    const auto previous = m_states.value(itemId, OrderActionService::ItemState::Pending);
    m_states.insert(itemId, state);
    QTreeWidgetItem *row = m_rows.value(itemId);
    if (!row)
        return; // before start() returned: counted there
    row->setText(1, stateText(state));
    row->setText(2, message);
    row->setToolTip(2, message);
    if (!isFinal(previous) && isFinal(state)) {
        ++m_finished;
        m_failed += state == OrderActionService::ItemState::Failed ? 1 : 0;
    } else if (previous == OrderActionService::ItemState::Failed && !isFinal(state)) {
        --m_finished; // retried
        --m_failed;
    }
    updateSummary();
}

void BulkActionDialog::updateSummary()
{
    const int total = int(m_orders.size());
    m_progress->setValue(m_finished);
    if (m_finished < total || m_rows.isEmpty()) {
        m_summary->setText(tr("%1: %2 of %n order(s) finished.", nullptr, total).arg(m_action.label).arg(m_finished));
        return;
    }
    m_summary->setText(m_failed == 0 ? tr("%1: done for all %n order(s).", nullptr, total).arg(m_action.label)
                                     : tr("%1: %2 of %n order(s) failed; see the reasons below.", nullptr, total)
                                           .arg(m_action.label)
                                           .arg(m_failed));
    Q_EMIT allFinished();
}

} // namespace sd::ui
