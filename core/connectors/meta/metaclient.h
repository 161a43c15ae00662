// One Meta connection's Graph API side: a Facebook Page (Messenger) and its linked Instagram professional account
// (Messenger API for Instagram), one Page token. Host and API version are per connection (Meta, Meta's test
// setups, the sandbox). Builds the read requests the sync pages through, verifies a pasted token, and creates the
// send job. The token is held in memory only and sent as a Bearer header (never in a URL we log).
#pragma once

#include "metatypes.h"
#include "net/apiclient.h"
#include "net/ratelimiter.h"

#include <QObject>
#include <QPointer>
#include <chrono>
#include <optional>

namespace sd::net {
class NetworkContext;
class Paginator;
}

namespace sd::connectors::meta {

struct MetaConnection
{
    static inline const QString kDefaultHost = QStringLiteral("https://graph.facebook.com");
    static inline const QString kDefaultVersion = QStringLiteral("v25.0"); // "Latest Graph API Version" when read

    QString connectionId;
    QUrl host; // empty: graph.facebook.com
    QString apiVersion; // empty: kDefaultVersion
    QString pageId;
    QString instagramId; // empty: the Page has no linked Instagram account
    QString accessToken; // a Page token (or, while connecting, a user / system-user token)
    bool humanAgentApproved = false; // the Meta app has Human Agent approval
    // Conversations API: 2 calls/s per Page and per IG account on Meta. The sandbox allows more.
    int readsPerSecond = 2;
    int pageSize = 25;
    std::optional<std::chrono::milliseconds> retryBaseDelay; // tests shorten waits
    std::optional<std::chrono::milliseconds> rateLimitFloor;

    [[nodiscard]] QUrl baseUrl() const; // host + "/" + version
};

class MetaClient : public QObject
{
    Q_OBJECT
public:
    static inline const QString kReadGroup = QStringLiteral("conversations");
    static inline const QString kSendGroup = QStringLiteral("send");

    MetaClient(net::NetworkContext *context, MetaConnection connection, QObject *parent = nullptr);
    ~MetaClient() override;

    [[nodiscard]] const MetaConnection &connection() const { return m_connection; }
    // The seam for token refresh (e.g. a cloud OAuth flow handing over a new Page token).
    void setAccessToken(const QString &token);
    [[nodiscard]] net::ApiClient &api() { return m_api; }
    [[nodiscard]] net::RateLimiter &rateLimiter() { return m_limiter; }
    // The Page id and the Instagram account id: messages from them are ours.
    [[nodiscard]] QStringList businessIds() const;
    [[nodiscard]] QList<Channel> channels() const;

    // GET {page}/conversations?platform=…&fields=id,updated_time,unread_count,participants
    [[nodiscard]] net::HttpRequest conversationsRequest(Channel channel) const;
    // GET {conversation}/messages?fields=… (newest first)
    [[nodiscard]] net::HttpRequest messagesRequest(const QString &conversationId) const;
    // GET {psid|igsid}?fields=… : the name and profile picture Meta shows for a person.
    [[nodiscard]] net::HttpRequest profileRequest(const QString &userId, Channel channel) const;
    // A cursor paginator over a list request (Graph paging.next), not started.
    [[nodiscard]] net::Paginator *paginate(const net::HttpRequest &request, QObject *parent) const;
    // A configured job (classifier, limiter, retries for reads), not started.
    [[nodiscard]] net::HttpJob *createJob(const net::HttpRequest &request) const;
    // A configured job that is never repeated by the job layer (sends): not started.
    [[nodiscard]] net::HttpJob *createSendJob(const net::HttpRequest &request) const;

    // Proves the token with cheap calls and lists the Pages (and linked Instagram accounts) it reaches:
    // GET me → GET me/accounts (user or system-user token) or, for a Page token, GET {page}?fields=…
    // Exactly one tokenChecked() per call.
    void verifyToken();

Q_SIGNALS:
    void tokenChecked(const QList<sd::connectors::meta::MetaPageAccess> &pages,
        const std::optional<sd::net::NetFailure> &failure);

private:
    void onMe(const net::HttpResponse &me);
    void finishVerify(const QList<MetaPageAccess> &pages, const std::optional<net::NetFailure> &failure);

    QPointer<net::NetworkContext> m_context;
    MetaConnection m_connection;
    net::RateLimiter m_limiter;
    net::ApiClient m_api;
};

} // namespace sd::connectors::meta
