#include "appcontroller.h"

#include "common/logging.h"
#include "common/logsink.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "profile/profilelock.h"
#include "settings/settings.h"
#include "settings/settingsview.h"
#include "theme.h"
#include "workspacedialog.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

namespace sd::ui {

AppController::AppController(AppSettings *appSettings, LanguageManager *language, ProfileManager *profiles,
                             QObject *parent)
    : QObject(parent), m_appSettings(appSettings), m_language(language), m_profiles(profiles)
{
}

AppController::~AppController()
{
    closeCurrent();
}

Result<QString> AppController::initialProfilePath(const QString &overridePath)
{
    if (!overridePath.isEmpty())
        return overridePath;
    const QString last = m_appSettings->lastProfilePath();
    if (!last.isEmpty() && ProfileManager::open(last).ok())
        return last;
    const auto all = m_profiles->list();
    if (!all.isEmpty())
        return all.first().path;
    auto created = m_profiles->create(tr("My workspace"));
    if (!created)
        return created.error();
    return created->path;
}

Status AppController::openProfile(const QString &path)
{
    auto info = ProfileManager::openOrCreate(path);
    if (!info)
        return info.error();
    if (m_window && info->path == m_profile.path)
        return {}; // already open
    auto lock = std::make_unique<ProfileLock>(info->lockPath());
    if (auto locked = lock->tryLock(); !locked)
        return locked;

    // Closing the old window must not end the application while the next one is being opened.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    closeCurrent();
    m_profile = info.value();
    m_lock = std::move(lock);
    m_settings = std::make_unique<ProfileSettings>(m_profile.settingsPath());
    LogSink::Options logOptions;
    logOptions.directory = m_profile.logsPath();
    LogSink::install(logOptions);
    qCInfo(lcApp) << "opened workspace" << m_profile.id;

    m_appSettings->setLastProfilePath(m_profile.path);
    (void)m_appSettings->sync();

    auto *window = new MainWindow(m_profile, m_settings.get());
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    SettingsView *settingsView = window->settingsView();
    settingsView->setLanguage(m_appSettings->language());
    settingsView->setTheme(m_appSettings->theme());
    connect(settingsView, &SettingsView::languageRequested, this, &AppController::setLanguage);
    connect(settingsView, &SettingsView::themeRequested, this, &AppController::setTheme);
    connect(window, &MainWindow::newWorkspaceRequested, this, &AppController::newWorkspace);
    connect(window, &MainWindow::manageWorkspacesRequested, this, &AppController::manageWorkspaces);
    connect(window, &MainWindow::quitRequested, this, [this] {
        closeCurrent();
        QApplication::quit();
    });
    window->show();
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    return {};
}

bool AppController::recoverFromOpenFailure(const Error &error)
{
    Error current = error;
    for (;;) {
        QMessageBox::warning(nullptr, tr("Open workspace"), current.message);
        WorkspaceDialog dialog(m_profiles, m_profile.path, nullptr);
        if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
            return false;
        auto opened = openProfile(dialog.chosenPath());
        if (opened)
            return true;
        current = opened.error();
    }
}

void AppController::closeCurrent()
{
    if (m_window) {
        m_window->saveState();
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        delete m_window.data();
    }
    m_settings.reset();
    m_lock.reset();
}

void AppController::setLanguage(const QString &code)
{
    m_appSettings->setLanguage(code);
    (void)m_appSettings->sync();
    m_language->apply(LanguageManager::resolve(code));
}

void AppController::setTheme(const QString &theme)
{
    m_appSettings->setTheme(theme);
    (void)m_appSettings->sync();
    applyTheme(theme);
}

void AppController::newWorkspace()
{
    const QString path = WorkspaceDialog::createInteractively(m_profiles, m_window);
    if (path.isEmpty())
        return;
    if (auto opened = openProfile(path); !opened)
        QMessageBox::warning(m_window, tr("Open workspace"), opened.error().message);
}

void AppController::manageWorkspaces()
{
    WorkspaceDialog dialog(m_profiles, m_profile.path, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    if (auto opened = openProfile(dialog.chosenPath()); !opened)
        QMessageBox::warning(m_window, tr("Open workspace"), opened.error().message);
}

} // namespace sd::ui
