#include "ordersview.h"

#include "actioninputdialog.h"
#include "bulkactiondialog.h"
#include "orderdetailpane.h"
#include "orderdetails.h"
#include "thumbnailloader.h"
#include "ordersmodel.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/statement.h"
#include "widgets/emptystatewidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

enum SideKind { SideAll = 1, SideStatus, SideChannel, SideSaved, SideGroup };
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kValueRole = Qt::UserRole + 2;
const QStringList kPlatforms{ QStringLiteral("trendyol"), QStringLiteral("hepsiburada"), QStringLiteral("n11"),
    QStringLiteral("woocommerce") };

enum DatePreset { AnyTime, Today, Last7Days, Last30Days, ThisMonth, CustomRange };

QJsonArray savedFilters(ProfileSettings *settings)
{
    return settings ? QJsonDocument::fromJson(settings->savedOrderFilters()).array() : QJsonArray();
}

} // namespace

OrdersView::OrdersView(ProfileSettings *settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("ordersView"));
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(&m_searchDebounce, &QTimer::timeout, this, &OrdersView::applyFilterFromBar);
    m_failedRefresh.setSingleShot(true);
    m_failedRefresh.setInterval(100);
    connect(&m_failedRefresh, &QTimer::timeout, this, &OrdersView::updateFailedBadge);
    m_thumbnails = new ThumbnailLoader(nullptr, 40, this);
    buildUi();
    retranslate();
    updateEmptyState();
}

OrdersView::~OrdersView() = default;

