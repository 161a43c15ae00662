// Runs the Meta replies of the outbox (action "meta.send", target the reply's row in `messages`): one item at a
// time on the caller's event loop, each marked running (committed) before the POST leaves. Sent → done with Meta's
// message id; refused → failed with the translated reason; rate limited → again after Meta's wait; an expired
// token → failed and the connection marked "reconnect". Meta's Send API has no idempotency key, so a send whose
// answer was lost (connection dropped, timeout, bare 5xx, the process killed mid-call) is never repeated blindly:
// the conversation's recent messages are read from Meta and ours is looked for (same text, sent by the Page, not
// before the send); found → done, not found → needs_check (the seller's Retry then sends it if it is still missing).
#pragma once

#include "common/result.h"
#include "connectors/meta/metaclient.h"
#include "connectors/meta/metaingest.h"
#include "connectionhealth.h"
#include "outbox/outboxitem.h"
#include "outbox/outboxrunner.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace sd::net {
class NetworkContext;
struct NetFailure;
struct HttpResponse;
}
namespace sd::store {
class Database;
class Transaction;
}
namespace sd::outbox {
class Outbox;
struct Transition;
}

namespace sd::inbox {

// The connection (host, Page id, token) for a connection id: the app reads the token from the keychain, tests
// hand the sandbox's token directly.
using ConnectionResolved = std::function<void(Result<connectors::meta::MetaConnection>)>;
using ConnectionResolver = std::function<void(const QString &connectionId, QObject *context, ConnectionResolved done)>;

// What the outbox item of a reply carries.
struct MetaReplyPayload
{
    QString conversationId; // our row
    QString conversationExternalId; // Meta's conversation id (where reconciliation reads)
    connectors::meta::Channel channel = connectors::meta::Channel::Messenger;
    QString recipientId;
    QString text; // a text message, or
    QString attachmentUrl; // an attachment Meta fetches from this https address
    QString attachmentKind; // image, video, audio, file
    QString tag; // the window decision at enqueue time ("" = RESPONSE, "HUMAN_AGENT")
    qint64 lastCustomerMessageMs = 0;
    bool writtenByPerson = true;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static MetaReplyPayload fromJson(const QJsonObject &o);
};

class MetaSendRunner : public QObject
{
    Q_OBJECT
public:
    static inline const QString kAction = QStringLiteral("meta.send");
    static inline const QString kTargetTable = QStringLiteral("messages");
    // Our message must not be older than this before the send time to be taken as ours (clock skew).
    static constexpr qint64 kMatchSkewMs = 5 * 60 * 1000;

    // outbox and network must outlive the runner; all in this thread.
    MetaSendRunner(outbox::Outbox *outbox, net::NetworkContext *network, ConnectionResolver resolver,
        QObject *parent = nullptr);
    ~MetaSendRunner() override;

    void setPolicy(const outbox::RunnerPolicy &policy) { m_policy = policy; }
    [[nodiscard]] outbox::Outbox *outbox() const { return m_outbox; }

    // A reply: the pending row in `messages` and its outbox item, in the caller's transaction. The window and
    // length rules are the caller's to check first (MetaSend::check). Returns the item (targetId = the row).
    [[nodiscard]] static Result<outbox::OutboxItem> enqueueIn(store::Transaction &tx, const QString &workspaceId,
        const connectors::meta::MetaThread &thread, const QString &text, const QString &tag, qint64 nowMs);
    // The same for a prepared payload (e.g. an attachment); the row's body is the text.
    [[nodiscard]] static Result<outbox::OutboxItem> enqueueIn(store::Transaction &tx, const QString &workspaceId,
        const connectors::meta::MetaThread &thread, const MetaReplyPayload &payload, qint64 nowMs);
    // The seller's Retry on a failed or needs-check reply (our message row id): the item back to pending, the row
    // back to pending, in one transaction.
    [[nodiscard]] static Result<outbox::OutboxItem> retryIn(store::Transaction &tx, const QString &messageId, qint64 nowMs);

    // Recovers items a killed process left running (they are reconciled first), then runs due items.
    void start();
    void stop();
    void wake();
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Every committed change of a meta.send item.
    void itemChanged(const sd::outbox::OutboxItem &item);
    // The connection's health learnt from a send (recorded in its row already).
    void healthChanged(const QString &connectionId, const sd::inbox::ConnectionHealth &health);
    void idle();

private:
    void schedulePump();
    void pump();
    void process(const outbox::OutboxItem &item);
    void withClient(const outbox::OutboxItem &item,
        std::function<void(connectors::meta::MetaClient *client)> next);
    void send(const outbox::OutboxItem &item, connectors::meta::MetaClient *client);
    void onSent(const outbox::OutboxItem &item, bool ok, const net::HttpResponse &response,
        const net::NetFailure &failure);
    void reconcile(const outbox::OutboxItem &item, connectors::meta::MetaClient *client);
    void finish(const outbox::OutboxItem &item, outbox::Transition t, const QString &rowReason,
        const std::optional<ConnectionHealth> &health, const QString &sentMessageId = {});
    [[nodiscard]] qint64 backoffMs(int attempts) const;
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] store::Database *reader();

    outbox::Outbox *m_outbox;
    QPointer<net::NetworkContext> m_network;
    ConnectionResolver m_resolver;
    outbox::RunnerPolicy m_policy;
    QHash<QString, connectors::meta::MetaClient *> m_clients; // by connection id, owned
    std::unique_ptr<store::Database> m_reader;
    QTimer m_timer;
    bool m_started = false;
    bool m_busy = false;
    bool m_pumpQueued = false;
};

} // namespace sd::inbox
