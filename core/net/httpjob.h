// One HTTP call as a job object: it owns its QNetworkReply, its timeout and its retries, maps every
// failure to a NetFailure, emits exactly one finished() and then deletes itself (unless told not to).
#pragma once

#include "common/result.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "neterror.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

class QNetworkReply;
class QSslError;

namespace sd::net {

class NetworkContext;

// A connector's reading of a response, called for every response that arrived (2xx included: some
// platforms answer 200 with a failure envelope). Return a failure to override the status-based mapping
// (e.g. Meta {"error":{"code":190}} → Unauthorized), or nullopt to keep it. response.json is filled when
// the body parsed as JSON, whatever the status.
using ErrorClassifier = std::function<std::optional<NetFailure>(const HttpResponse &response)>;

class HttpJob : public QObject
{
    Q_OBJECT

public:
    HttpJob(NetworkContext *context, HttpRequest request, QObject *parent = nullptr);
    ~HttpJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setErrorClassifier(ErrorClassifier classifier) { m_classifier = std::move(classifier); }
    // The connection's limiter: each attempt waits for a token of request().rateGroup; a rate-limited
    // answer pauses that group for the wait the server asked for.
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }
    // By default the job calls deleteLater() after finished(); switch off to keep it (tests, chaining).
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // See HttpRequest::sendOnce (the outbox sets it on every platform action).
    void setSendOnce(bool once) { m_request.sendOnce = once; }
    // Source of jitter in [0, 1) (tests make backoff deterministic); default QRandomGenerator.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    // Starts the first attempt. The terminal signal always comes later, never from within start().
    void start();
    // Stops everything and emits finished(Cancelled) now, unless the job already finished.
    void cancel();

    [[nodiscard]] const HttpRequest &request() const { return m_request; }
    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] int attempts() const { return m_attempts; }
    // After a failed finish: what went wrong, with status, platform code and redacted detail.
    [[nodiscard]] const NetFailure &failure() const { return m_failure; }
    // The last response that arrived (also after a failure: a connector may read an error body).
    [[nodiscard]] const HttpResponse &lastResponse() const { return m_response; }

Q_SIGNALS:
    // Exactly once per job: the response, or an Error with domain "net" and code = NetError. The job
    // deletes itself afterwards (deleteLater), so slots read failure()/lastResponse() right here.
    void finished(const sd::Result<sd::net::HttpResponse> &result);
    // Informational: another attempt is scheduled after delayMs because of reason.
    void retryScheduled(int nextAttempt, qint64 delayMs, sd::net::NetError reason);

private:
    enum class AbortReason { None, Timeout, TooLarge, Cancelled };

    void attempt();
    void send();
    void dispatch();
    bool followRedirect(const HttpResponse &response);
    void onReadyRead();
    void onMetaDataChanged();
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    bool readBody();
    NetFailure transportFailure(int networkError, const QString &errorString) const;
    std::optional<NetFailure> inspect(HttpResponse &response) const;
    void handleFailure(NetFailure failure);
    void finishWith(std::optional<NetFailure> failure);
    void releaseReply();
    [[nodiscard]] QString describe() const;

    QPointer<NetworkContext> m_context;
    HttpRequest m_request;
    RetryPolicy m_policy;
    ErrorClassifier m_classifier;
    QPointer<RateLimiter> m_limiter;
    std::function<double()> m_random;
    bool m_autoDelete = true;

    QNetworkReply *m_reply = nullptr; // nulled by its destroyed() too (see send())
    QTimer m_timeout;
    AbortReason m_abortReason = AbortReason::None;
    QByteArray m_body;
    quint64 m_ticket = 0; // rate-limiter ticket while waiting for a token
    bool m_waitingForToken = false;
    quint64 m_retryTimer = 0; // clock timer while backing off

    bool m_started = false;
    bool m_finished = false;
    int m_attempts = 0;
    qint64 m_startMs = 0;
    QUrl m_currentUrl; // this attempt's URL, moved by redirects
    QByteArray m_currentMethod;
    QByteArray m_currentBody;
    int m_redirects = 0;
    QElapsedTimer m_attemptTimer; // real time, for the log line (the injected clock may be a test's)
    HttpResponse m_response;
    NetFailure m_failure;
};

} // namespace sd::net
