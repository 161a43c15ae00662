#include "networkcontext.h"

#include "clock.h"
#include "common/version.h"
#include "httpjob.h"
#include "neterror.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>

namespace sd::net {

NetworkContext::NetworkContext(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_userAgent(QByteArrayLiteral("SellerDesk/" SELLERDESK_VERSION))
    , m_clock(Clock::system())
{
    // Jobs follow redirects themselves, and only on the origin that received the credentials.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->setAutoDeleteReplies(false);
}

NetworkContext::~NetworkContext() = default;

void NetworkContext::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

bool NetworkContext::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

Status NetworkContext::checkUrl(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        NetFailure f = NetFailure::make(NetError::InsecureUrl, u"not an http(s) URL: "_qs + url.toDisplayString());
        return f.toError();
    }
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        NetFailure f = NetFailure::make(NetError::InsecureUrl, u"plain http to a non-loopback host: "_qs + url.host());
        return f.toError();
    }
    return {};
}

HttpJob *NetworkContext::createJob(const HttpRequest &request)
{
    return new HttpJob(this, request);
}

HttpJob *NetworkContext::send(const HttpRequest &request)
{
    HttpJob *job = createJob(request);
    job->start();
    return job;
}

} // namespace sd::net
