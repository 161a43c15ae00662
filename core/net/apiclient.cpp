#include "apiclient.h"

#include "networkcontext.h"
#include "paginator.h"

namespace sd::net {

ApiClient::ApiClient(NetworkContext *context, QUrl baseUrl)
    : m_context(context)
    , m_baseUrl(std::move(baseUrl))
{ }

void ApiClient::setDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    removeDefaultHeader(name);
    m_headers.append({ name, value });
}

void ApiClient::removeDefaultHeader(const QByteArray &name)
{
    m_headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QUrl ApiClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_baseUrl;
    QString basePath = u.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QStringView rest(path);
    while (rest.startsWith(u'/'))
        rest = rest.mid(1);
    u.setPath(basePath + u'/' + rest);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

HttpRequest ApiClient::request(const QByteArray &method, const QString &path, const QUrlQuery &query) const
{
    HttpRequest r;
    r.method = method;
    r.url = url(path, query);
    r.headers = m_headers;
    return r;
}

void ApiClient::configure(HttpJob &job) const
{
    job.setRetryPolicy(m_policy);
    if (m_classifier)
        job.setErrorClassifier(m_classifier);
    if (m_limiter)
        job.setRateLimiter(m_limiter);
}

HttpJob *ApiClient::createJob(HttpRequest request) const
{
    for (const auto &[name, value] : m_headers) {
        if (!request.hasHeader(name))
            request.headers.append({ name, value });
    }
    HttpJob *job = m_context ? m_context->createJob(request) : new HttpJob(nullptr, request);
    configure(*job);
    return job;
}

Paginator *ApiClient::paginate(std::unique_ptr<PageStrategy> strategy, QObject *parent) const
{
    auto *paginator = new Paginator(m_context, std::move(strategy), parent);
    // Copies, so that the paginator does not depend on this client outliving it.
    // (The strategy's base request comes from request(), so the default headers travel with every page.)
    paginator->setJobSetup([policy = m_policy, classifier = m_classifier, limiter = m_limiter](HttpJob &job) {
        job.setRetryPolicy(policy);
        if (classifier)
            job.setErrorClassifier(classifier);
        if (limiter)
            job.setRateLimiter(limiter);
    });
    return paginator;
}

} // namespace sd::net