void OrdersView::buildUi()
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(m_splitter);

    m_side = new QTreeWidget(m_splitter);
    m_side->setObjectName(QStringLiteral("ordersSideList"));
    m_side->setColumnCount(2);
    m_side->setHeaderHidden(true);
    m_side->setRootIsDecorated(false);
    m_side->setIndentation(12);
    m_side->header()->setStretchLastSection(false);
    m_side->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_side->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_side->setContextMenuPolicy(Qt::CustomContextMenu);
    m_side->setMinimumWidth(170);
    connect(m_side, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { onSideItemClicked(item); });
    connect(m_side, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_side->itemAt(pos);
        if (!item || item->data(0, kKindRole).toInt() != SideSaved)
            return;
        QMenu menu(this);
        const QString name = item->data(0, kValueRole).toString();
        menu.addAction(tr("Remove saved filter “%1”").arg(name), this, [this, name] { removeSavedFilter(name); });
        menu.exec(m_side->viewport()->mapToGlobal(pos));
    });

    auto *center = new QWidget(m_splitter);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(8, 8, 8, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(center);
    m_search->setObjectName(QStringLiteral("ordersSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updatingBar)
            m_searchDebounce.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersView::applyFilterFromBar);
    m_datePreset = new QComboBox(center);
    m_datePreset->setObjectName(QStringLiteral("ordersDatePreset"));
    m_datePreset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i <= CustomRange; ++i)
        m_datePreset->addItem(QString());
    m_from = new QDateEdit(center);
    m_to = new QDateEdit(center);
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDate(QDate::currentDate());
        d->setVisible(false);
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (!m_updatingBar)
                applyFilterFromBar();
        });
    }
    m_from->setObjectName(QStringLiteral("ordersFrom"));
    m_to->setObjectName(QStringLiteral("ordersTo"));
    connect(m_datePreset, &QComboBox::currentIndexChanged, this, &OrdersView::onDatePresetChanged);

    auto tool = [center](const QString &name) {
        auto *b = new QToolButton(center);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_failedButton = tool(QStringLiteral("ordersFailedActions"));
    m_failedButton->setCheckable(true);
    m_failedButton->setVisible(false);
    m_failedButton->setStyleSheet(QStringLiteral("QToolButton { color: #b3261e; }"));
    connect(m_failedButton, &QToolButton::toggled, this, &OrdersView::setFailedOnly);
    m_saveFilterButton = tool(QStringLiteral("ordersSaveFilter"));
    connect(m_saveFilterButton, &QToolButton::clicked, this, &OrdersView::askToSaveFilter);
    m_bulkButton = tool(QStringLiteral("ordersBulkActions"));
    m_bulkButton->setPopupMode(QToolButton::InstantPopup);
    auto *bulkMenu = new QMenu(m_bulkButton);
    m_bulkButton->setMenu(bulkMenu);
    m_bulkButton->setVisible(false);
    connect(bulkMenu, &QMenu::aboutToShow, this, [this, bulkMenu] {
        bulkMenu->clear();
        if (!m_service)
            return;
        const QStringList ids = selectedOrderIds();
        QList<OrderAction> actions;
        QStringList seen;
        for (qsizetype i = 0; i < ids.size() && i < 500; ++i) {
            for (const OrderAction &a : m_service->actionsFor(ids[i])) {
                if (ids.size() > 1 && !a.bulk)
                    continue; // lines or a document of its own: one order at a time
                if (!seen.contains(a.id)) {
                    seen.append(a.id);
                    actions.append(a);
                }
            }
        }
        if (actions.isEmpty())
            bulkMenu->addAction(tr("No action applies to the selected orders"))->setEnabled(false);
        for (const OrderAction &a : std::as_const(actions)) {
            bulkMenu->addAction(tr("%1 (%n order(s))", nullptr, int(ids.size())).arg(a.label), this,
                                [this, id = a.id, ids] { runAction(id, ids); });
        }
    });
    m_exportButton = tool(QStringLiteral("ordersExport"));
    m_exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_printButton = tool(QStringLiteral("ordersPrint"));
    m_printButton->setPopupMode(QToolButton::MenuButtonPopup);

    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportInteractively(false); });
    m_exportTurkishAction = new QAction(this);
    connect(m_exportTurkishAction, &QAction::triggered, this, [this] { exportInteractively(true); });
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportAction);
    exportMenu->addAction(m_exportTurkishAction);
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setDefaultAction(m_exportAction);
    addAction(m_exportAction);

    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_printAction, &QAction::triggered, this, &OrdersView::printPickingList);
    m_pdfAction = new QAction(this);
    connect(m_pdfAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, m_pdfAction->text(),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/picking-list.pdf"_qs,
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            savePickingListPdf(path);
    });
    auto *printMenu = new QMenu(m_printButton);
    printMenu->addAction(m_printAction);
    printMenu->addAction(m_pdfAction);
    m_printButton->setMenu(printMenu);
    m_printButton->setDefaultAction(m_printAction);
    addAction(m_printAction);

    m_notifyAction = new QAction(this);
    m_notifyAction->setCheckable(true);
    m_notifyAction->setChecked(m_settings ? m_settings->newOrderNotifications() : true);
    connect(m_notifyAction, &QAction::toggled, this, [this](bool on) {
        if (m_settings) {
            m_settings->setNewOrderNotifications(on);
            (void)m_settings->sync();
        }
    });

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    m_countLabel = new QLabel(center);
    m_countLabel->setObjectName(QStringLiteral("ordersCount"));
    bar->addWidget(m_search, 3);
    bar->addWidget(m_datePreset);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_saveFilterButton);
    centerLayout->addLayout(bar);
    // The count and the commands on a second row: one row of everything made the table's minimum width so large
    // that the splitter squeezed the detail pane to a sliver.
    auto *commands = new QHBoxLayout;
    commands->addWidget(m_countLabel);
    commands->addStretch(1);
    commands->addWidget(m_failedButton);
    commands->addWidget(m_bulkButton);
    commands->addWidget(m_printButton);
    commands->addWidget(m_exportButton);
    centerLayout->addLayout(commands);

    m_tableStack = new QStackedWidget(center);
    m_table = new QTableView(m_tableStack);
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(false); // enabled once a model is set (it would sort an empty model now)
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures 200 000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!m_model)
            return;
        showDetail(m_model->orderId(index.row()));
        m_detailPane->setVisible(true);
        m_detailPane->browser()->setFocus(Qt::OtherFocusReason);
    });
    m_empty = new EmptyStateWidget(QStringLiteral("orders"), m_tableStack);
    m_empty->setObjectName(QStringLiteral("ordersEmptyState"));
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, [this] {
        if (m_emptyMeansNoOrders)
            Q_EMIT openSettingsRequested();
        else
            setFilter({});
    });
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);
    centerLayout->addWidget(m_tableStack, 1);

    m_detailPane = new OrderDetailPane(m_splitter);
    m_detailPane->setThumbnails(m_thumbnails);
    connect(m_detailPane, &OrderDetailPane::actionRequested, this,
            [this](const QString &id) { runAction(id, { m_detailOrderId }); });

    m_splitter->addWidget(m_side);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    // The detail pane gets room for product names next to the table (about 40 characters); the user's own
    // sizes are kept in the workspace's settings.
    m_splitter->setSizes({ 180, 820, 440 }); // until it is shown (showEvent sizes it for the real width)
    if (m_settings && !m_settings->ordersSplitterState().isEmpty())
        m_splitterRestored = m_splitter->restoreState(m_settings->ordersSplitterState());
    m_splitterSave.setSingleShot(true);
    m_splitterSave.setInterval(400);
    connect(&m_splitterSave, &QTimer::timeout, this, [this] {
        if (m_settings) {
            m_settings->setOrdersSplitterState(m_splitter->saveState());
            (void)m_settings->sync();
        }
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterSave.start(); });
}

