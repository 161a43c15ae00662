// Settings: language, appearance, the open workspace, its cache, its connections, privacy.
#pragma once

#include "profile/profile.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

class QVBoxLayout;

namespace sd::ui {

class ConnectionsPanel;

class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(const ProfileInfo &profile, QWidget *parent = nullptr);

    // "" = system, "en", "tr"
    void setLanguage(const QString &code);
    void setTheme(const QString &theme);
    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }
    [[nodiscard]] QComboBox *themeCombo() const { return m_theme; }
    // What the cache section shows: whether the key is in a passphrase file and whether the cache is open.
    void setCacheState(bool passphraseMode, bool open);
    [[nodiscard]] QPushButton *passphraseButton() const { return m_passphraseButton; }
    [[nodiscard]] QPushButton *keychainButton() const { return m_keychainButton; }
    [[nodiscard]] ConnectionsPanel *connectionsPanel() const { return m_connections; }
    // Adds a section (a group box of another area, e.g. the inbox's notifications) above the privacy note.
    void addSection(QWidget *section);

Q_SIGNALS:
    void languageRequested(const QString &code);
    void themeRequested(const QString &theme);
    void newWorkspaceRequested();
    void manageWorkspacesRequested();
    void protectWithPassphraseRequested(); // also "change the passphrase" in passphrase mode
    void useKeychainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ProfileInfo m_profile;
    QGroupBox *m_languageBox;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QGroupBox *m_workspaceBox;
    QLabel *m_workspaceDetails;
    QPushButton *m_newWorkspace;
    QPushButton *m_manageWorkspaces;
    QGroupBox *m_cacheBox;
    QLabel *m_cacheText;
    QPushButton *m_passphraseButton;
    QPushButton *m_keychainButton;
    bool m_passphraseMode = false;
    bool m_cacheOpen = false;
    QGroupBox *m_connectionsBox;
    ConnectionsPanel *m_connections;
    QGroupBox *m_privacyBox;
    QLabel *m_privacyText;
    QVBoxLayout *m_column = nullptr;
};

} // namespace sd::ui
