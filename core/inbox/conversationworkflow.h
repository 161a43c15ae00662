// The inbox workflow on a conversation: assign to a workspace member, labels, internal notes (never sent to the
// customer), done / reopen, and snooze until a time. The writes take the caller's transaction — run them as a
// StoreWriter job, one action per job — and record their changes for the ChangeNotifier. The reads take a
// read-only connection. Shared by the GUI (ui/inbox/workflowbar.h) and the CLI (`inbox assign|label|note|…`).
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sd::store {
class Database;
class Transaction;
} // namespace sd::store

namespace sd::inbox {

enum class WorkflowError {
    NoConversation = 1,
    NoMember,
    EmptyLabel,
    EmptyNote,
    SnoozeInPast,
    BadTime,
};

struct WorkspaceMember
{
    QString id;
    QString workspaceId;
    QString name; // as stored; the local member is shown as tr("Me") by the UI (displayName())
    bool isMe = false;
    [[nodiscard]] QString displayName() const;
};

struct ConversationNote
{
    QString id;
    QString authorId;
    QString authorName; // translated "Me" for the local member
    QString body;
    qint64 createdAt = 0;
};

struct WorkflowState
{
    QString conversationId;
    QString workspaceId;
    QString status; // "open", "done" or "snoozed" (derived: status closed → done; snoozed_until in the future)
    QString assigneeId;
    QString assigneeName;
    bool assignedToMe = false;
    QStringList labels; // display names, sorted Turkish-aware
    qint64 snoozedUntil = 0;
};

class ConversationWorkflow
{
public:
    // The folded form two label names are compared by ("İade", "IADE", "iade" → "iade").
    [[nodiscard]] static QString labelKey(const QString &name);
    // Sorts label names for display (by their folded form).
    static void sortLabels(QStringList &labels);
    // The member that is the person at this computer in the conversation's workspace, created on first use.
    [[nodiscard]] static Result<QString> ensureMe(store::Transaction &tx, const QString &workspaceId, qint64 nowMs);

    // Writes: each returns whether it changed anything (false: it was already so).
    [[nodiscard]] static Result<bool> assign(store::Transaction &tx, const QString &conversationId,
        const QString &memberId, qint64 nowMs); // memberId empty: unassign
    [[nodiscard]] static Result<bool> assignToMe(store::Transaction &tx, const QString &conversationId, qint64 nowMs);
    // Creates the tag on first use (kept with the spelling it was first typed in).
    [[nodiscard]] static Result<bool> addLabel(store::Transaction &tx, const QString &conversationId,
        const QString &label, qint64 nowMs);
    [[nodiscard]] static Result<bool> removeLabel(store::Transaction &tx, const QString &conversationId,
        const QString &label, qint64 nowMs);
    // An internal note by the local member; returns the note's id.
    [[nodiscard]] static Result<QString> addNote(store::Transaction &tx, const QString &conversationId,
        const QString &body, qint64 nowMs);
    [[nodiscard]] static Result<bool> markDone(store::Transaction &tx, const QString &conversationId, qint64 nowMs);
    // The seller has read the conversation (answering it counts): its unread count becomes 0. False when it was 0.
    [[nodiscard]] static Result<bool> markRead(store::Transaction &tx, const QString &conversationId, qint64 nowMs);
    // Reopens a done or snoozed conversation.
    [[nodiscard]] static Result<bool> reopen(store::Transaction &tx, const QString &conversationId, qint64 nowMs);
    [[nodiscard]] static Result<bool> snooze(store::Transaction &tx, const QString &conversationId, qint64 untilMs,
        qint64 nowMs);
    // Snoozes that have ended: the conversations come back open and unread. Returns how many woke.
    [[nodiscard]] static Result<int> wakeDue(store::Transaction &tx, qint64 nowMs);

    // Reads.
    [[nodiscard]] static Result<WorkflowState> state(store::Database &db, const QString &conversationId, qint64 nowMs);
    [[nodiscard]] static Result<QList<WorkspaceMember>> members(store::Database &db, const QString &workspaceId);
    // Every label of the workspace (all workspaces when empty), sorted.
    [[nodiscard]] static Result<QStringList> labels(store::Database &db, const QString &workspaceId = {});
    [[nodiscard]] static Result<QList<ConversationNote>> notes(store::Database &db, const QString &conversationId);
    // The earliest snooze end after nowMs (0: the earliest of all, past ones included), if any (the GUI wakes then).
    [[nodiscard]] static Result<std::optional<qint64>> nextSnoozeEnd(store::Database &db, qint64 nowMs);

    // Snooze times. "2h", "30m", "1d", "1w", "1h30m" → milliseconds (nullopt when malformed or zero).
    [[nodiscard]] static std::optional<qint64> parseDuration(const QString &text);
    // An ISO 8601 date-time ("2026-11-24T09:00", with or without offset; without: local time), or a date alone
    // (09:00 that day). Invalid: nullopt.
    [[nodiscard]] static std::optional<QDateTime> parseUntil(const QString &text);
    enum class SnoozePreset { OneHour, TomorrowMorning, NextWeek };
    // From a local now: in one hour; tomorrow 09:00; next Monday 09:00.
    [[nodiscard]] static QDateTime presetTime(SnoozePreset preset, const QDateTime &now);
};

} // namespace sd::inbox
