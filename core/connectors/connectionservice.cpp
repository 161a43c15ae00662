#include "connectionservice.h"

#include "common/logging.h"
#include "orderconnector.h"
#include "secrets/secretstore.h"
#include "store/ids.h"
#include "store/localstore.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace sd::connectors {
namespace {

using store::ChangeKind;
using store::Transaction;

QString cursorJson(const ConnectionInfo &c)
{
    return QString::fromUtf8(QJsonDocument(
        QJsonObject{ { QStringLiteral("cursorMs"), c.cursorMs }, { QStringLiteral("baseUrl"), c.baseUrl },
            { QStringLiteral("lastError"),
                c.lastError } }).toJson(QJsonDocument::Compact));
}

const char *kColumns = "SELECT id, workspace_id, platform, display_name, account_external_id, sync_cursor, "
                       "last_synced_at, status FROM connections WHERE deleted = 0 AND status != 'removed' ";

ConnectionInfo readRow(const store::Statement &st)
{
    ConnectionInfo r;
    r.id = st.text(0);
    r.workspaceId = st.text(1);
    r.platform = st.text(2);
    r.name = st.text(3);
    r.account = st.text(4);
    const QJsonObject cursor = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
    r.cursorMs = cursor.value(QStringLiteral("cursorMs")).toInteger();
    r.baseUrl = cursor.value(QStringLiteral("baseUrl")).toString();
    r.lastError = cursor.value(QStringLiteral("lastError")).toString();
    r.settings = cursor;
    r.lastSyncedAt = st.isNull(6) ? 0 : st.int64(6);
    r.status = st.text(7);
    return r;
}

// Runs steps one after the other; the first failure ends the chain.
using Step = std::function<void(ConnectionService::DoneCallback next)>;
void runChain(std::shared_ptr<QList<Step>> steps, int index, ConnectionService::DoneCallback done)
{
    if (index >= steps->size())
        return done({});
    (*steps)[index]([steps, index, done](Status s) {
        if (!s)
            return done(s);
        runChain(steps, index + 1, done);
    });
}

} // namespace

ConnectionService::ConnectionService(store::LocalStore *store, SecretStore *secrets, net::NetworkContext *network,
    ConnectorRegistry registry, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_network(network)
    , m_registry(std::move(registry))
{ }

ConnectionService::~ConnectionService() = default;

QString ConnectionService::secretName(const QString &connectionId, const QString &credentialKey)
{
    return QStringLiteral("connection.") + connectionId + u'.' + credentialKey.toLower();
}

Error ConnectionService::makeError(ConnectionError code, const QString &message)
{
    return Error{ QString(kConnectionErrorDomain), int(code), message };
}

QList<PlatformDescriptor> ConnectionService::platforms() const
{
    QList<PlatformDescriptor> out;
    for (const QString &p : m_registry.platforms()) {
        if (auto d = platformDescriptor(p))
            out << *d;
    }
    return out;
}

Result<store::Database *> ConnectionService::reader()
{
    if (!m_reader) {
        auto opened = m_store->openReader();
        if (!opened)
            return opened.error();
        m_reader = std::move(opened).value();
    }
    return m_reader.get();
}

Result<QList<ConnectionInfo>> ConnectionService::list()
{
    auto db = reader();
    if (!db)
        return db.error();
    const QString sql = QString::fromLatin1(kColumns) + u"ORDER BY platform, display_name";
    auto st = db.value()->prepare(sql);
    if (!st)
        return st.error();
    QList<ConnectionInfo> rows;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        rows << readRow(st.value());
    }
    return rows;
}

Result<ConnectionInfo> ConnectionService::find(const QString &connectionId)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const ConnectionInfo &c : all.value()) {
        if (c.id == connectionId)
            return c;
    }
    return makeError(ConnectionError::NotFound, tr("No connection with id %1.").arg(connectionId));
}

Result<qint64> ConnectionService::orderCount(const QString &connectionId)
{
    auto db = reader();
    if (!db)
        return db.error();
    auto st = db.value()->prepare(u"SELECT count(*) FROM orders WHERE connection_id = ?");
    if (!st)
        return st.error();
    if (auto s = st->bindAll(connectionId); !s)
        return s.error();
    auto more = st->step();
    if (!more)
        return more.error();
    return more.value() ? st->int64(0) : 0;
}

