#include "testhttpserver.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sd::test {

// Accepts plain sockets, or TLS sockets that start their server handshake at once.
class TestHttpServer::Listener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    QSslCertificate certificate;
    QSslKey key;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (certificate.isNull()) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->startServerEncryption();
        addPendingConnection(socket);
    }
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray TestRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool TestRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

TestReply TestReply::json(int status, const QByteArray &body)
{
    TestReply r;
    r.status = status;
    r.body = body;
    r.headers.append({ QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8") });
    return r;
}

TestReply TestReply::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    TestReply r;
    r.status = status;
    r.body = body;
    r.headers.append({ QByteArray("Content-Type"), contentType });
    return r;
}

TestReply &TestReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new Listener(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

TestHttpServer::~TestHttpServer()
{
    close();
}

bool TestHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestHttpServer::listenTls()
{
    QFile cert(QStringLiteral(SELLERDESK_TEST_TLS_DIR "/loopback-cert.pem"));
    QFile key(QStringLiteral(SELLERDESK_TEST_TLS_DIR "/loopback-key.pem"));
    if (!QSslSocket::supportsSsl() || !cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    m_server->certificate = QSslCertificate(&cert, QSsl::Pem);
    m_server->key = QSslKey(&key, QSsl::Ec, QSsl::Pem);
    if (m_server->certificate.isNull() || m_server->key.isNull())
        return false;
    m_tls = true;
    return listen();
}

void TestHttpServer::close()
{
    m_server->close();
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
    m_connections.clear();
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl((m_tls ? u"https://127.0.0.1:"_qs : u"http://127.0.0.1:"_qs) + QString::number(port()) + pathAndQuery);
}

void TestHttpServer::enqueue(const QString &path, const TestReply &reply)
{
    m_queues[path].push_back(reply);
}

int TestHttpServer::requestCount(const QString &path) const
{
    if (path.isEmpty())
        return int(m_requests.size());
    int n = 0;
    for (const auto &r : m_requests)
        n += r.path == path ? 1 : 0;
    return n;
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Without this, a head and body written separately meet Nagle and delayed ACKs: 40 ms a reply.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_connections.remove(socket))
                ++m_closed;
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    if (it->busy)
        return;

    const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
    TestRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (it->buffer.size() < headerEnd + 4 + contentLength)
        return; // body still arriving
    request.body = it->buffer.mid(headerEnd + 4, contentLength);
    it->buffer.remove(0, headerEnd + 4 + contentLength);

    const QUrl url(QString::fromLatin1(request.target));
    request.path = url.path();
    request.query = QUrlQuery(url);
    m_requests.append(request);
    it->busy = true;
    Q_EMIT requestReceived(request.path);
    answer(socket, request);
}

void TestHttpServer::answer(QTcpSocket *socket, const TestRequest &request)
{
    TestReply reply;
    auto queue = m_queues.find(request.path);
    if (queue != m_queues.end() && !queue->empty()) {
        reply = queue->front();
        queue->pop_front();
    } else if (m_handler) {
        reply = m_handler(request);
    } else {
        reply = TestReply::json(404, R"({"error":"no route"})");
    }

    if (reply.mode == TestReply::Mode::NeverAnswer)
        return;
    auto respond = [this, socket, reply] {
        if (!m_connections.contains(socket))
            return;
        if (reply.mode == TestReply::Mode::CloseAtOnce) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
        for (const auto &[name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        if (reply.mode == TestReply::Mode::NoLength)
            head += "Connection: close\r\n";
        else
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: keep-alive\r\n";
        head += "\r\n";
        socket->write(head);
        if (reply.mode == TestReply::Mode::CloseMidBody) {
            socket->write(reply.body.left(reply.closeAfterBytes));
            socket->disconnectFromHost();
            return;
        }
        writeBody(socket, reply, 0);
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, socket, respond);
    else
        respond();
}

void TestHttpServer::writeBody(QTcpSocket *socket, const TestReply &reply, qint64 offset)
{
    if (!m_connections.contains(socket))
        return;
    const qint64 chunk = reply.chunkSize > 0 ? reply.chunkSize : reply.body.size();
    socket->write(reply.body.mid(offset, chunk));
    const qint64 next = offset + chunk;
    if (next < reply.body.size()) {
        QTimer::singleShot(reply.chunkDelayMs, socket, [this, socket, reply, next] { writeBody(socket, reply, next); });
        return;
    }
    done(socket, reply.mode != TestReply::Mode::NoLength);
}

void TestHttpServer::done(QTcpSocket *socket, bool keepAlive)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (!keepAlive) {
        socket->disconnectFromHost();
        return;
    }
    it->busy = false;
    if (!it->buffer.isEmpty())
        QTimer::singleShot(0, socket, [this, socket] { onReadyRead(socket); });
}

} // namespace sd::test
