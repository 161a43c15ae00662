#include "mainwindow.h"

#include "commandpalette.h"
#include "common/version.h"
#include "inbox/inboxnotifier.h"
#include "inbox/inboxview.h"
#include "inbox/notificationsettings.h"
#include "navigationrail.h"
#include "orders/ordersview.h"
#include "settings/connectionspanel.h"
#include "settings/settings.h"
#include "settings/settingsview.h"
#include "store/localstore.h"
#include "widgets/emptystatewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace sd::ui {
namespace {

const QString kDefaultView = QStringLiteral("inbox");

QString iconFor(const QString &id)
{
    return id; // icon files are named after the views
}

} // namespace

MainWindow::MainWindow(const ProfileInfo &profile, ProfileSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_profile(profile),
      m_settings(settings),
      m_rail(new NavigationRail(this)),
      m_stack(new QStackedWidget(this)),
      m_palette(new CommandPalette(this)),
      m_syncState(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_workspaceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sellerdesk.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    statusBar()->addWidget(m_syncState, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    buildViews();
    buildMenus();
    connect(m_rail, &NavigationRail::currentChanged, this, [this](const QString &id) {
        if (QWidget *w = m_views.value(id))
            m_stack->setCurrentWidget(w);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        if (m_stack->currentWidget() == m_ordersView) {
            m_newOrders = 0;
            m_rail->setBadge(QStringLiteral("orders"), 0);
        }
    });

    retranslate();

    if (!restoreGeometry(m_settings->windowGeometry())) {
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1280, avail.width() * 9 / 10), qMin(800, avail.height() * 9 / 10));
    }
    restoreState(m_settings->windowState());
    const QString last = m_settings->lastView();
    showView(viewIds().contains(last) ? last : kDefaultView);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewIds()
{
    return {QStringLiteral("inbox"), QStringLiteral("orders"), QStringLiteral("customers"),
            QStringLiteral("ai"), QStringLiteral("analytics"), QStringLiteral("settings")};
}

QString MainWindow::viewTitle(const QString &id)
{
    if (id == QLatin1String("inbox")) return tr("Inbox");
    if (id == QLatin1String("orders")) return tr("Orders");
    if (id == QLatin1String("customers")) return tr("Customers");
    if (id == QLatin1String("ai")) return tr("AI Studio");
    if (id == QLatin1String("analytics")) return tr("Analytics");
    if (id == QLatin1String("settings")) return tr("Settings");
    return id;
}

QString MainWindow::currentViewId() const
{
    return m_views.key(m_stack->currentWidget());
}

void MainWindow::showView(const QString &id)
{
    if (!m_views.contains(id))
        return;
    m_rail->setCurrent(id);
    m_stack->setCurrentWidget(m_views.value(id));
}

void MainWindow::setLocalStore(store::LocalStore *store, store::ChangeNotifier *notifier)
{
    m_inboxNotifier->setSource(store ? &store->writer() : nullptr, notifier);
    if (!store) {
        m_ordersView->setDatabase(nullptr, nullptr);
        return;
    }
    auto reader = store->openReader();
    if (!reader) {
        setSyncState(tr("Orders cannot be read: %1").arg(reader.error().message));
        return;
    }
    m_ordersView->setDatabase(std::move(reader).value(), notifier);
}

void MainWindow::onNewOrders(int count, const QString &firstNumber)
{
    if (count <= 0)
        return;
    if (m_stack->currentWidget() != m_ordersView || !isActiveWindow()) {
        if (m_stack->currentWidget() != m_ordersView) {
            m_newOrders += count;
            m_rail->setBadge(QStringLiteral("orders"), m_newOrders);
        }
        if (m_settings->newOrderNotifications() && ensureTray()) {
            m_trayTarget = QStringLiteral("orders");
            m_tray->showMessage(tr("New orders", nullptr, count),
                                count == 1 ? tr("Order %1 has arrived.").arg(firstNumber)
                                           : tr("%n new order(s) have arrived.", nullptr, count),
                                QSystemTrayIcon::Information, 8000);
        }
    }
}

QSystemTrayIcon *MainWindow::ensureTray()
{
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::activateNotification);
        m_tray->show();
        onUnreadChanged(m_unread);
    }
    return m_tray;
}

