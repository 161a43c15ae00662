#include "hepsiburadaclient.h"

#include "common/logging.h"
#include "connectors/credentialcheck.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "net/paginator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace sd::connectors::hepsiburada {

using net::NetError;
using net::NetFailure;

namespace {

QUrl defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://oms-external.hepsiburada.com"));
}

// Hepsiburada's Go services answer errors as bare JSON strings ("WrongDateFormat"); QJsonDocument reads only
// objects and arrays, so the quotes are taken off here.
QString bareJsonString(const QByteArray &body)
{
    const QByteArray t = body.trimmed();
    if (t.size() >= 2 && t.startsWith('"') && t.endsWith('"')) {
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + t + "]");
        if (wrapped.isArray())
            return wrapped.array().first().toString();
    }
    return {};
}

// "2026-11-23T12:00:00.593" (Turkey time) in an item, or 0.
qint64 itemTime(const QJsonObject &item, QStringView key)
{
    const QString text = item.value(key).toString();
    if (text.isEmpty())
        return 0;
    return HepsiburadaMapper::parseTurkeyTime(text).value_or(0);
}

} // namespace

HepsiburadaClient::HepsiburadaClient(net::NetworkContext *context, const ConnectionConfig &config, QObject *parent)
    : OrderConnector(parent)
    , m_api(context, config.baseUrl.isEmpty() ? defaultBaseUrl() : config.baseUrl)
    , m_limiter(context ? context->clock() : nullptr)
    , m_merchantId(config.accountId)
{
    const QString key = config.credentials.value(QStringLiteral("serviceKey"));
    m_api.setDefaultHeader("Authorization", "Basic " + (m_merchantId + u':' + key).toUtf8().toBase64());
    // Exactly the registered integrator user name: any decoration ("x - name", "name/1.0") gives 401.
    QString integrator = config.credentials.value(QStringLiteral("integratorName")).trimmed();
    if (integrator.isEmpty())
        integrator = config.integratorName;
    m_api.setDefaultHeader("User-Agent", integrator.toUtf8());
    m_api.setDefaultHeader("Accept", "application/json");

    // "1k within 1 second" officially; a third-party SDK saw less, so stay well below.
    m_limiter.setDefaultLimit(100, std::chrono::seconds(1));
    m_api.setRateLimiter(&m_limiter);
    net::RetryPolicy policy;
    policy.maxAttempts = 4;
    if (config.retryBaseDelay)
        policy.baseDelay = *config.retryBaseDelay;
    if (config.rateLimitFloor)
        policy.rateLimitFloor = *config.rateLimitFloor;
    m_api.setRetryPolicy(policy);
    m_api.setErrorClassifier(&HepsiburadaClient::classify);
}

HepsiburadaClient::~HepsiburadaClient() = default;

