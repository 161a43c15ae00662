#include "metaingest.h"

#include "metamapper.h"
#include "store/database.h"
#include "store/ids.h"
#include "store/ingest.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QHash>

namespace sd::connectors::meta {

using store::ExternalRef;
using store::IngestBatch;
using store::Ingestor;
using store::IngestRecord;

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

void add(MetaIngestStats &stats, const store::IngestStats &s)
{
    stats.inserted += s.inserted;
    stats.updated += s.updated;
    stats.unchanged += s.unchanged;
}

Error ingestError(const QString &message)
{
    return Error{ QStringLiteral("meta"), 1, message };
}

// The customers row behind a PSID/IGSID: found through its identity, or created once (named later when Meta
// gives a name it did not give before).
Result<QString> customerFor(store::Transaction &tx, const QString &workspaceId, const QString &connectionId,
    const MetaPerson &person, qint64 seenMs, qint64 nowMs, bool *created)
{
    store::Database &db = tx.database();
    Result<store::Statement *> find = db.cached(QStringLiteral(
        "SELECT ci.customer_id, c.display_name FROM customer_identities ci JOIN customers c ON c.id = ci.customer_id"
        " WHERE ci.connection_id = ?1 AND ci.external_id = ?2"));
    if (!find)
        return find.error();
    if (Status s = (*find)->bindAll(connectionId, person.id); !s)
        return s.error();
    Result<bool> row = (*find)->step();
    if (!row)
        return row.error();
    if (*row) {
        const QString id = (*find)->text(0);
        const QString name = (*find)->text(1);
        (*find)->reset();
        if (name.isEmpty() && !person.displayName().isEmpty()) {
            Result<store::Statement *> rename = db.cached(
                QStringLiteral("UPDATE customers SET display_name = ?2, updated_at = ?3 WHERE id = ?1"));
            if (!rename)
                return rename.error();
            if (Status s = (*rename)->bindAll(id, person.displayName(), nowMs); !s)
                return s.error();
            if (Status s = (*rename)->exec(); !s)
                return s.error();
            tx.recordChange(QStringLiteral("customers"), id, store::ChangeKind::Updated);
        }
        return id;
    }
    (*find)->reset();
    const QString id = store::newId();
    Result<store::Statement *> insert = db.cached(QStringLiteral(
        "INSERT INTO customers(id, workspace_id, display_name, first_seen_at, last_seen_at, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?5)"));
    if (!insert)
        return insert.error();
    const QString name = person.displayName();
    if (Status s = (*insert)->bindAll(id, workspaceId, name.isNull() ? QStringLiteral("") : name, seenMs, nowMs); !s)
        return s.error();
    if (Status s = (*insert)->exec(); !s)
        return s.error();
    tx.recordChange(QStringLiteral("customers"), id, store::ChangeKind::Inserted);
    *created = true;
    return id;
}

Result<QString> conversationRowId(store::Transaction &tx, const QString &connectionId, const QString &externalId)
{
    Result<store::Statement *> find = tx.database().cached(
        QStringLiteral("SELECT id FROM conversations WHERE connection_id = ?1 AND external_id = ?2"));
    if (!find)
        return find.error();
    if (Status s = (*find)->bindAll(connectionId, externalId); !s)
        return s.error();
    Result<bool> row = (*find)->step();
    if (!row)
        return row.error();
    const QString id = *row ? (*find)->text(0) : QString();
    (*find)->reset();
    if (id.isEmpty())
        return ingestError(QStringLiteral("unknown conversation %1").arg(externalId));
    return id;
}

} // namespace

