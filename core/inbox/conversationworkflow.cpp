#include "conversationworkflow.h"

#include "common/textfold.h"
#include "store/database.h"
#include "store/ids.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace sd::inbox {

using namespace Qt::StringLiterals;
using store::ChangeKind;
using store::Database;
using store::Statement;
using store::Transaction;

namespace {

QString trw(const char *text)
{
    return QCoreApplication::translate("sd::inbox::ConversationWorkflow", text);
}

Error error(WorkflowError code, const QString &message)
{
    return Error{QStringLiteral("inbox"), int(code), message};
}

Error noConversation()
{
    return error(WorkflowError::NoConversation, trw("The conversation does not exist (any more)."));
}

// Runs a statement to its end; returns how many rows it changed.
Result<int> run(Database &db, const QString &sql, const auto &...args)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(args...); !b)
        return b.error();
    if (auto s = st->exec(); !s)
        return s.error();
    return db.changes();
}

// The first column of the first row as text, or nullopt when there is no row.
Result<std::optional<QString>> firstText(Database &db, const QString &sql, const auto &...args)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(args...); !b)
        return b.error();
    auto more = st->step();
    if (!more)
        return more.error();
    if (!more.value())
        return std::optional<QString>();
    return std::optional<QString>(st->text(0));
}

Result<QString> workspaceOf(Database &db, const QString &conversationId)
{
    auto ws = firstText(db, u"SELECT workspace_id FROM conversations WHERE id = ?1 AND deleted = 0"_qs, conversationId);
    if (!ws)
        return ws.error();
    if (!ws.value())
        return noConversation();
    return *ws.value();
}

void touched(Transaction &tx, const QString &conversationId)
{
    tx.recordChange(QStringLiteral("conversations"), conversationId, ChangeKind::Updated);
}

Result<bool> updateConversation(Transaction &tx, const QString &conversationId, const QString &set,
    const QString &unchangedWhen, qint64 nowMs)
{
    auto ws = workspaceOf(tx.database(), conversationId);
    if (!ws)
        return ws.error();
    auto n = run(tx.database(),
        u"UPDATE conversations SET "_qs + set + u", version = version + 1, updated_at = ?2 WHERE id = ?1 AND NOT ("_qs
            + unchangedWhen + u')',
        conversationId, nowMs);
    if (!n)
        return n.error();
    if (n.value() > 0)
        touched(tx, conversationId);
    return n.value() > 0;
}

QString meName()
{
    return trw("Me");
}

} // namespace

QString WorkspaceMember::displayName() const
{
    return isMe ? meName() : name;
}

QString ConversationWorkflow::labelKey(const QString &name)
{
    return text::foldForSearch(name.simplified());
}

void ConversationWorkflow::sortLabels(QStringList &labels)
{
    // By the folded form: Turkish-aware (İade next to iade, before Kargo) whatever the process locale.
    std::sort(labels.begin(), labels.end(), [](const QString &a, const QString &b) {
        const QString ka = labelKey(a), kb = labelKey(b);
        return ka != kb ? ka < kb : a < b;
    });
}