QString HepsiburadaClient::filterDate(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(3 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::optional<NetFailure> HepsiburadaClient::classify(const net::HttpResponse &response)
{
    if (response.isSuccess())
        return std::nullopt;
    QString code = bareJsonString(response.body);
    QString message;
    if (code.isEmpty()) {
        // Other hosts: {"message":…} / ProblemDetails {"title","detail"} / text/plain.
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        message = body.value(u"message").toString();
        if (message.isEmpty())
            message = body.value(u"detail").toString();
        if (message.isEmpty())
            message = body.value(u"title").toString();
        if (message.isEmpty() && body.isEmpty() && !response.body.trimmed().startsWith('<'))
            message = QString::fromUtf8(response.body.trimmed().left(200));
    }
    NetError kind = net::netErrorForHttpStatus(response.status);
    if (response.status == 401)
        kind = NetError::Unauthorized;
    else if (response.status == 403)
        kind = NetError::Forbidden;
    else if (response.status == 429)
        kind = NetError::RateLimited;
    else if (response.status >= 500)
        kind = NetError::Server;
    else if (response.status == 404)
        kind = NetError::NotFound;
    else if (response.status >= 400 && !code.isEmpty())
        kind = NetError::Platform; // a business rule refused: keep Hepsiburada's own code for the user
    NetFailure failure = NetFailure::make(kind,
        u"Hepsiburada HTTP %1 %2 correlation=%3"_qs.arg(response.status)
            .arg(code, QString::fromLatin1(response.header("x-correlation-id"))),
        response.status);
    failure.platformCode = code;
    failure.platformMessage = (message.isEmpty() ? code : message).left(500);
    // No Retry-After is documented: X-RateLimit-Reset says how many seconds until the window resets.
    if (kind == NetError::RateLimited && !response.hasHeader("Retry-After")) {
        bool ok = false;
        const int reset = response.header("X-RateLimit-Reset").toInt(&ok);
        if (ok && reset >= 0)
            failure.retryAfter = std::chrono::seconds(reset);
    }
    return failure;
}

void HepsiburadaClient::verifyCredentials()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    checkCredentialsWith(
        this, m_api, m_api.request("GET", u"orders/merchantid/%1"_qs.arg(m_merchantId), query), ExpectedShape::Object);
}

net::HttpRequest HepsiburadaClient::get(const QString &path, const QUrlQuery &query) const
{
    net::HttpRequest request = m_api.request("GET", path, query);
    request.timeout = m_timeout;
    return request;
}

void HepsiburadaClient::fetchOrders(qint64 fromMs, qint64 toMs)
{
    if (m_fetching) {
        FetchSummary refused;
        refused.failure = NetFailure::make(NetError::Cancelled, QStringLiteral("a fetch is already running"));
        QMetaObject::invokeMethod(
            this, [this, refused] { Q_EMIT finished(refused); }, Qt::QueuedConnection);
        return;
    }
    m_fetching = true;
    m_cancelled = false;
    m_summary = {};
    m_pageFailure.reset();
    m_states = {};
    m_touched.clear();
    m_touchedSet.clear();
    m_nextOrder = 0;
    m_pending = {};
    m_from = qMin(fromMs, toMs);
    m_to = toMs;
    m_sliceStart = m_from;
    m_stage = Stage::Open;
    QMetaObject::invokeMethod(this, &HepsiburadaClient::runStage, Qt::QueuedConnection);
}

void HepsiburadaClient::cancel()
{
    m_cancelled = true;
    if (m_paginator)
        m_paginator->cancel();
    if (m_job)
        m_job->cancel();
}

void HepsiburadaClient::touch(const QString &orderNumber)
{
    if (orderNumber.isEmpty() || m_touchedSet.contains(orderNumber))
        return;
    m_touchedSet.insert(orderNumber);
    m_touched.append(orderNumber);
}

void HepsiburadaClient::startList(
    const QString &path, const QUrlQuery &query, const QString &offsetParam, int limit, const QString &itemsKey)
{
    net::OffsetLimitPagination::Options options;
    options.offsetParam = offsetParam;
    options.limit = limit;
    options.itemsKey = itemsKey;
    const net::HttpRequest base = get(path.arg(m_merchantId), query);
    m_paginator = m_api.paginate(std::make_unique<net::OffsetLimitPagination>(base, options), this);
    connect(m_paginator, &net::Paginator::pageReady, this,
        [this](int, const net::HttpResponse &page) { onListPage(page); });
    connect(m_paginator, &net::Paginator::finished, this, &HepsiburadaClient::onListFinished);
    m_paginator->start();
}

void HepsiburadaClient::runStage()
{
    if (m_cancelled) {
        finish(NetFailure::make(NetError::Cancelled));
        return;
    }
    const QString offset = QStringLiteral("offset");
    const QString items = QStringLiteral("items");
    switch (m_stage) {
    case Stage::Open:
        // The open list is the backlog of paid lines to pack. It is read whole: a line whose payment cleared
        // or whose package was unpacked keeps its old order date and would escape a date filter.
        startList(QStringLiteral("orders/merchantid/%1"), {}, offset, kOrdersLimit, items);
        return;
    case Stage::PaymentAwaiting:
        startList(QStringLiteral("orders/merchantid/%1/paymentawaiting"), {}, offset, kStatusListLimit, items);
        return;
    case Stage::Packed: {
        if (m_sliceStart > m_to) {
            m_stage = Stage::Shipped;
            runStage();
            return;
        }
        // Minute resolution: the slice starts on its minute and ends on the next minute up, so nothing falls
        // between two slices (a package seen twice is merged).
        const qint64 sliceEnd = qMin(m_to, m_sliceStart + kMaxWindowMs - 60 * 1000);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("begindate"), filterDate(m_sliceStart));
        query.addQueryItem(QStringLiteral("enddate"), filterDate(sliceEnd + 59 * 1000));
        m_sliceStart = sliceEnd + 1;
        // Note the capital O: /packages ignores "offset".
        startList(QStringLiteral("packages/merchantid/%1"), query, QStringLiteral("Offset"), kPackagesLimit, {});
        return;
    }
    case Stage::Shipped:
        startList(QStringLiteral("packages/merchantid/%1/shipped"), {}, offset, kStatusListLimit, items);
        return;
    case Stage::Delivered:
        startList(QStringLiteral("packages/merchantid/%1/delivered"), {}, offset, kStatusListLimit, items);
        return;
    case Stage::Undelivered:
        startList(QStringLiteral("packages/merchantid/%1/undelivered"), {}, offset, kStatusListLimit, items);
        return;
    case Stage::Cancelled:
        startList(QStringLiteral("orders/merchantid/%1/cancelled"), {}, offset, kStatusListLimit, items);
        return;
    case Stage::Orders:
        fetchNextOrder();
        return;
    case Stage::Done:
        emitPending(true);
        finish(std::nullopt);
        return;
    }
}