void MainWindow::activateNotification()
{
    if (m_trayTarget == QLatin1String("orders")) {
        showView(QStringLiteral("orders"));
    } else {
        showView(QStringLiteral("inbox"));
        if (!m_trayTarget.isEmpty())
            m_inboxView->selectConversation(m_trayTarget);
    }
    raise();
    activateWindow();
}

void MainWindow::setNotificationSink(NotificationSink *sink)
{
    m_inboxNotifier->setSink(sink ? sink : static_cast<NotificationSink *>(this));
}

void MainWindow::onUnreadChanged(int unread)
{
    m_unread = unread;
    m_rail->setBadge(QStringLiteral("inbox"), unread);
    m_trayToolTip = unread > 0 ? tr("SellerDesk: %n unread message(s)", nullptr, unread) : tr("SellerDesk");
    if (!m_tray)
        return;
    m_tray->setToolTip(m_trayToolTip);
    // The icon carries the count as a badge (99+ above that).
    QPixmap icon = windowIcon().pixmap(64, 64);
    if (unread > 0 && !icon.isNull()) {
        QPainter p(&icon);
        p.setRenderHint(QPainter::Antialiasing);
        const QRect badge(icon.width() - 36, 0, 36, 36);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xD3, 0x2F, 0x2F));
        p.drawEllipse(badge);
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(unread > 99 ? 14 : 20);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    }
    m_tray->setIcon(QIcon(icon));
}

void MainWindow::showNotification(const InboxNotification &notification)
{
    // The conversation is already in front of the user: nothing to announce.
    if (isActiveWindow() && m_stack->currentWidget() == m_inboxView
        && m_inboxView->currentConversationId() == notification.conversationId)
        return;
    m_trayTarget = notification.conversationId;
    if (!ensureTray())
        return;
    m_tray->showMessage(notification.title, notification.body, QSystemTrayIcon::Information, 8000);
}

void MainWindow::playSound()
{
    QApplication::beep(); // QtMultimedia is not among the dependencies; the desktop's bell
}

void MainWindow::setSyncState(const QString &text, const QString &details)
{
    m_syncText = text;
    m_syncState->setText(text);
    m_syncState->setToolTip(details);
}

void MainWindow::setProgress(int value, int maximum)
{
    m_progress->setVisible(maximum >= 0);
    if (maximum >= 0) {
        m_progress->setRange(0, maximum);
        m_progress->setValue(value);
    }
}

