// Settings → Connections: the workspace's marketplace and Meta connections with their sync state (a Meta
// connection's health too: ok, token expiring/expired, permission missing, rate limited, in text and colour), Add
// (a dialog that verifies before saving), "Facebook Page + Instagram" (the guided token dialog), Reconnect (the
// same dialog for a Meta connection's new token), Remove (after a confirmation that says what goes) and Sync now.
#pragma once

#include "addconnectiondialog.h"
#include "metatokendialog.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd::connectors {
class ConnectionService;
class SyncScheduler;
} // namespace sd::connectors

namespace sd::ui {

class ConnectionsPanel : public QWidget
{
    Q_OBJECT
public:
    // Asked before a connection is removed; true = remove.
    using ConfirmPrompt = std::function<bool(const QString &title, const QString &text)>;

    explicit ConnectionsPanel(QWidget *parent = nullptr);

    // Null until the workspace's cache is open (the panel then says so). Both must outlive the panel or be
    // unset first.
    void setService(connectors::ConnectionService *service, connectors::SyncScheduler *scheduler);
    void setConfirmPrompt(ConfirmPrompt prompt) { m_confirm = std::move(prompt); }

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton *syncButton() const { return m_sync; }
    [[nodiscard]] QPushButton *addMetaButton() const { return m_addMeta; }
    [[nodiscard]] QPushButton *reconnectButton() const { return m_reconnect; }
    // The open Meta token dialog, if any.
    [[nodiscard]] MetaTokenDialog *metaDialog() const { return m_metaDialog; }
    // The open Add dialog, if any.
    [[nodiscard]] AddConnectionDialog *addDialog() const { return m_dialog; }
    // Column indexes of the list.
    enum Column { PlatformColumn, NameColumn, AccountColumn, OrdersColumn, AddressColumn, StateColumn, LastSyncColumn };

public Q_SLOTS:
    void refresh();
    void openAddDialog();
    // The guided Meta token dialog; with a connection id it reconnects that connection.
    void openMetaDialog(const QString &reconnectConnectionId = {});
    void reconnectSelected();
    void removeSelected();

Q_SIGNALS:
    // A removal finished (message empty on success).
    void removed(const QString &connectionId, const QString &errorMessage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    connectors::ConnectionService *m_service = nullptr;
    connectors::SyncScheduler *m_scheduler = nullptr;
    ConfirmPrompt m_confirm;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_sync;
    QPushButton *m_addMeta;
    QPushButton *m_reconnect;
    QPointer<AddConnectionDialog> m_dialog;
    QPointer<MetaTokenDialog> m_metaDialog;
    bool m_removing = false;
};

} // namespace sd::ui