Result<MetaIngestStats> MetaIngest::writeConversations(store::Transaction &tx, const QString &workspaceId,
    const QString &connectionId, const QList<MetaConversation> &conversations, qint64 nowMs)
{
    if (nowMs == 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    MetaIngestStats stats;
    IngestBatch identities{ QStringLiteral("customer_identities"), workspaceId, connectionId, {} };
    IngestBatch rows{ QStringLiteral("conversations"), workspaceId, connectionId, {} };
    QHash<QString, QString> customers;
    for (const MetaConversation &c : conversations) {
        QVariant customerId;
        if (!c.customer.id.isEmpty()) {
            auto it = customers.constFind(c.customer.id);
            if (it == customers.constEnd()) {
                bool created = false;
                Result<QString> id
                    = customerFor(tx, workspaceId, connectionId, c.customer, c.updatedMs, nowMs, &created);
                if (!id)
                    return id.error();
                stats.customersCreated += created ? 1 : 0;
                it = customers.insert(c.customer.id, *id);
                const bool handle = !c.customer.username.isEmpty();
                identities.records.append(IngestRecord{ c.customer.id,
                    { { QStringLiteral("customer_id"), *id },
                        { QStringLiteral("kind"), handle ? QStringLiteral("handle") : QStringLiteral("platform_user") },
                        { QStringLiteral("value"), handle ? u'@' + c.customer.username : c.customer.id } } });
            }
            customerId = *it;
        }
        QVariantMap fields{ { QStringLiteral("customer_id"), customerId },
            { QStringLiteral("channel"), channelName(c.channel) },
            { QStringLiteral("participant_external_id"), textOrNull(c.customer.id) },
            { QStringLiteral("participant_name"), textOrNull(c.customer.displayName()) },
            { QStringLiteral("platform_updated_at"), c.updatedMs } };
        if (!c.customer.pictureUrl.isEmpty())
            fields.insert(QStringLiteral("participant_picture_url"), c.customer.pictureUrl);
        if (c.unreadCount)
            fields.insert(QStringLiteral("unread_count"), *c.unreadCount);
        rows.records.append(IngestRecord{ c.id, fields });
    }
    if (!identities.records.isEmpty()) {
        Result<store::IngestStats> s = Ingestor::upsert(tx, identities, nowMs);
        if (!s)
            return s.error();
        add(stats, *s);
    }
    if (!rows.records.isEmpty()) {
        Result<store::IngestStats> s = Ingestor::upsert(tx, rows, nowMs);
        if (!s)
            return s.error();
        add(stats, *s);
    }
    return stats;
}

Result<MetaIngestStats> MetaIngest::writeMessages(store::Transaction &tx, const QString &workspaceId,
    const QString &connectionId, const QString &conversationExternalId, const QList<MetaMessage> &messages,
    qint64 nowMs)
{
    if (nowMs == 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    MetaIngestStats stats;
    if (messages.isEmpty())
        return stats;
    Result<QString> conversationId = conversationRowId(tx, connectionId, conversationExternalId);
    if (!conversationId)
        return conversationId.error();
    store::Database &db = tx.database();

    // Our own replies whose answer never arrived (the connection dropped after sending): Meta lists them now.
    for (const MetaMessage &m : messages) {
        if (!m.outgoing || m.id.isEmpty())
            continue;
        Result<store::Statement *> known
            = db.cached(QStringLiteral("SELECT 1 FROM messages WHERE connection_id = ?1 AND external_id = ?2"));
        if (!known)
            return known.error();
        if (Status s = (*known)->bindAll(connectionId, m.id); !s)
            return s.error();
        Result<bool> exists = (*known)->step();
        (*known)->reset();
        if (!exists)
            return exists.error();
        if (*exists)
            continue;
        Result<store::Statement *> claim = db.cached(QStringLiteral(
            "UPDATE messages SET external_id = ?1 WHERE id = (SELECT id FROM messages WHERE conversation_id = ?2"
            " AND external_id IS NULL AND direction = 'out' AND body = ?3 AND status IN ('pending', 'failed')"
            " ORDER BY sent_at LIMIT 1) RETURNING id"));
        if (!claim)
            return claim.error();
        if (Status s = (*claim)->bindAll(m.id, *conversationId, m.text.isNull() ? QStringLiteral("") : m.text); !s)
            return s.error();
        Result<bool> claimed = (*claim)->step();
        if (!claimed)
            return claimed.error();
        if (*claimed) {
            ++stats.claimed;
            tx.recordChange(QStringLiteral("messages"), (*claim)->text(0), store::ChangeKind::Updated);
        }
        (*claim)->reset();
    }

    IngestBatch rows{ QStringLiteral("messages"), workspaceId, connectionId, {} };
    IngestBatch attachments{ QStringLiteral("attachments"), workspaceId, connectionId, {} };
    const MetaMessage *newest = nullptr;
    qint64 newestInbound = 0;
    for (const MetaMessage &m : messages) {
        rows.records.append(IngestRecord{ m.id,
            { { QStringLiteral("conversation_id"),
                  QVariant::fromValue(ExternalRef{ QStringLiteral("conversations"), conversationExternalId }) },
                { QStringLiteral("direction"), m.outgoing ? QStringLiteral("out") : QStringLiteral("in") },
                { QStringLiteral("sender_name"), textOrNull(m.from.displayName()) },
                { QStringLiteral("sender_external_id"), textOrNull(m.from.id) },
                { QStringLiteral("body"), m.text.isNull() ? QStringLiteral("") : m.text },
                { QStringLiteral("sent_at"), m.createdMs },
                { QStringLiteral("status"), m.outgoing ? QStringLiteral("sent") : QStringLiteral("received") },
                { QStringLiteral("unsent"), m.unsent ? 1 : 0 },
                { QStringLiteral("reply_to_external_id"), textOrNull(m.replyToId) },
                { QStringLiteral("reactions_json"), textOrNull(m.reactionsJson) },
                { QStringLiteral("failure_reason"), QVariant() } } });
        for (const MetaAttachment &a : m.attachments) {
            const bool media = a.kind == u"image" || a.kind == u"video" || a.kind == u"audio" || a.kind == u"file";
            attachments.records.append(IngestRecord{ a.externalId,
                { { QStringLiteral("message_id"), QVariant::fromValue(ExternalRef{ QStringLiteral("messages"), m.id }) },
                    { QStringLiteral("kind"), a.kind },
                    { QStringLiteral("mime_type"), textOrNull(a.mimeType) },
                    { QStringLiteral("file_name"), media ? textOrNull(a.name) : QVariant() },
                    { QStringLiteral("title"), media ? QVariant() : textOrNull(a.name) },
                    { QStringLiteral("byte_size"), a.size ? QVariant(*a.size) : QVariant() },
                    { QStringLiteral("remote_url"), textOrNull(a.url) },
                    { QStringLiteral("preview_url"), textOrNull(a.previewUrl) } } });
        }
        if (!newest || m.createdMs > newest->createdMs)
            newest = &m;
        if (!m.outgoing)
            newestInbound = qMax(newestInbound, m.createdMs);
    }
    Result<store::IngestStats> written = Ingestor::upsert(tx, rows, nowMs);
    if (!written)
        return written.error();
    add(stats, *written);
    if (!attachments.records.isEmpty()) {
        Result<store::IngestStats> a = Ingestor::upsert(tx, attachments, nowMs);
        if (!a)
            return a.error();
        add(stats, *a);
    }

    Result<store::Statement *> summary = db.cached(QStringLiteral(
        "UPDATE conversations SET last_message_at = ?2, last_message_preview = ?3, updated_at = ?5,"
        " last_inbound_at = CASE WHEN ?4 > ifnull(last_inbound_at, 0) THEN ?4 ELSE last_inbound_at END"
        " WHERE id = ?1 AND (last_message_at IS NOT ?2 OR last_message_preview IS NOT ?3"
        " OR ?4 > ifnull(last_inbound_at, 0))"));
    if (!summary)
        return summary.error();
    // Only move last_message_at forward: an older page must not replace the newest preview.
    Result<store::Statement *> current
        = db.cached(QStringLiteral("SELECT ifnull(last_message_at, 0), last_message_preview FROM conversations WHERE id = ?1"));
    if (!current)
        return current.error();
    if (Status s = (*current)->bindAll(*conversationId); !s)
        return s.error();
    Result<bool> has = (*current)->step();
    if (!has)
        return has.error();
    qint64 lastAt = *has ? (*current)->int64(0) : 0;
    QString preview = *has ? (*current)->text(1) : QString();
    (*current)->reset();
    if (newest->createdMs >= lastAt) {
        lastAt = newest->createdMs;
        preview = MetaMapper::preview(*newest);
    }
    if (Status s = (*summary)->bindAll(*conversationId, lastAt, preview, newestInbound, nowMs); !s)
        return s.error();
    if (Status s = (*summary)->exec(); !s)
        return s.error();
    if (db.changes() > 0)
        tx.recordChange(QStringLiteral("conversations"), *conversationId, store::ChangeKind::Updated);
    return stats;
}

Result<MetaThread> MetaIngest::thread(store::Transaction &tx, const QString &conversationId)
{
    Result<store::Statement> st = tx.database().prepare(
        u"SELECT id, external_id, connection_id, ifnull(channel, 'messenger'), ifnull(participant_external_id, ''),"
        u" ifnull(participant_name, ''), ifnull(last_inbound_at, 0) FROM conversations WHERE id = ?1 AND deleted = 0");
    if (!st)
        return st.error();
    if (Status s = st->bindAll(conversationId); !s)
        return s.error();
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return ingestError(QCoreApplication::translate("sd::connectors::meta", "No conversation with id %1.")
                               .arg(conversationId));
    MetaThread t;
    t.conversationId = st->text(0);
    t.externalId = st->text(1);
    t.connectionId = st->text(2);
    t.channel = channelFromName(st->text(3)).value_or(Channel::Messenger);
    t.recipientId = st->text(4);
    t.customerName = st->text(5);
    t.lastCustomerMessageMs = st->int64(6);
    return t;
}

Result<QString> MetaIngest::recordPending(store::Transaction &tx, const MetaThread &thread, const QString &workspaceId,
    const QString &text, const QString &tag, qint64 nowMs)
{
    const QString id = store::newId();
    Result<store::Statement> st = tx.database().prepare(
        u"INSERT INTO messages(id, workspace_id, connection_id, conversation_id, direction, body, sent_at, status,"
        u" messaging_tag, updated_at) VALUES (?1, ?2, ?3, ?4, 'out', ?5, ?6, 'pending', ?7, ?6)");
    if (!st)
        return st.error();
    if (Status s = st->bindAll(id, workspaceId, thread.connectionId, thread.conversationId, text, nowMs,
            tag.isEmpty() ? std::optional<QString>() : std::optional<QString>(tag));
        !s)
        return s.error();
    if (Status s = st->exec(); !s)
        return s.error();
    tx.recordChange(QStringLiteral("messages"), id, store::ChangeKind::Inserted);
    return id;
}

Status MetaIngest::recordSent(store::Transaction &tx, const QString &messageId, const QString &metaMessageId, qint64 nowMs)
{
    // Meta's id may already be on a row that a sync wrote meanwhile: then that row is the message, ours goes.
    Result<store::Statement> dup = tx.database().prepare(
        u"SELECT id FROM messages WHERE connection_id = (SELECT connection_id FROM messages WHERE id = ?1)"
        u" AND external_id = ?2 AND id <> ?1");
    if (!dup)
        return dup.error();
    if (Status s = dup->bindAll(messageId, metaMessageId); !s)
        return s;
    Result<bool> exists = dup->step();
    if (!exists)
        return exists.error();
    if (*exists) {
        Result<store::Statement> del = tx.database().prepare(u"DELETE FROM messages WHERE id = ?1");
        if (!del)
            return del.error();
        if (Status s = del->bindAll(messageId); !s)
            return s;
        tx.recordChange(QStringLiteral("messages"), messageId, store::ChangeKind::Deleted);
        return del->exec();
    }
    Result<store::Statement> st = tx.database().prepare(
        u"UPDATE messages SET external_id = ?2, status = 'sent', failure_reason = NULL, updated_at = ?3 WHERE id = ?1");
    if (!st)
        return st.error();
    if (Status s = st->bindAll(messageId, metaMessageId, nowMs); !s)
        return s;
    if (Status s = st->exec(); !s)
        return s;
    tx.recordChange(QStringLiteral("messages"), messageId, store::ChangeKind::Updated);
    // The conversation's last message is this reply now.
    Result<store::Statement> conv = tx.database().prepare(
        u"UPDATE conversations SET last_message_at = m.sent_at, last_message_preview = substr(m.body, 1, 140),"
        u" updated_at = ?2 FROM (SELECT conversation_id, sent_at, body FROM messages WHERE id = ?1) AS m"
        u" WHERE conversations.id = m.conversation_id AND ifnull(conversations.last_message_at, 0) <= m.sent_at");
    if (!conv)
        return conv.error();
    if (Status s = conv->bindAll(messageId, nowMs); !s)
        return s;
    return conv->exec();
}

Status MetaIngest::recordFailed(store::Transaction &tx, const QString &messageId, const QString &reason, qint64 nowMs)
{
    Result<store::Statement> st = tx.database().prepare(
        u"UPDATE messages SET status = 'failed', failure_reason = ?2, updated_at = ?3 WHERE id = ?1");
    if (!st)
        return st.error();
    if (Status s = st->bindAll(messageId, reason, nowMs); !s)
        return s;
    if (Status s = st->exec(); !s)
        return s;
    tx.recordChange(QStringLiteral("messages"), messageId, store::ChangeKind::Updated);
    return {};
}

} // namespace sd::connectors::meta