void MainWindow::saveState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(QMainWindow::saveState());
    m_settings->setLastView(currentViewId());
    (void)m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::buildViews()
{
    for (const QString &id : viewIds()) {
        QWidget *view = nullptr;
        if (id == QLatin1String("settings")) {
            m_settingsView = new SettingsView(m_profile, m_stack);
            m_inboxNotifier = new InboxNotifier(this);
            m_inboxNotifier->setSink(this);
            connect(m_inboxNotifier, &InboxNotifier::unreadCountChanged, this, &MainWindow::onUnreadChanged);
            auto *inboxSettings = new NotificationSettings(m_settings, m_inboxNotifier, m_settingsView);
            m_settingsView->addSection(inboxSettings);
            connect(inboxSettings, &NotificationSettings::enterSendsChanged, this, [this](bool on) {
                if (m_inboxView)
                    m_inboxView->setEnterSends(on);
            });
            connect(m_settingsView, &SettingsView::newWorkspaceRequested, this, &MainWindow::newWorkspaceRequested);
            connect(m_settingsView, &SettingsView::manageWorkspacesRequested, this,
                    &MainWindow::manageWorkspacesRequested);
            view = m_settingsView;
        } else if (id == QLatin1String("orders")) {
            m_ordersView = new OrdersView(m_settings, m_stack);
            connect(m_ordersView, &OrdersView::openSettingsRequested, this,
                    [this] { showView(QStringLiteral("settings")); });
            connect(m_ordersView, &OrdersView::newOrders, this, &MainWindow::onNewOrders);
            view = m_ordersView;
        } else if (id == QLatin1String("inbox")) {
            m_inboxView = new InboxView(m_stack); // shows its own empty state until conversations arrive
            connect(m_inboxView, &InboxView::settingsRequested, this, [this] { showView(QStringLiteral("settings")); });
            connect(m_inboxView, &InboxView::reconnectRequested, this, [this](const QString &connectionId) {
                showView(QStringLiteral("settings"));
                if (m_settingsView)
                    m_settingsView->connectionsPanel()->openMetaDialog(connectionId);
            });
            m_inboxView->setCustomerPanelVisible(m_settings->inboxCustomerPanel());
            m_inboxView->setEnterSends(m_settings->enterSends());
            connect(m_inboxView, &InboxView::customerPanelToggled, this,
                    [this](bool on) { m_settings->setInboxCustomerPanel(on); });
            connect(m_inboxView, &InboxView::orderRequested, this, [this](const QString &orderId) {
                showView(QStringLiteral("orders"));
                m_ordersView->openOrder(orderId);
            });
            view = m_inboxView;
        } else {
            auto *empty = new EmptyStateWidget(iconFor(id), m_stack);
            if (id == QLatin1String("inbox") || id == QLatin1String("ai"))
                connect(empty, &EmptyStateWidget::actionTriggered, this,
                        [this] { showView(QStringLiteral("settings")); });
            m_emptyStates.insert(id, empty);
            view = empty;
        }
        view->setObjectName(QStringLiteral("view_") + id);
        m_views.insert(id, view);
        m_stack->addWidget(view);
        m_rail->addItem(id, iconFor(id), id == QLatin1String("settings"));
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newWorkspaceAction = m_fileMenu->addAction(QString(), this, &MainWindow::newWorkspaceRequested);
    m_newWorkspaceAction->setShortcut(QKeySequence::New);
    m_manageWorkspacesAction = m_fileMenu->addAction(QString(), this, &MainWindow::manageWorkspacesRequested);
    m_manageWorkspacesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quitRequested);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_paletteAction = m_viewMenu->addAction(QString(), this, [this] { m_palette->popup(); });
    m_paletteAction->setObjectName(QStringLiteral("commandPaletteAction"));
    m_paletteAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_paletteAction->setShortcutContext(Qt::ApplicationShortcut);
    m_syncNowAction = m_viewMenu->addAction(QString(), this, &MainWindow::syncNowRequested);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNowAction->setShortcutContext(Qt::ApplicationShortcut);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_ordersView->notifyAction());
    m_viewMenu->addSeparator();
    int n = 1;
    for (const QString &id : viewIds()) {
        QAction *go = m_viewMenu->addAction(QString(), this, [this, id] { showView(id); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++)));
        m_goActions.insert(id, go);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_profile.kind == QLatin1String("demo") ? tr("SellerDesk — %1 [DEMO: sample data]").arg(m_profile.name)
                                                           : tr("SellerDesk — %1").arg(m_profile.name));
    for (const QString &id : viewIds()) {
        const QString title = viewTitle(id);
        const int index = int(viewIds().indexOf(id)) + 1;
        // The rail is narrow: AI Studio has a short label of its own there.
        const QString railText = id == QLatin1String("ai") ? tr("AI Studio", "short label in the navigation rail")
                                                           : title;
        m_rail->setItemText(id, railText, tr("%1 (Ctrl+%2)").arg(title).arg(index));
        if (QAction *go = m_goActions.value(id))
            go->setText(tr("Go to %1").arg(title));
    }

    auto set = [this](const QString &id, const QString &title, const QString &body, const QString &action) {
        EmptyStateWidget *e = m_emptyStates.value(id);
        if (!e)
            return; // a real view now (the inbox translates itself)
        e->setTitle(title);
        e->setBody(body);
        e->setActionText(action);
    };
    set(QStringLiteral("inbox"), tr("No conversations yet"),
        tr("Instagram Direct and Messenger conversations will arrive here, in one list you can answer from "
           "the keyboard. Connecting accounts arrives in a later version."),
        tr("Open Settings"));
    set(QStringLiteral("customers"), tr("No customers yet"),
        tr("Every buyer and every person who writes to you gets one profile here, across all channels, as soon "
           "as orders and messages arrive."),
        QString());
    set(QStringLiteral("ai"), tr("AI Studio is not set up"),
        tr("Product texts, captions, reply suggestions, images and voice-overs from the AI provider of your "
           "choice will be requested here. Personal data is removed before a prompt leaves this computer."),
        tr("Open Settings"));
    set(QStringLiteral("analytics"), tr("Nothing to chart yet"),
        tr("Revenue, orders per channel and day, top products and response times are drawn here once orders "
           "and messages arrive."),
        QString());

    m_fileMenu->setTitle(tr("&Workspace"));
    m_newWorkspaceAction->setText(tr("&New workspace…"));
    m_manageWorkspacesAction->setText(tr("&Switch workspace…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_paletteAction->setText(tr("&Command palette…"));
    m_syncNowAction->setText(tr("S&ync now"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SellerDesk"));

    const QString kind = m_profile.kind == QLatin1String("demo") ? tr("Demo") : tr("Local");
    m_workspaceLabel->setText(tr("%1 · %2").arg(m_profile.name, kind));
    m_syncState->setText(m_syncText.isEmpty() ? tr("Offline workspace: everything is kept on this computer")
                                              : m_syncText);
    updatePaletteCommands();
}

void MainWindow::updatePaletteCommands()
{
    std::vector<PaletteCommand> commands;
    const QStringList english = {QStringLiteral("inbox messages"), QStringLiteral("orders"),
                                 QStringLiteral("customers crm"), QStringLiteral("ai studio"),
                                 QStringLiteral("analytics reports"), QStringLiteral("settings preferences")};
    int n = 0;
    for (const QString &id : viewIds()) {
        commands.push_back({QStringLiteral("go:") + id, tr("Go to %1").arg(viewTitle(id)), english.at(n),
                            m_goActions.value(id)->shortcut(), [this, id] { showView(id); }});
        ++n;
    }
    commands.push_back({QStringLiteral("workspace:new"), tr("New workspace…"), QStringLiteral("workspace new"),
                        m_newWorkspaceAction->shortcut(), [this] { Q_EMIT newWorkspaceRequested(); }});
    commands.push_back({QStringLiteral("workspace:switch"), tr("Switch workspace…"),
                        QStringLiteral("workspace switch"), m_manageWorkspacesAction->shortcut(),
                        [this] { Q_EMIT manageWorkspacesRequested(); }});
    commands.push_back({QStringLiteral("sync:now"), tr("Sync now"), QStringLiteral("sync refresh orders fetch"),
                        m_syncNowAction->shortcut(), [this] { Q_EMIT syncNowRequested(); }});
    commands.push_back({QStringLiteral("help:about"), tr("About SellerDesk"), QStringLiteral("about version"),
                        QKeySequence(), [this] { showAbout(); }});
    m_palette->setCommands(std::move(commands));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SellerDesk"),
        tr("<h3>SellerDesk %1</h3>"
           "<p>Your shop's messages, orders, customers and AI content in one fast window.</p>"
           "<p>Built with Qt %2. Your data stays on this computer unless you connect a cloud workspace.</p>")
            .arg(QStringLiteral(SELLERDESK_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace sd::ui
