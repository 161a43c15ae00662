// sellerdesk-sandbox: the marketplace emulators on one loopback port. Prints one JSON line when ready.
#include "engine/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <unistd.h>

namespace {

int g_signalPipe[2] = { -1, -1 };

// Only async-signal-safe work here: wake the event loop through a pipe.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sellerdesk-sandbox"_qs);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local emulators of the Trendyol, Hepsiburada, N11 and WooCommerce order APIs, on 127.0.0.1 only."_qs);
    parser.addHelpOption();
    const QCommandLineOption port(
        u"port"_qs, u"Listening port; 0 picks a free one (default 8770)."_qs, u"N"_qs, u"8770"_qs);
    const QCommandLineOption seed(u"seed"_qs, u"Seed of the sample shops (default 1)."_qs, u"N"_qs, u"1"_qs);
    const QCommandLineOption orders(u"orders"_qs, u"Seeded orders per platform (default 60)."_qs, u"N"_qs, u"60"_qs);
    const QCommandLineOption reference(u"reference-time"_qs,
        u"Instant that seeded dates are relative to, epoch ms or ISO-8601 (default: start of the current UTC hour). "
        u"Same seed and same reference time give identical data."_qs,
        u"TIME"_qs);
    const QCommandLineOption every(u"new-orders-every"_qs,
        u"Every SECONDS, one new order per platform arrives and one shipment moves on."_qs, u"SECONDS"_qs, u"0"_qs);
    const QCommandLineOption stateFile(
        u"state-file"_qs, u"Keep the sandbox state in FILE (loaded at start, saved while running)."_qs, u"FILE"_qs);
    parser.addOptions({ port, seed, orders, reference, every, stateFile });
    parser.process(app);

    QTextStream err(stderr);
    sd::sandbox::Sandbox::Options options;
    bool ok = true;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        err << "sellerdesk-sandbox: --port must be 0..65535\n";
        return 2;
    }
    options.port = static_cast<quint16>(portValue);
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err << "sellerdesk-sandbox: --seed must be a non-negative integer\n";
        return 2;
    }
    options.ordersPerPlatform = parser.value(orders).toInt(&ok);
    if (!ok || options.ordersPerPlatform < 0) {
        err << "sellerdesk-sandbox: --orders must be a non-negative integer\n";
        return 2;
    }
    options.newOrdersEverySeconds = parser.value(every).toInt(&ok);
    if (!ok || options.newOrdersEverySeconds < 0) {
        err << "sellerdesk-sandbox: --new-orders-every must be a non-negative number of seconds\n";
        return 2;
    }
    if (parser.isSet(reference)) {
        const QString text = parser.value(reference);
        options.referenceMs = text.toLongLong(&ok);
        if (!ok) {
            const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
            options.referenceMs = dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
        }
        if (options.referenceMs <= 0) {
            err << "sellerdesk-sandbox: --reference-time must be epoch ms or ISO-8601\n";
            return 2;
        }
    }
    options.stateFile = parser.value(stateFile);

    sd::sandbox::Sandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        err << "sellerdesk-sandbox: " << error << '\n';
        return 1;
    }
    // Ctrl+C and SIGTERM leave the event loop normally, so the state file is written on the way out.
    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    QTextStream out(stdout);
    out << QJsonDocument(sandbox.readyInfo()).toJson(QJsonDocument::Compact) << Qt::endl;
    return app.exec();
}
