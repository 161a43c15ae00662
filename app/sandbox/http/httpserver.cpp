#include "httpserver.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace sd::sandbox {

namespace {

// One client connection: reads requests one after another (keep-alive), answers each in order.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, quint64 id, HttpServer::Handler *handler)
        : QObject(socket)
        , m_socket(socket)
        , m_id(id)
        , m_handler(handler)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { processBuffer(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void processBuffer()
    {
        if (m_busy)
            return;
        m_buffer += m_socket->readAll();
        if (!m_haveHead) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > HttpServer::MaxHeaderBytes)
                    fail(431);
                return;
            }
            if (!parseHead(m_buffer.left(end)))
                return;
            m_buffer.remove(0, end + 4);
            m_haveHead = true;
            // curl waits for this before sending a larger body.
            if (m_buffer.size() < m_contentLength && m_request.header("Expect").toLower() == "100-continue")
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_buffer.size() < m_contentLength)
            return;
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
        m_haveHead = false;
        dispatch();
    }

    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            fail(400);
            return false;
        }
        m_request = HttpRequest{};
        m_request.connectionId = m_id;
        m_request.method = requestLine.at(0).toUpper();
        const QUrl url = QUrl::fromEncoded(requestLine.at(1));
        m_request.path = url.path(QUrl::FullyDecoded);
        m_request.query = QUrlQuery(url);
        m_http10 = requestLine.at(2) == "HTTP/1.0";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            m_request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        }
        if (!m_request.header("Transfer-Encoding").isEmpty()) {
            fail(501); // chunked request bodies: no client of the sandbox sends them
            return false;
        }
        bool ok = true;
        const QByteArray length = m_request.header("Content-Length");
        m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            fail(400);
            return false;
        }
        if (m_contentLength > HttpServer::MaxBodyBytes) {
            fail(413);
            return false;
        }
        return true;
    }

    void dispatch()
    {
        m_busy = true;
        HttpResponse response = (*m_handler)(m_request);
        const QByteArray connectionHeader = m_request.header("Connection").toLower();
        m_closeAfter = connectionHeader == "close" || (m_http10 && connectionHeader != "keep-alive");
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, this, [this, response] { send(response); });
        } else {
            send(response);
        }
    }

    void send(const HttpResponse &response)
    {
        if (response.delivery == HttpResponse::Delivery::DropBeforeReply) {
            m_socket->abort();
            return;
        }
        QByteArray out
            = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        const bool noBody = response.status == 204 || response.status == 304;
        if (!noBody)
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "Server: sellerdesk-sandbox\r\n";
        if (m_closeAfter)
            out += "Connection: close\r\n";
        out += "\r\n";
        if (response.delivery == HttpResponse::Delivery::Truncate) {
            out += response.body.left(response.body.size() / 2);
            m_socket->write(out);
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        }
        if (!noBody)
            out += response.body;
        m_socket->write(out);
        if (m_closeAfter) {
            m_socket->disconnectFromHost();
            return;
        }
        m_busy = false;
        if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, [this] { processBuffer(); });
    }

    void fail(int status)
    {
        m_closeAfter = true;
        m_busy = true;
        send(HttpResponse::text(status, reasonPhrase(status)));
    }

    QTcpSocket *m_socket;
    quint64 m_id;
    HttpServer::Handler *m_handler;
    QByteArray m_buffer;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    bool m_haveHead = false;
    bool m_busy = false;
    bool m_http10 = false;
    bool m_closeAfter = false;
};

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler(std::move(handler))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(quint16 port, const QHostAddress &address)
{
    if (!address.isLoopback()) {
        m_error = u"the sandbox listens on loopback only"_qs;
        return false;
    }
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_error;
}

void HttpServer::close()
{
    m_server->close();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_nextConnectionId++, &m_handler);
}

} // namespace sd::sandbox