void OrdersView::retranslate()
{
    m_search->setPlaceholderText(tr("Search number, customer, city, SKU, barcode (Ctrl+F)"));
    const QStringList presets{ tr("Any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("This month"),
        tr("Date range…") };
    for (int i = 0; i < presets.size(); ++i)
        m_datePreset->setItemText(i, presets[i]);
    m_from->setToolTip(tr("From"));
    m_to->setToolTip(tr("To"));
    m_saveFilterButton->setText(tr("Save filter…"));
    m_saveFilterButton->setToolTip(tr("Keep this filter in the side list"));
    m_bulkButton->setText(tr("Actions"));
    m_bulkButton->setToolTip(tr("Run an action on the selected orders"));
    m_exportAction->setText(tr("Export to CSV…"));
    m_exportAction->setToolTip(tr("Export every order of this filter to CSV (Ctrl+E)"));
    m_exportTurkishAction->setText(tr("Export to CSV for Turkish Excel (1.234,56; separated by ;)…"));
    m_printAction->setText(tr("Print picking list…"));
    m_printAction->setToolTip(tr("Print the products to pick for the selected orders"));
    m_pdfAction->setText(tr("Save picking list as PDF…"));
    m_notifyAction->setText(tr("Notify me of new orders"));
    m_findAction->setText(tr("Search orders"));
    updateSideList();
    updateEmptyState();
    m_failedButton->setText(tr("Actions failed"));
    m_failedButton->setToolTip(tr("Show only orders with a failed action or one that needs a check"));
    updateFailedBadge();
    if (!m_detailOrderId.isEmpty())
        showDetail(m_detailOrderId);
    else
        m_detailPane->showPlaceholder(tr("Select an order to see its lines, customer, addresses and cargo."));
}

void OrdersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterRestored || m_splitterSized)
        return;
    // First show without saved sizes: the detail pane gets room for product names (about 60 characters, at least
    // 440 px, at most 40 % of the view); the side list its own width; the table the rest.
    m_splitterSized = true;
    if (layout())
        layout()->activate(); // the splitter at the view's real width first
    const int total = std::max(m_splitter->width() - 2 * m_splitter->handleWidth(), 900);
    const int side = std::max(m_side->sizeHint().width(), 180);
    const int detail = std::clamp(fontMetrics().averageCharWidth() * 62, 440, std::max(440, total * 2 / 5));
    m_splitter->setSizes({ side, std::max(300, total - side - detail), detail });
}

void OrdersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrdersView::setDatabase(std::unique_ptr<store::Database> reader, store::ChangeNotifier *notifier)
{
    if (QItemSelectionModel *old = m_table->selectionModel())
        disconnect(old, nullptr, this, nullptr);
    m_table->setModel(nullptr);
    m_detailPane->setDatabase(nullptr); // the model's reader goes with it
    m_detailPane->showPlaceholder(tr("Select an order to see its lines, customer, addresses and cargo."));
    delete m_model;
    m_model = nullptr;
    m_detailOrderId.clear();
    if (reader) {
        m_model = new OrdersModel(std::move(reader), this);
        m_model->setChangeNotifier(notifier);
        m_model->setFilter(effectiveFilter());
        m_table->setModel(m_model);
        // The indicator first: enabling sorting sorts by it (the model is already in this order: no work).
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        m_table->setSortingEnabled(true);
        auto *header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(OrdersModel::CustomerColumn, QHeaderView::Stretch);
        // Widths from what the columns hold in this locale and font (measuring rows would read pages).
        const QFontMetrics fm = m_table->fontMetrics();
        const QLocale locale;
        auto widest = [&fm](const QStringList &texts) {
            int w = 0;
            for (const QString &t : texts)
                w = std::max(w, fm.horizontalAdvance(t));
            return w + 18;
        };
        QStringList statusLabels;
        for (const QString &st : OrdersModel::statusNames())
            statusLabels.append(OrdersModel::statusLabel(st));
        m_table->setColumnWidth(OrdersModel::ChannelColumn, widest({ model()->headerData(OrdersModel::ChannelColumn, Qt::Horizontal, Qt::DisplayRole).toString() }));
        m_table->setColumnWidth(OrdersModel::NumberColumn, widest({ u"10000000000"_qs }));
        m_table->setColumnWidth(OrdersModel::DateColumn,
                                widest({ locale.toString(QDateTime(QDate(2026, 12, 28), QTime(22, 58)), QLocale::ShortFormat) }));
        m_table->setColumnWidth(OrdersModel::CityColumn, widest({ u"Şanlıurfa"_qs }));
        m_table->setColumnWidth(OrdersModel::ItemsColumn, widest({ model()->headerData(OrdersModel::ItemsColumn, Qt::Horizontal, Qt::DisplayRole).toString(), u"999"_qs }));
        m_table->setColumnWidth(OrdersModel::TotalColumn, widest({ OrdersModel::formatMoney(9999999, u"TRY"_qs, locale) }));
        m_table->setColumnWidth(OrdersModel::StatusColumn, widest(statusLabels));
        m_table->setColumnWidth(OrdersModel::CargoColumn, widest({ u"Yurtiçi Kargo"_qs }));
        connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
            // Items cannot be sorted in SQL cheaply: the indicator goes back to the model's sort.
            if (m_model && !OrdersModel::isSortable(column)) {
                QSignalBlocker block(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            }
        });
        connect(m_model, &OrdersModel::countsChanged, this, [this] {
            updateSideList();
            updateEmptyState();
            updateFailedBadge();
            if (!m_detailOrderId.isEmpty() && !m_detailPane->browser()->hasFocus())
                showDetail(m_detailOrderId); // a sync may have changed it
        });
        connect(m_model, &OrdersModel::ordersArrived, this, &OrdersView::onOrdersArrived);
        connect(m_model, &OrdersModel::queryFailed, this, [this](const QString &message) {
            m_countLabel->setText(tr("Cannot read orders: %1").arg(message));
        });
        // Keep the orders the user was looking at on screen when new ones arrive above them.
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
            const QModelIndex top = m_table->indexAt(QPoint(1, 1));
            m_topOrderBeforeLayout = top.isValid() && top.row() > 0 ? m_model->orderId(top.row()) : QString();
        });
        connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
            if (m_topOrderBeforeLayout.isEmpty())
                return;
            const int row = m_model->rowOf(std::exchange(m_topOrderBeforeLayout, {}));
            if (row >= 0)
                m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
        });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid() && m_model && current.model() == m_model)
                        showDetail(m_model->orderId(current.row()));
                });
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &OrdersView::updateActionsAvailability);
    }
    updateSideList();
    updateEmptyState();
    updateActionsAvailability();
}

void OrdersView::setActionService(OrderActionService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_detailPane->setService(service);
    if (m_service) {
        connect(m_service, &OrderActionService::itemChanged, this, [this] { m_failedRefresh.start(); });
    }
    updateActionsAvailability();
    updateFailedBadge();
}

