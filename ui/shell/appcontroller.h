// Owns what lives as long as the GUI: the app settings, the language, the open workspace (its lock and
// settings) and its main window. Switching workspace closes one window and opens the next.
#pragma once

#include "common/result.h"
#include "profile/profile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace sd {
class SecretStore;
class AppSettings;
class LanguageManager;
class ProfileLock;
class ProfileSettings;
} // namespace sd

namespace sd::net {
class NetworkContext;
}

namespace sd::connectors {
class ConnectionService;
class SyncScheduler;
} // namespace sd::connectors

namespace sd::outbox {
class Outbox;
class OutboxRunner;
} // namespace sd::outbox

namespace sd::store {
class CacheKeyStore;
class ChangeNotifier;
class LocalStore;
class SecureKey;
} // namespace sd::store

namespace sd::inbox {
class MediaCache;
class ReplySender;
}

namespace sd::ui {

class MainWindow;
class OutboxActionService;

class AppController : public QObject
{
    Q_OBJECT
public:
    // Asked for the cache passphrase (problem: why it is asked again, or empty); nullopt = cancel.
    using PassphrasePrompt = std::function<std::optional<QString>(const QString &problem)>;
    // Asked whether a damaged cache may be moved aside and re-created; message explains.
    using DamagePrompt = std::function<bool(const QString &message)>;
    // Asked whether to protect a new cache with a passphrase because the keychain does not work.
    using NoKeychainPrompt = std::function<bool(const QString &message)>;
    // Asked for a new passphrase (twice in the default dialog); nullopt = cancel.
    using NewPassphrasePrompt = std::function<std::optional<QString>()>;

    AppController(AppSettings *appSettings, LanguageManager *language, ProfileManager *profiles,
                  SecretStore *secrets, QObject *parent = nullptr);
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

    // The open workspace's encrypted cache; null until it is unlocked (or when it could not be opened).
    [[nodiscard]] store::LocalStore *localStore() const { return m_store.get(); }
    // Dialogs by default; tests answer for the user.
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_passphrasePrompt = std::move(prompt); }
    void setDamagePrompt(DamagePrompt prompt) { m_damagePrompt = std::move(prompt); }
    void setNewPassphrasePrompt(NewPassphrasePrompt prompt) { m_newPassphrasePrompt = std::move(prompt); }
    void setNoKeychainPrompt(NoKeychainPrompt prompt) { m_noKeychainPrompt = std::move(prompt); }

    // --- Connections and sync (started once the cache is open) ---
    [[nodiscard]] connectors::ConnectionService *connections() const { return m_connections.get(); }
    [[nodiscard]] connectors::SyncScheduler *scheduler() const { return m_scheduler.get(); }
    [[nodiscard]] outbox::OutboxRunner *outboxRunner() const { return m_runner.get(); }
    void syncNow();

    // --- Demo mode ---
    // Whether the keychain answers at all (a read of a missing entry comes back "not found" quickly). Blocks
    // up to timeoutMs in a local event loop: for start-up, before any window exists.
    [[nodiscard]] static bool keychainWorks(SecretStore *secrets, int timeoutMs = 5000);
    // The demo workspace ("Demo", kind demo) is found or created. ephemeral: its old cache is deleted first (a
    // fresh in-memory key per run cannot open it; demo data is not kept then).
    [[nodiscard]] Result<QString> prepareDemoProfile(bool ephemeral);
    // sandboxReady: sellerdesk-sandbox's ready line. When the demo workspace's cache is open, one connection
    // per platform the sandbox and the registry both know is created or updated, and synced at once.
    void setDemo(const QJsonObject &sandboxReady, bool ephemeral);
    [[nodiscard]] bool isDemo() const { return !m_demoReady.isEmpty(); }

Q_SIGNALS:
    // Demo connections were created or updated (failures: one translated line each).
    void demoConnected(const QStringList &failures);
    void storeReady();
    void storeFailed(const QString &message);

private:
    void startConnections();
    void stopConnections();
    void startActions();
    store::ChangeNotifier *notifier();
    void configureActionConnections();
    void updateSyncStatus();
    void connectDemo();
    void decorateWindow(MainWindow *window);
    void closeCurrent();
    void openCache();
    void openCacheWithKey(store::SecureKey key);
    // The heavy part of opening (LocalStore::open: key check, WAL recovery, migrations) runs on its own thread;
    // the result comes back to finishCacheOpen() on the GUI thread, where the damage prompt is asked.
    void startCacheOpen(store::SecureKey key, bool afterQuarantine);
    void finishCacheOpen(Result<std::unique_ptr<store::LocalStore>> opened, store::SecureKey key, bool afterQuarantine);
    void waitForCacheOpen();
    void offerPassphraseInsteadOfKeychain(const QString &keychainError);
    void reportCacheFailure(const QString &message);
    void updateCacheState();
    void protectWithPassphrase();
    void useKeychain();
    std::unique_ptr<store::SecureKey> m_key; // kept while the cache is open, to re-wrap it

    AppSettings *m_appSettings;
    LanguageManager *m_language;
    ProfileManager *m_profiles;
    SecretStore *m_secrets;
    PassphrasePrompt m_passphrasePrompt;
    DamagePrompt m_damagePrompt;
    NewPassphrasePrompt m_newPassphrasePrompt;
    NoKeychainPrompt m_noKeychainPrompt;
    ProfileInfo m_profile;
    std::unique_ptr<store::CacheKeyStore> m_keys;
    // Declared before the store: the store's writer publishes on it until the store is gone.
    std::unique_ptr<store::ChangeNotifier> m_notifier;
    std::unique_ptr<store::LocalStore> m_store;
    struct CacheOpenJob;
    QPointer<QThread> m_opening;              // the thread opening the cache, while it runs
    std::shared_ptr<CacheOpenJob> m_openJob;  // what it works on and its result
    quint64 m_openGeneration = 0;             // a result for an older generation (workspace closed meanwhile) is dropped
    std::unique_ptr<ProfileLock> m_lock;
    std::unique_ptr<ProfileSettings> m_settings;
    QPointer<MainWindow> m_window;
    std::unique_ptr<net::NetworkContext> m_network;
    std::unique_ptr<connectors::ConnectionService> m_connections;
    std::unique_ptr<connectors::SyncScheduler> m_scheduler;
    // Platform actions: recorded in the outbox, sent by the runner, offered in the Orders view.
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<outbox::OutboxRunner> m_runner;
    QPointer<OutboxActionService> m_actions;
    std::unique_ptr<inbox::ReplySender> m_replySender;
    std::unique_ptr<inbox::MediaCache> m_media; // inline images and avatars, kept in the encrypted store
    QJsonObject m_demoReady;
    bool m_demoEphemeral = false;
    bool m_syncShown = false; // the status bar shows the sync state (not the cache's)
};

} // namespace sd::ui
