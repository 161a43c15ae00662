// The main window: navigation rail, one view per area, status bar, menus and the command palette.
#pragma once

#include "inbox/inboxnotifier.h"

#include "profile/profile.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QSystemTrayIcon;

namespace sd {
class ProfileSettings;
}
namespace sd::store {
class ChangeNotifier;
class LocalStore;
} // namespace sd::store

namespace sd::ui {

class CommandPalette;
class EmptyStateWidget;
class InboxNotifier;
class InboxView;
class NavigationRail;
class OrdersView;
class SettingsView;

class MainWindow : public QMainWindow, private NotificationSink
{
    Q_OBJECT
public:
    MainWindow(const ProfileInfo &profile, ProfileSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // View ids in rail order: inbox, orders, customers, ai, analytics, settings.
    [[nodiscard]] static QStringList viewIds();
    [[nodiscard]] QString currentViewId() const;
    void showView(const QString &id);
    [[nodiscard]] QWidget *view(const QString &id) const { return m_views.value(id); }
    [[nodiscard]] NavigationRail *rail() const { return m_rail; }
    [[nodiscard]] CommandPalette *commandPalette() const { return m_palette; }
    [[nodiscard]] SettingsView *settingsView() const { return m_settingsView; }
    [[nodiscard]] InboxView *inboxView() const { return m_inboxView; }
    [[nodiscard]] QAction *syncNowAction() const { return m_syncNowAction; }
    [[nodiscard]] QString syncStateText() const { return m_syncText; }
    [[nodiscard]] OrdersView *ordersView() const { return m_ordersView; }
    // New-message notifications and the unread count (tray tooltip and badge, the Inbox rail badge).
    [[nodiscard]] InboxNotifier *inboxNotifier() const { return m_inboxNotifier; }
    [[nodiscard]] QString trayToolTip() const { return m_trayToolTip; }
    // Where notifications go (default: this window's tray icon); tests pass their own.
    void setNotificationSink(NotificationSink *sink);
    // What a click on the last desktop notification does: the Orders view, or the Inbox on its conversation.
    void activateNotification();

    // The open workspace's cache for the views that read it (null: closed). notifier: where the store announces
    // committed changes (may be null: the views then show what was there when they opened).
    void setLocalStore(store::LocalStore *store, store::ChangeNotifier *notifier = nullptr);
    [[nodiscard]] const ProfileInfo &profile() const { return m_profile; }

    // Status bar: sync state text and an optional progress (max 0 = busy, negative = hidden).
    void setSyncState(const QString &text, const QString &details = {});
    void setProgress(int value, int maximum);

    // Writes geometry and the current view to the profile settings (also done on close).
    void saveState();

    // The translated title of a view.
    [[nodiscard]] static QString viewTitle(const QString &id);

Q_SIGNALS:
    void newWorkspaceRequested();
    void manageWorkspacesRequested();
    void quitRequested();
    void syncNowRequested(); // F5, View → Sync now, the command palette

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildViews();
    void buildMenus();
    void retranslate();
    void updatePaletteCommands();
    void showAbout();
    void onNewOrders(int count, const QString &firstNumber);
    // The tray icon, created on first use (null when the desktop has no tray).
    QSystemTrayIcon *ensureTray();
    void onUnreadChanged(int unread);
    void showNotification(const InboxNotification &notification) override;
    void playSound() override;

    ProfileInfo m_profile;
    ProfileSettings *m_settings;
    NavigationRail *m_rail;
    QStackedWidget *m_stack;
    QHash<QString, QWidget *> m_views;
    QHash<QString, EmptyStateWidget *> m_emptyStates;
    SettingsView *m_settingsView = nullptr;
    OrdersView *m_ordersView = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_newOrders = 0; // arrived since the Orders view was last shown
    QString m_trayTarget; // what a click on the last tray message opens: "orders" or a conversation id
    InboxNotifier *m_inboxNotifier = nullptr;
    QString m_trayToolTip;
    int m_unread = 0;
    InboxView *m_inboxView = nullptr;
    CommandPalette *m_palette;
    QLabel *m_syncState;
    QProgressBar *m_progress;
    QLabel *m_workspaceLabel;
    QString m_syncText;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newWorkspaceAction = nullptr;
    QAction *m_manageWorkspacesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QHash<QString, QAction *> m_goActions;
};

} // namespace sd::ui
