#include "appcontroller.h"

#include "common/logging.h"
#include "common/logsink.h"
#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "profile/profilelock.h"
#include "settings/settings.h"
#include "settings/settingsview.h"
#include "store/cachekeystore.h"
#include "store/localstore.h"
#include "theme.h"
#include "workspacedialog.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QStatusBar>
#include <QMessageBox>

namespace sd::ui {

AppController::AppController(AppSettings *appSettings, LanguageManager *language, ProfileManager *profiles,
                             SecretStore *secrets, QObject *parent)
    : QObject(parent), m_appSettings(appSettings), m_language(language), m_profiles(profiles), m_secrets(secrets)
{
    m_passphrasePrompt = [this](const QString &problem) -> std::optional<QString> {
        bool ok = false;
        const QString label = problem.isEmpty()
                                  ? tr("This workspace's cache is protected by a passphrase. Enter it to open:")
                                  : problem + QStringLiteral("\n\n") + tr("Enter the passphrase again:");
        const QString text = QInputDialog::getText(m_window, tr("Unlock workspace"), label, QLineEdit::Password,
                                                   QString(), &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
    m_newPassphrasePrompt = [this]() -> std::optional<QString> {
        bool ok = false;
        const QString first = QInputDialog::getText(
            m_window, tr("Cache passphrase"),
            tr("New passphrase (at least %1 characters). Without it the cache cannot be opened, so keep it safe:")
                .arg(store::CacheKeyStore::kMinPassphraseLength),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        const QString again = QInputDialog::getText(m_window, tr("Cache passphrase"), tr("The same passphrase again:"),
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        if (again != first) {
            QMessageBox::warning(m_window, tr("Cache passphrase"), tr("The passphrases differ; nothing was changed."));
            return std::nullopt;
        }
        return first;
    };
    m_noKeychainPrompt = [this](const QString &message) {
        return QMessageBox::question(m_window, tr("No keychain"), message, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::Yes)
               == QMessageBox::Yes;
    };
    m_damagePrompt = [this](const QString &message) {
        return QMessageBox::warning(m_window, tr("Damaged cache"), message,
                                    QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Reset)
               == QMessageBox::Reset;
    };
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
    connect(settingsView, &SettingsView::protectWithPassphraseRequested, this, &AppController::protectWithPassphrase);
    connect(settingsView, &SettingsView::useKeychainRequested, this, &AppController::useKeychain);
    connect(window, &MainWindow::newWorkspaceRequested, this, &AppController::newWorkspace);
    connect(window, &MainWindow::manageWorkspacesRequested, this, &AppController::manageWorkspaces);
    connect(window, &MainWindow::quitRequested, this, [this] {
        closeCurrent();
        QApplication::quit();
    });
    window->show();
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    openCache();
    return {};
}

void AppController::openCache()
{
    m_keys = std::make_unique<store::CacheKeyStore>(m_profile, m_secrets);
    m_window->setSyncState(tr("Unlocking the encrypted cache…"));
    if (m_keys->mode() == store::KeyMode::Passphrase) {
        QString problem;
        for (;;) {
            const std::optional<QString> passphrase = m_passphrasePrompt(problem);
            if (!passphrase)
                return reportCacheFailure(tr("The cache stays locked: no passphrase was given."));
            auto key = m_keys->unlock(*passphrase);
            if (key)
                return openCacheWithKey(std::move(key).value());
            if (!key.error().is(store::CacheKeyError::WrongPassphrase))
                return reportCacheFailure(key.error().message);
            problem = key.error().message;
        }
    }
    const bool create = !store::LocalStore::exists(m_profile);
    const QString profileId = m_profile.id;
    m_keys->loadFromKeychain(create, m_window, [this, profileId](Result<store::SecureKey> key) {
        if (m_profile.id != profileId)
            return; // another workspace was opened meanwhile
        if (!key && key.error().is(store::CacheKeyError::Keychain) && !store::LocalStore::exists(m_profile))
            return offerPassphraseInsteadOfKeychain(key.error().message);
        if (!key)
            return reportCacheFailure(key.error().message);
        openCacheWithKey(std::move(key).value());
    });
}

void AppController::offerPassphraseInsteadOfKeychain(const QString &keychainError)
{
    const QString message =
        tr("%1\n\nSellerDesk keeps the key of this workspace's encrypted cache in the system keychain. Without a "
           "working keychain you can protect it with a passphrase instead; you will be asked for it each time the "
           "workspace opens. Use a passphrase?")
            .arg(keychainError);
    if (!m_noKeychainPrompt(message))
        return reportCacheFailure(keychainError);
    for (;;) {
        const std::optional<QString> passphrase = m_newPassphrasePrompt();
        if (!passphrase)
            return reportCacheFailure(keychainError);
        auto key = m_keys->createWithPassphrase(*passphrase);
        if (key)
            return openCacheWithKey(std::move(key).value());
        if (!key.error().is(store::CacheKeyError::WeakPassphrase))
            return reportCacheFailure(key.error().message);
        QMessageBox::warning(m_window, tr("Cache passphrase"), key.error().message);
    }
}

void AppController::openCacheWithKey(store::SecureKey key)
{
    startCacheOpen(std::move(key), false);
}

struct AppController::CacheOpenJob
{
    ProfileInfo profile;
    store::SecureKey key;
    Result<std::unique_ptr<store::LocalStore>> opened = Error{};
};

void AppController::startCacheOpen(store::SecureKey key, bool afterQuarantine)
{
    m_window->setSyncState(tr("Opening the encrypted cache…"));
    // What the thread needs is copied into the job; the GUI keeps its own copy of the key for the damage retry.
    auto job = std::make_shared<CacheOpenJob>();
    job->profile = m_profile;
    job->key = store::SecureKey::fromBytes(key.bytes());
    const quint64 generation = ++m_openGeneration;
    QThread *thread = QThread::create([job] { job->opened = store::LocalStore::open(job->profile, std::move(job->key)); });
    thread->setObjectName(QStringLiteral("sd-cache-open"));
    auto retained = std::make_shared<store::SecureKey>(std::move(key));
    const QPointer<QThread> guard(thread);
    connect(thread, &QThread::finished, this, [this, guard, job, retained, generation, afterQuarantine] {
        if (guard)
            guard->deleteLater();
        if (generation != m_openGeneration || !m_window)
            return; // the workspace was closed or another open started (waitForCacheOpen dropped the result)
        m_openJob.reset();
        finishCacheOpen(std::move(job->opened), std::move(*retained), afterQuarantine);
    });
    m_opening = thread;
    m_openJob = job;
    thread->start();
}

void AppController::finishCacheOpen(Result<std::unique_ptr<store::LocalStore>> opened, store::SecureKey key,
                                    bool afterQuarantine)
{
    if (!opened && !afterQuarantine && store::LocalStore::isDamage(opened.error())) {
        const QString message =
            tr("%1\n\nSellerDesk can move the damaged cache aside (it is kept in the workspace's “damaged” "
               "folder) and build a new one from your platforms and the cloud.")
                .arg(opened.error().message);
        if (!m_damagePrompt(message))
            return reportCacheFailure(opened.error().message);
        auto moved = store::LocalStore::quarantine(m_profile);
        if (!moved)
            return reportCacheFailure(moved.error().message);
        return startCacheOpen(std::move(key), true);
    }
    if (!opened)
        return reportCacheFailure(opened.error().message);
    m_store = std::move(opened).value();
    m_key = std::make_unique<store::SecureKey>(std::move(key));
    updateCacheState();
    m_window->setSyncState(tr("Encrypted cache ready · offline workspace"));
    qCInfo(lcApp) << "cache of workspace" << m_profile.id << "is open";
    Q_EMIT storeReady();
}

void AppController::waitForCacheOpen()
{
    ++m_openGeneration; // a result still on its way is dropped
    if (m_opening) {
        m_opening->wait(); // it owns no GUI object; the files must be released before the lock goes
        delete m_opening.data();
    }
    if (m_openJob) {
        m_openJob->opened = Error{}; // closes a store it may have opened, here, before the profile lock goes
        m_openJob.reset();
    }
}

void AppController::updateCacheState()
{
    if (m_window && m_keys)
        m_window->settingsView()->setCacheState(m_keys->mode() == store::KeyMode::Passphrase, m_store != nullptr);
}

void AppController::protectWithPassphrase()
{
    if (!m_key || !m_keys)
        return;
    const std::optional<QString> passphrase = m_newPassphrasePrompt();
    if (!passphrase)
        return;
    if (auto ok = store::CacheKeyStore::checkPassphrase(*passphrase); !ok) {
        QMessageBox::warning(m_window, tr("Cache passphrase"), ok.error().message);
        return;
    }
    auto done = [this](Status status) {
        updateCacheState();
        if (!status)
            QMessageBox::warning(m_window, tr("Cache passphrase"), status.error().message);
        else
            m_window->statusBar()->showMessage(tr("The cache key is now protected by your passphrase."), 8000);
    };
    if (m_keys->mode() == store::KeyMode::Passphrase) {
        // The open cache's key is re-wrapped under the new passphrase; the old one is not needed.
        return done(m_keys->rewrap(*m_key, *passphrase));
    }
    m_keys->switchToPassphrase(*m_key, *passphrase, m_window, done);
}

void AppController::useKeychain()
{
    if (!m_key || !m_keys || m_keys->mode() != store::KeyMode::Passphrase)
        return;
    m_keys->switchToKeychain(*m_key, m_window, [this](Status status) {
        updateCacheState();
        if (!status)
            QMessageBox::warning(m_window, tr("Cache key"), status.error().message);
        else
            m_window->statusBar()->showMessage(tr("The cache key is now kept in the system keychain."), 8000);
    });
}

void AppController::reportCacheFailure(const QString &message)
{
    qCWarning(lcApp) << "cache of workspace" << m_profile.id << "not opened:" << message;
    if (m_window) {
        // The first sentence in the status bar, all of it in the tooltip.
        const QString first = message.section(u'\n', 0, 0).section(QStringLiteral(". "), 0, 0);
        m_window->setSyncState(tr("Cache not available: %1").arg(first), message);
    }
    Q_EMIT storeFailed(message);
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
    waitForCacheOpen();
    m_store.reset();
    m_key.reset();
    m_keys.reset();
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
