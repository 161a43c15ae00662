#include "httpjob.h"

#include "clock.h"
#include "common/logging.h"
#include "common/redactor.h"
#include "networkcontext.h"
#include "pagestrategy.h"
#include "ratelimiter.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QStringDecoder>
#include <QThread>
#include <cstring>

namespace sd::net {

namespace {

// A request body that can be read once: Qt cannot rewind it, so it cannot re-send the request by itself after
// the connection closed (Qt 6.4 silently re-sends even a POST when it can rewind the body); the reply fails with
// ContentReSendError instead, which the job reports as ConnectionLost — the outcome is unknown, never doubled.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_pos) + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};


QString redactedUrl(const QUrl &url)
{
    return redaction::redact(url.toString(QUrl::RemoveUserInfo));
}

bool isJsonContentType(const QByteArray &contentType)
{
    // application/json, application/problem+json, text/json …; parameters such as charset ignored.
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type.endsWith("/json") || type.endsWith("+json");
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

HttpJob::HttpJob(NetworkContext *context, HttpRequest request, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &HttpJob::onTimeout);
}

HttpJob::~HttpJob()
{
    // Destroyed while running (its owner went away): stop quietly, no signal.
    m_finished = true;
    if (m_limiter && m_ticket)
        m_limiter->cancel(m_ticket);
    if (m_retryTimer && m_context)
        m_context->clock()->cancel(m_retryTimer);
    releaseReply();
}

QString HttpJob::describe() const
{
    return QString::fromLatin1(m_request.method) + u' ' + redactedUrl(m_request.url);
}

void HttpJob::start()
{
    Q_ASSERT_X(!m_context || m_context->thread() == QThread::currentThread(), "HttpJob::start",
        "a job runs in the thread of its NetworkContext");
    if (m_started)
        return;
    m_started = true;
    Clock *clock = m_context ? m_context->clock() : Clock::system();
    m_startMs = clock->nowMs();

    std::optional<NetFailure> refused;
    if (!m_context) {
        refused = NetFailure::make(NetError::Cancelled, u"no network context"_qs);
    } else if (const Status policy = m_context->checkUrl(m_request.url); !policy) {
        refused
            = NetFailure::make(NetError::InsecureUrl, u"refused by transport policy: "_qs + redactedUrl(m_request.url));
    } else if (m_request.method.isEmpty()) {
        refused = NetFailure::make(NetError::BadRequest, u"empty method"_qs);
    }
    if (refused) {
        // Deferred so that the caller can still connect to finished() after start().
        QMetaObject::invokeMethod(
            this, [this, f = *refused] { finishWith(f); }, Qt::QueuedConnection);
        return;
    }
    attempt();
}

void HttpJob::attempt()
{
    if (m_finished)
        return;
    if (m_limiter) {
        // The grant may come synchronously (a token was free): then there is no ticket to keep.
        m_waitingForToken = true;
        const quint64 ticket = m_limiter->acquire(m_request.rateGroup, this, [this] {
            m_waitingForToken = false;
            m_ticket = 0;
            send();
        });
        if (m_waitingForToken)
            m_ticket = ticket;
        return;
    }
    send();
}

void HttpJob::send()
{
    if (m_finished)
        return;
    if (!m_context) {
        finishWith(NetFailure::make(NetError::Cancelled, u"the network context went away: "_qs + describe()));
        return;
    }
    ++m_attempts;
    m_attemptTimer.start();
    m_redirects = 0;
    m_currentUrl = m_request.url;
    m_currentMethod = m_request.method.toUpper();
    m_currentBody = m_request.body;
    // The deadline covers the whole attempt, redirects included.
    m_timeout.start(std::max(m_request.timeout, std::chrono::milliseconds(1)));
    qCDebug(lcNet).noquote() << "send" << describe() << "attempt" << m_attempts;
    dispatch();
}

void HttpJob::dispatch()
{
    m_abortReason = AbortReason::None;
    m_body.clear();

    QNetworkRequest req(m_currentUrl);
    // Redirects are followed by the job itself (see followRedirect): Qt 6.4 can leak a redirect's body
    // into the reply of its target, and the job wants the origin check in one place anyway.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // API calls carry their credentials in headers. Cookies a platform sets are neither stored nor sent:
    // one context serves several connections, possibly two accounts on the same host.
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    bool hasUserAgent = false;
    for (const auto &[name, value] : m_request.headers) {
        req.setRawHeader(name, value);
        hasUserAgent = hasUserAgent || name.compare("User-Agent", Qt::CaseInsensitive) == 0;
    }
    if (!hasUserAgent)
        req.setRawHeader(QByteArrayLiteral("User-Agent"), m_context->userAgent());
    if (!m_request.idempotencyKey.isEmpty() && !m_request.idempotencyHeader.isEmpty())
        req.setRawHeader(m_request.idempotencyHeader, m_request.idempotencyKey);
    if (m_request.expect == BodyExpectation::Json && !m_request.hasHeader("Accept"))
        req.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));

