// Owns what lives as long as the GUI: the app settings, the language, the open workspace (its lock and
// settings) and its main window. Switching workspace closes one window and opens the next.
#pragma once

#include "common/result.h"
#include "profile/profile.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sd {
class AppSettings;
class LanguageManager;
class ProfileLock;
class ProfileSettings;
} // namespace sd

namespace sd::ui {

class MainWindow;

class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(AppSettings *appSettings, LanguageManager *language, ProfileManager *profiles,
                  QObject *parent = nullptr);
    ~AppController() override;

    // Opens the profile in path (created when the folder holds none) and shows its window.
    // On failure the current workspace (if any) stays open.
    [[nodiscard]] Status openProfile(const QString &path);
    // The workspace to open at start-up: the override, else the last one, else the first one, else a new one.
    [[nodiscard]] Result<QString> initialProfilePath(const QString &overridePath);

    // When the start-up workspace cannot be opened (held by another process, damaged…): explains why
    // and lets the user pick or create another. Returns false when the user gives up.
    bool recoverFromOpenFailure(const Error &error);

    [[nodiscard]] MainWindow *mainWindow() const { return m_window; }
    void setLanguage(const QString &code); // "" = system
    void setTheme(const QString &theme);

    void newWorkspace();
    void manageWorkspaces();

private:
    void closeCurrent();

    AppSettings *m_appSettings;
    LanguageManager *m_language;
    ProfileManager *m_profiles;
    ProfileInfo m_profile;
    std::unique_ptr<ProfileLock> m_lock;
    std::unique_ptr<ProfileSettings> m_settings;
    QPointer<MainWindow> m_window;
};

} // namespace sd::ui
