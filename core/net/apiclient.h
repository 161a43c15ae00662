// The HTTP side of one connection: its base URL, the headers every call carries (auth, the platform's
// User-Agent), and the policies every job of the connection shares — retry, error classifier, rate
// limiter. Connectors build requests from it and let it create, configure and start the jobs.
#pragma once

#include "httpjob.h"
#include "httprequest.h"
#include "pagestrategy.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <memory>
#include <utility>

namespace sd::net {

class NetworkContext;
class Paginator;

class ApiClient
{
public:
    // baseUrl: e.g. https://apigw.trendyol.com/integration (a trailing slash is optional).
    ApiClient(NetworkContext *context, QUrl baseUrl);

    [[nodiscard]] const QUrl &baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    // Headers every request carries; a request's own header of the same name wins. Values may be
    // secrets (they are never logged).
    void setDefaultHeader(const QByteArray &name, const QByteArray &value);
    void removeDefaultHeader(const QByteArray &name);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_policy; }
    void setErrorClassifier(ErrorClassifier classifier) { m_classifier = std::move(classifier); }
    // The connection's limiter (owned by the caller, shared by every job of this client).
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }

    // base + "/" + path (path relative to the base, leading slash optional) + query.
    [[nodiscard]] QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // A request to url(path, query) with the default headers.
    [[nodiscard]] HttpRequest request(const QByteArray &method, const QString &path, const QUrlQuery &query = {}) const;

    // Applies the policies (retry, classifier, limiter) to a job made elsewhere.
    void configure(HttpJob &job) const;
    // A job for the request with the default headers added (where it has none of that name) and the
    // policies applied; not started (connect first, then start()).
    [[nodiscard]] HttpJob *createJob(HttpRequest request) const;
    // A paginator whose page jobs get this client's policies. Build the strategy's base request with
    // request() so that the default headers travel with every page. Not started; owned by parent.
    [[nodiscard]] Paginator *paginate(std::unique_ptr<PageStrategy> strategy, QObject *parent = nullptr) const;

private:
    QPointer<NetworkContext> m_context;
    QUrl m_baseUrl;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    RetryPolicy m_policy;
    ErrorClassifier m_classifier;
    QPointer<RateLimiter> m_limiter;
};

} // namespace sd::net
