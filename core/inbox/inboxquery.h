// Read-side queries of the unified inbox, shared by the GUI models and the CLI: conversations in activity order
// (keyset pages, so that a list of 100 000 stays fast), one conversation, a thread's messages with their
// attachments, and a Meta connection's settings. All run on a read-only connection (LocalStore::openReader).
#pragma once

#include "common/result.h"
#include "connectors/meta/metaclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd::store {
class Database;
}

namespace sd::inbox {

struct ConversationFilter
{
    enum class Assignee { Any, Mine, Unassigned };
    // Open: neither done nor snoozed (the default list); Snoozed: the snooze has not ended at nowMs.
    enum class State { Open, Done, Snoozed, All };
    // Not an aggregate, so that the older `{unreadOnly, channel}` form stays warning-free.
    ConversationFilter(bool unread = false, QString channelName = {})
        : unreadOnly(unread), channel(std::move(channelName))
    {
    }
    bool unreadOnly = false;
    QString channel; // empty: all; "messenger" / "instagram"
    Assignee assignee = Assignee::Any;
    QString label; // empty: any; compared folded (ConversationWorkflow::labelKey)
    State state = State::Open;
    qint64 nowMs = 0; // the clock snoozes are compared with; 0: the wall clock
    friend bool operator==(const ConversationFilter &, const ConversationFilter &) = default;
    // "open", "done", "snoozed", "all" (the CLI's --status); nullopt for anything else.
    [[nodiscard]] static std::optional<State> stateFromName(const QString &name);
};

// Position in the activity order: newest last_message_at first, then the higher seq.
struct ActivityKey
{
    qint64 lastMessageAt = 0;
    qint64 seq = 0;
};

struct ConversationSummary
{
    qint64 seq = 0;
    QString id;
    QString connectionId;
    QString channel; // "messenger" / "instagram" (empty for a non-Meta conversation)
    QString name;
    QString participantId; // PSID / IGSID
    QString pictureUrl;
    QString preview;
    qint64 lastMessageAt = 0;
    qint64 lastInboundAt = 0; // the customer's last message: the messaging window counts from it
    int unread = 0;
    QString status; // "open", "done" or "snoozed"
    QString assigneeId; // a workspace_members id, empty when unassigned
    QString assigneeName; // translated "Me" for the local member
    bool assignedToMe = false;
    QStringList labels; // sorted
    qint64 snoozedUntil = 0; // while snoozed
    [[nodiscard]] ActivityKey key() const { return {lastMessageAt, seq}; }
};

struct ThreadAttachment
{
    QString kind; // image, video, audio, file, sticker, story_reply, story_mention, share, unsupported
    QString mimeType;
    QString name;
    QString url;
    QString previewUrl;
    qint64 size = -1;
};

struct ThreadMessage
{
    QString id;
    QString platformId;
    bool outgoing = false;
    QString sender;
    QString text;
    qint64 sentAt = 0;
    QString status; // received, pending, sent, delivered, read, failed
    bool unsent = false; // removed by its sender
    QString failureReason;
    QString tag;
    QString reactionsJson; // [{"reaction","users":[ids]}] as Meta lists them, or empty
    QList<ThreadAttachment> attachments;
};

// A Meta connection row: connections.platform 'messenger' with sync_cursor {"kind":"meta", baseUrl, apiVersion,
// pageId, instagramId, humanAgent, readsPerSecond, …, health}.
struct MetaConnectionRow
{
    QString id, workspaceId, name, status;
    QJsonObject settings;
    [[nodiscard]] bool humanAgentApproved() const { return settings.value(QLatin1String("humanAgent")).toBool(); }
    [[nodiscard]] connectors::meta::MetaConnection connection(const QString &token) const;
};

class InboxQuery
{
public:
    // Up to limit conversations after `after` (none: from the newest), matching the filter.
    [[nodiscard]] static Result<QList<ConversationSummary>> conversations(store::Database &db,
        const ConversationFilter &filter, const std::optional<ActivityKey> &after, int limit);
    [[nodiscard]] static Result<std::optional<ConversationSummary>> conversation(store::Database &db, const QString &id);
    // The whole thread, oldest first, with attachments.
    [[nodiscard]] static Result<QList<ThreadMessage>> messages(store::Database &db, const QString &conversationId);
    [[nodiscard]] static Result<QList<MetaConnectionRow>> metaConnections(store::Database &db);
    [[nodiscard]] static Result<std::optional<MetaConnectionRow>> metaConnection(store::Database &db,
        const QString &connectionId);
    // The keychain name of a Meta connection's Page token (the same scheme as the marketplace credentials).
    [[nodiscard]] static QString tokenSecretName(const QString &connectionId);
};

} // namespace sd::inbox
