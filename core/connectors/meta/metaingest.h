// Writes Meta conversations and messages into the store, inside the caller's transaction (one page = one
// transaction), through the Ingestor so that the same page written twice changes nothing: customers (one per
// PSID/IGSID, found through customer_identities), conversations, messages, attachments. Also the rows of the
// seller's own replies: pending before the call, then sent (with Meta's message id) or failed (with the reason).
#pragma once

#include "common/result.h"
#include "metatypes.h"

#include <QList>
#include <QString>

namespace sd::store {
class Transaction;
}

namespace sd::connectors::meta {

struct MetaIngestStats
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int customersCreated = 0;
    int claimed = 0; // local replies matched with the message Meta lists for them
    MetaIngestStats &operator+=(const MetaIngestStats &o)
    {
        inserted += o.inserted;
        updated += o.updated;
        unchanged += o.unchanged;
        customersCreated += o.customersCreated;
        claimed += o.claimed;
        return *this;
    }
};

// What a reply needs from the store: where it goes and the window's input.
struct MetaThread
{
    QString conversationId; // our row id
    QString externalId; // Meta's conversation id
    QString connectionId;
    Channel channel = Channel::Messenger;
    QString recipientId; // PSID / IGSID
    QString customerName;
    qint64 lastCustomerMessageMs = 0;
};

class MetaIngest
{
public:
    // Customers, identities and conversation rows of one conversation list page. nowMs 0 = now.
    [[nodiscard]] static Result<MetaIngestStats> writeConversations(store::Transaction &tx, const QString &workspaceId,
        const QString &connectionId, const QList<MetaConversation> &conversations, qint64 nowMs = 0);
    // Messages (and their attachments) of one conversation, one page; updates the conversation's last message,
    // preview and last customer message time. A reply of ours that Meta now lists (same conversation, same
    // text, no Meta id yet: sent when the connection dropped) is claimed instead of duplicated.
    [[nodiscard]] static Result<MetaIngestStats> writeMessages(store::Transaction &tx, const QString &workspaceId,
        const QString &connectionId, const QString &conversationExternalId, const QList<MetaMessage> &messages,
        qint64 nowMs = 0);

    // The conversation behind our id, for a reply.
    [[nodiscard]] static Result<MetaThread> thread(store::Transaction &tx, const QString &conversationId);
    // A reply about to be sent: a row with status pending and no Meta id. Returns its id.
    [[nodiscard]] static Result<QString> recordPending(store::Transaction &tx, const MetaThread &thread,
        const QString &workspaceId, const QString &text, const QString &tag, qint64 nowMs);
    // The answer: sent with Meta's message id, or failed with the reason (a translated sentence).
    [[nodiscard]] static Status recordSent(store::Transaction &tx, const QString &messageId, const QString &metaMessageId,
        qint64 nowMs);
    [[nodiscard]] static Status recordFailed(store::Transaction &tx, const QString &messageId, const QString &reason,
        qint64 nowMs);
};

} // namespace sd::connectors::meta
