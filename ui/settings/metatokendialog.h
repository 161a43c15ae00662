// Settings → Connections → "Facebook Page + Instagram": the guided token dialog. Explains where to create a Page
// token or a Business Manager system-user token and which permissions it needs; the seller pastes it, "Check
// token" proves it with cheap Graph calls (MetaClient::verifyToken) and lists the Pages (with their Instagram
// accounts) it reaches; the seller picks one and saves. The Page token goes to the keychain only. Graph host and
// API version under "Advanced". In reconnect mode the same dialog replaces the token of one connection.
#pragma once

#include "connectors/meta/metatypes.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sd {
class SecretStore;
}
namespace sd::net {
class NetworkContext;
}
namespace sd::store {
class LocalStore;
}
namespace sd::connectors::meta {
class MetaClient;
}

namespace sd::ui {

class MetaTokenDialog : public QDialog
{
    Q_OBJECT
public:
    // All must outlive the dialog.
    MetaTokenDialog(store::LocalStore *store, SecretStore *secrets, net::NetworkContext *network,
        QWidget *parent = nullptr);

    // Reconnect: only this connection's Page can be chosen; its token is replaced.
    void setReconnect(const QString &connectionId, const QString &pageId, const QString &host, const QString &apiVersion);

    [[nodiscard]] QLineEdit *tokenEdit() const { return m_token; }
    [[nodiscard]] QLineEdit *hostEdit() const { return m_host; }
    [[nodiscard]] QLineEdit *versionEdit() const { return m_version; }
    [[nodiscard]] QGroupBox *advancedBox() const { return m_advanced; }
    [[nodiscard]] QPushButton *checkButton() const { return m_check; }
    [[nodiscard]] QPushButton *saveButton() const;
    [[nodiscard]] QListWidget *pagesList() const { return m_pages; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The connection saved (added or reconnected), once accepted.
    [[nodiscard]] QString savedConnectionId() const { return m_saved; }

Q_SIGNALS:
    void checked(bool ok);
    void saveFailed(const QString &message);

private:
    void checkToken();
    void save();
    void setBusy(bool busy);
    void showError(const QString &text);
    void updateSave();

    store::LocalStore *m_store;
    SecretStore *m_secrets;
    net::NetworkContext *m_network;
    QLabel *m_help;
    QLineEdit *m_token;
    QGroupBox *m_advanced;
    QLineEdit *m_host;
    QLineEdit *m_version;
    QCheckBox *m_humanAgent;
    QPushButton *m_check;
    QListWidget *m_pages;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPointer<connectors::meta::MetaClient> m_client;
    QList<connectors::meta::MetaPageAccess> m_found;
    QString m_checkedToken;
    QString m_reconnectId;
    QString m_reconnectPage;
    QString m_saved;
    bool m_busy = false;
};

} // namespace sd::ui
