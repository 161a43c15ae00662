#include "metaconnections.h"

#include "connectionhealth.h"
#include "connectors/meta/metaclient.h"
#include "inboxquery.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/ids.h"
#include "store/localstore.h"
#include "store/statement.h"
#include "store/storewriter.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>

namespace sd::inbox {

void MetaConnections::add(store::LocalStore *store, SecretStore *secrets, const QString &workspaceId,
    const QString &workspaceName, const MetaConnectionDraft &draft, QObject *context, Added done, bool updateExisting)
{
    const QString pageToken = draft.page.pageToken.isEmpty() ? draft.pastedToken : draft.page.pageToken;
    if (draft.page.pageId.isEmpty() || pageToken.isEmpty())
        return done(Error{ QStringLiteral("connections"), 2, tr("Choose a Facebook Page first.") });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject settings{ { QStringLiteral("kind"), QStringLiteral("meta") },
        { QStringLiteral("baseUrl"), draft.baseUrl },
        { QStringLiteral("apiVersion"),
            draft.apiVersion.isEmpty() ? connectors::meta::MetaConnection::kDefaultVersion : draft.apiVersion },
        { QStringLiteral("pageId"), draft.page.pageId }, { QStringLiteral("instagramId"), draft.page.instagramId },
        { QStringLiteral("instagramUsername"), draft.page.instagramUsername },
        { QStringLiteral("humanAgent"), draft.humanAgent },
        { QStringLiteral("readsPerSecond"), qMax(1, draft.readsPerSecond) },
        { QStringLiteral("messengerCursorMs"), 0 }, { QStringLiteral("instagramCursorMs"), 0 } };
    ConnectionHealth::ok(now).writeTo(settings);
    const QString name = draft.name.isEmpty() ? draft.page.pageName : draft.name;
    const QString pageId = draft.page.pageId;
    auto id = std::make_shared<QString>(store::newId());
    auto isNew = std::make_shared<bool>(true);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    store->writer().submit(
        [=](store::Transaction &tx) -> Status {
            store::Database &db = tx.database();
            auto ws = db.prepare(u"INSERT OR IGNORE INTO workspaces(id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)");
            if (!ws)
                return ws.error();
            if (Status s = ws->bindAll(workspaceId, workspaceName.isEmpty() ? workspaceId : workspaceName, now); !s)
                return s;
            if (Status s = ws->exec(); !s)
                return s;
            auto dup = db.prepare(u"SELECT id, ifnull(sync_cursor, '') FROM connections WHERE workspace_id = ?1"
                                  u" AND platform = 'messenger' AND account_external_id = ?2 AND deleted = 0");
            if (!dup)
                return dup.error();
            if (Status s = dup->bindAll(workspaceId, pageId); !s)
                return s;
            auto more = dup->step();
            if (!more)
                return more.error();
            if (more.value()) {
                if (!updateExisting)
                    return Error{ QStringLiteral("connections"), 4,
                        tr("This Facebook Page (%1) is already connected. Use Reconnect to give it a new token.").arg(pageId) };
                *id = dup->text(0);
                *isNew = false;
                QJsonObject merged = QJsonDocument::fromJson(dup->text(1).toUtf8()).object();
                const bool sameHost = merged.value(u"baseUrl").toString() == draft.baseUrl;
                for (auto it = settings.begin(); it != settings.end(); ++it) {
                    if (sameHost && it.key().endsWith(u"CursorMs"))
                        continue; // the same API: the cursors stay
                    merged.insert(it.key(), it.value());
                }
                auto up = db.prepare(u"UPDATE connections SET sync_cursor = ?2, display_name = ?3, status = 'active',"
                                     u" updated_at = ?4 WHERE id = ?1");
                if (!up)
                    return up.error();
                if (Status s = up->bindAll(*id, QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact)),
                        name, now);
                    !s)
                    return s;
                if (Status s = up->exec(); !s)
                    return s;
                tx.recordChange(QStringLiteral("connections"), *id, store::ChangeKind::Updated);
                return {};
            }
            auto ins = db.prepare(u"INSERT INTO connections(id, workspace_id, platform, display_name, account_external_id,"
                                  u" sync_cursor, created_at, updated_at) VALUES (?1, ?2, 'messenger', ?3, ?4, ?5, ?6, ?6)");
            if (!ins)
                return ins.error();
            if (Status s = ins->bindAll(*id, workspaceId, name, pageId,
                    QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)), now);
                !s)
                return s;
            if (Status s = ins->exec(); !s)
                return s;
            tx.recordChange(QStringLiteral("connections"), *id, store::ChangeKind::Inserted);
            return {};
        },
        secrets,
        [=](const Status &row) {
            const auto answer = [=](Result<QString> r) {
                if (!hadContext || guard)
                    done(std::move(r));
            };
            if (!row)
                return answer(row.error());
            const QString key = SecretStore::keyFor(workspaceId, InboxQuery::tokenSecretName(*id));
            secrets->write(key, pageToken.toUtf8(), secrets, [=](Status written) {
                if (written)
                    return answer(*id);
                if (!*isNew)
                    return answer(written.error());
                // Nothing is kept: the new row goes again.
                store->writer().submit(
                    [id](store::Transaction &tx) -> Status {
                        auto del = tx.database().prepare(u"DELETE FROM connections WHERE id = ?1");
                        if (!del)
                            return del.error();
                        if (Status s = del->bindAll(*id); !s)
                            return s;
                        tx.recordChange(QStringLiteral("connections"), *id, store::ChangeKind::Deleted);
                        return del->exec();
                    },
                    secrets, [answer, written](const Status &) { answer(written.error()); });
            });
        });
}

void MetaConnections::replaceToken(store::LocalStore *store, SecretStore *secrets, const QString &workspaceId,
    const QString &connectionId, const QString &pageToken, QObject *context, Done done)
{
    const QString key = SecretStore::keyFor(workspaceId, InboxQuery::tokenSecretName(connectionId));
    QPointer<QObject> guard(context);
    secrets->write(key, pageToken.toUtf8(), context, [=](Status written) {
        if (!written)
            return done(written);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        store->writer().submit(
            [connectionId, now](store::Transaction &tx) -> Status {
                ConnectionHealth h = ConnectionHealth::ok(now);
                return h.recordIn(tx, connectionId, now, false);
            },
            secrets,
            [=](const Status &s) {
                if (!context || guard)
                    done(s);
            });
    });
}

} // namespace sd::inbox
