#include "sandbox.h"

#include "../hepsiburada/hepsiburadaemulator.h"
#include "../meta/metaemulator.h"
#include "../n11/n11emulator.h"
#include "../trendyol/trendyolemulator.h"
#include "../woocommerce/woocommerceemulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSandbox, "sellerdesk.sandbox", QtInfoMsg)

namespace sd::sandbox {

namespace {

HttpResponse controlError(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonObject{ { u"sandboxError"_qs, message } });
}

qint64 defaultReference(qint64 nowMs)
{
    constexpr qint64 Hour = 3600LL * 1000;
    return nowMs - nowMs % Hour;
}

} // namespace

Sandbox::Sandbox(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(new HttpServer([this](const HttpRequest &r) { return dispatch(r); }, this))
{
    auto add = [this](std::unique_ptr<PlatformEmulator> e) { m_emulators[e->name()] = std::move(e); };
    add(std::make_unique<TrendyolEmulator>(&m_clock));
    add(std::make_unique<HepsiburadaEmulator>(&m_clock));
    add(std::make_unique<N11Emulator>(&m_clock));
    add(std::make_unique<WooCommerceEmulator>(&m_clock));
    add(std::make_unique<MetaEmulator>(&m_clock));
    connect(&m_ticker, &QTimer::timeout, this, &Sandbox::tick);
    connect(&m_saver, &QTimer::timeout, this, &Sandbox::saveIfChanged);
}

Sandbox::~Sandbox()
{
    if (!m_options.stateFile.isEmpty())
        (void)saveState();
}

bool Sandbox::start(QString *error)
{
    bool loaded = false;
    if (!m_options.stateFile.isEmpty() && QFile::exists(m_options.stateFile)) {
        if (!loadState(error))
            return false;
        loaded = true;
    }
    if (!loaded) {
        if (m_options.referenceMs == 0)
            m_options.referenceMs = defaultReference(m_clock.nowMs());
        reseed(m_options.seed, m_options.referenceMs, m_options.ordersPerPlatform);
    }
    if (!m_server->listen(m_options.port)) {
        *error = m_server->errorString();
        return false;
    }
    if (m_options.newOrdersEverySeconds > 0)
        m_ticker.start(m_options.newOrdersEverySeconds * 1000);
    if (!m_options.stateFile.isEmpty()) {
        m_savedRevision = loaded ? totalRevision() : 0;
        saveIfChanged();
        m_saver.start(2000);
    }
    return true;
}

quint16 Sandbox::port() const
{
    return m_server->port();
}

QString Sandbox::baseUrl(const QString &platform) const
{
    return u"http://127.0.0.1:%1/%2"_qs.arg(port()).arg(platform);
}

QStringList Sandbox::platforms() const
{
    QStringList names;
    for (const auto &[name, emulator] : m_emulators)
        names << name;
    return names;
}

PlatformEmulator *Sandbox::emulator(const QString &platform) const
{
    const auto it = m_emulators.find(platform);
    return it == m_emulators.end() ? nullptr : it->second.get();
}

QJsonObject Sandbox::readyInfo() const
{
    QJsonObject platformsJson;
    for (const auto &[name, emulator] : m_emulators) {
        QJsonObject entry = emulator->credentials();
        entry.insert(u"baseUrl"_qs, baseUrl(name));
        platformsJson.insert(name, entry);
    }
    return { { u"ready"_qs, true }, { u"port"_qs, port() }, { u"seed"_qs, QString::number(m_options.seed) },
        { u"referenceTime"_qs, m_options.referenceMs },
        { u"control"_qs, u"http://127.0.0.1:%1/_sandbox"_qs.arg(port()) }, { u"platforms"_qs, platformsJson } };
}

void Sandbox::reseed(quint64 seed, qint64 referenceMs, int ordersPerPlatform)
{
    m_options.seed = seed;
    m_options.referenceMs = referenceMs;
    m_options.ordersPerPlatform = ordersPerPlatform;
    for (const auto &[name, emulator] : m_emulators) {
        emulator->reseed(seed, referenceMs, ordersPerPlatform);
        emulator->clearRateCounters();
    }
}

HttpResponse Sandbox::dispatch(const HttpRequest &incoming)
{
    if (incoming.path == u"/_sandbox" || incoming.path.startsWith(u"/_sandbox/"))
        return control(incoming);

    const qsizetype slash = incoming.path.indexOf(u'/', 1);
    const QString platform = incoming.path.mid(1, slash < 0 ? -1 : slash - 1);
    PlatformEmulator *target = emulator(platform);
    if (!target)
        return controlError(404, u"unknown platform prefix; use one of /%1"_qs.arg(platforms().join(u", /"_qs)));
    HttpRequest request = incoming;
    request.mountPrefix = u'/' + platform;
    request.path = slash < 0 ? u"/"_qs : incoming.path.mid(slash);

    std::optional<Fault> fault;
    if (request.hasHeader(FaultHeader)) {
        QString error;
        fault = Fault::parse(QString::fromUtf8(request.header(FaultHeader)), &error);
        if (!fault)
            return controlError(400, error);
    } else {
        fault = m_faults.take(platform, request.method, request.path);
    }
    if (fault)
        qCDebug(lcSandbox) << "fault" << fault->toString() << "on" << request.method << platform << request.path;

    HttpResponse response;
    if (fault && fault->drop) {
        response.delivery = HttpResponse::Delivery::DropBeforeReply;
    } else if (fault && fault->status > 0) {
        response = target->errorResponse(fault->status);
    } else if (fault && fault->rateLimit) {
        response = target->rateLimitedResponse(fault->retryAfterSeconds);
    } else {
        response = target->handle(request);
        if (fault)
            response = applyAfter(std::move(response), *fault);
    }
    if (fault)
        response.delayMs = fault->latencyMs;
    return response;
}

HttpResponse Sandbox::applyAfter(HttpResponse response, const Fault &fault)
{
    if (fault.dropAfter)
        response.delivery = HttpResponse::Delivery::DropBeforeReply;
    if (fault.truncate) {
        if (response.body.size() < 2) {
            response.body = "{\"sandbox\":\"truncated body\"}";
            if (response.status == 204)
                response.status = 200; // a 204 carries no body to cut short
        }
        response.delivery = HttpResponse::Delivery::Truncate;
    }
    if (fault.malformed) {
        // Keep the status and headers, break the JSON.
        const QByteArray cut = response.body.left(qMax<qsizetype>(1, response.body.size() * 2 / 3));
        response.body = cut + "<!-- sandbox: malformed -->";
        if (response.status == 204)
            response.status = 200;
        if (response.header("Content-Type").isEmpty())
            response.setHeader("Content-Type", "application/json; charset=utf-8");
    }
    return response;
}

HttpResponse Sandbox::control(const HttpRequest &request)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts); // "_sandbox", …
    const QString what = parts.value(1);
    const QByteArray &m = request.method;
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return controlError(400, u"body must be a JSON object"_qs);
        body = doc.object();
    }
    auto selected = [&](QStringList *names) -> std::optional<HttpResponse> {
        const QString one = body.value(u"platform").toString(request.queryValue(u"platform"_qs));
        if (one.isEmpty()) {
            *names = platforms();
            return std::nullopt;
        }
        if (!emulator(one))
            return controlError(404, u"unknown platform %1"_qs.arg(one));
        *names = { one };
        return std::nullopt;
    };

    if (what.isEmpty() || (what == u"info" && m == "GET"))
        return HttpResponse::json(200, readyInfo());
    if (what == u"state" && m == "GET") {
        if (parts.size() < 3) {
            QJsonObject all;
            for (const auto &[name, e] : m_emulators)
                all.insert(name, e->state());
            return HttpResponse::json(200, all);
        }
        PlatformEmulator *e = emulator(parts.at(2));
        if (!e)
            return controlError(404, u"unknown platform %1"_qs.arg(parts.at(2)));
        return HttpResponse::json(200, e->state());
    }
    if (what == u"reset" && m == "POST") {
        const QJsonValue seedValue = body.value(u"seed");
        if (!seedValue.isUndefined() && !seedValue.isDouble() && !seedValue.isString())
            return controlError(400, u"seed must be a number or a decimal string"_qs);
        bool ok = true;
        const quint64 seed = seedValue.isUndefined() ? m_options.seed
            : seedValue.isString()                   ? seedValue.toString().toULongLong(&ok)
                                                     : static_cast<quint64>(seedValue.toInteger());
        if (!ok)
            return controlError(400, u"seed must be a number or a decimal string"_qs);
        const qint64 reference = body.value(u"referenceTime").toInteger(m_options.referenceMs);
        const int orders = body.value(u"ordersPerPlatform").toInt(m_options.ordersPerPlatform);
        if (orders < 0 || orders > 500000)
            return controlError(400, u"ordersPerPlatform must be between 0 and 500000"_qs);
        reseed(seed, reference, orders);
        m_faults.clear();
        return HttpResponse::json(200, readyInfo());
    }
    if (what == u"faults") {
        if (m == "GET")
            return HttpResponse::json(200, m_faults.toJson());
        if (m == "DELETE") {
            m_faults.clear();
            return HttpResponse::empty(204);
        }
        if (m == "POST") {
            if (!body.value(u"platform").toString().isEmpty() && !emulator(body.value(u"platform").toString()))
                return controlError(404, u"unknown platform %1"_qs.arg(body.value(u"platform").toString()));
            QString error;
            const int id = m_faults.addRule(body, &error);
            if (id == 0)
                return controlError(400, error);
            return HttpResponse::json(201, QJsonObject{ { u"id"_qs, id } });
        }
    }
    if (what == u"new-orders" && m == "POST") {
        QStringList names;
        if (auto bad = selected(&names))
            return *bad;
        const int count = body.value(u"count").toInt(1);
        if (count < 1 || count > 10000)
            return controlError(400, u"count must be between 1 and 10000"_qs);
        QJsonObject created;
        for (const QString &name : names)
            created.insert(name, emulator(name)->addNewOrders(count));
        Q_EMIT newOrdersArrived(count * static_cast<int>(names.size()));
        return HttpResponse::json(200, QJsonObject{ { u"created"_qs, created } });
    }
    if (what == u"carrier-step" && m == "POST") {
        QStringList names;
        if (auto bad = selected(&names))
            return *bad;
        QJsonObject moved;
        for (const QString &name : names)
            moved.insert(name, emulator(name)->carrierStep());
        return HttpResponse::json(200, QJsonObject{ { u"moved"_qs, moved } });
    }
    if (what == u"clock" && m == "POST") {
        if (body.contains(u"now")) {
            if (!body.value(u"now").isDouble())
                return controlError(400, u"now must be epoch milliseconds (0 = the real clock)"_qs);
            m_clock.setFixed(body.value(u"now").toInteger());
        }
        if (body.contains(u"advanceMs"))
            m_clock.advance(body.value(u"advanceMs").toInteger());
        return HttpResponse::json(200, QJsonObject{ { u"now"_qs, m_clock.nowMs() } });
    }
    if (what == u"rate-limit" && (m == "PUT" || m == "POST")) {
        QStringList names;
        if (auto bad = selected(&names))
            return *bad;
        if (!body.value(u"limit").isDouble() || !body.value(u"windowMs").isDouble()
            || body.value(u"windowMs").toInt() < 1)
            return controlError(400, u"limit (0 = unlimited) and windowMs (≥ 1) are required"_qs);
        for (const QString &name : names) {
            emulator(name)->setRateLimit({ body.value(u"limit").toInt(), body.value(u"windowMs").toInt() });
            emulator(name)->clearRateCounters();
        }
        return HttpResponse::empty(204);
    }
    return controlError(404, u"unknown control endpoint %1 %2"_qs.arg(QString::fromLatin1(m), request.path));
}

