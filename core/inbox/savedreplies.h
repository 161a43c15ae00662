// Saved replies of the inbox composer: a text the seller inserts by typing /shortcut (ui/inbox/savedreplypopup.h).
// Kept per workspace in the encrypted store (table saved_replies, 0011); a workspace starts with none. Shortcuts
// are compared folded with Turkish rules (common/textfold.h): "/KARGO", "/kargo" and "/kargö" are one shortcut.
// Like ConversationWorkflow, the writes take the caller's transaction (run them as a StoreWriter job) and record
// their changes for the ChangeNotifier; the reads take a read-only connection.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace sd::store {
class Database;
class Transaction;
} // namespace sd::store

namespace sd::inbox {

enum class SavedReplyError {
    BadShortcut = 1, // empty, too long, or a character other than a letter, digit, '-' or '_'
    DuplicateShortcut,
    EmptyBody,
    NotFound,
};

struct SavedReply
{
    QString id;
    QString workspaceId;
    QString shortcut; // as typed, without the '/'
    QString title;
    QString body;
    qint64 updatedAt = 0;
};

class SavedReplies
{
public:
    static constexpr int kMaxShortcutLength = 32;

    // The folded form shortcuts are compared by ("KARGO", "kargö" → "kargo").
    [[nodiscard]] static QString shortcutKey(const QString &shortcut);
    // An empty string when shortcut is acceptable, else the translated reason.
    [[nodiscard]] static QString shortcutProblem(const QString &shortcut);
    // body with {name} replaced by the first word of customerName (left as is when there is no name).
    [[nodiscard]] static QString expand(const QString &body, const QString &customerName);

    // Writes. add returns the new reply's id.
    [[nodiscard]] static Result<QString> add(store::Transaction &tx, const QString &workspaceId,
        const QString &shortcut, const QString &title, const QString &body, qint64 nowMs);
    [[nodiscard]] static Status update(store::Transaction &tx, const QString &id, const QString &shortcut,
        const QString &title, const QString &body, qint64 nowMs);
    // Leaves a tombstone (deleted = 1) for sync; its shortcut is free again.
    [[nodiscard]] static Status remove(store::Transaction &tx, const QString &id, qint64 nowMs);

    // Reads: sorted by folded shortcut.
    [[nodiscard]] static Result<QList<SavedReply>> list(store::Database &db, const QString &workspaceId);
    // The replies whose folded shortcut starts with the folded prefix (all of them for an empty prefix).
    [[nodiscard]] static Result<QList<SavedReply>> findByPrefix(store::Database &db, const QString &workspaceId,
        const QString &prefix);
};

} // namespace sd::inbox
