// The network of one thread: its QNetworkAccessManager, the transport policy every request passes
// (https only, plain http only to loopback), the default User-Agent and the clock jobs use.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace sd::net {

class Clock;
class HttpJob;
struct HttpRequest;

class NetworkContext : public QObject
{
    Q_OBJECT

public:
    // Create one per thread that makes network calls, in that thread; jobs must run in the same thread.
    explicit NetworkContext(QObject *parent = nullptr);
    ~NetworkContext() override;

    [[nodiscard]] QNetworkAccessManager *manager() const { return m_manager; }

    // "SellerDesk/<version>" by default; used when a request sets no User-Agent of its own (Trendyol and
    // Hepsiburada require theirs, so connectors set it per request).
    [[nodiscard]] QByteArray userAgent() const { return m_userAgent; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    // The clock jobs and rate limiters use for waits; the system clock unless a test injects one.
    [[nodiscard]] Clock *clock() const { return m_clock; }
    void setClock(Clock *clock);

    // Certificate errors are never ignored, except — when this is switched on — for loopback hosts (a
    // sandbox with a self-signed certificate). Off by default.
    [[nodiscard]] bool allowsLoopbackTlsErrors() const { return m_allowLoopbackTlsErrors; }
    void setAllowLoopbackTlsErrors(bool allow) { m_allowLoopbackTlsErrors = allow; }

    // The transport policy: https anywhere, http only to 127.0.0.0/8, ::1 and localhost; nothing else.
    [[nodiscard]] Status checkUrl(const QUrl &url) const;
    [[nodiscard]] static bool isLoopbackHost(const QString &host);

    // Creates a job for the request, parented to nothing, deleting itself after it finished. The caller
    // connects to HttpJob::finished and calls start() (or uses send()).
    [[nodiscard]] HttpJob *createJob(const HttpRequest &request);
    // createJob() + start(). The terminal signal is always emitted later, never from within send().
    HttpJob *send(const HttpRequest &request);

private:
    QNetworkAccessManager *m_manager = nullptr;
    QByteArray m_userAgent;
    Clock *m_clock = nullptr;
    bool m_allowLoopbackTlsErrors = false;
};

} // namespace sd::net
