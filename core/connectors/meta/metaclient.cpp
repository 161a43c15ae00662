#include "metaclient.h"

#include "common/logging.h"
#include "metaerrors.h"
#include "metamapper.h"
#include "net/networkcontext.h"
#include "net/paginator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sd::connectors::meta {

using net::NetError;
using net::NetFailure;

namespace {

const QString kMessageFields = QStringLiteral(
    "id,created_time,from,to,message,attachments,shares,sticker,story,reactions,is_unsupported,is_deleted,reply_to");
const QString kPageFields = QStringLiteral("id,name,tasks,access_token,instagram_business_account{id,username}");

MetaPageAccess pageFrom(const QJsonObject &o)
{
    MetaPageAccess p;
    p.pageId = o.value(u"id").toString();
    p.pageName = o.value(u"name").toString();
    p.pageToken = o.value(u"access_token").toString();
    for (const QJsonValue &t : o.value(u"tasks").toArray())
        p.tasks << t.toString();
    const QJsonObject ig = o.value(u"instagram_business_account").toObject();
    p.instagramId = ig.value(u"id").toString();
    p.instagramUsername = ig.value(u"username").toString();
    return p;
}

} // namespace

QUrl MetaConnection::baseUrl() const
{
    QUrl base = host.isEmpty() ? QUrl(kDefaultHost) : host;
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path + (apiVersion.isEmpty() ? kDefaultVersion : apiVersion));
    return base;
}

MetaClient::MetaClient(net::NetworkContext *context, MetaConnection connection, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_connection(std::move(connection))
    , m_limiter(context ? context->clock() : nullptr)
    , m_api(context, m_connection.baseUrl())
{
    setAccessToken(m_connection.accessToken);
    m_limiter.setLimit(kReadGroup, qMax(1, m_connection.readsPerSecond), std::chrono::seconds(1));
    m_limiter.setLimit(kSendGroup, 300, std::chrono::seconds(1));
    m_api.setRateLimiter(&m_limiter);
    net::RetryPolicy policy;
    policy.maxAttempts = 4;
    // Meta sends no Retry-After: after an un-hinted throttle code wait at least this long.
    policy.rateLimitFloor = m_connection.rateLimitFloor.value_or(std::chrono::seconds(30));
    if (m_connection.retryBaseDelay)
        policy.baseDelay = *m_connection.retryBaseDelay;
    m_api.setRetryPolicy(policy);
    // Every answer: Meta's error object → the typed failure; high usage in the throttling headers → hold back.
    QPointer<net::RateLimiter> limiter(&m_limiter);
    m_api.setErrorClassifier([limiter](const net::HttpResponse &response) -> std::optional<NetFailure> {
        const std::chrono::milliseconds wait = MetaErrors::throttleDelay(MetaErrors::usage(response));
        if (wait.count() > 0 && limiter && response.isSuccess()) {
            qCInfo(lcConnectors) << "meta: usage high, holding calls back for" << wait.count() << "ms";
            limiter->pause(QString(), wait);
        }
        return MetaErrors::classify(response);
    });
}

MetaClient::~MetaClient() = default;

void MetaClient::setAccessToken(const QString &token)
{
    m_connection.accessToken = token;
    m_api.setDefaultHeader("Authorization", "Bearer " + token.toUtf8());
}

QStringList MetaClient::businessIds() const
{
    QStringList ids{ m_connection.pageId };
    if (!m_connection.instagramId.isEmpty())
        ids << m_connection.instagramId;
    return ids;
}

QList<Channel> MetaClient::channels() const
{
    QList<Channel> c{ Channel::Messenger };
    if (!m_connection.instagramId.isEmpty())
        c << Channel::Instagram;
    return c;
}

net::HttpRequest MetaClient::conversationsRequest(Channel channel) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("platform"), channelName(channel));
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,updated_time,unread_count,participants"));
    net::HttpRequest r = m_api.request("GET", m_connection.pageId + u"/conversations", q);
    r.rateGroup = kReadGroup;
    return r;
}

