#include "inboxquery.h"

#include "conversationworkflow.h"
#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

#include <limits>

namespace sd::inbox {

using store::Statement;

namespace {

ConversationSummary summaryFrom(const Statement &st, qint64 nowMs)
{
    ConversationSummary c;
    c.seq = st.int64(0);
    c.id = st.text(1);
    c.connectionId = st.text(2);
    c.channel = st.text(3);
    c.name = st.text(4);
    c.participantId = st.text(5);
    c.pictureUrl = st.text(6);
    c.preview = st.text(7);
    c.lastMessageAt = st.int64(8);
    c.lastInboundAt = st.int64(9);
    c.unread = st.int32(10);
    const qint64 snoozedUntil = st.int64(12);
    c.status = st.text(11) == u"closed" ? QStringLiteral("done")
        : snoozedUntil > nowMs          ? QStringLiteral("snoozed")
                                        : QStringLiteral("open");
    c.snoozedUntil = snoozedUntil > nowMs ? snoozedUntil : 0;
    c.assigneeId = st.text(13);
    c.assignedToMe = st.int64(15) != 0;
    c.assigneeName = c.assignedToMe ? QCoreApplication::translate("sd::inbox::ConversationWorkflow", "Me") : st.text(14);
    if (!st.isNull(16)) {
        c.labels = st.text(16).split(QChar(31), Qt::SkipEmptyParts);
        ConversationWorkflow::sortLabels(c.labels);
    }
    return c;
}

// Selects from `page`, a CTE of conversation rows: the assignee and label look-ups run for the rows of one page
// only (a MATERIALIZED page is limited before they run, not the whole sorted table).
const char16_t *const kSummaryColumns =
    u"SELECT seq, id, connection_id, ifnull(channel, ''), ifnull(participant_name, ''),"
    u" ifnull(participant_external_id, ''), ifnull(participant_picture_url, ''), ifnull(last_message_preview, ''),"
    u" ifnull(last_message_at, 0), ifnull(last_inbound_at, 0), unread_count, status, ifnull(snoozed_until, 0),"
    u" ifnull(assignee_id, ''),"
    u" ifnull((SELECT display_name FROM workspace_members m WHERE m.id = page.assignee_id), ''),"
    u" ifnull((SELECT is_me FROM workspace_members m WHERE m.id = page.assignee_id), 0),"
    u" (SELECT group_concat(t.name, char(31)) FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id"
    u"  WHERE ct.conversation_id = page.id AND ct.deleted = 0 AND t.deleted = 0)"
    u" FROM page ";

qint64 nowOr(qint64 nowMs)
{
    return nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
}

} // namespace

std::optional<ConversationFilter::State> ConversationFilter::stateFromName(const QString &name)
{
    if (name == u"open")
        return State::Open;
    if (name == u"done")
        return State::Done;
    if (name == u"snoozed")
        return State::Snoozed;
    if (name == u"all")
        return State::All;
    return std::nullopt;
}

connectors::meta::MetaConnection MetaConnectionRow::connection(const QString &token) const
{
    connectors::meta::MetaConnection c;
    c.connectionId = id;
    const QString base = settings.value(QLatin1String("baseUrl")).toString();
    if (!base.isEmpty())
        c.host = QUrl(base);
    const QString version = settings.value(QLatin1String("apiVersion")).toString();
    if (!version.isEmpty())
        c.apiVersion = version;
    c.pageId = settings.value(QLatin1String("pageId")).toString();
    c.instagramId = settings.value(QLatin1String("instagramId")).toString();
    c.accessToken = token;
    c.humanAgentApproved = humanAgentApproved();
    c.readsPerSecond = settings.value(QLatin1String("readsPerSecond")).toInt(2);
    return c;
}

Result<QList<ConversationSummary>> InboxQuery::conversations(store::Database &db, const ConversationFilter &filter,
    const std::optional<ActivityKey> &after, int limit)
{
    // ifnull(last_message_at, 0) keeps conversations without messages at the end, in a total order with seq.
    auto st = db.prepare(QString(u"WITH page AS MATERIALIZED (SELECT * FROM conversations"
        u" WHERE deleted = 0 AND (?1 = 0 OR unread_count > 0) AND (ifnull(?2, '') = '' OR channel = ?2)"
          // The keyset position as a range on the indexed expression (conversations_inbox_activity, 0009) so that
          // a page seeks instead of scanning the rows before it; the first page starts at the maximum.
          u" AND ifnull(last_message_at, 0) <= ?4 AND (?3 = 0 OR ifnull(last_message_at, 0) < ?4 OR seq < ?5)"
          u" AND (?7 = 0 OR (?7 = 1 AND assignee_id IN (SELECT id FROM workspace_members WHERE is_me = 1 AND deleted = 0))"
          u"      OR (?7 = 2 AND assignee_id IS NULL))"
          u" AND (ifnull(?8, '') = '' OR EXISTS (SELECT 1 FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id"
          u"      WHERE ct.conversation_id = conversations.id AND ct.deleted = 0 AND t.deleted = 0 AND t.fold_key = ?8))"
          u" AND CASE ?9 WHEN 0 THEN status != 'closed' AND ifnull(snoozed_until, 0) <= ?10"
          u"            WHEN 1 THEN status = 'closed'"
          u"            WHEN 2 THEN status != 'closed' AND snoozed_until > ?10 ELSE 1 END"
          u" ORDER BY ifnull(last_message_at, 0) DESC, seq DESC LIMIT ?6) "
        + QString::fromUtf16(kSummaryColumns) + u"ORDER BY ifnull(last_message_at, 0) DESC, seq DESC"));
    if (!st)
        return st.error();
    const ActivityKey key = after.value_or(ActivityKey{std::numeric_limits<qint64>::max(), 0});
    const qint64 now = nowOr(filter.nowMs);
    if (auto b = st->bindAll(filter.unreadOnly ? 1 : 0, filter.channel, after ? 1 : 0, key.lastMessageAt, key.seq,
            qint64(limit), int(filter.assignee), ConversationWorkflow::labelKey(filter.label), int(filter.state), now);
        !b)
        return b.error();
    QList<ConversationSummary> rows;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        rows << summaryFrom(*st, now);
    }
    return rows;
}