Result<QString> ConversationWorkflow::ensureMe(Transaction &tx, const QString &workspaceId, qint64 nowMs)
{
    Database &db = tx.database();
    auto existing = firstText(db, u"SELECT id FROM workspace_members WHERE workspace_id = ?1 AND is_me = 1 AND deleted = 0"_qs,
        workspaceId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    const QString id = store::newId();
    // The stored name is neutral ("me"): other members (later, from the cloud) see the real name there.
    auto n = run(db, u"INSERT INTO workspace_members(id, workspace_id, display_name, is_me, updated_at) VALUES (?1, ?2, 'me', 1, ?3)"_qs,
        id, workspaceId, nowMs);
    if (!n)
        return n.error();
    tx.recordChange(QStringLiteral("workspace_members"), id, ChangeKind::Inserted);
    return id;
}

Result<bool> ConversationWorkflow::assign(Transaction &tx, const QString &conversationId, const QString &memberId,
    qint64 nowMs)
{
    auto ws = workspaceOf(tx.database(), conversationId);
    if (!ws)
        return ws.error();
    if (!memberId.isEmpty()) {
        auto member = firstText(tx.database(),
            u"SELECT id FROM workspace_members WHERE id = ?1 AND workspace_id = ?2 AND deleted = 0"_qs, memberId, ws.value());
        if (!member)
            return member.error();
        if (!member.value())
            return error(WorkflowError::NoMember, trw("No team member with id %1 in this workspace.").arg(memberId));
    }
    auto n = run(tx.database(),
        u"UPDATE conversations SET assignee_id = ?3, version = version + 1, updated_at = ?2"
        u" WHERE id = ?1 AND assignee_id IS NOT ?3"_qs,
        conversationId, nowMs, memberId.isEmpty() ? std::optional<QString>() : std::optional<QString>(memberId));
    if (!n)
        return n.error();
    if (n.value() > 0)
        touched(tx, conversationId);
    return n.value() > 0;
}

Result<bool> ConversationWorkflow::assignToMe(Transaction &tx, const QString &conversationId, qint64 nowMs)
{
    auto ws = workspaceOf(tx.database(), conversationId);
    if (!ws)
        return ws.error();
    auto me = ensureMe(tx, ws.value(), nowMs);
    if (!me)
        return me.error();
    return assign(tx, conversationId, me.value(), nowMs);
}

Result<bool> ConversationWorkflow::addLabel(Transaction &tx, const QString &conversationId, const QString &label,
    qint64 nowMs)
{
    const QString name = label.simplified();
    const QString key = labelKey(name);
    if (key.isEmpty())
        return error(WorkflowError::EmptyLabel, trw("A label needs a name."));
    Database &db = tx.database();
    auto ws = workspaceOf(db, conversationId);
    if (!ws)
        return ws.error();
    auto tag = firstText(db, u"SELECT id FROM tags WHERE workspace_id = ?1 AND fold_key = ?2 ORDER BY deleted, seq LIMIT 1"_qs,
        ws.value(), key);
    if (!tag)
        return tag.error();
    QString tagId;
    if (tag.value()) {
        tagId = *tag.value();
        auto revived = run(db, u"UPDATE tags SET deleted = 0, version = version + 1, updated_at = ?2 WHERE id = ?1 AND deleted = 1"_qs,
            tagId, nowMs);
        if (!revived)
            return revived.error();
        if (revived.value() > 0)
            tx.recordChange(QStringLiteral("tags"), tagId, ChangeKind::Updated);
    } else {
        tagId = store::newId();
        auto n = run(db, u"INSERT INTO tags(id, workspace_id, name, fold_key, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)"_qs,
            tagId, ws.value(), name, key, nowMs);
        if (!n)
            return n.error();
        tx.recordChange(QStringLiteral("tags"), tagId, ChangeKind::Inserted);
    }
    auto link = firstText(db, u"SELECT id || ' ' || deleted FROM conversation_tags WHERE conversation_id = ?1 AND tag_id = ?2"_qs,
        conversationId, tagId);
    if (!link)
        return link.error();
    if (link.value()) {
        const QStringList parts = link.value()->split(u' ');
        if (parts.value(1) == u"0")
            return false;
        auto n = run(db, u"UPDATE conversation_tags SET deleted = 0, version = version + 1, updated_at = ?2 WHERE id = ?1"_qs,
            parts.value(0), nowMs);
        if (!n)
            return n.error();
        tx.recordChange(QStringLiteral("conversation_tags"), parts.value(0), ChangeKind::Updated);
    } else {
        const QString id = store::newId();
        auto n = run(db, u"INSERT INTO conversation_tags(id, workspace_id, conversation_id, tag_id, updated_at)"
                         u" VALUES (?1, ?2, ?3, ?4, ?5)"_qs,
            id, ws.value(), conversationId, tagId, nowMs);
        if (!n)
            return n.error();
        tx.recordChange(QStringLiteral("conversation_tags"), id, ChangeKind::Inserted);
    }
    if (auto n = run(db, u"UPDATE conversations SET version = version + 1, updated_at = ?2 WHERE id = ?1"_qs, conversationId, nowMs); !n)
        return n.error();
    touched(tx, conversationId);
    return true;
}

Result<bool> ConversationWorkflow::removeLabel(Transaction &tx, const QString &conversationId, const QString &label,
    qint64 nowMs)
{
    const QString key = labelKey(label);
    if (key.isEmpty())
        return error(WorkflowError::EmptyLabel, trw("A label needs a name."));
    Database &db = tx.database();
    auto ws = workspaceOf(db, conversationId);
    if (!ws)
        return ws.error();
    auto link = firstText(db, u"SELECT ct.id FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id"
                              u" WHERE ct.conversation_id = ?1 AND ct.deleted = 0 AND t.workspace_id = ?2 AND t.fold_key = ?3"_qs,
        conversationId, ws.value(), key);
    if (!link)
        return link.error();
    if (!link.value())
        return false;
    auto n = run(db, u"UPDATE conversation_tags SET deleted = 1, version = version + 1, updated_at = ?2 WHERE id = ?1"_qs,
        *link.value(), nowMs);
    if (!n)
        return n.error();
    tx.recordChange(QStringLiteral("conversation_tags"), *link.value(), ChangeKind::Deleted);
    if (auto u = run(db, u"UPDATE conversations SET version = version + 1, updated_at = ?2 WHERE id = ?1"_qs, conversationId, nowMs); !u)
        return u.error();
    touched(tx, conversationId);
    return true;
}

Result<QString> ConversationWorkflow::addNote(Transaction &tx, const QString &conversationId, const QString &body,
    qint64 nowMs)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return error(WorkflowError::EmptyNote, trw("The note is empty."));
    auto ws = workspaceOf(tx.database(), conversationId);
    if (!ws)
        return ws.error();
    auto me = ensureMe(tx, ws.value(), nowMs);
    if (!me)
        return me.error();
    const QString id = store::newId();
    auto n = run(tx.database(),
        u"INSERT INTO notes(id, workspace_id, subject_table, subject_id, author_id, body, created_at, updated_at)"
        u" VALUES (?1, ?2, 'conversations', ?3, ?4, ?5, ?6, ?6)"_qs,
        id, ws.value(), conversationId, me.value(), text, nowMs);
    if (!n)
        return n.error();
    tx.recordChange(QStringLiteral("notes"), id, ChangeKind::Inserted);
    return id;
}