void HepsiburadaClient::onListPage(const net::HttpResponse &page)
{
    const QJsonArray items = page.json.isArray() ? page.json.array() : page.json.object().value(u"items").toArray();
    if (!page.json.isArray() && !page.json.object().value(u"items").isArray()) {
        m_pageFailure = NetFailure::make(
            NetError::Malformed, QStringLiteral("Hepsiburada list page without an items array"), page.status);
        if (m_paginator)
            m_paginator->cancel();
        return;
    }
    const auto inWindow = [this](qint64 ms) { return ms == 0 || ms >= m_from; };
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        switch (m_stage) {
        case Stage::Open: {
            const QString id = item.value(u"id").toString();
            if (!id.isEmpty())
                m_states.lines.insert(id, HepsiburadaList::Open);
            touch(item.value(u"orderNumber").toString());
            break;
        }
        case Stage::PaymentAwaiting: {
            m_states.lines.insert(item.value(u"Id").toString(), HepsiburadaList::PaymentAwaiting);
            if (inWindow(itemTime(item, u"OrderDate")))
                touch(item.value(u"OrderNumber").toString());
            break;
        }
        case Stage::Packed: {
            const QString number = item.value(u"packageNumber").toString();
            if (!number.isEmpty())
                m_states.packages.insert(number, PackageState{ HepsiburadaList::Packed, item, 0 });
            for (const QJsonValue &line : item.value(u"items").toArray())
                touch(line[u"orderNumber"].toString());
            break;
        }
        case Stage::Shipped:
        case Stage::Delivered:
        case Stage::Undelivered: {
            const HepsiburadaList list = m_stage == Stage::Shipped ? HepsiburadaList::Shipped
                : m_stage == Stage::Delivered                      ? HepsiburadaList::Delivered
                                                                   : HepsiburadaList::Undelivered;
            const qint64 at = itemTime(item,
                list == HepsiburadaList::Shipped         ? u"ShippedDate"
                    : list == HepsiburadaList::Delivered ? u"DeliveredDate"
                                                         : u"UndeliveredDate");
            m_states.packages.insert(item.value(u"PackageNumber").toString(), PackageState{ list, {}, at });
            if (inWindow(at)) {
                touch(item.value(u"OrderNumber").toString());
                for (const QJsonValue &n : item.value(u"OrderNumbers").toArray())
                    touch(n.toString());
            }
            break;
        }
        case Stage::Cancelled: {
            const QString id = item.value(u"lineItemId").toString();
            const qint64 at = itemTime(item, u"cancelDate");
            m_states.lines.insert(id, HepsiburadaList::Cancelled);
            m_states.lineChangedMs.insert(id, at);
            if (inWindow(at))
                touch(item.value(u"orderNumber").toString());
            break;
        }
        case Stage::Orders:
        case Stage::Done:
            break;
        }
    }
}

void HepsiburadaClient::onListFinished(const net::PaginationSummary &summary)
{
    if (m_paginator)
        m_paginator->deleteLater();
    if (m_pageFailure) {
        finish(m_pageFailure);
        return;
    }
    if (summary.failure) {
        finish(summary.failure);
        return;
    }
    if (m_stage != Stage::Packed)
        m_stage = static_cast<Stage>(static_cast<int>(m_stage) + 1);
    runStage();
}

void HepsiburadaClient::fetchNextOrder()
{
    if (m_cancelled) {
        finish(NetFailure::make(NetError::Cancelled));
        return;
    }
    if (m_nextOrder >= m_touched.size()) {
        m_stage = Stage::Done;
        runStage();
        return;
    }
    const QString number = m_touched.at(m_nextOrder);
    net::HttpJob *job = m_api.createJob(get(u"orders/merchantid/%1/ordernumber/%2"_qs.arg(m_merchantId, number)));
    m_job = job;
    connect(job, &net::HttpJob::finished, this, [this, job, number](const Result<net::HttpResponse> &result) {
        m_job = nullptr;
        if (!result && job->failure().kind == NetError::NotFound) {
            // Named by a list but gone (or not yet visible) as an order: skip it, reported like an unreadable
            // record, rather than let one order block the connection's every sync.
            ++m_nextOrder;
            m_pending.errors.append(MappingError{ platform(), number, QStringLiteral("orderNumber"),
                QStringLiteral("order listed but not found (404)") });
            emitPending(false);
            if (m_fetching)
                fetchNextOrder();
            return;
        }
        if (!result) {
            finish(job->failure());
            return;
        }
        if (!result->json.isObject()) {
            finish(NetFailure::make(NetError::Malformed, QStringLiteral("Hepsiburada order is not an object")));
            return;
        }
        onOrder(result->json.object());
    });
    job->start();
}