QStringList OrdersView::selectedOrderIds() const
{
    QStringList ids;
    if (!m_model || !m_table->selectionModel())
        return ids;
    const QItemSelection selection = m_table->selectionModel()->selection();
    // Everything selected (Ctrl+A on 200 000 rows): read the ids in SQL instead of walking the pages.
    if (selection.size() == 1 && selection.first().top() == 0
        && selection.first().bottom() == m_model->rowCount() - 1 && m_model->rowCount() > OrdersModel::kPageSize) {
        const OrderSql &where = m_model->whereSql();
        auto stmt = m_model->database().prepare(QString(u"SELECT o.id FROM orders o WHERE "_qs % where.where % u" ORDER BY "
                                                % m_model->orderBySql()));
        if (stmt) {
            int i = 1;
            for (const QVariant &v : where.binds) {
                (void)(v.typeId() == QMetaType::LongLong ? stmt->bind(i, v.toLongLong()) : stmt->bind(i, v.toString()));
                ++i;
            }
            while (stmt->step().valueOr(false))
                ids.append(stmt->text(0));
            return ids;
        }
    }
    QList<int> rows;
    for (const QItemSelectionRange &range : selection) {
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows.append(r);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int r : std::as_const(rows)) {
        const QString id = m_model->orderId(r);
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void OrdersView::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    m_updatingBar = true;
    m_search->setText(filter.text);
    if (filter.from.isValid() || filter.to.isValid()) {
        m_datePreset->setCurrentIndex(CustomRange);
        m_from->setDate(filter.from.isValid() ? filter.from : QDate(2000, 1, 1));
        m_to->setDate(filter.to.isValid() ? filter.to : QDate::currentDate());
    } else {
        m_datePreset->setCurrentIndex(AnyTime);
    }
    m_from->setVisible(m_datePreset->currentIndex() == CustomRange);
    m_to->setVisible(m_datePreset->currentIndex() == CustomRange);
    m_updatingBar = false;
    m_searchDebounce.stop();
    if (m_model)
        m_model->setFilter(effectiveFilter());
    updateSideList();
    updateEmptyState();
}

OrderFilter OrdersView::filter() const
{
    return m_filter;
}

void OrdersView::applyFilterFromBar()
{
    if (m_updatingBar)
        return;
    m_searchDebounce.stop();
    OrderFilter f = m_filter;
    f.text = m_search->text().trimmed();
    const QDate today = QDate::currentDate();
    switch (m_datePreset->currentIndex()) {
    case Today:
        f.from = today;
        f.to = today;
        break;
    case Last7Days:
        f.from = today.addDays(-6);
        f.to = today;
        break;
    case Last30Days:
        f.from = today.addDays(-29);
        f.to = today;
        break;
    case ThisMonth:
        f.from = QDate(today.year(), today.month(), 1);
        f.to = today;
        break;
    case CustomRange:
        f.from = m_from->date();
        f.to = m_to->date();
        break;
    default:
        f.from = QDate();
        f.to = QDate();
        break;
    }
    m_filter = f;
    if (m_model)
        m_model->setFilter(effectiveFilter());
    updateSideList();
    updateEmptyState();
}

void OrdersView::onDatePresetChanged()
{
    const bool custom = m_datePreset->currentIndex() == CustomRange;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (custom && !m_updatingBar) {
        QSignalBlocker a(m_from);
        m_from->setDate(QDate::currentDate().addDays(-30));
        QSignalBlocker b(m_to);
        m_to->setDate(QDate::currentDate());
    }
    applyFilterFromBar();
}

void OrdersView::updateSideList()
{
    const QHash<QString, int> statusCounts = m_model ? m_model->statusCounts() : QHash<QString, int>();
    const QHash<QString, int> channelCounts = m_model ? m_model->channelCounts() : QHash<QString, int>();
    const QLocale locale;
    QSignalBlocker block(m_side);
    m_side->clear();
    auto add = [this, &locale](QTreeWidgetItem *parent, int kind, const QString &value, const QString &text,
                               int count, bool selected) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_side);
        item->setText(0, text);
        if (count >= 0) {
            item->setText(1, locale.toString(count));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setData(0, kKindRole, kind);
        item->setData(0, kValueRole, value);
        if (selected)
            item->setSelected(true);
        return item;
    };
    auto group = [this](const QString &title) {
        auto *g = new QTreeWidgetItem(m_side, { title });
        g->setData(0, kKindRole, SideGroup);
        g->setFlags(Qt::ItemIsEnabled);
        QFont f = g->font(0);
        f.setBold(true);
        g->setFont(0, f);
        g->setFirstColumnSpanned(true);
        return g;
    };
    int all = 0;
    for (int n : statusCounts)
        all += n;
    add(nullptr, SideAll, {}, tr("All orders"), m_model ? all : -1,
        m_filter.statuses.isEmpty() && m_filter.platforms.isEmpty());
    QTreeWidgetItem *statuses = group(tr("Status"));
    for (const QString &s : OrdersModel::statusNames()) {
        const int n = statusCounts.value(s);
        if (s == u"unknown" && n == 0)
            continue;
        add(statuses, SideStatus, s, OrdersModel::statusLabel(s), m_model ? n : -1,
            m_filter.statuses == QStringList{ s });
    }
    QTreeWidgetItem *channels = group(tr("Channels"));
    for (const QString &p : kPlatforms) {
        add(channels, SideChannel, p, OrdersModel::platformName(p), m_model ? channelCounts.value(p) : -1,
            m_filter.platforms == QStringList{ p })
            ->setIcon(0, OrdersModel::channelIcon(p));
    }
    const QJsonArray saved = savedFilters(m_settings);
    if (!saved.isEmpty()) {
        QTreeWidgetItem *savedGroup = group(tr("Saved filters"));
        for (const QJsonValue &v : saved) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            const OrderFilter f = OrderFilter::fromJson(v.toObject().value(QStringLiteral("filter")).toObject());
            add(savedGroup, SideSaved, name, name, -1, f == m_filter && !f.isEmpty());
        }
    }
    m_side->expandAll();
    if (m_model) {
        m_countLabel->setText(m_model->rowCount() == m_model->totalOrders()
                                  ? tr("%n order(s)", nullptr, m_model->rowCount())
                                  : tr("%1 of %n order(s)", nullptr, m_model->totalOrders())
                                        .arg(locale.toString(m_model->rowCount())));
    } else {
        m_countLabel->clear();
    }
}