void Sandbox::tick()
{
    int count = 0;
    for (const auto &[name, e] : m_emulators) {
        count += e->addNewOrders(1);
        (void)e->carrierStep();
    }
    Q_EMIT newOrdersArrived(count);
}

quint64 Sandbox::totalRevision() const
{
    quint64 sum = 0;
    for (const auto &[name, e] : m_emulators)
        sum += e->revision();
    return sum;
}

void Sandbox::saveIfChanged()
{
    if (totalRevision() == m_savedRevision)
        return;
    QString error;
    if (!saveState(&error))
        qCWarning(lcSandbox) << "could not write the state file:" << error;
}

bool Sandbox::saveState(QString *error)
{
    if (m_options.stateFile.isEmpty())
        return true;
    QJsonObject platformsJson;
    for (const auto &[name, e] : m_emulators)
        platformsJson.insert(name, e->state());
    const QJsonObject root{ { u"version"_qs, 1 }, { u"seed"_qs, QString::number(m_options.seed) },
        { u"referenceTime"_qs, m_options.referenceMs }, { u"ordersPerPlatform"_qs, m_options.ordersPerPlatform },
        { u"platforms"_qs, platformsJson } };
    QSaveFile file(m_options.stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_savedRevision = totalRevision();
    return true;
}

bool Sandbox::loadState(QString *error)
{
    QFile file(m_options.stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"version").toInt() != 1) {
        *error = u"%1 is not a sandbox state file (version 1)"_qs.arg(m_options.stateFile);
        return false;
    }
    m_options.seed = root.value(u"seed").toString().toULongLong();
    m_options.referenceMs = root.value(u"referenceTime").toInteger();
    m_options.ordersPerPlatform = root.value(u"ordersPerPlatform").toInt(m_options.ordersPerPlatform);
    const QJsonObject platformsJson = root.value(u"platforms").toObject();
    for (const auto &[name, e] : m_emulators) {
        if (!e->loadState(platformsJson.value(name).toObject())) {
            *error = u"the state of %1 in %2 cannot be read"_qs.arg(name, m_options.stateFile);
            return false;
        }
    }
    return true;
}

} // namespace sd::sandbox