net::HttpRequest MetaClient::messagesRequest(const QString &conversationId) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), kMessageFields);
    net::HttpRequest r = m_api.request("GET", conversationId + u"/messages", q);
    r.rateGroup = kReadGroup;
    return r;
}

net::HttpRequest MetaClient::profileRequest(const QString &userId, Channel channel) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"),
        channel == Channel::Instagram ? QStringLiteral("name,username,profile_pic")
                                      : QStringLiteral("first_name,last_name,name,profile_pic"));
    net::HttpRequest r = m_api.request("GET", userId, q);
    r.rateGroup = kReadGroup;
    return r;
}

net::Paginator *MetaClient::paginate(const net::HttpRequest &request, QObject *parent) const
{
    net::CursorPagination::Options options;
    options.limit = qBound(1, m_connection.pageSize, 100);
    return m_api.paginate(std::make_unique<net::CursorPagination>(request, options), parent);
}

net::HttpJob *MetaClient::createJob(const net::HttpRequest &request) const
{
    return m_api.createJob(request);
}

net::HttpJob *MetaClient::createSendJob(const net::HttpRequest &request) const
{
    net::HttpJob *job = m_api.createJob(request);
    // Once a send may have reached Meta it is never repeated here: the outbox decides, with the user.
    job->setRetryPolicy(net::RetryPolicy::none());
    return job;
}

void MetaClient::verifyToken()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name"));
    net::HttpRequest me = m_api.request("GET", QStringLiteral("me"), q);
    me.rateGroup = kReadGroup;
    net::HttpJob *job = createJob(me);
    connect(job, &net::HttpJob::finished, this, [this, job](const Result<net::HttpResponse> &r) {
        if (!r) {
            finishVerify({}, job->failure());
            return;
        }
        onMe(*r);
    });
    job->start();
}

void MetaClient::onMe(const net::HttpResponse &me)
{
    const QJsonObject self = me.json.object();
    const QString selfId = self.value(u"id").toString();
    if (selfId.isEmpty()) {
        finishVerify({}, NetFailure::make(NetError::Malformed, QStringLiteral("GET me without an id")));
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), kPageFields);
    net::HttpRequest accounts = m_api.request("GET", QStringLiteral("me/accounts"), q);
    accounts.rateGroup = kReadGroup;
    net::HttpJob *job = createJob(accounts);
    connect(job, &net::HttpJob::finished, this, [this, job, selfId](const Result<net::HttpResponse> &r) {
        if (r) {
            // A user or system-user token: the Pages it manages, each with its own Page token.
            QList<MetaPageAccess> pages;
            for (const QJsonValue &v : r->json.object().value(u"data").toArray())
                pages << pageFrom(v.toObject());
            finishVerify(pages, std::nullopt);
            return;
        }
        if (MetaErrors::classOf(job->failure()) != MetaErrorClass::InvalidRequest) {
            finishVerify({}, job->failure());
            return;
        }
        // A Page token has no "accounts" edge: the token is this Page's own.
        QUrlQuery pq;
        pq.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,instagram_business_account{id,username}"));
        net::HttpRequest page = m_api.request("GET", selfId, pq);
        page.rateGroup = kReadGroup;
        net::HttpJob *pageJob = createJob(page);
        connect(pageJob, &net::HttpJob::finished, this, [this, pageJob](const Result<net::HttpResponse> &pr) {
            if (!pr) {
                finishVerify({}, pageJob->failure());
                return;
            }
            finishVerify({ pageFrom(pr->json.object()) }, std::nullopt);
        });
        pageJob->start();
    });
    job->start();
}

void MetaClient::finishVerify(const QList<MetaPageAccess> &pages, const std::optional<NetFailure> &failure)
{
    if (failure)
        qCWarning(lcConnectors) << "meta: token check failed:" << failure->logLine();
    Q_EMIT tokenChecked(pages, failure);
}

} // namespace sd::connectors::meta
