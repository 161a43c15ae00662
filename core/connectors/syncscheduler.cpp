#include "syncscheduler.h"

#include "common/logging.h"
#include "connectors/meta/metaclient.h"
#include "connectors/meta/metaerrors.h"
#include "connectors/meta/metasync.h"
#include "inbox/connectionhealth.h"
#include "inbox/inboxquery.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/localstore.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QJsonDocument>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sd::connectors {
// One running sync: the connector and its OrderSync, deleted together when it ends.
struct SyncScheduler::Run
{
    QPointer<OrderConnector> connector;
    QPointer<OrderSync> sync;
    QPointer<meta::MetaSync> metaSync;
    QPointer<meta::MetaClient> metaClient;
    bool cancelled = false;

    ~Run()
    {
        delete sync.data();
        delete connector.data();
        delete metaSync.data();
        delete metaClient.data();
    }
};

SyncScheduler::SyncScheduler(ConnectionService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::syncNow);
    // A connection removed meanwhile must not keep a stale state.
    connect(m_service, &ConnectionService::connectionsChanged, this, [this] {
        auto all = m_service->list();
        if (!all)
            return;
        QSet<QString> ids;
        for (const ConnectionInfo &c : all.value())
            ids.insert(c.id);
        for (const QString &id : m_states.keys()) {
            if (!ids.contains(id) && !m_running.contains(id)) {
                m_states.remove(id);
                Q_EMIT stateChanged(id);
            }
        }
    });
}

SyncScheduler::~SyncScheduler()
{
    m_timer.stop();
    for (const auto &run : std::as_const(m_running)) {
        run->cancelled = true;
        if (run->sync)
            run->sync->disconnect(this);
        if (run->metaSync)
            run->metaSync->disconnect(this);
    }
    m_running.clear();
}

void SyncScheduler::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
}

void SyncScheduler::start()
{
    m_timer.start();
    syncNow();
}

void SyncScheduler::stop()
{
    m_timer.stop();
    for (const auto &run : std::as_const(m_running)) {
        if (run->sync)
            run->sync->cancel();
        if (run->metaSync)
            run->metaSync->cancel();
    }
}

void SyncScheduler::syncNow()
{
    auto all = m_service->list();
    if (!all) {
        qCWarning(lcSync) << "connections not readable:" << all.error().message;
        return;
    }
    if (m_running.isEmpty()) {
        m_roundTotal = 0;
        m_roundDone = 0;
        m_roundOk = true;
    }
    int started = 0;
    for (const ConnectionInfo &c : all.value()) {
        if (m_running.contains(c.id))
            continue;
        ++started;
        ++m_roundTotal;
        startOne(c);
    }
    if (started > 0) {
        Q_EMIT syncStarted(int(m_running.size()));
        Q_EMIT progress(m_roundDone, m_roundTotal);
    }
}

void SyncScheduler::syncConnection(const QString &connectionId)
{
    if (m_running.contains(connectionId))
        return;
    auto c = m_service->find(connectionId);
    if (!c)
        return;
    if (m_running.isEmpty()) {
        m_roundTotal = 0;
        m_roundDone = 0;
        m_roundOk = true;
    }
    ++m_roundTotal;
    startOne(c.value());
    Q_EMIT syncStarted(int(m_running.size()));
    Q_EMIT progress(m_roundDone, m_roundTotal);
}

