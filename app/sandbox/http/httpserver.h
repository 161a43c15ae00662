// A small HTTP/1.1 server on QTcpServer, bound to loopback. Written for the sandbox because it must be able to
// answer late, cut a body short or drop a connection on purpose, which QtHttpServer 6.4 cannot do cleanly.
#pragma once

#include "httpmessage.h"

#include <QHostAddress>
#include <QObject>
#include <functional>

class QTcpServer;

namespace sd::sandbox {

class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Port 0 picks a free port. Only loopback addresses are accepted.
    [[nodiscard]] bool listen(quint16 port, const QHostAddress &address = QHostAddress::LocalHost);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString errorString() const;
    void close();

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

private:
    void acceptConnections();

    QTcpServer *m_server;
    Handler m_handler;
    quint64 m_nextConnectionId = 1;
    QString m_error;
};

} // namespace sd::sandbox
