// The whole sandbox: one loopback port, the four emulators under their path prefixes, fault injection, the
// /_sandbox control API, new orders over time and an optional state file.
#pragma once

#include "../http/httpserver.h"
#include "clock.h"
#include "faultinjector.h"
#include "platformemulator.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <map>
#include <memory>

namespace sd::sandbox {

class Sandbox : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint16 port = 0; // 0 = any free port
        quint64 seed = 1;
        qint64 referenceMs = 0; // anchors seeded dates; 0 = the start of the current UTC hour
        int ordersPerPlatform = 60;
        int newOrdersEverySeconds = 0; // 0 = off
        QString stateFile; // empty = in memory only
    };

    explicit Sandbox(const Options &options, QObject *parent = nullptr);
    ~Sandbox() override;

    [[nodiscard]] bool start(QString *error);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString baseUrl(const QString &platform) const;
    // Base URLs, demo credentials and the control URL: what the executable prints when ready.
    [[nodiscard]] QJsonObject readyInfo() const;

    [[nodiscard]] PlatformEmulator *emulator(const QString &platform) const;
    [[nodiscard]] QStringList platforms() const;
    Clock &clock() { return m_clock; }
    FaultInjector &faults() { return m_faults; }

    void reseed(quint64 seed, qint64 referenceMs, int ordersPerPlatform);
    [[nodiscard]] bool saveState(QString *error = nullptr);

    static constexpr QByteArrayView FaultHeader = "X-Sandbox-Fault";

Q_SIGNALS:
    void newOrdersArrived(int count);

private:
    [[nodiscard]] HttpResponse dispatch(const HttpRequest &request);
    [[nodiscard]] HttpResponse control(const HttpRequest &request);
    [[nodiscard]] static HttpResponse applyAfter(HttpResponse response, const Fault &fault);
    void tick();
    void saveIfChanged();
    [[nodiscard]] bool loadState(QString *error);
    [[nodiscard]] quint64 totalRevision() const;

    Options m_options;
    Clock m_clock;
    FaultInjector m_faults;
    std::map<QString, std::unique_ptr<PlatformEmulator>> m_emulators;
    HttpServer *m_server;
    QTimer m_ticker;
    QTimer m_saver;
    quint64 m_savedRevision = 0;
};

} // namespace sd::sandbox
