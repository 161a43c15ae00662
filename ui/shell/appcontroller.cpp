#include "appcontroller.h"

#include "orders/outboxactionservice.h"
#include "orders/ordersview.h"
#include "outbox/actiondispatcher.h"
#include "outbox/outbox.h"
#include "outbox/outboxrunner.h"

#include "common/logging.h"
#include "common/logsink.h"
#include "connectors/connectionservice.h"
#include "connectors/syncscheduler.h"
#include "demo/demosandbox.h"
#include "inbox/metaconnections.h"
#include "net/networkcontext.h"
#include "secrets/secretsync.h"
#include "settings/connectionspanel.h"
#include "i18n/languagemanager.h"
#include "inbox/inboxview.h"
#include "inbox/replysender.h"
#include "mainwindow.h"
#include "profile/profilelock.h"
#include "settings/settings.h"
#include "settings/settingsview.h"
#include "store/cachekeystore.h"
#include "inbox/mediacache.h"
#include "store/changenotifier.h"
#include "store/localstore.h"
#include "theme.h"
#include "workspacedialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

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
    connect(this, &AppController::storeReady, this, &AppController::startConnections);
}

AppController::~AppController()
{
    closeCurrent();
}

Result<QString> AppController::initialProfilePath(const QString &overridePath)
{
    if (!overridePath.isEmpty())
        return overridePath;
    // The demo workspace opens only with --demo (its sandbox runs only then).
    const QString last = m_appSettings->lastProfilePath();
    if (auto lastInfo = last.isEmpty() ? Result<ProfileInfo>(Error{}) : ProfileManager::open(last);
        lastInfo && lastInfo->kind != QLatin1String("demo"))
        return last;
    for (const ProfileInfo &p : m_profiles->list()) {
        if (p.kind != QLatin1String("demo"))
            return p.path;
    }
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
    decorateWindow(window);
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
    store::ChangeNotifier *changes = notifier(); // created here, on the GUI thread, where it publishes
    QThread *gui = thread();
    QThread *thread = QThread::create([job, changes, gui] {
        job->opened = store::LocalStore::open(job->profile, std::move(job->key), changes);
        // The writer is a QObject born on this short-lived thread: its completion callbacks run on its thread,
        // so it moves to the GUI thread before this one ends (a push from its own thread, as Qt requires).
        if (job->opened)
            (*job->opened)->writer().moveToThread(gui);
    });
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
    stopConnections();
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

namespace sd::ui {

// ---- Connections and sync ----

void AppController::startConnections()
{
    stopConnections();
    if (!m_store || !m_window)
        return;
    // The views that read the cache get it now that it is unlocked.
    m_window->setLocalStore(m_store.get(), notifier());
    m_network = std::make_unique<net::NetworkContext>();
    m_connections = std::make_unique<connectors::ConnectionService>(m_store.get(), m_secrets, m_network.get());
    m_scheduler = std::make_unique<connectors::SyncScheduler>(m_connections.get());
    if (m_profile.kind == QLatin1String("demo") && isDemo())
        m_scheduler->setIntervalMs(30 * 1000); // the sandbox adds orders every 20 s
    connect(m_scheduler.get(), &connectors::SyncScheduler::stateChanged, this, &AppController::updateSyncStatus);
    connect(m_scheduler.get(), &connectors::SyncScheduler::syncFinished, this, &AppController::updateSyncStatus);
    connect(m_scheduler.get(), &connectors::SyncScheduler::progress, this, [this](int done, int total) {
        if (m_window)
            m_window->setProgress(done, total > 0 ? total : -1);
    });
    connect(m_window, &MainWindow::syncNowRequested, this, &AppController::syncNow, Qt::UniqueConnection);
    m_window->settingsView()->connectionsPanel()->setService(m_connections.get(), m_scheduler.get());
    startActions();
    m_replySender = std::make_unique<inbox::ReplySender>(&m_store->writer(), m_network.get(),
        inbox::ReplySender::keychainResolver(m_store.get(), m_secrets, m_profile.id));
    m_window->inboxView()->setSource(&m_store->writer(), m_notifier.get(), m_replySender.get());
    m_replySender->start(m_profile.id); // replies a previous run left in the outbox
    // A send that learns about the connection (token expired, rate limited) shows in Settings at once.
    connect(m_replySender.get(), &inbox::ReplySender::healthChanged, m_connections.get(),
        &connectors::ConnectionService::connectionsChanged);
    m_media = std::make_unique<inbox::MediaCache>(&m_store->writer(), m_network.get());
    m_window->inboxView()->setMediaCache(m_media.get());
    if (m_profile.kind == QLatin1String("demo") && isDemo())
        return connectDemo();
    m_scheduler->start();
    updateSyncStatus();
}

void AppController::stopConnections()
{
    if (m_window) {
        m_window->settingsView()->connectionsPanel()->setService(nullptr, nullptr);
        if (m_window->ordersView()) {
            m_window->ordersView()->setActionService(nullptr);
            m_window->ordersView()->setNetwork(nullptr);
        }
        m_window->setLocalStore(nullptr, nullptr);
        m_window->inboxView()->setSource(nullptr, nullptr, nullptr);
        m_window->inboxView()->setMediaCache(nullptr);
    }
    m_media.reset();
    delete m_actions;
    if (m_runner)
        m_runner->stop();
    m_runner.reset();
    m_outbox.reset();
    m_replySender.reset();
    m_scheduler.reset();
    m_connections.reset();
    m_network.reset();
    m_syncShown = false;
}

store::ChangeNotifier *AppController::notifier()
{
    if (!m_notifier)
        m_notifier = std::make_unique<store::ChangeNotifier>();
    return m_notifier.get();
}

void AppController::startActions()
{
    m_outbox = std::make_unique<outbox::Outbox>(&m_store->writer(), m_profile.id);
    const outbox::ActionDispatcher dispatcher = outbox::ActionDispatcher::builtIn();
    m_runner = std::make_unique<outbox::OutboxRunner>(m_outbox.get(), dispatcher, m_network.get());
    auto reader = m_store->openReader();
    if (!reader) {
        qCWarning(lcApp) << "no reader for the order actions:" << reader.error().message;
        return;
    }
    m_actions = new OutboxActionService(std::move(reader).value(), m_outbox.get(), m_runner.get(), dispatcher, this);
    if (m_window->ordersView()) {
        m_window->ordersView()->setActionService(m_actions);
        m_window->ordersView()->setNetwork(m_network.get()); // product thumbnails
    }
    // Each connection's items run once its credentials are loaded; connections added later are picked up after
    // their first sync.
    connect(m_scheduler.get(), &connectors::SyncScheduler::syncFinished, this,
        &AppController::configureActionConnections);
    configureActionConnections();
    m_runner->start();
}

void AppController::configureActionConnections()
{
    if (!m_connections || !m_runner)
        return;
    const auto connections = m_connections->list();
    if (!connections)
        return;
    for (const connectors::ConnectionInfo &info : *connections) {
        if (m_runner->hasConnection(info.id))
            continue;
        m_connections->loadConfig(info, this, [this, platform = info.platform](Result<connectors::ConnectionConfig> config) {
            if (config && m_runner)
                m_runner->setConnection(platform, *config);
        });
    }
}

void AppController::syncNow()
{
    if (m_scheduler)
        m_scheduler->syncNow();
    updateSyncStatus();
}

void AppController::updateSyncStatus()
{
    if (!m_window || !m_scheduler)
        return;
    // Without connections the cache state stays in the status bar, until the last connection is removed.
    if (m_scheduler->states().isEmpty() && !m_syncShown)
        return;
    m_syncShown = true;
    m_window->setSyncState(m_scheduler->summary(), m_scheduler->details());
}

// ---- Demo mode ----

bool AppController::keychainWorks(SecretStore *secrets, int timeoutMs)
{
    auto probe = readSecretBlocking(*secrets, QStringLiteral("sellerdesk/keychain-probe"), timeoutMs);
    return probe.ok() || probe.error().is(SecretError::NotFound);
}

Result<QString> AppController::prepareDemoProfile(bool ephemeral)
{
    std::optional<ProfileInfo> demo;
    for (const ProfileInfo &p : m_profiles->list()) {
        if (p.kind == QLatin1String("demo") && p.name == QLatin1String("Demo"))
            demo = p;
    }
    if (!demo) {
        auto created = m_profiles->create(QStringLiteral("Demo"), QStringLiteral("demo"));
        if (!created)
            return created.error();
        demo = created.value();
    }
    if (ephemeral) {
        const QString db = store::LocalStore::databasePath(*demo);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(db + suffix);
    }
    return demo->path;
}

void AppController::setDemo(const QJsonObject &sandboxReady, bool ephemeral)
{
    m_demoReady = sandboxReady;
    m_demoEphemeral = ephemeral;
}

void AppController::connectDemo()
{
    const QList<connectors::ConnectionDraft> drafts =
        demo::DemoSandbox::drafts(m_demoReady, m_connections->registry());
    m_window->setSyncState(tr("Connecting the demo shops…"));
    auto remaining = std::make_shared<int>(int(drafts.size()));
    auto failures = std::make_shared<QStringList>();
    auto finish = [this, failures] {
        for (const QString &f : std::as_const(*failures))
            qCWarning(lcApp) << "demo connection failed:" << f;
        Q_EMIT demoConnected(*failures);
        m_scheduler->start(); // orders within seconds
        updateSyncStatus();
    };
    const std::optional<inbox::MetaConnectionDraft> meta = demo::DemoSandbox::metaDraft(m_demoReady);
    *remaining += meta ? 1 : 0;
    if (*remaining == 0)
        return finish();
    if (meta) {
        // The sandbox's Facebook Page + Instagram account: the demo inbox (its customers write and answer).
        inbox::MetaConnections::add(
            m_store.get(), m_secrets, m_profile.id, m_profile.name, *meta, this,
            [remaining, failures, finish](Result<QString> added) {
                if (!added)
                    failures->append(added.error().message);
                if (--*remaining == 0)
                    finish();
            },
            /*updateExisting=*/true);
    }
    connectors::ConnectionService *service = m_connections.get();
    for (const connectors::ConnectionDraft &draft : drafts) {
        service->add(
            draft, service,
            [remaining, failures, finish](Result<connectors::ConnectionInfo> added) {
                if (!added)
                    failures->append(added.error().message);
                if (--*remaining == 0)
                    finish();
            },
            /*updateExisting=*/true);
    }
}

void AppController::decorateWindow(MainWindow *window)
{
    if (m_profile.kind != QLatin1String("demo"))
        return;
    // A banner nobody can miss: this is not a real shop.
    auto *bar = new QToolBar(window);
    bar->setObjectName(QStringLiteral("demoBanner"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setEnabled(false);
    auto *label = new QLabel(bar);
    label->setObjectName(QStringLiteral("demoBannerText"));
    label->setContentsMargins(10, 4, 10, 4);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QString text = tr("<b>DEMO</b> — sample shops from the local sandbox; new orders arrive every few seconds. "
                      "Nothing here is real.");
    if (m_demoEphemeral)
        text += u' ' + tr("No working keychain here: demo data is not kept after you quit.");
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { background: #f5b301; color: #1d1d1d; border-radius: 4px; }"));
    bar->addWidget(label);
    window->addToolBar(Qt::TopToolBarArea, bar);
}

} // namespace sd::ui
