#include "savedreplies.h"

#include "common/textfold.h"
#include "store/database.h"
#include "store/ids.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace sd::inbox {

using namespace Qt::StringLiterals;
using store::ChangeKind;
using store::Database;
using store::Transaction;

namespace {

QString trs(const char *text)
{
    return QCoreApplication::translate("sd::inbox::SavedReplies", text);
}

Error error(SavedReplyError code, const QString &message)
{
    return Error{QStringLiteral("inbox"), int(code), message};
}

// Whether another live reply of the workspace (not exceptId) has the folded shortcut key.
Result<bool> shortcutTaken(Database &db, const QString &workspaceId, const QString &key, const QString &exceptId)
{
    auto st = db.prepare(u"SELECT 1 FROM saved_replies WHERE workspace_id = ?1 AND shortcut_key = ?2 AND deleted = 0"
                         u" AND id IS NOT ?3"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(workspaceId, key, exceptId); !b)
        return b.error();
    auto more = st->step();
    if (!more)
        return more.error();
    return more.value();
}

Status validate(Database &db, const QString &workspaceId, const QString &shortcut, const QString &body,
    const QString &exceptId)
{
    if (const QString problem = SavedReplies::shortcutProblem(shortcut); !problem.isEmpty())
        return error(SavedReplyError::BadShortcut, problem);
    if (body.trimmed().isEmpty())
        return error(SavedReplyError::EmptyBody, trs("A saved reply needs a text."));
    auto taken = shortcutTaken(db, workspaceId, SavedReplies::shortcutKey(shortcut), exceptId);
    if (!taken)
        return taken.error();
    if (taken.value())
        return error(SavedReplyError::DuplicateShortcut, trs("Another saved reply already uses /%1.").arg(shortcut));
    return {};
}

Result<QList<SavedReply>> query(Database &db, const QString &workspaceId, const QString &prefixKey)
{
    auto st = db.prepare(u"SELECT id, workspace_id, shortcut, title, body, updated_at FROM saved_replies"
                         u" WHERE workspace_id = ?1 AND deleted = 0 AND substr(shortcut_key, 1, length(ifnull(?2, ''))) = ifnull(?2, '')"
                         u" ORDER BY shortcut_key, seq"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(workspaceId, prefixKey); !b)
        return b.error();
    QList<SavedReply> out;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        out.append(SavedReply{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->int64(5)});
    }
    return out;
}

} // namespace

QString SavedReplies::shortcutKey(const QString &shortcut)
{
    QString s = shortcut.trimmed();
    if (s.startsWith(u'/'))
        s.remove(0, 1);
    return text::foldForSearch(s);
}

QString SavedReplies::shortcutProblem(const QString &shortcut)
{
    if (shortcut.isEmpty())
        return trs("Type a shortcut.");
    if (shortcut.size() > kMaxShortcutLength)
        return trs("A shortcut has at most %1 characters.").arg(kMaxShortcutLength);
    for (const QChar c : shortcut) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            return trs("A shortcut may only hold letters, digits, - and _.");
    }
    return {};
}

QString SavedReplies::expand(const QString &body, const QString &customerName)
{
    const QString first = customerName.simplified().section(u' ', 0, 0);
    if (first.isEmpty())
        return body;
    QString out = body;
    out.replace(u"{name}"_s, first);
    return out;
}

Result<QString> SavedReplies::add(Transaction &tx, const QString &workspaceId, const QString &shortcut,
    const QString &title, const QString &body, qint64 nowMs)
{
    Database &db = tx.database();
    if (auto v = validate(db, workspaceId, shortcut, body, QString()); !v)
        return v.error();
    const QString id = store::newId();
    auto st = db.prepare(u"INSERT INTO saved_replies(id, workspace_id, shortcut, shortcut_key, title, body, updated_at)"
                         u" VALUES (?1, ?2, ?3, ?4, ifnull(?5, ''), ?6, ?7)"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(id, workspaceId, shortcut, shortcutKey(shortcut), title.trimmed(), body, nowMs); !b)
        return b.error();
    if (auto s = st->exec(); !s)
        return s.error();
    tx.recordChange(QStringLiteral("saved_replies"), id, ChangeKind::Inserted);
    return id;
}

Status SavedReplies::update(Transaction &tx, const QString &id, const QString &shortcut, const QString &title,
    const QString &body, qint64 nowMs)
{
    Database &db = tx.database();
    auto ws = db.prepare(u"SELECT workspace_id FROM saved_replies WHERE id = ?1 AND deleted = 0"_qs);
    if (!ws)
        return ws.error();
    if (auto b = ws->bindAll(id); !b)
        return b.error();
    auto found = ws->step();
    if (!found)
        return found.error();
    if (!found.value())
        return error(SavedReplyError::NotFound, trs("The saved reply does not exist (any more)."));
    const QString workspaceId = ws->text(0);
    if (auto v = validate(db, workspaceId, shortcut, body, id); !v)
        return v.error();
    auto st = db.prepare(u"UPDATE saved_replies SET shortcut = ?2, shortcut_key = ?3, title = ifnull(?4, ''), body = ?5,"
                         u" updated_at = ?6 WHERE id = ?1"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(id, shortcut, shortcutKey(shortcut), title.trimmed(), body, nowMs); !b)
        return b.error();
    if (auto s = st->exec(); !s)
        return s.error();
    tx.recordChange(QStringLiteral("saved_replies"), id, ChangeKind::Updated);
    return {};
}

Status SavedReplies::remove(Transaction &tx, const QString &id, qint64 nowMs)
{
    Database &db = tx.database();
    auto st = db.prepare(u"UPDATE saved_replies SET deleted = 1, updated_at = ?2 WHERE id = ?1 AND deleted = 0"_qs);
    if (!st)
        return st.error();
    if (auto b = st->bindAll(id, nowMs); !b)
        return b.error();
    if (auto s = st->exec(); !s)
        return s.error();
    if (db.changes() == 0)
        return error(SavedReplyError::NotFound, trs("The saved reply does not exist (any more)."));
    tx.recordChange(QStringLiteral("saved_replies"), id, ChangeKind::Deleted);
    return {};
}

Result<QList<SavedReply>> SavedReplies::list(Database &db, const QString &workspaceId)
{
    return query(db, workspaceId, QString());
}

Result<QList<SavedReply>> SavedReplies::findByPrefix(Database &db, const QString &workspaceId, const QString &prefix)
{
    return query(db, workspaceId, shortcutKey(prefix));
}

} // namespace sd::inbox