void SyncScheduler::startOne(const ConnectionInfo &connection)
{
    auto run = std::make_shared<Run>();
    m_running.insert(connection.id, run);
    ConnectionSyncState st = m_states.value(connection.id);
    if (st.lastSuccessMs == 0)
        st.lastSuccessMs = connection.lastSyncedAt;
    st.kind = ConnectionSyncState::Kind::Syncing;
    st.message.clear();
    st.pages = 0;
    setState(connection.id, st);

    const QString id = connection.id;
    if (connection.platform == u"messenger") {
        startMeta(connection, run);
        return;
    }
    m_service->loadConfig(connection, this, [this, connection, id, run](Result<ConnectionConfig> config) {
        if (run->cancelled || m_running.value(id) != run)
            return;
        if (!config)
            return finishOne(id, false, config.error().message, nullptr);
        run->connector = m_service->registry().create(connection.platform, m_service->network(), config.value());
        if (!run->connector)
            return finishOne(id, false, tr("This platform cannot be synced yet."), nullptr);
        run->sync = new OrderSync(run->connector, &m_service->store()->writer(), connection.workspaceId, id);
        connect(run->sync, &OrderSync::progress, this, [this, id](int pages) {
            ConnectionSyncState next = m_states.value(id);
            next.pages = pages;
            setState(id, next);
        });
        connect(run->sync, &OrderSync::finished, this, [this, id, connection](const OrderSyncReport &report) {
            const QString failure = report.fetch.failure ? report.fetch.failure->userMessage()
                : report.storeError                      ? report.storeError->message
                                                         : QString();
            if (report.fetch.failure)
                qCInfo(lcSync) << "sync of" << connection.platform << id
                               << "stopped:" << report.fetch.failure->logLine();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // The cursor moves only when the whole window was written; otherwise it stays and the window is
            // fetched again next time.
            m_service->recordSync(
                id, report.nextCursorMs, report.ok(), failure, now, this, [this, id, report, failure](Status recorded) {
                    if (!recorded)
                        qCWarning(lcSync) << "sync state of" << id << "not saved:" << recorded.error().message;
                    finishOne(id, report.ok(), failure, &report);
                });
        });
        run->sync->start(connection.cursorMs, QDateTime::currentMSecsSinceEpoch());
    });
}

void SyncScheduler::startMeta(const ConnectionInfo &connection, const std::shared_ptr<Run> &run)
{
    const QString id = connection.id;
    auto reader = m_service->store()->openReader();
    if (!reader)
        return finishOne(id, false, reader.error().message, nullptr);
    auto row = inbox::InboxQuery::metaConnection(*reader.value(), id);
    if (!row || !row.value())
        return finishOne(id, false, row ? tr("The Meta connection's settings are missing.") : row.error().message, nullptr);
    const inbox::MetaConnectionRow metaRow = *row.value();
    const QString key = SecretStore::keyFor(connection.workspaceId, inbox::InboxQuery::tokenSecretName(id));
    m_service->secrets()->read(key, this, [this, id, run, metaRow, connection](Result<QByteArray> token) {
        if (run->cancelled || m_running.value(id) != run)
            return;
        if (!token)
            return finishOne(id, false, token.error().message, nullptr);
        run->metaClient = new meta::MetaClient(m_service->network(), metaRow.connection(QString::fromUtf8(token.value())));
        run->metaSync = new meta::MetaSync(run->metaClient, &m_service->store()->writer(), connection.workspaceId, id);
        connect(run->metaSync, &meta::MetaSync::progress, this, [this, id](int pages) {
            ConnectionSyncState next = m_states.value(id);
            next.pages = pages;
            setState(id, next);
        });
        connect(run->metaSync, &meta::MetaSync::finished, this, [this, id](const meta::MetaSyncReport &report) {
            const QString failure = report.failure ? meta::MetaErrors::explain(*report.failure)
                : report.storeError                ? report.storeError->message
                                                   : QString();
            if (report.failure)
                qCInfo(lcSync) << "inbox sync of" << id << "stopped:" << report.failure->logLine();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const bool ok = report.ok();
            const std::optional<inbox::ConnectionHealth> health = report.failure
                ? inbox::ConnectionHealth::fromFailure(*report.failure, now)
                : std::optional<inbox::ConnectionHealth>(inbox::ConnectionHealth::ok(now));
            const meta::MetaSyncCursor cursor = report.nextCursor;
            m_service->store()->writer().submit(
                [id, ok, failure, now, cursor, health](store::Transaction &tx) -> Status {
                    auto read = tx.database().prepare(u"SELECT ifnull(sync_cursor, '') FROM connections WHERE id = ?1");
                    if (!read)
                        return read.error();
                    if (Status s = read->bindAll(id); !s)
                        return s;
                    auto found = read->step();
                    if (!found)
                        return found.error();
                    if (!found.value())
                        return {};
                    QJsonObject settings = QJsonDocument::fromJson(read->text(0).toUtf8()).object();
                    settings.insert(QStringLiteral("messengerCursorMs"), cursor.messengerMs);
                    settings.insert(QStringLiteral("instagramCursorMs"), cursor.instagramMs);
                    settings.insert(QStringLiteral("lastError"), ok ? QString() : failure);
                    auto up = tx.database().prepare(
                        u"UPDATE connections SET sync_cursor = ?2, status = CASE WHEN ?3 THEN 'active' ELSE 'error' END,"
                        u" last_synced_at = CASE WHEN ?3 THEN ?4 ELSE last_synced_at END, updated_at = ?4 WHERE id = ?1");
                    if (!up)
                        return up.error();
                    if (Status s = up->bindAll(id, QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
                            ok ? 1 : 0, now);
                        !s)
                        return s;
                    if (Status s = up->exec(); !s)
                        return s;
                    tx.recordChange(QStringLiteral("connections"), id, store::ChangeKind::Updated);
                    return health ? health->recordIn(tx, id, now) : Status{};
                },
                this,
                [this, id, report, failure](const Status &recorded) {
                    if (!recorded)
                        qCWarning(lcSync) << "inbox sync state of" << id << "not saved:" << recorded.error().message;
                    Q_EMIT m_service->connectionsChanged();
                    ConnectionSyncState st = m_states.value(id);
                    st.newOrChanged = report.stats.inserted + report.stats.updated;
                    m_states.insert(id, st);
                    finishOne(id, report.ok(), failure, nullptr);
                    Q_EMIT inboxSynced(id, report.ok(), report.stats.inserted + report.stats.updated);
                });
        });
        meta::MetaSyncCursor cursor;
        cursor.messengerMs = metaRow.settings.value(u"messengerCursorMs").toInteger();
        cursor.instagramMs = metaRow.settings.value(u"instagramCursorMs").toInteger();
        run->metaSync->start(cursor);
    });
}