void OrdersView::onSideItemClicked(QTreeWidgetItem *item)
{
    if (!item)
        return;
    OrderFilter f = m_filter;
    switch (item->data(0, kKindRole).toInt()) {
    case SideAll:
        f.statuses.clear();
        f.platforms.clear();
        break;
    case SideStatus: {
        const QStringList s{ item->data(0, kValueRole).toString() };
        f.statuses = f.statuses == s ? QStringList() : s; // a second click lifts it
        break;
    }
    case SideChannel: {
        const QStringList p{ item->data(0, kValueRole).toString() };
        f.platforms = f.platforms == p ? QStringList() : p;
        break;
    }
    case SideSaved:
        applySavedFilter(item->data(0, kValueRole).toString());
        return;
    default:
        return;
    }
    setFilter(f);
}

void OrdersView::updateEmptyState()
{
    const bool noStore = !m_model;
    const bool noOrders = m_model && m_model->totalOrders() == 0;
    const bool noMatch = m_model && !noOrders && m_model->rowCount() == 0;
    m_emptyMeansNoOrders = noStore || noOrders;
    if (noStore || noOrders) {
        m_empty->setTitle(tr("No orders yet"));
        m_empty->setBody(tr("Connect a marketplace in Settings: orders from Trendyol, Hepsiburada, N11 and your "
                            "WooCommerce shop then arrive here in one table."));
        m_empty->setActionText(tr("Open Settings"));
    } else if (noMatch) {
        m_empty->setTitle(tr("No order matches these filters"));
        m_empty->setBody(tr("Try another word, a wider date range or another status."));
        m_empty->setActionText(tr("Clear filters"));
    }
    m_tableStack->setCurrentWidget(noStore || noOrders || noMatch ? static_cast<QWidget *>(m_empty) : m_table);
    m_exportAction->setEnabled(m_model && !noMatch && !noOrders);
    m_exportTurkishAction->setEnabled(m_exportAction->isEnabled());
}

void OrdersView::updateActionsAvailability()
{
    const bool hasSelection = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_bulkButton->setVisible(m_service != nullptr);
    m_bulkButton->setEnabled(hasSelection);
    m_printAction->setEnabled(hasSelection);
    m_pdfAction->setEnabled(hasSelection);
}

void OrdersView::openOrder(const QString &orderId)
{
    const int row = m_model ? m_model->rowOf(orderId) : -1;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    }
    if (m_detailOrderId != orderId)
        showDetail(orderId);
}

void OrdersView::showDetail(const QString &orderId)
{
    m_detailOrderId = orderId;
    m_detailPane->setDatabase(m_model ? &m_model->database() : nullptr);
    if (!m_model || orderId.isEmpty()) {
        m_detailPane->showPlaceholder(tr("Select an order to see its lines, customer, addresses and cargo."));
        return;
    }
    m_detailPane->showOrder(orderId);
}

QTextBrowser *OrdersView::detailBrowser() const
{
    return m_detailPane->browser();
}

QWidget *OrdersView::detailActions() const
{
    return m_detailPane->actionsBox();
}

void OrdersView::setNetwork(net::NetworkContext *network)
{
    m_thumbnails->setNetwork(network);
}