Result<std::optional<ConversationSummary>> InboxQuery::conversation(store::Database &db, const QString &id)
{
    auto st = db.prepare(QString(u"WITH page AS (SELECT * FROM conversations WHERE id = ?1 AND deleted = 0) "
        + QString::fromUtf16(kSummaryColumns)));
    if (!st)
        return st.error();
    if (auto b = st->bindAll(id); !b)
        return b.error();
    auto more = st->step();
    if (!more)
        return more.error();
    if (!more.value())
        return std::optional<ConversationSummary>();
    return std::optional<ConversationSummary>(summaryFrom(*st, nowOr(0)));
}

Result<QList<ThreadMessage>> InboxQuery::messages(store::Database &db, const QString &conversationId)
{
    auto msgs = db.prepare(u"SELECT id, ifnull(external_id, ''), direction, ifnull(sender_name, ''), body, sent_at,"
                           u" status, unsent, ifnull(failure_reason, ''), ifnull(messaging_tag, ''), ifnull(reactions_json, '')"
                           u" FROM messages WHERE conversation_id = ?1 AND deleted = 0 ORDER BY sent_at, seq");
    if (!msgs)
        return msgs.error();
    auto atts = db.prepare(u"SELECT kind, ifnull(mime_type, ''), ifnull(file_name, ifnull(title, '')),"
                           u" ifnull(remote_url, ''), ifnull(preview_url, ''), byte_size FROM attachments"
                           u" WHERE message_id = ?1 AND deleted = 0 ORDER BY external_id, seq");
    if (!atts)
        return atts.error();
    if (auto b = msgs->bindAll(conversationId); !b)
        return b.error();
    QList<ThreadMessage> out;
    for (;;) {
        auto more = msgs->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        ThreadMessage m;
        m.id = msgs->text(0);
        m.platformId = msgs->text(1);
        m.outgoing = msgs->text(2) == QLatin1String("out");
        m.sender = msgs->text(3);
        m.text = msgs->text(4);
        m.sentAt = msgs->int64(5);
        m.status = msgs->text(6);
        m.unsent = msgs->int64(7) != 0;
        m.failureReason = msgs->text(8);
        m.tag = msgs->text(9);
        m.reactionsJson = msgs->text(10);
        atts->reset();
        if (auto b = atts->bindAll(m.id); !b)
            return b.error();
        for (;;) {
            auto a = atts->step();
            if (!a)
                return a.error();
            if (!a.value())
                break;
            ThreadAttachment t;
            t.kind = atts->text(0);
            t.mimeType = atts->text(1);
            t.name = atts->text(2);
            t.url = atts->text(3);
            t.previewUrl = atts->text(4);
            t.size = atts->isNull(5) ? -1 : atts->int64(5);
            m.attachments << t;
        }
        out << m;
    }
    return out;
}

Result<QList<MetaConnectionRow>> InboxQuery::metaConnections(store::Database &db)
{
    auto st = db.prepare(u"SELECT id, workspace_id, display_name, status, ifnull(sync_cursor, '') FROM connections "
                         u"WHERE deleted = 0 AND status != 'removed' AND platform = 'messenger' ORDER BY display_name");
    if (!st)
        return st.error();
    QList<MetaConnectionRow> rows;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        MetaConnectionRow r{st->text(0), st->text(1), st->text(2), st->text(3),
                            QJsonDocument::fromJson(st->text(4).toUtf8()).object()};
        if (r.settings.value(QLatin1String("kind")).toString() == QLatin1String("meta"))
            rows << r;
    }
    return rows;
}

Result<std::optional<MetaConnectionRow>> InboxQuery::metaConnection(store::Database &db, const QString &connectionId)
{
    auto all = metaConnections(db);
    if (!all)
        return all.error();
    for (const MetaConnectionRow &r : all.value()) {
        if (r.id == connectionId)
            return std::optional<MetaConnectionRow>(r);
    }
    return std::optional<MetaConnectionRow>();
}

QString InboxQuery::tokenSecretName(const QString &connectionId)
{
    return QStringLiteral("connection.") + connectionId + QStringLiteral(".accesstoken");
}

} // namespace sd::inbox
