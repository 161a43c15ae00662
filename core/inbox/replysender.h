// Sends a seller's reply in a Meta conversation: the one path the inbox view uses (the same steps as
// `sellerdesk-cli inbox reply`): the rules (window, length) checked first, a pending row written before the call,
// then sent (with Meta's message id) or failed (with the translated reason). Never sent twice: the job layer
// does not repeat the POST, and an unknown outcome is left to the next sync (MetaIngest claims the row).
// The connection (host, Page id, token) comes from a resolver, so the app reads the token from the keychain and
// tests hand the sandbox's token directly.
#pragma once

#include "common/result.h"
#include "connectors/meta/metaclient.h"

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
    bool outcomeUnknown = false;
    bool reconnect = false; // the token is expired or revoked
    QString reason; // translated
    QString text; // what was to be sent
};

class ReplySender : public QObject
{
    Q_OBJECT
public:
    using Resolved = std::function<void(Result<connectors::meta::MetaConnection>)>;
    using Resolver = std::function<void(const QString &connectionId, QObject *context, Resolved done)>;

    ReplySender(store::StoreWriter *writer, net::NetworkContext *network, Resolver resolver, QObject *parent = nullptr);
    ~ReplySender() override;

    // The app's resolver: the connection row from the store, the Page token from the keychain.
    [[nodiscard]] static Resolver keychainResolver(store::LocalStore *store, SecretStore *secrets,
        const QString &profileId);

    // Starts one send; finished() answers exactly once for it.
    void send(const QString &conversationId, const QString &text);
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    // The clock of the window check and of the rows' times (tests pin it to the sandbox's); default: wall clock.
    void setNowFunction(std::function<qint64()> now) { m_now = std::move(now); }

Q_SIGNALS:
    void finished(const sd::inbox::ReplyOutcome &outcome);

private:
    void fail(ReplyOutcome outcome, const QString &reason);

    store::StoreWriter *m_writer;
    net::NetworkContext *m_network;
    Resolver m_resolver;
    QHash<QString, connectors::meta::MetaClient *> m_clients; // per connection, owned
    int m_inFlight = 0;
    std::function<qint64()> m_now;
};

} // namespace sd::inbox

Q_DECLARE_METATYPE(sd::inbox::ReplyOutcome)
