// Sends a seller's reply in a Meta conversation: the one path the inbox view and `sellerdesk-cli inbox reply` use.
// A thin façade over the outbox: the rules (window, length) are checked first (a refusal writes nothing); then the
// reply becomes, in one transaction, a pending row in `messages` (visible in the thread at once) and an outbox
// item (action "meta.send"); the workspace's MetaSendRunner sends it → sent with Meta's message id, or failed /
// needs-check with the translated reason. retry() is the thread's Retry on such a bubble. Never sent twice: see
// metasendrunner.h. The connection (host, Page id, token) comes from a resolver, so the app reads the token from
// the keychain and tests hand the sandbox's token directly.
#pragma once

#include "common/result.h"
#include "connectors/meta/metaclient.h"
#include "metasendrunner.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

namespace sd {
class SecretStore;
}
namespace sd::net {
class NetworkContext;
}
namespace sd::outbox {
class Outbox;
}
namespace sd::store {
class LocalStore;
class StoreWriter;
} // namespace sd::store

namespace sd::inbox {

struct ReplyOutcome
{
    QString conversationId;
    QString messageId; // our row (empty when refused before anything was written)
    bool sent = false;
    bool refused = false; // the rules said no: nothing was written or sent
    bool outcomeUnknown = false; // needs a check: Meta may have it (Retry looks again, then sends)
    bool reconnect = false; // the token is expired or revoked
    bool waiting = false; // queued(): pending, sent by the outbox (rate limit or retry after a failure)
    QString reason; // translated
    QString text; // what was to be sent
};

class ReplySender : public QObject
{
    Q_OBJECT
public:
    using Resolved = ConnectionResolved;
    using Resolver = ConnectionResolver;

    ReplySender(store::StoreWriter *writer, net::NetworkContext *network, Resolver resolver, QObject *parent = nullptr);
    ~ReplySender() override;

    // The app's resolver: the connection row from the store, the Page token from the keychain.
    [[nodiscard]] static Resolver keychainResolver(store::LocalStore *store, SecretStore *secrets,
        const QString &profileId);

    // Runs the workspace's outbox now (replies a previous run left pending or running); send() does it too.
    void start(const QString &workspaceId);
    // Starts one send; queued() once the pending row exists, finished() exactly once when it is sent, failed,
    // needs a check or was refused (a rate-limited reply finishes later, when the outbox has sent it).
    void send(const QString &conversationId, const QString &text);
    // The thread's Retry on a failed or needs-check reply (our message row id); finished() follows as for send().
    void retry(const QString &messageId);
    [[nodiscard]] int inFlight() const { return int(m_inFlight.size()) + m_starting; }
    // The clock of the window check and of the rows' times (tests pin it to the sandbox's); default: wall clock.
    void setNowFunction(std::function<qint64()> now);
    // Retry timing of the runners (tests shorten it).
    void setPolicy(const outbox::RunnerPolicy &policy);
    [[nodiscard]] MetaSendRunner *runner(const QString &workspaceId) const { return m_runners.value(workspaceId); }

Q_SIGNALS:
    void queued(const sd::inbox::ReplyOutcome &outcome);
    void finished(const sd::inbox::ReplyOutcome &outcome);
    void healthChanged(const QString &connectionId, const sd::inbox::ConnectionHealth &health);

private:
    MetaSendRunner *ensureRunner(const QString &workspaceId);
    void onItemChanged(const outbox::OutboxItem &item);
    void refuse(ReplyOutcome outcome, const QString &reason);

    store::StoreWriter *m_writer;
    net::NetworkContext *m_network;
    Resolver m_resolver;
    QHash<QString, MetaSendRunner *> m_runners; // by workspace, owned (with their Outbox)
    QHash<QString, ReplyOutcome> m_inFlight; // by message row id: replies this sender waits for
    int m_starting = 0; // sends before their row exists
    std::function<qint64()> m_now;
    std::optional<outbox::RunnerPolicy> m_policy;
};

} // namespace sd::inbox

Q_DECLARE_METATYPE(sd::inbox::ReplyOutcome)
