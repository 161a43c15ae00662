// The connections of one workspace: adding one (credentials verified with one cheap call first, then stored in
// the keychain, then the row), removing one (keychain entries first, then its orders), listing them with their
// sync state, and building a ConnectionConfig with the credentials read back from the keychain. Used by the
// Settings page, the sync scheduler, the demo workspace and the CLI; lives on one thread (the GUI's or the CLI's).
//
// Keychain names (kept from the first CLI, existing data depends on them):
// SecretStore::keyFor(<workspace id>, "connection.<connection id>.<credential key lower-cased>").
// connections.sync_cursor holds JSON {"cursorMs", "baseUrl", "lastError"}: where the next sync starts, where the API
// is, and the last sync's failure ("" after a good one).
#pragma once

#include "common/result.h"
#include "connectionconfig.h"
#include "connectorregistry.h"
#include "platformdescriptor.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace sd {
class SecretStore;
}
namespace sd::net {
class NetworkContext;
}
namespace sd::store {
class Database;
class LocalStore;
} // namespace sd::store

namespace sd::connectors {

inline constexpr QLatin1StringView kConnectionErrorDomain{ "connections" };

enum class ConnectionError {
    UnknownPlatform = 1,
    MissingField, // a credential, the account id or the shop address is empty
    InvalidBaseUrl,
    Duplicate, // this platform account is already connected
    NotFound, // no such connection
    Verification, // the platform refused the credentials (or could not be reached): message says which
    Keychain, // the keychain failed: message says why
    Store, // the cache refused the write
};

// What the user entered.
struct ConnectionDraft
{
    QString platform;
    QString name; // "" = "<Platform> <account>"
    QString accountId; // "" where the platform needs none (WooCommerce: the shop's host)
    QString baseUrl; // "" = the platform's production host
    QHash<QString, QString> credentials; // by CredentialField::key
};

struct ConnectionInfo
{
    QString id;
    QString workspaceId;
    QString platform;
    QString name;
    QString account;
    QString baseUrl; // "" = production
    QString status; // "active" | "error" | "paused"
    qint64 cursorMs = 0;
    qint64 lastSyncedAt = 0; // UTC ms of the last successful sync, 0 = never
    QString lastError; // translated message of the last failed sync, "" after a good one
    QJsonObject settings; // the whole connections.sync_cursor JSON (a Meta connection's settings and health)
};

class ConnectionService : public QObject
{
    Q_OBJECT
public:
    using AddCallback = std::function<void(Result<ConnectionInfo>)>;
    using ConfigCallback = std::function<void(Result<ConnectionConfig>)>;
    using DoneCallback = std::function<void(Status)>;

    // store, secrets and network must outlive the service.
    ConnectionService(store::LocalStore *store, SecretStore *secrets, net::NetworkContext *network,
        ConnectorRegistry registry = ConnectorRegistry::builtIn(), QObject *parent = nullptr);
    ~ConnectionService() override;

    [[nodiscard]] const ConnectorRegistry &registry() const { return m_registry; }
    [[nodiscard]] store::LocalStore *store() const { return m_store; }
    [[nodiscard]] net::NetworkContext *network() const { return m_network; }
    [[nodiscard]] SecretStore *secrets() const { return m_secrets; }
    // Platforms that can be connected: known to the registry and described.
    [[nodiscard]] QList<PlatformDescriptor> platforms() const;

    // Retry and page settings copied into every ConnectionConfig this service builds (tests shorten waits).
    void setConfigTemplate(const ConnectionConfig &base) { m_template = base; }

    [[nodiscard]] Result<QList<ConnectionInfo>> list();
    [[nodiscard]] Result<ConnectionInfo> find(const QString &connectionId);
    // Orders of the connection in the cache (what removing it deletes).
    [[nodiscard]] Result<qint64> orderCount(const QString &connectionId);
    // Orders in the cache per connection id.
    [[nodiscard]] Result<QHash<QString, qint64>> orderCounts();

    // The draft checked without any call: platform known, fields filled, base URL usable.
    [[nodiscard]] Status validate(const ConnectionDraft &draft) const;

    // Verifies, then stores the credentials, then writes the row. Nothing is kept when any step fails (the
    // keychain entries written so far are removed again). An existing connection of the same platform account
    // is refused with Duplicate, unless updateExisting: then its credentials and base URL are replaced (after
    // verification) and, when the base URL changed, its cursor starts again from the beginning.
    void add(const ConnectionDraft &draft, QObject *context, AddCallback done, bool updateExisting = false);
    // Keychain entries first (a connection whose rows are gone must not leave a token behind; a Meta connection's
    // Page token too), then the row with its orders, lines and shipments, or its conversations, messages and
    // attachments; customers stay (they may belong to other channels).
    void remove(const QString &connectionId, QObject *context, DoneCallback done);
    // A ConnectionConfig with the credentials read from the keychain.
    void loadConfig(const ConnectionInfo &connection, QObject *context, ConfigCallback done);
    // After a sync: the next cursor, the time of success (ok) and the error message (!ok).
    void recordSync(const QString &connectionId, qint64 cursorMs, bool ok, const QString &error, qint64 nowMs,
        QObject *context = nullptr, DoneCallback done = {});

    // The keychain name of one credential (see the top of this file).
    [[nodiscard]] static QString secretName(const QString &connectionId, const QString &credentialKey);
    [[nodiscard]] static Error makeError(ConnectionError code, const QString &message);

Q_SIGNALS:
    // A connection was added, changed, removed or synced.
    void connectionsChanged();

private:
    [[nodiscard]] Result<store::Database *> reader();
    [[nodiscard]] ConnectionConfig configFor(const ConnectionInfo &info) const;
    void storeCredentials(
        const ConnectionInfo &info, const QHash<QString, QString> &credentials, QObject *context, DoneCallback done);
    void removeCredentials(const QString &connectionId, const QStringList &keys, QObject *context, DoneCallback done);
    void writeRow(const ConnectionInfo &info, bool isNew, QObject *context, DoneCallback done);

    store::LocalStore *m_store;
    SecretStore *m_secrets;
    net::NetworkContext *m_network;
    ConnectorRegistry m_registry;
    ConnectionConfig m_template;
    std::unique_ptr<store::Database> m_reader;
};

} // namespace sd::connectors