Result<QHash<QString, qint64>> ConnectionService::orderCounts()
{
    auto db = reader();
    if (!db)
        return db.error();
    auto st = db.value()->prepare(u"SELECT connection_id, count(*) FROM orders GROUP BY connection_id");
    if (!st)
        return st.error();
    QHash<QString, qint64> counts;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        counts.insert(st->text(0), st->int64(1));
    }
    return counts;
}

Status ConnectionService::validate(const ConnectionDraft &draft) const
{
    const auto d = platformDescriptor(draft.platform);
    if (!d || !m_registry.contains(draft.platform))
        return makeError(ConnectionError::UnknownPlatform,
            tr("%1 cannot be connected: one of %2.").arg(draft.platform, m_registry.platforms().join(u", ")));
    for (const CredentialField &f : d->credentials) {
        if (draft.credentials.value(f.key).trimmed().isEmpty())
            return makeError(ConnectionError::MissingField, tr("%1 is missing.").arg(f.label));
    }
    if (d->needsAccount && draft.accountId.trimmed().isEmpty())
        return makeError(ConnectionError::MissingField, tr("%1 is missing.").arg(d->accountLabel));
    if (d->baseUrlRequired && draft.baseUrl.trimmed().isEmpty())
        return makeError(ConnectionError::MissingField, tr("The shop's address is missing (https://…)."));
    if (!draft.baseUrl.isEmpty()) {
        const QUrl url(draft.baseUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return makeError(ConnectionError::InvalidBaseUrl,
                tr("The address must be a full address such as https://api.example.com."));
    }
    return {};
}

ConnectionConfig ConnectionService::configFor(const ConnectionInfo &info) const
{
    ConnectionConfig config = m_template;
    config.connectionId = info.id;
    config.baseUrl = QUrl(info.baseUrl);
    config.accountId = info.account;
    config.credentials.clear();
    return config;
}

void ConnectionService::add(const ConnectionDraft &draft, QObject *context, AddCallback done, bool updateExisting)
{
    QPointer<QObject> guard(context);
    auto answer = [guard, hadContext = context != nullptr, done](Result<ConnectionInfo> r) {
        if (hadContext && !guard)
            return;
        done(std::move(r));
    };
    if (auto ok = validate(draft); !ok)
        return answer(ok.error());
    const PlatformDescriptor d = *platformDescriptor(draft.platform);

    ConnectionInfo info;
    info.workspaceId = m_store->profile().id;
    info.platform = draft.platform;
    info.baseUrl = draft.baseUrl.trimmed();
    info.account = d.needsAccount || !draft.accountId.trimmed().isEmpty() ? draft.accountId.trimmed()
                                                                          : QUrl(info.baseUrl).host();
    info.name = draft.name.trimmed().isEmpty() ? d.displayName + u' ' + info.account : draft.name.trimmed();
    info.status = QStringLiteral("active");

    // The same account twice is refused before anything is sent.
    auto existing = list();
    if (!existing)
        return answer(existing.error());
    std::optional<ConnectionInfo> previous;
    for (const ConnectionInfo &c : existing.value()) {
        if (c.platform == info.platform && c.account == info.account)
            previous = c;
    }
    if (previous && !updateExisting)
        return answer(makeError(ConnectionError::Duplicate,
            tr("This %1 account (%2) is already connected.").arg(d.displayName, info.account)));
    if (previous) {
        info.id = previous->id;
        info.name = draft.name.trimmed().isEmpty() ? previous->name : info.name;
        // Another server (the demo sandbox on a new port) means another history: fetch it all again.
        info.cursorMs = previous->baseUrl == info.baseUrl ? previous->cursorMs : 0;
        info.lastSyncedAt = previous->lastSyncedAt;
    } else {
        info.id = store::newId();
    }

    ConnectionConfig config = configFor(info);
    config.credentials = draft.credentials;
    OrderConnector *connector = m_registry.create(info.platform, m_network, config, this);
    if (!connector)
        return answer(makeError(ConnectionError::UnknownPlatform, tr("%1 cannot be connected.").arg(d.displayName)));
    const bool isNew = !previous;
    const QHash<QString, QString> credentials = draft.credentials;
    connect(connector, &OrderConnector::credentialsChecked, this,
        [this, connector, info, isNew, credentials, answer, d](const std::optional<net::NetFailure> &failure) {
            connector->deleteLater();
            if (failure) {
                qCInfo(lcConnectors) << "verification of a new" << info.platform
                                     << "connection failed:" << failure->logLine();
                return answer(makeError(ConnectionError::Verification,
                    tr("%1 did not accept the connection: %2").arg(d.displayName, failure->userMessage())));
            }
            storeCredentials(info, credentials, this, [this, info, isNew, answer, d](Status stored) {
                if (!stored) {
                    // Leave nothing half-written behind.
                    removeCredentials(info.id, d.credentialKeys(), this, [](Status) {});
                    return answer(makeError(ConnectionError::Keychain, stored.error().message));
                }
                writeRow(info, isNew, this, [this, info, isNew, answer, d](Status written) {
                    if (!written) {
                        if (isNew)
                            removeCredentials(info.id, d.credentialKeys(), this, [](Status) {});
                        return answer(makeError(ConnectionError::Store, written.error().message));
                    }
                    qCInfo(lcConnectors) << (isNew ? "added" : "updated") << info.platform << "connection" << info.id;
                    Q_EMIT connectionsChanged();
                    answer(info);
                });
            });
        });
    connector->verifyCredentials();
}

void ConnectionService::storeCredentials(
    const ConnectionInfo &info, const QHash<QString, QString> &credentials, QObject *context, DoneCallback done)
{
    auto steps = std::make_shared<QList<Step>>();
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it) {
        const QString key = SecretStore::keyFor(info.workspaceId, secretName(info.id, it.key()));
        const QByteArray value = it.value().toUtf8();
        steps->append([this, key, value, context](DoneCallback next) { m_secrets->write(key, value, context, next); });
    }
    runChain(steps, 0, std::move(done));
}