    QNetworkAccessManager *nam = m_context->manager();
    if (m_currentMethod == "GET" && m_currentBody.isEmpty())
        m_reply = nam->get(req);
    else if (m_currentMethod == "HEAD")
        m_reply = nam->head(req);
    else if (m_request.sendOnce || (!m_request.mayRetry() && !m_currentBody.isEmpty())) {
        // Never sent twice behind our back (see OneShotBody).
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_currentBody.size());
        auto *body = new OneShotBody(m_currentBody, nullptr);
        m_reply = nam->sendCustomRequest(req, m_currentMethod, body);
        body->setParent(m_reply);
    } else
        m_reply = nam->sendCustomRequest(req, m_currentMethod, m_currentBody);

    connect(m_reply, &QIODevice::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpJob::onSslErrors);
    // Replies are children of their manager: if the context (and its manager) is destroyed under us,
    // the reply goes without finishing. (Replies we release ourselves are disconnected first.)
    connect(m_reply, &QObject::destroyed, this, [this] {
        m_reply = nullptr;
        finishWith(NetFailure::make(NetError::Cancelled, u"the network context went away: "_qs + describe()));
    });
}

bool HttpJob::followRedirect(const HttpResponse &response)
{
    static constexpr int kMaxRedirects = 5;
    const int status = response.status;
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return false;
    const QByteArray location = response.header("Location");
    if (location.isEmpty())
        return false;

    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location.trimmed()));
    if (!isSameOrigin(target, m_request.url) || !m_context || !m_context->checkUrl(target)) {
        handleFailure(NetFailure::make(NetError::InsecureUrl,
            u"redirect to another origin not followed: "_qs + redaction::redact(target.toString(QUrl::RemoveUserInfo))
                + u" from " + describe(),
            status));
        return true;
    }
    if (++m_redirects > kMaxRedirects) {
        handleFailure(NetFailure::make(NetError::Malformed, u"too many redirects from "_qs + describe(), status));
        return true;
    }
    if (status == 303 && m_currentMethod != "HEAD") {
        m_currentMethod = QByteArrayLiteral("GET");
        m_currentBody.clear();
    } else if ((status == 301 || status == 302) && m_currentMethod != "GET" && m_currentMethod != "HEAD") {
        // Clients disagree on whether these turn a POST into a GET; an API call should not guess.
        handleFailure(NetFailure::make(NetError::BadRequest,
            u"redirect of "_qs + QString::fromLatin1(m_currentMethod) + u" not followed from " + describe(), status));
        return true;
    }
    qCDebug(lcNet).noquote() << describe() << "redirected (" << status << ") to"
                             << redaction::redact(target.toString(QUrl::RemoveUserInfo));
    m_currentUrl = target;
    dispatch();
    return true;
}

void HttpJob::onSslErrors(const QList<QSslError> &errors)
{
    // Certificates are checked, always; a sandbox on loopback may be let through when explicitly allowed.
    if (m_context && m_context->allowsLoopbackTlsErrors() && NetworkContext::isLoopbackHost(m_currentUrl.host())) {
        qCWarning(lcNet).noquote() << "ignoring" << errors.size() << "certificate error(s) for loopback host";
        m_reply->ignoreSslErrors(errors);
    }
}

void HttpJob::onMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_request.maxBodyBytes) {
        m_abortReason = AbortReason::TooLarge;
        m_reply->abort();
    }
}

bool HttpJob::readBody()
{
    // Read no more than one byte past the cap: enough to know the cap was crossed.
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 room = m_request.maxBodyBytes - m_body.size() + 1;
        const QByteArray chunk = m_reply->read(std::min<qint64>(room, 256 * 1024));
        if (chunk.isEmpty())
            break;
        m_body += chunk;
        if (m_body.size() > m_request.maxBodyBytes)
            return false;
    }
    return true;
}

void HttpJob::onReadyRead()
{
    if (m_abortReason != AbortReason::None)
        return;
    if (!readBody()) {
        m_abortReason = AbortReason::TooLarge;
        m_reply->abort();
    }
}

void HttpJob::onTimeout()
{
    if (!m_reply)
        return;
    m_abortReason = AbortReason::Timeout;
    m_reply->abort(); // emits finished() synchronously; onReplyFinished maps it to Timeout
}