void HepsiburadaClient::onOrder(const QJsonObject &order)
{
    // Tracking numbers and carriers of packages that left: read from the package itself, once.
    QStringList missing;
    for (const QJsonValue &line : order.value(u"items").toArray()) {
        const QString package = line[u"packageNumber"].toString();
        if (package.isEmpty() || missing.contains(package))
            continue;
        // Packages that left (no list object with tracking) and packages named in no list (delivered more than a
        // month ago, or after the lists were read) are read one by one.
        const auto known = m_states.packages.constFind(package);
        if (known == m_states.packages.constEnd() || known->json.isEmpty())
            missing.append(package);
    }
    fetchPackageInfo(missing, order);
}

void HepsiburadaClient::fetchPackageInfo(const QStringList &packages, const QJsonObject &order)
{
    if (m_cancelled) {
        finish(NetFailure::make(NetError::Cancelled));
        return;
    }
    if (packages.isEmpty()) {
        ++m_nextOrder;
        const auto mapped = HepsiburadaMapper::mapOrder(order, m_states);
        if (const auto *o = std::get_if<domain::Order>(&mapped)) {
            m_pending.orders.append(*o);
        } else {
            const MappingError &e = std::get<MappingError>(mapped);
            qCWarning(lcConnectors) << "hepsiburada: skipped order" << e.externalId << e.field << e.detail;
            m_pending.errors.append(e);
        }
        emitPending(false);
        if (m_fetching) // the slot may have cancelled
            fetchNextOrder();
        return;
    }
    const QString number = packages.first();
    net::HttpJob *job = m_api.createJob(get(u"packages/merchantid/%1/packagenumber/%2"_qs.arg(m_merchantId, number)));
    m_job = job;
    connect(job, &net::HttpJob::finished, this,
        [this, job, packages, order, number](const Result<net::HttpResponse> &result) {
            m_job = nullptr;
            if (!result && job->failure().kind == NetError::NotFound) {
                fetchPackageInfo(packages.mid(1), order); // no tracking for it; the order still maps
                return;
            }
            if (!result) {
                finish(job->failure());
                return;
            }
            if (!result->json.isObject()) {
                finish(NetFailure::make(NetError::Malformed, QStringLiteral("Hepsiburada package is not an object")));
                return;
            }
            const QJsonObject info = result->json.object();
            if (!m_states.packages.contains(number)) {
                // In no list: fall back on the package's own status word (undocumented, so only here).
                const QString status = info.value(u"status").toString().toLower();
                HepsiburadaList list = HepsiburadaList::Packed;
                if (status.contains(u"undeliver"))
                    list = HepsiburadaList::Undelivered;
                else if (status.contains(u"deliver"))
                    list = HepsiburadaList::Delivered;
                else if (status.contains(u"transit") || status.contains(u"ship"))
                    list = HepsiburadaList::Shipped;
                m_states.packages.insert(number, PackageState{ list, {}, 0 });
            }
            m_states.packages[number].json = info;
            fetchPackageInfo(packages.mid(1), order);
        });
    job->start();
}

void HepsiburadaClient::emitPending(bool force)
{
    const qsizetype size = m_pending.orders.size() + m_pending.errors.size();
    if (size == 0 || (!force && size < kOrdersPerPage))
        return;
    OrderPage page = std::move(m_pending);
    m_pending = {};
    page.index = m_summary.pages;
    ++m_summary.pages;
    m_summary.orders += int(page.orders.size());
    m_summary.mappingErrors += int(page.errors.size());
    Q_EMIT pageReady(page);
    Q_EMIT progress(m_summary.pages);
}

void HepsiburadaClient::finish(std::optional<NetFailure> failure)
{
    if (!m_fetching)
        return;
    m_fetching = false;
    m_stage = Stage::Done;
    m_summary.failure = std::move(failure);
    if (m_summary.failure)
        qCWarning(lcConnectors) << "hepsiburada: fetch stopped:" << m_summary.failure->logLine();
    Q_EMIT finished(m_summary);
}

} // namespace sd::connectors::hepsiburada