OrderFilter OrdersView::effectiveFilter() const
{
    OrderFilter f = m_filter;
    if (m_failedOnly)
        f.orderIds = m_failedIds.isEmpty() ? QStringList{ QStringLiteral("-") } : m_failedIds; // "-": no order
    return f;
}

void OrdersView::updateFailedBadge()
{
    const QStringList failed = m_service ? m_service->ordersWithFailedItems() : QStringList();
    m_failedButton->setVisible(!failed.isEmpty() || m_failedOnly);
    m_failedButton->setText(tr("Actions failed (%1)").arg(failed.size()));
    if (m_failedOnly && failed != m_failedIds) {
        m_failedIds = failed;
        if (m_model)
            m_model->setFilter(effectiveFilter());
    }
}

void OrdersView::setFailedOnly(bool on)
{
    m_failedOnly = on;
    m_failedIds = on && m_service ? m_service->ordersWithFailedItems() : QStringList();
    {
        QSignalBlocker block(m_failedButton);
        m_failedButton->setChecked(on);
    }
    if (m_model)
        m_model->setFilter(effectiveFilter());
    updateFailedBadge();
    updateEmptyState();
}

BulkActionDialog *OrdersView::runAction(const QString &actionId, const QStringList &orderIds, bool ask)
{
    if (!m_service || orderIds.isEmpty() || !m_model)
        return nullptr;
    OrderAction action;
    for (const QString &id : orderIds.mid(0, 500)) {
        for (const OrderAction &a : m_service->actionsFor(id)) {
            if (a.id == actionId)
                action = a;
        }
        if (!action.id.isEmpty())
            break;
    }
    if (action.id.isEmpty())
        return nullptr;
    if (action.needsInput) {
        // The parameters first; the dialog checks them against the platform's rules and asks for confirmation.
        openInputDialog(action, orderIds);
        return nullptr;
    }
    return startAction(action, orderIds, {}, ask);
}

BulkActionDialog *OrdersView::startAction(const OrderAction &action, const QStringList &orderIds,
                                          const QVariantMap &params, bool ask)
{
    if (!m_service || !m_model)
        return nullptr;
    if (ask) {
        const QString question = !action.confirmation.isEmpty()
                                     ? action.confirmation
                                     : tr("%1 for %n order(s)?", nullptr, int(orderIds.size())).arg(action.label);
        QMessageBox box(QMessageBox::Question, action.label, question, QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setInformativeText(tr("%n order(s) will be changed on their platform.", nullptr, int(orderIds.size())));
        box.button(QMessageBox::Yes)->setText(action.label);
        box.setDefaultButton(action.destructive ? QMessageBox::Cancel : QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return nullptr;
    }
    // Order numbers for the result list.
    QHash<QString, QString> numbers;
    QJsonArray ids;
    for (const QString &id : orderIds)
        ids.append(id);
    if (auto stmt = m_model->database().prepare(QString(u"SELECT id, order_number FROM orders WHERE id IN (SELECT value FROM json_each(?1))"_qs))) {
        if (stmt->bindAll(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))) {
            while (stmt->step().valueOr(false))
                numbers.insert(stmt->text(0), stmt->text(1));
        }
    }
    QList<std::pair<QString, QString>> orders;
    for (const QString &id : orderIds)
        orders.append({ id, numbers.value(id, id) });
    auto *dialog = new BulkActionDialog(m_service, action, orders, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start(params);
    Q_EMIT actionStarted(dialog);
    return dialog;
}

ActionInputDialog *OrdersView::openInputDialog(const OrderAction &action, const QStringList &orderIds)
{
    if (!m_service || !m_model || orderIds.isEmpty())
        return nullptr;
    QString platform;
    QList<ActionInputDialog::Line> lines;
    if (auto details = OrderDetails::load(m_model->database(), orderIds.first())) {
        platform = details->platform;
        if (orderIds.size() == 1) {
            for (const OrderDetails::Line &l : details->lines)
                lines.append({ l.lineId, l.title, l.sku, l.quantity, l.platformStatus });
        }
    }
    auto *dialog = new ActionInputDialog(m_service, action, platform, orderIds, lines, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Checked and confirmed in the dialog: queued without asking again.
        startAction(dialog->action(), dialog->orderIds(), dialog->params(), false);
    });
    dialog->open();
    Q_EMIT inputDialogOpened(dialog);
    return dialog;
}

void OrdersView::onOrdersArrived(const QStringList &ids)
{
    if (ids.isEmpty() || !m_model)
        return;
    // A workspace's first import (every order in the cache arrived in this burst) is history, not news: no badge,
    // no notification for hundreds of old orders.
    if (auto total = m_model->database().prepare(QString(u"SELECT count(*) FROM orders WHERE deleted = 0"_qs))) {
        if (total->step().valueOr(false) && total->int64(0) <= ids.size())
            return;
    }
    QString first;
    if (auto stmt = m_model->database().prepare(QString(u"SELECT order_number FROM orders WHERE id = ?1"_qs))) {
        if (stmt->bindAll(ids.first()) && stmt->step().valueOr(false))
            first = stmt->text(0);
    }
    Q_EMIT newOrders(int(ids.size()), first); // the badge always; a desktop notification when enabled
}

void OrdersView::saveFilter(const QString &name)
{
    if (!m_settings || name.trimmed().isEmpty())
        return;
    QJsonArray saved = savedFilters(m_settings);
    for (qsizetype i = saved.size() - 1; i >= 0; --i) {
        if (saved.at(i).toObject().value(QStringLiteral("name")).toString() == name.trimmed())
            saved.removeAt(i);
    }
    saved.append(QJsonObject{ { QStringLiteral("name"), name.trimmed() }, { QStringLiteral("filter"), m_filter.toJson() } });
    m_settings->setSavedOrderFilters(QJsonDocument(saved).toJson(QJsonDocument::Compact));
    (void)m_settings->sync();
    updateSideList();
}

void OrdersView::removeSavedFilter(const QString &name)
{
    if (!m_settings)
        return;
    QJsonArray saved = savedFilters(m_settings);
    for (qsizetype i = saved.size() - 1; i >= 0; --i) {
        if (saved.at(i).toObject().value(QStringLiteral("name")).toString() == name)
            saved.removeAt(i);
    }
    m_settings->setSavedOrderFilters(QJsonDocument(saved).toJson(QJsonDocument::Compact));
    (void)m_settings->sync();
    updateSideList();
}

QStringList OrdersView::savedFilterNames() const
{
    QStringList names;
    for (const QJsonValue &v : savedFilters(m_settings))
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    return names;
}

void OrdersView::applySavedFilter(const QString &name)
{
    for (const QJsonValue &v : savedFilters(m_settings)) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            setFilter(OrderFilter::fromJson(v.toObject().value(QStringLiteral("filter")).toObject()));
            return;
        }
    }
}

