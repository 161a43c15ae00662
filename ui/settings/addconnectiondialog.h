// Settings → Connections → Add: the platform, its credential fields (password fields where secret), the account
// id, an advanced base URL; "Verify and save" proves the credentials with one call before anything is stored and
// shows the platform's typed error in the dialog when it refuses.
#pragma once

#include "connectors/connectionservice.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sd::ui {

class AddConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    AddConnectionDialog(connectors::ConnectionService *service, QWidget *parent = nullptr);

    // For tests and for the empty states that open the dialog on one platform.
    void setPlatform(const QString &platform);
    [[nodiscard]] QComboBox *platformCombo() const { return m_platform; }
    [[nodiscard]] QLineEdit *credentialEdit(const QString &key) const { return m_credentialEdits.value(key); }
    [[nodiscard]] QLineEdit *accountEdit() const { return m_account; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    [[nodiscard]] QPushButton *verifyButton() const { return m_verify; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QProgressBar *busyIndicator() const { return m_busy; }
    // The connection saved, once accepted.
    [[nodiscard]] const connectors::ConnectionInfo &added() const { return m_added; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void rebuildFields();
    void verifyAndSave();
    void setBusy(bool busy);

    connectors::ConnectionService *m_service;
    QComboBox *m_platform;
    QLabel *m_help;
    QWidget *m_fields = nullptr; // rebuilt per platform
    QHash<QString, QLineEdit *> m_credentialEdits;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_account = nullptr;
    QGroupBox *m_advanced;
    QLineEdit *m_baseUrl;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_verify;
    QDialogButtonBox *m_buttons;
    connectors::ConnectionInfo m_added;
    bool m_isBusy = false;
};

} // namespace sd::ui