void ConnectionService::removeCredentials(
    const QString &connectionId, const QStringList &keys, QObject *context, DoneCallback done)
{
    const QString workspaceId = m_store->profile().id;
    auto steps = std::make_shared<QList<Step>>();
    for (const QString &name : keys) {
        const QString key = SecretStore::keyFor(workspaceId, secretName(connectionId, name));
        steps->append([this, key, context](DoneCallback next) {
            m_secrets->remove(key, context, [next](Status s) {
                // Already gone is what we want.
                if (!s && s.error().domain == SecretStore::errorDomain() && s.error().is(SecretError::NotFound))
                    return next({});
                next(s);
            });
        });
    }
    runChain(steps, 0, std::move(done));
}

void ConnectionService::writeRow(const ConnectionInfo &info, bool isNew, QObject *context, DoneCallback done)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString workspaceName = m_store->profile().name;
    m_store->writer().submit(
        [info, isNew, now, workspaceName](Transaction &tx) -> Status {
            store::Database &db = tx.database();
            auto ws
                = db.prepare(u"INSERT OR IGNORE INTO workspaces(id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
            if (!ws)
                return ws.error();
            if (auto s = ws->bindAll(info.workspaceId, workspaceName, now, now); !s)
                return s;
            if (auto s = ws->exec(); !s)
                return s;
            if (isNew) {
                auto ins = db.prepare(u"INSERT INTO connections(id, workspace_id, platform, display_name, "
                                      u"account_external_id, sync_cursor, created_at, updated_at) "
                                      u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                if (!ins)
                    return ins.error();
                if (auto s = ins->bindAll(
                        info.id, info.workspaceId, info.platform, info.name, info.account, cursorJson(info), now, now);
                    !s)
                    return s;
                if (auto s = ins->exec(); !s)
                    return s;
            } else {
                auto up = db.prepare(u"UPDATE connections SET display_name = ?, sync_cursor = ?, status = 'active', "
                                     u"updated_at = ? WHERE id = ?");
                if (!up)
                    return up.error();
                if (auto s = up->bindAll(info.name, cursorJson(info), now, info.id); !s)
                    return s;
                if (auto s = up->exec(); !s)
                    return s;
            }
            tx.recordChange(QStringLiteral("connections"), info.id, isNew ? ChangeKind::Inserted : ChangeKind::Updated);
            return {};
        },
        context, std::move(done));
}

void ConnectionService::remove(const QString &connectionId, QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    auto answer = [guard, hadContext = context != nullptr, done](const Status &s) {
        if (hadContext && !guard)
            return;
        done(s);
    };
    auto target = find(connectionId);
    if (!target)
        return answer(target.error());
    const auto d = platformDescriptor(target->platform);
    // A Meta connection (platform "messenger", written by `connect meta`) keeps one Page token.
    const QStringList keys = d ? d->credentialKeys()
        : target->platform == u"messenger" ? QStringList{ QStringLiteral("accessToken") }
                                           : QStringList();
    removeCredentials(connectionId, keys, this, [this, connectionId, answer](Status removed) {
        if (!removed)
            return answer(makeError(ConnectionError::Keychain, removed.error().message));
        // Orders, their lines and shipments, conversations, messages and attachments go with the connection
        // (ON DELETE CASCADE); customers stay.
        m_store->writer().submit(
            [connectionId](Transaction &tx) -> Status {
                auto del = tx.database().prepare(u"DELETE FROM connections WHERE id = ?");
                if (!del)
                    return del.error();
                if (auto s = del->bindAll(connectionId); !s)
                    return s;
                if (auto s = del->exec(); !s)
                    return s;
                tx.recordChange(QStringLiteral("connections"), connectionId, ChangeKind::Deleted);
                return {};
            },
            this,
            [this, connectionId, answer](const Status &deleted) {
                if (!deleted)
                    return answer(makeError(ConnectionError::Store, deleted.error().message));
                qCInfo(lcConnectors) << "removed connection" << connectionId;
                Q_EMIT connectionsChanged();
                answer(deleted); // ok here
            });
    });
}

void ConnectionService::loadConfig(const ConnectionInfo &connection, QObject *context, ConfigCallback done)
{
    const auto d = platformDescriptor(connection.platform);
    if (!d)
        return done(makeError(
            ConnectionError::UnknownPlatform, tr("%1: this platform cannot be synced yet.").arg(connection.name)));
    auto config = std::make_shared<ConnectionConfig>(configFor(connection));
    auto steps = std::make_shared<QList<Step>>();
    for (const QString &name : d->credentialKeys()) {
        const QString key = SecretStore::keyFor(connection.workspaceId, secretName(connection.id, name));
        steps->append([this, key, name, config, context](DoneCallback next) {
            m_secrets->read(key, context, [name, config, next](Result<QByteArray> value) {
                if (!value)
                    return next(value.error());
                config->credentials.insert(name, QString::fromUtf8(value.value()));
                next({});
            });
        });
    }
    runChain(steps, 0, [config, done](Status s) {
        if (!s)
            return done(makeError(ConnectionError::Keychain, s.error().message));
        done(*config);
    });
}

void ConnectionService::recordSync(const QString &connectionId, qint64 cursorMs, bool ok, const QString &error,
    qint64 nowMs, QObject *context, DoneCallback done)
{
    auto current = find(connectionId);
    if (!current) {
        if (done)
            done(current.error());
        return;
    }
    ConnectionInfo info = current.value();
    info.cursorMs = cursorMs;
    info.lastError = ok ? QString() : error;
    m_store->writer().submit(
        [info, ok, nowMs](Transaction &tx) -> Status {
            // A failed sync keeps the time of the last good one.
            auto up = ok ? tx.database().prepare(u"UPDATE connections SET sync_cursor = ?, status = 'active', "
                                                 u"updated_at = ?, last_synced_at = ? WHERE id = ?")
                         : tx.database().prepare(u"UPDATE connections SET sync_cursor = ?, status = 'error', "
                                                 u"updated_at = ? WHERE id = ?");
            if (!up)
                return up.error();
            if (auto s = ok ? up->bindAll(cursorJson(info), nowMs, nowMs, info.id)
                            : up->bindAll(cursorJson(info), nowMs, info.id);
                !s)
                return s;
            if (auto s = up->exec(); !s)
                return s;
            tx.recordChange(QStringLiteral("connections"), info.id, ChangeKind::Updated);
            return {};
        },
        context ? context : this,
        [this, done](const Status &s) {
            Q_EMIT connectionsChanged();
            if (done)
                done(s);
        });
}

} // namespace sd::connectors