void OrdersView::askToSaveFilter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of this filter:"), QLineEdit::Normal,
                                               m_filter.text, &ok);
    if (ok)
        saveFilter(name);
}

Result<int> OrdersView::exportCsv(const QString &path, const CsvOptions &options, const OrdersExport::Progress &progress)
{
    if (!m_model)
        return Error{ QStringLiteral("ui"), 0, tr("The cache is not open.") };
    return OrdersExport::writeCsvFile(m_model->database(), m_model->filter(), m_model->orderBySql(), path, options,
                                      progress);
}

void OrdersView::exportInteractively(bool turkishDecimals)
{
    if (!m_model)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export orders"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/orders.csv"_qs, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Exporting orders…"), tr("Cancel"), 0, m_model->rowCount(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    CsvOptions options;
    options.turkishDecimals = turkishDecimals;
    Result<int> rows = exportCsv(path, options, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!rows) {
        if (!progress.wasCanceled())
            QMessageBox::warning(this, tr("Export orders"), rows.error().message);
        return;
    }
    m_countLabel->setText(tr("%n order(s) exported.", nullptr, *rows));
}

Result<QString> OrdersView::pickingListHtml() const
{
    if (!m_model)
        return Error{ QStringLiteral("ui"), 0, tr("The cache is not open.") };
    return OrdersExport::pickingListHtml(m_model->database(), selectedOrderIds());
}

void OrdersView::printPickingList()
{
    Result<QString> html = pickingListHtml();
    if (!html) {
        QMessageBox::warning(this, tr("Picking list"), html.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print picking list"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(*html);
    doc.print(&printer);
}

void OrdersView::savePickingListPdf(const QString &path)
{
    Result<QString> html = pickingListHtml();
    if (!html) {
        QMessageBox::warning(this, tr("Picking list"), html.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument doc;
    doc.setHtml(*html);
    doc.print(&printer);
}

} // namespace sd::ui