NetFailure HttpJob::transportFailure(int networkError, const QString &errorString) const
{
    const QString detail = errorString + u" (" + describe() + u')';
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return NetFailure::make(NetError::ConnectionRefused, detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // a sendOnce request whose connection closed: it may have arrived
        return NetFailure::make(NetError::ConnectionLost, detail);
    case QNetworkReply::HostNotFoundError:
        return NetFailure::make(NetError::Dns, detail);
    case QNetworkReply::TimeoutError:
        return NetFailure::make(NetError::Timeout, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return NetFailure::make(NetError::Tls, detail);
    case QNetworkReply::InsecureRedirectError:
        return NetFailure::make(NetError::InsecureUrl, detail);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return NetFailure::make(NetError::Malformed, detail);
    case QNetworkReply::OperationCanceledError:
        // Not ours (ours is tracked by m_abortReason): the stack gave up on the connection.
        return NetFailure::make(NetError::ConnectionLost, detail);
    default:
        return NetFailure::make(NetError::Offline, detail);
    }
}

std::optional<NetFailure> HttpJob::inspect(HttpResponse &response) const
{
    const bool wantsJson = m_request.expect == BodyExpectation::Json;
    std::optional<QJsonParseError> parseError;
    if (wantsJson && !response.body.isEmpty()) {
        QJsonParseError error;
        response.json = QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError) {
            response.json = {};
            parseError = error;
        }
    }

    std::optional<NetFailure> failure;
    if (m_classifier)
        failure = m_classifier(response);
    if (!failure && !response.isSuccess()) {
        failure = NetFailure::make(netErrorForHttpStatus(response.status),
            u"HTTP "_qs + QString::number(response.status) + u" from " + describe());
    }
    if (failure) {
        if (failure->httpStatus == 0)
            failure->httpStatus = response.status;
        if (!failure->retryAfter && response.hasHeader("Retry-After")) {
            const Clock *clock = m_context ? m_context->clock() : Clock::system();
            failure->retryAfter = parseRetryAfter(response.header("Retry-After"), clock->utcNow());
        }
        return failure;
    }

    // A success: the body must be what the caller expects.
    const bool emptyAllowed = response.status == 204 || m_currentMethod == "HEAD";
    if (!m_request.expectedContentType.isEmpty() && !emptyAllowed
        && !response.header("Content-Type").trimmed().toLower().startsWith(m_request.expectedContentType.toLower())) {
        return NetFailure::make(NetError::Malformed,
            u"content type "_qs + QString::fromLatin1(response.header("Content-Type").left(80)) + u" where "
                + QString::fromLatin1(m_request.expectedContentType) + u" was expected from " + describe(),
            response.status);
    }
    if (wantsJson) {
        const QByteArray contentType = response.header("Content-Type");
        if (response.body.isEmpty()) {
            if (!emptyAllowed)
                return NetFailure::make(
                    NetError::Malformed, u"empty body where JSON was expected from "_qs + describe(), response.status);
        } else if (!contentType.isEmpty() && !isJsonContentType(contentType)) {
            return NetFailure::make(NetError::Malformed,
                u"content type "_qs + QString::fromLatin1(contentType.left(80)) + u" where JSON was expected from "
                    + describe(),
                response.status);
        } else if (parseError) {
            return NetFailure::make(NetError::Malformed,
                u"invalid JSON at offset "_qs + QString::number(parseError->offset) + u": " + parseError->errorString()
                    + u" from " + describe(),
                response.status);
        }
    } else if (m_request.expect == BodyExpectation::Text && !isValidUtf8(response.body)) {
        return NetFailure::make(NetError::Malformed, u"invalid UTF-8 from "_qs + describe(), response.status);
    }
    return std::nullopt;
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const bool complete = m_abortReason == AbortReason::None && readBody();
    if (!complete && m_abortReason == AbortReason::None)
        m_abortReason = AbortReason::TooLarge;

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.url = reply->url();
    response.attempts = m_attempts;
    const int networkError = int(reply->error());
    const QString errorString = reply->errorString();
    releaseReply();

    const qint64 now = m_context ? m_context->clock()->nowMs() : 0;
    response.elapsedMs = now - m_startMs;
    qCDebug(lcNet).noquote() << describe() << "->" << response.status << "in" << m_attemptTimer.elapsed()
                             << "ms, attempt" << m_attempts;
    // Qt reports a 307/308 of a one-shot body as ContentReSendError (it cannot rewind it); the server did not act
    // on the request, so the job follows the redirect with a fresh body as for any other.
    const bool oneShotRedirect = networkError == QNetworkReply::ContentReSendError
        && (response.status == 307 || response.status == 308);
    if (m_abortReason == AbortReason::None && (networkError == QNetworkReply::NoError || oneShotRedirect)
        && followRedirect(response))
        return;
    m_timeout.stop();

    switch (m_abortReason) {
    case AbortReason::Timeout:
        m_response = response;
        handleFailure(NetFailure::make(NetError::Timeout,
            u"no complete answer within "_qs + QString::number(m_request.timeout.count()) + u" ms from " + describe()));
        return;
    case AbortReason::TooLarge:
        m_response = response;
        handleFailure(NetFailure::make(NetError::Malformed,
            u"body over the cap of "_qs + QString::number(m_request.maxBodyBytes) + u" bytes from " + describe(),
            response.status));
        return;
    case AbortReason::Cancelled:
        return; // cancel() already finished the job
    case AbortReason::None:
        break;
    }

    // Qt reports an HTTP error status as a content/protocol/server error code: that is the status speaking.
    // Transport errors win even when a status line arrived (a body cut short after 200).
    const bool httpLevelError = response.status >= 300 && networkError >= QNetworkReply::ContentAccessDenied;
    if (networkError != QNetworkReply::NoError && !httpLevelError) {
        response.body = m_body;
        m_response = response;
        NetFailure f = transportFailure(networkError, errorString);
        f.httpStatus = response.status;
        handleFailure(std::move(f));
        return;
    }

    response.body = std::move(m_body);
    m_body.clear();
    std::optional<NetFailure> failure = inspect(response);
    m_response = response;
    if (failure) {
        handleFailure(std::move(*failure));
        return;
    }
    finishWith(std::nullopt);
}

