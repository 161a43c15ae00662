// The demo workspace's data source: sellerdesk-sandbox started as a child process on a free loopback port
// (stopped with the app; on Linux also when the app dies), its ready line read, and one ConnectionDraft per
// platform that both the sandbox and the connector registry know, with the sandbox's demo credentials, plus the
// sandbox's Meta Page (so the demo inbox is alive: its simulated customers write and answer).
#pragma once

#include "connectors/connectionservice.h"
#include "inbox/metaconnections.h"

#include <optional>

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

namespace sd::demo {

class DemoSandbox : public QObject
{
    Q_OBJECT
public:
    explicit DemoSandbox(QObject *parent = nullptr);
    // Stops the sandbox (terminate, then kill after a short wait).
    ~DemoSandbox() override;

    // Where the sandbox program is: $SELLERDESK_SANDBOX, else next to this program, else (build tree)
    // ../sandbox/ beside it. Empty when none is found.
    [[nodiscard]] static QString findProgram();

    // Starts `program --port 0 --seed <seed> --new-orders-every <s>`; exactly one ready() or failed() follows.
    void start(const QString &program, quint64 seed = 42, int newOrdersEverySeconds = 20, int timeoutMs = 20000);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    [[nodiscard]] QJsonObject readyInfo() const { return m_ready; }

    // One draft per platform the sandbox serves and the registry can connect, named "<Platform> Demo".
    [[nodiscard]] static QList<connectors::ConnectionDraft> drafts(
        const QJsonObject &readyInfo, const connectors::ConnectorRegistry &registry);
    // The sandbox's Facebook Page with its Instagram account (Messenger + Instagram Direct), with its Page
    // token, when the sandbox serves Meta.
    [[nodiscard]] static std::optional<inbox::MetaConnectionDraft> metaDraft(const QJsonObject &readyInfo);

Q_SIGNALS:
    void ready(const QJsonObject &info);
    void failed(const QString &message); // translated
    // The sandbox ended on its own after it was ready.
    void stopped(const QString &message);

private:
    void onReadyRead();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_buffer;
    QJsonObject m_ready;
    bool m_answered = false;
    bool m_stopping = false;
};

} // namespace sd::demo