Result<bool> ConversationWorkflow::markDone(Transaction &tx, const QString &conversationId, qint64 nowMs)
{
    return updateConversation(tx, conversationId, u"status = 'closed', snoozed_until = NULL"_qs,
        u"status = 'closed' AND snoozed_until IS NULL"_qs, nowMs);
}

Result<bool> ConversationWorkflow::markRead(Transaction &tx, const QString &conversationId, qint64 nowMs)
{
    return updateConversation(tx, conversationId, u"unread_count = 0"_qs, u"unread_count = 0"_qs, nowMs);
}

Result<bool> ConversationWorkflow::reopen(Transaction &tx, const QString &conversationId, qint64 nowMs)
{
    return updateConversation(tx, conversationId, u"status = 'open', snoozed_until = NULL"_qs,
        u"status != 'closed' AND snoozed_until IS NULL"_qs, nowMs);
}

Result<bool> ConversationWorkflow::snooze(Transaction &tx, const QString &conversationId, qint64 untilMs, qint64 nowMs)
{
    if (untilMs <= nowMs)
        return error(WorkflowError::SnoozeInPast, trw("A snooze has to end in the future."));
    auto ws = workspaceOf(tx.database(), conversationId);
    if (!ws)
        return ws.error();
    auto n = run(tx.database(),
        u"UPDATE conversations SET status = 'open', snoozed_until = ?3, version = version + 1, updated_at = ?2"
        u" WHERE id = ?1 AND (snoozed_until IS NOT ?3 OR status = 'closed')"_qs,
        conversationId, nowMs, untilMs);
    if (!n)
        return n.error();
    if (n.value() > 0)
        touched(tx, conversationId);
    return n.value() > 0;
}

Result<int> ConversationWorkflow::wakeDue(Transaction &tx, qint64 nowMs)
{
    Database &db = tx.database();
    auto due = db.prepare(u"SELECT id FROM conversations WHERE snoozed_until IS NOT NULL AND snoozed_until <= ?1"_qs);
    if (!due)
        return due.error();
    if (auto b = due->bindAll(nowMs); !b)
        return b.error();
    QStringList ids;
    for (;;) {
        auto more = due->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        ids << due->text(0);
    }
    for (const QString &id : std::as_const(ids)) {
        // Back as open and unread, so that it is noticed again.
        auto n = run(db, u"UPDATE conversations SET snoozed_until = NULL, status = 'open', unread_count = max(unread_count, 1),"
                         u" version = version + 1, updated_at = ?2 WHERE id = ?1"_qs,
            id, nowMs);
        if (!n)
            return n.error();
        touched(tx, id);
    }
    return int(ids.size());
}

Result<WorkflowState> ConversationWorkflow::state(Database &db, const QString &conversationId, qint64 nowMs)
{
    auto st = db.prepare(u"SELECT c.workspace_id, c.status, ifnull(c.snoozed_until, 0), ifnull(c.assignee_id, ''),"
                         u" ifnull(m.display_name, ''), ifnull(m.is_me, 0),"
                         u" (SELECT group_concat(t.name, char(31)) FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id"
                         u"  WHERE ct.conversation_id = c.id AND ct.deleted = 0 AND t.deleted = 0)"
                         u" FROM conversations c LEFT JOIN workspace_members m ON m.id = c.assignee_id"
                         u" WHERE c.id = ?1 AND c.deleted = 0"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(conversationId); !b)
        return b.error();
    auto more = st->step();
    if (!more)
        return more.error();
    if (!more.value())
        return noConversation();
    WorkflowState s;
    s.conversationId = conversationId;
    s.workspaceId = st->text(0);
    const qint64 until = st->int64(2);
    s.status = st->text(1) == u"closed" ? u"done"_qs : until > nowMs ? u"snoozed"_qs : u"open"_qs;
    s.snoozedUntil = until > nowMs ? until : 0;
    s.assigneeId = st->text(3);
    s.assignedToMe = st->int64(5) != 0;
    s.assigneeName = s.assignedToMe ? meName() : st->text(4);
    s.labels = st->isNull(6) ? QStringList() : st->text(6).split(QChar(31), Qt::SkipEmptyParts);
    ConversationWorkflow::sortLabels(s.labels);
    return s;
}