void HttpJob::handleFailure(NetFailure failure)
{
    if (m_finished)
        return;
    m_timeout.stop();
    qCInfo(lcNet).noquote() << describe() << "attempt" << m_attempts << "failed:" << failure.logLine();

    // Repeating is safe for idempotent calls, calls with an idempotency key, and calls the server
    // provably did not process (nothing accepted the connection, or it was refused as rate limited).
    const bool notProcessed = failure.kind == NetError::ConnectionRefused || failure.kind == NetError::RateLimited;
    const bool safe = m_request.mayRetry() || notProcessed;
    const bool tooLong = failure.retryAfter && *failure.retryAfter > m_policy.maxRetryAfter;
    if (!failure.isTransient() || !safe || tooLong || m_attempts >= m_policy.maxAttempts) {
        finishWith(std::move(failure));
        return;
    }

    std::chrono::milliseconds delay = failure.retryAfter ? *failure.retryAfter : m_policy.backoff(m_attempts, m_random);
    if (failure.kind == NetError::RateLimited && !failure.retryAfter)
        delay = std::max(delay, m_policy.rateLimitFloor);
    if (failure.kind == NetError::RateLimited && m_limiter)
        m_limiter->pause(m_request.rateGroup, delay);

    const QPointer<HttpJob> self(this);
    Q_EMIT retryScheduled(m_attempts + 1, delay.count(), failure.kind);
    if (!self || m_finished) // a slot cancelled (or deleted) us
        return;
    m_failure = failure;
    m_retryTimer = m_context->clock()->callAfter(delay, this, [this] {
        m_retryTimer = 0;
        attempt();
    });
}

void HttpJob::finishWith(std::optional<NetFailure> failure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (m_limiter && m_ticket)
        m_limiter->cancel(m_ticket);
    m_ticket = 0;
    if (m_retryTimer && m_context)
        m_context->clock()->cancel(m_retryTimer);
    m_retryTimer = 0;
    releaseReply();

    const qint64 now = m_context ? m_context->clock()->nowMs() : m_startMs;
    const QPointer<HttpJob> self(this);
    if (failure) {
        m_failure = std::move(*failure);
        if (m_failure.kind == NetError::Cancelled)
            qCDebug(lcNet).noquote() << describe() << "cancelled";
        else
            qCWarning(lcNet).noquote() << describe() << "failed after" << m_attempts
                                       << "attempt(s):" << m_failure.logLine();
        Q_EMIT finished(m_failure.toError());
    } else {
        m_failure = {};
        m_response.elapsedMs = now - m_startMs;
        qCDebug(lcNet).noquote() << describe() << "done:" << m_response.status << "in" << m_response.elapsedMs << "ms";
        Q_EMIT finished(m_response);
    }
    if (self && m_autoDelete)
        deleteLater();
}

void HttpJob::cancel()
{
    if (m_finished)
        return;
    m_started = true;
    m_abortReason = AbortReason::Cancelled;
    finishWith(NetFailure::make(NetError::Cancelled, u"cancelled: "_qs + describe()));
}

void HttpJob::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace sd::net
