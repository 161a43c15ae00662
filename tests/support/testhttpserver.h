// A small HTTP/1.1 server on loopback for tests of the network layer. Each answer is scripted: status,
// headers, body, a delay, a slow body, a connection closed mid-body, or no answer at all.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <deque>
#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace sd::test {

struct TestRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QString path;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
};

struct TestReply
{
    enum class Mode {
        Normal, // status line, headers, Content-Length, body; connection kept alive
        NoLength, // no Content-Length: the body ends when the connection closes
        CloseMidBody, // announces the full Content-Length, sends closeAfterBytes of the body, closes
        CloseAtOnce, // closes the connection without answering
        NeverAnswer, // reads the request and stays silent
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Normal;
    int delayMs = 0; // before the status line
    qint64 closeAfterBytes = 0; // CloseMidBody
    int chunkSize = 0; // > 0: the body goes out in chunks of this size…
    int chunkDelayMs = 0; // …this far apart

    [[nodiscard]] static TestReply json(int status, const QByteArray &body);
    [[nodiscard]] static TestReply text(
        int status, const QByteArray &body, const QByteArray &contentType = "text/plain; charset=utf-8");
    TestReply &withHeader(const QByteArray &name, const QByteArray &value);
};

class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<TestReply(const TestRequest &request)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Listens on 127.0.0.1 on a free port.
    [[nodiscard]] bool listen();
    // The same over TLS, with the self-signed loopback certificate of tests/support/tls.
    [[nodiscard]] bool listenTls();
    void close();
    [[nodiscard]] quint16 port() const;
    // http(s)://127.0.0.1:<port><pathAndQuery>
    [[nodiscard]] QUrl url(const QString &pathAndQuery) const;

    // Scripted answers for a path, served in order; when a path's queue is empty the handler answers,
    // and without a handler a 404.
    void enqueue(const QString &path, const TestReply &reply);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    [[nodiscard]] const QList<TestRequest> &requests() const { return m_requests; }
    [[nodiscard]] int requestCount(const QString &path = {}) const;
    [[nodiscard]] int closedConnections() const { return m_closed; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const QString &path);

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // an answer is being written
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const TestRequest &request);
    void writeBody(QTcpSocket *socket, const TestReply &reply, qint64 offset);
    void done(QTcpSocket *socket, bool keepAlive);

    class Listener;
    Listener *m_server;
    bool m_tls = false;
    Handler m_handler;
    QHash<QString, std::deque<TestReply>> m_queues;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<TestRequest> m_requests;
    int m_closed = 0;
};

} // namespace sd::test