Result<QList<WorkspaceMember>> ConversationWorkflow::members(Database &db, const QString &workspaceId)
{
    auto st = db.prepare(u"SELECT id, workspace_id, display_name, is_me FROM workspace_members"
                         u" WHERE deleted = 0 AND (ifnull(?1, '') = '' OR workspace_id = ?1) ORDER BY is_me DESC, display_name, seq"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(workspaceId); !b)
        return b.error();
    QList<WorkspaceMember> out;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        out << WorkspaceMember{st->text(0), st->text(1), st->text(2), st->int64(3) != 0};
    }
    return out;
}

Result<QStringList> ConversationWorkflow::labels(Database &db, const QString &workspaceId)
{
    auto st = db.prepare(u"SELECT name FROM tags WHERE deleted = 0 AND (ifnull(?1, '') = '' OR workspace_id = ?1)"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(workspaceId); !b)
        return b.error();
    QStringList out;
    QStringList keys;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        // Two workspaces may each have the label: listed once.
        const QString key = labelKey(st->text(0));
        if (!keys.contains(key)) {
            keys << key;
            out << st->text(0);
        }
    }
    ConversationWorkflow::sortLabels(out);
    return out;
}

Result<QList<ConversationNote>> ConversationWorkflow::notes(Database &db, const QString &conversationId)
{
    auto st = db.prepare(u"SELECT n.id, ifnull(n.author_id, ''), ifnull(m.display_name, ''), ifnull(m.is_me, 0), n.body, n.created_at"
                         u" FROM notes n LEFT JOIN workspace_members m ON m.id = n.author_id"
                         u" WHERE n.subject_table = 'conversations' AND n.subject_id = ?1 AND n.deleted = 0"
                         u" ORDER BY n.created_at, n.seq"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(conversationId); !b)
        return b.error();
    QList<ConversationNote> out;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        ConversationNote n;
        n.id = st->text(0);
        n.authorId = st->text(1);
        n.authorName = st->int64(3) != 0 ? meName() : st->text(2);
        n.body = st->text(4);
        n.createdAt = st->int64(5);
        out << n;
    }
    return out;
}

Result<std::optional<qint64>> ConversationWorkflow::nextSnoozeEnd(Database &db, qint64 nowMs)
{
    auto st = db.prepare(u"SELECT min(snoozed_until) FROM conversations WHERE snoozed_until > ?1 AND deleted = 0"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(nowMs); !b)
        return b.error();
    auto more = st->step();
    if (!more)
        return more.error();
    if (!more.value() || st->isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(st->int64(0));
}

std::optional<qint64> ConversationWorkflow::parseDuration(const QString &text)
{
    static const QRegularExpression whole(u"^(?:\\d+[mhdw])+$"_qs);
    static const QRegularExpression part(u"(\\d+)([mhdw])"_qs);
    const QString t = text.trimmed().toLower();
    if (!whole.match(t).hasMatch())
        return std::nullopt;
    qint64 total = 0;
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        bool ok = false;
        const qint64 n = m.captured(1).toLongLong(&ok);
        if (!ok || n > 100000)
            return std::nullopt;
        const char16_t unit = m.captured(2).at(0).unicode();
        const qint64 scale = unit == u'm' ? 60'000LL : unit == u'h' ? 3'600'000LL : unit == u'd' ? 86'400'000LL
                                                                                                 : 7 * 86'400'000LL;
        total += n * scale;
    }
    if (total <= 0)
        return std::nullopt;
    return total;
}

std::optional<QDateTime> ConversationWorkflow::parseUntil(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // A date alone first: QDateTime would read it as midnight.
    if (const QDate d = t.size() == 10 ? QDate::fromString(t, Qt::ISODate) : QDate(); d.isValid())
        return QDateTime(d, QTime(9, 0));
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt;
}

QDateTime ConversationWorkflow::presetTime(SnoozePreset preset, const QDateTime &now)
{
    switch (preset) {
    case SnoozePreset::OneHour:
        return now.addSecs(3600);
    case SnoozePreset::TomorrowMorning:
    case SnoozePreset::NextWeek: {
        // Tomorrow, or next Monday (a week from today when today is Monday), 09:00 in now's time zone.
        QDateTime at = now;
        at.setDate(now.date().addDays(preset == SnoozePreset::TomorrowMorning ? 1 : 8 - now.date().dayOfWeek()));
        at.setTime(QTime(9, 0));
        return at;
    }
    }
    return now;
}

} // namespace sd::inbox
