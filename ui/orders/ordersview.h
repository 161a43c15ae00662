// The Orders view: a side list (statuses and channels with counts, saved filters), a filter bar, the orders
// table and a detail pane with the order's lines, customer, addresses, cargo, history and actions.
#pragma once

#include "orderactionservice.h"
#include "orderfilter.h"
#include "ordersexport.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;

namespace sd {
class ProfileSettings;
}
namespace sd::net {
class NetworkContext;
}
namespace sd::store {
class ChangeNotifier;
class Database;
} // namespace sd::store

namespace sd::ui {

class ActionInputDialog;
class BulkActionDialog;
class EmptyStateWidget;
class OrderDetailPane;
class OrdersModel;
class ThumbnailLoader;

class OrdersView : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersView(ProfileSettings *settings, QWidget *parent = nullptr);
    ~OrdersView() override;

    // The workspace cache: a read-only connection for the model, and where committed changes are announced
    // (may be null: then the view shows what was there when it opened). Null reader: the cache is not open.
    void setDatabase(std::unique_ptr<store::Database> reader, store::ChangeNotifier *notifier);
    // Actions on orders (the outbox). Null: no action buttons.
    void setActionService(OrderActionService *service);
    // Where product thumbnails are fetched (the app's job layer). Null: placeholders only.
    void setNetwork(net::NetworkContext *network);

    [[nodiscard]] OrdersModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QTreeWidget *sideList() const { return m_side; }
    [[nodiscard]] QTextBrowser *detailBrowser() const;
    [[nodiscard]] OrderDetailPane *detailPane() const { return m_detailPane; }
    [[nodiscard]] ThumbnailLoader *thumbnails() const { return m_thumbnails; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }
    [[nodiscard]] QToolButton *failedActionsButton() const { return m_failedButton; }
    [[nodiscard]] EmptyStateWidget *emptyState() const { return m_empty; }
    [[nodiscard]] QWidget *detailActions() const;
    [[nodiscard]] QString currentOrderId() const { return m_detailOrderId; }
    // Shows one order's details (selected in the table when the current filter shows it), e.g. from the inbox.
    void openOrder(const QString &orderId);
    // "Notify me of new orders" (checkable, kept in the workspace's settings), for the window's View menu.
    [[nodiscard]] QAction *notifyAction() const { return m_notifyAction; }
    [[nodiscard]] QStringList selectedOrderIds() const;

    void setFilter(const OrderFilter &filter);
    [[nodiscard]] OrderFilter filter() const;

    // Saved filters (in the workspace's settings).
    void saveFilter(const QString &name);
    void removeSavedFilter(const QString &name);
    [[nodiscard]] QStringList savedFilterNames() const;
    void applySavedFilter(const QString &name);

    // Without dialogs (tests, scripts): the current filter in the table's order.
    [[nodiscard]] Result<int> exportCsv(const QString &path, const CsvOptions &options,
                                        const OrdersExport::Progress &progress = {});
    [[nodiscard]] Result<QString> pickingListHtml() const;
    // With dialogs.
    void exportInteractively(bool turkishDecimals);
    void printPickingList();
    void savePickingListPdf(const QString &path);

    // Runs an action on orders through the service, with a dialog that shows each order's result (asks first
    // when the action wants it; ask = false: tests). Returns the dialog, or null when nothing was started.
    // An action with parameters opens its ActionInputDialog instead (inputDialogOpened) and returns null; the
    // dialog's OK then starts it (actionStarted).
    BulkActionDialog *runAction(const QString &actionId, const QStringList &orderIds, bool ask = true);
    // Only the orders with a failed or needs-check outbox item (the "Actions failed" button).
    void setFailedOnly(bool on);

Q_SIGNALS:
    // Orders written by a sync while the view watched the store.
    void newOrders(int count, const QString &firstOrderNumber);
    void openSettingsRequested();
    void inputDialogOpened(sd::ui::ActionInputDialog *dialog);
    void actionStarted(sd::ui::BulkActionDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void applyFilterFromBar();
    void updateSideList();
    void updateEmptyState();
    void updateActionsAvailability();
    void showDetail(const QString &orderId);
    void updateFailedBadge();
    [[nodiscard]] OrderFilter effectiveFilter() const;
    ActionInputDialog *openInputDialog(const OrderAction &action, const QStringList &orderIds);
    BulkActionDialog *startAction(const OrderAction &action, const QStringList &orderIds, const QVariantMap &params,
                                  bool ask);
    void onSideItemClicked(QTreeWidgetItem *item);
    void onDatePresetChanged();
    void askToSaveFilter();
    void onOrdersArrived(const QStringList &ids);

    ProfileSettings *m_settings;
    OrdersModel *m_model = nullptr;
    QPointer<OrderActionService> m_service;
    OrderFilter m_filter;

    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_side = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_datePreset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_saveFilterButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_printButton = nullptr;
    QToolButton *m_bulkButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_table = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    OrderDetailPane *m_detailPane = nullptr;
    ThumbnailLoader *m_thumbnails = nullptr;
    QToolButton *m_failedButton = nullptr;
    QTimer m_splitterSave;
    QTimer m_failedRefresh;
    bool m_failedOnly = false;
    bool m_splitterRestored = false;
    bool m_splitterSized = false;
    QStringList m_failedIds;
    QAction *m_findAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportTurkishAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_notifyAction = nullptr;
    QTimer m_searchDebounce;
    QString m_detailOrderId;
    QString m_topOrderBeforeLayout;
    bool m_updatingBar = false;
    bool m_emptyMeansNoOrders = false;
};

} // namespace sd::ui