void SyncScheduler::finishOne(
    const QString &connectionId, bool ok, const QString &message, const OrderSyncReport *report)
{
    auto run = m_running.take(connectionId);
    if (!run)
        return;
    ConnectionSyncState st = m_states.value(connectionId);
    st.kind = ok ? ConnectionSyncState::Kind::Ok : ConnectionSyncState::Kind::Error;
    st.message = message;
    if (ok)
        st.lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
    if (report)
        st.newOrChanged = report->stats.inserted + report->stats.updated;
    setState(connectionId, st);
    if (report)
        Q_EMIT connectionSynced(connectionId, *report);
    // The connector and the sync are deleted once their signal has returned.
    QMetaObject::invokeMethod(
        this, [run] {}, Qt::QueuedConnection);
    ++m_roundDone;
    m_roundOk = m_roundOk && ok;
    Q_EMIT progress(m_roundDone, m_roundTotal);
    if (m_running.isEmpty()) {
        Q_EMIT syncFinished(m_roundOk);
        Q_EMIT progress(0, 0);
    }
}

void SyncScheduler::setState(const QString &connectionId, const ConnectionSyncState &state)
{
    m_states.insert(connectionId, state);
    Q_EMIT stateChanged(connectionId);
}

QString SyncScheduler::summary() const
{
    if (!m_running.isEmpty())
        return tr("Syncing %1 of %n connection(s)…", nullptr, m_roundTotal)
            .arg(m_roundTotal - int(m_running.size()) + 1);
    int failed = 0;
    qint64 last = 0;
    for (const ConnectionSyncState &s : m_states) {
        failed += s.kind == ConnectionSyncState::Kind::Error;
        last = qMax(last, s.lastSuccessMs);
    }
    if (m_states.isEmpty())
        return tr("No connections: add one in Settings → Connections");
    const QString when = last > 0
        ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(last).toLocalTime().time(), QLocale::ShortFormat)
        : QString();
    if (failed > 0) {
        QString first;
        for (const ConnectionSyncState &s : m_states) {
            if (s.kind == ConnectionSyncState::Kind::Error) {
                first = s.message;
                break;
            }
        }
        return tr("%n connection(s) could not sync: %1", nullptr, failed).arg(first);
    }
    return tr("%n connection(s) synced at %1", nullptr, int(m_states.size())).arg(when);
}

QString SyncScheduler::details() const
{
    QStringList lines;
    auto all = m_service->list();
    if (!all)
        return {};
    for (const ConnectionInfo &c : all.value()) {
        const ConnectionSyncState s = m_states.value(c.id);
        if (s.kind == ConnectionSyncState::Kind::Error)
            lines << tr("%1: %2").arg(c.name, s.message);
    }
    return lines.join(u'\n');
}

} // namespace sd::connectors
