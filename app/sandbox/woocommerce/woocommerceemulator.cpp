#include "woocommerceemulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>

namespace sd::sandbox {

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;

const QStringList &orderStatuses()
{
    static const QStringList l = { u"pending"_qs, u"processing"_qs, u"on-hold"_qs, u"completed"_qs, u"cancelled"_qs,
        u"refunded"_qs, u"failed"_qs, u"trash"_qs };
    return l;
}

QString statusLabel(const QString &status)
{
    static const QHash<QString, QString> labels = { { u"pending"_qs, u"Ödeme bekleniyor"_qs },
        { u"processing"_qs, u"Hazırlanıyor"_qs }, { u"on-hold"_qs, u"Beklemede"_qs },
        { u"completed"_qs, u"Tamamlandı"_qs }, { u"cancelled"_qs, u"İptal edildi"_qs },
        { u"refunded"_qs, u"İade edildi"_qs }, { u"failed"_qs, u"Başarısız"_qs }, { u"trash"_qs, u"Çöp"_qs } };
    return labels.value(status, status);
}

// Splits a VAT-inclusive amount into net and tax, in kuruş.
QPair<qint64, qint64> netAndTax(qint64 grossKurus, int vatRate)
{
    const qint64 net = qRound64(static_cast<double>(grossKurus) * 100.0 / (100.0 + vatRate));
    return { net, grossKurus - net };
}

QString money2(qint64 kurus)
{
    return QString::number(static_cast<double>(kurus) / 100.0, 'f', 2);
}

} // namespace

WooCommerceEmulator::WooCommerceEmulator(const Clock *clock)
    : PlatformEmulator(clock)
{
    m_rateRule = { 0, 1000 }; // WooCommerce itself has no rate limit
}

WooCommerceEmulator::~WooCommerceEmulator() = default;

QJsonObject WooCommerceEmulator::credentials() const
{
    return { { u"consumerKey"_qs, ConsumerKey }, { u"consumerSecret"_qs, ConsumerSecret },
        { u"readOnlyConsumerKey"_qs, ReadOnlyKey }, { u"readOnlyConsumerSecret"_qs, ReadOnlySecret } };
}

HttpResponse WooCommerceEmulator::error(
    int status, const QString &code, const QString &message, const QJsonObject &extraData)
{
    QJsonObject data = extraData;
    data.insert(u"status"_qs, status);
    return HttpResponse::json(
        status, QJsonObject{ { u"code"_qs, code }, { u"message"_qs, message }, { u"data"_qs, data } });
}

HttpResponse WooCommerceEmulator::invalidParam(const QString &param, const QString &why)
{
    return error(400, u"rest_invalid_param"_qs, u"Invalid parameter(s): %1"_qs.arg(param),
        QJsonObject{ { u"params"_qs, QJsonObject{ { param, why } } } });
}

HttpResponse WooCommerceEmulator::errorResponse(int status) const
{
    if (status >= 500)
        return error(
            status, u"internal_server_error"_qs, u"<p>There has been a critical error on this website.</p>"_qs);
    return error(status, u"rest_sandbox_injected"_qs, u"Injected error."_qs);
}

HttpResponse WooCommerceEmulator::rateLimitedResponse(int retryAfterSeconds) const
{
    HttpResponse r = error(429, u"rest_too_many_requests"_qs, u"Too many requests."_qs);
    if (retryAfterSeconds >= 0)
        r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

QString WooCommerceEmulator::local(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(3 * 3600)).toString(u"yyyy-MM-ddTHH:mm:ss"_qs);
}

QString WooCommerceEmulator::gmt(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_qs);
}

namespace {

// The product images WordPress serves from its uploads folder: one small PNG for every product here.
QByteArray productImage()
{
    static const char bytes[] = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x08\x00\x00\x00\x08\x08\x02\x00\x00\x00\x4b\x6d\x29\xdc\x00\x00\x00\x7a\x49\x44\x41\x54\x78\x9c\x0d\xc9\x21\x01\x40\x31\x08\x45\xd1\x1f\x87\x10\x84\x58\x88\x85\x40\xa3\xd1\xd3\x68\xf4\xd3\x8b\x73\x73\xfc\x1d\x7b\x3e\xc2\x48\xa3\x8c\x63\xb4\x31\x86\x8c\x6b\x1f\xe1\xa4\x53\xce\x71\xda\x19\x47\xce\xf5\x17\x8b\x5c\xd4\xe2\x2c\x7a\x31\x0b\x2d\xee\x7a\xb1\xc9\x4d\x6d\xce\xa6\x37\xb3\xd1\xe6\xee\x17\x41\x06\x15\x9c\xa0\x83\x09\x14\xdc\x78\x51\x64\x51\xc5\x29\xba\x98\x42\xc5\xad\x17\x4d\x36\xd5\x9c\xa6\x9b\x69\xd4\xdc\x7e\x21\x52\x94\x38\xa2\xc5\x08\x89\xab\x1f\xc0\xcb\x7b\xc1\xfe\x31\x04\x50\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
    return QByteArray(bytes, sizeof(bytes) - 1);
}

} // namespace

HttpResponse WooCommerceEmulator::handle(const HttpRequest &request)
{
    // Media are plain files of the web server: no REST auth, no rate limit.
    if (request.path.startsWith(u"/wp-content/uploads/") && request.method == "GET") {
        if (!request.path.endsWith(u".png"))
            return HttpResponse::text(404, "Not Found");
        HttpResponse r = HttpResponse::empty(200, "image/png");
        r.body = productImage();
        return r;
    }
    HttpResponse r = handleApi(request);
    // Line item images are stored host-relative; the shop answers with absolute URLs on its own host.
    const QByteArray host = request.header("Host");
    if (!host.isEmpty() && r.body.contains("\"src\":\"/wp-content/")) {
        const QByteArray base = "\"src\":\"http://" + host + request.mountPrefix.toUtf8() + "/wp-content/";
        r.body.replace("\"src\":\"/wp-content/", base);
    }
    return r;
}

HttpResponse WooCommerceEmulator::handleApi(const HttpRequest &request)
{
    QStringList a;
    const QByteArray &m = request.method;
    const QString &p = request.path;
    const bool isWrite = m != "GET";

    // Route first: an unknown route is a 404 whatever the credentials.
    enum class Route { List, Batch, One, Notes, Note, Trackings, Providers } route;
    if (matchPath(p, u"/wp-json/wc/v3/orders") && m == "GET") {
        route = Route::List;
    } else if (matchPath(p, u"/wp-json/wc/v3/orders/batch") && (m == "POST" || m == "PUT" || m == "PATCH")) {
        route = Route::Batch;
    } else if (matchPath(p, u"/wp-json/wc/v3/orders/{}", &a)
        && (m == "GET" || m == "PUT" || m == "POST" || m == "PATCH" || m == "DELETE")) {
        route = Route::One;
    } else if (matchPath(p, u"/wp-json/wc/v3/orders/{}/notes", &a) && (m == "GET" || m == "POST")) {
        route = Route::Notes;
    } else if (matchPath(p, u"/wp-json/wc/v3/orders/{}/notes/{}", &a) && (m == "GET" || m == "DELETE")) {
        route = Route::Note;
    } else if (matchPath(p, u"/wp-json/wc-shipment-tracking/v3/orders/{}/shipment-trackings", &a)
        && (m == "GET" || m == "POST")) {
        route = Route::Trackings;
    } else if (matchPath(p, u"/wp-json/wc-shipment-tracking/v3/shipment-trackings/providers") && m == "GET") {
        route = Route::Providers;
    } else {
        return error(404, u"rest_no_route"_qs, u"No route was found matching the URL and request method."_qs);
    }

    // Basic auth, or the keys as query parameters when a host strips the Authorization header.
    QString key;
    QString secret;
    if (const auto basic = basicCredentials(request)) {
        key = basic->first;
        secret = basic->second;
    } else if (request.hasQuery(u"consumer_key"_qs)) {
        key = request.queryValue(u"consumer_key"_qs);
        secret = request.queryValue(u"consumer_secret"_qs);
    }
    if (key.isEmpty()) {
        return isWrite
            ? error(401, u"woocommerce_rest_cannot_edit"_qs, u"Sorry, you are not allowed to edit this resource."_qs)
            : error(401, u"woocommerce_rest_cannot_view"_qs, u"Sorry, you cannot list resources."_qs);
    }
    const bool full = key == ConsumerKey;
    const bool readOnly = key == ReadOnlyKey;
    if (!full && !readOnly)
        return error(401, u"woocommerce_rest_authentication_error"_qs, u"Consumer key is invalid."_qs);
    if ((full && secret != ConsumerSecret) || (readOnly && secret != ReadOnlySecret))
        return error(401, u"woocommerce_rest_authentication_error"_qs, u"Consumer secret is invalid."_qs);
    if (readOnly && isWrite)
        return error(401, u"woocommerce_rest_authentication_error"_qs,
            u"The API key provided does not have write permissions."_qs);
    if (!countRequest(key, QString::fromLatin1(m) + u' ' + QString::number(static_cast<int>(route))).allowed)
        return rateLimitedResponse(-1);

    std::optional<QJsonObject> body;
    if (isWrite && m != "DELETE" && !request.body.trimmed().isEmpty()) {
        body = parseObject(request.body);
        if (!body)
            return error(400, u"rest_invalid_json"_qs, u"Invalid JSON body passed."_qs);
    }
    if (!body)
        body = QJsonObject{};

    switch (route) {
    case Route::List:
        return listOrders(request);
    case Route::Batch:
        return batch(*body);
    case Route::Providers: {
        QJsonObject turkey;
        for (const auto &c : turkey::cargoCompanies())
            turkey.insert(c.displayName, c.trackingUrl.arg(u"%1$s"_qs));
        return HttpResponse::json(200, QJsonObject{ { u"Turkey"_qs, turkey } });
    }
    default:
        break;
    }
    Order *order = findOrder(a.at(0));
    if (!order)
        return error(404, u"woocommerce_rest_shop_order_invalid_id"_qs, u"Invalid ID."_qs);
    if (route == Route::Notes || route == Route::Note)
        return notes(request, *order, route == Route::Note ? a.at(1) : QString());
    if (route == Route::Trackings)
        return trackings(request, *order);
    if (m == "GET")
        return HttpResponse::json(200, order->json);
    if (m == "DELETE") {
        const bool force = request.queryValue(u"force"_qs) == u"true" || request.queryValue(u"force"_qs) == u"1";
        QJsonObject before = order->json;
        if (force) {
            m_orders.removeIf([id = order->id](const Order &o) { return o.id == id; });
            touch();
            return HttpResponse::json(200, before);
        }
        setStatus(*order, u"trash"_qs);
        return HttpResponse::json(200, order->json);
    }
    return updateOrder(*order, *body);
}

HttpResponse WooCommerceEmulator::listOrders(const HttpRequest &request)
{
    auto intParam = [&](const QString &key, int fallback, int min, int max, int *out) -> bool {
        *out = fallback;
        if (!request.hasQuery(key))
            return true;
        bool ok = false;
        *out = request.queryValue(key).toInt(&ok);
        return ok && *out >= min && *out <= max;
    };
    int page = 1;
    int perPage = 10;
    int offset = -1;
    if (!intParam(u"page"_qs, 1, 1, std::numeric_limits<int>::max(), &page))
        return invalidParam(u"page"_qs, u"page must be greater than or equal to 1"_qs);
    if (!intParam(u"per_page"_qs, 10, 1, 100, &perPage))
        return invalidParam(u"per_page"_qs, u"per_page must be between 1 (inclusive) and 100 (inclusive)"_qs);
    if (request.hasQuery(u"offset"_qs) && !intParam(u"offset"_qs, 0, 0, std::numeric_limits<int>::max(), &offset))
        return invalidParam(u"offset"_qs, u"offset is not of type integer."_qs);
    const bool datesAreGmt
        = request.queryValue(u"dates_are_gmt"_qs) == u"true" || request.queryValue(u"dates_are_gmt"_qs) == u"1";
    auto dateParam = [&](const QString &key, std::optional<qint64> *out) -> bool {
        if (!request.hasQuery(key))
            return true;
        QDateTime dt = QDateTime::fromString(request.queryValue(key), Qt::ISODate);
        if (!dt.isValid())
            return false;
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeZone(datesAreGmt ? QTimeZone::utc() : QTimeZone(3 * 3600));
        *out = dt.toMSecsSinceEpoch();
        return true;
    };
    std::optional<qint64> after, before, modifiedAfter, modifiedBefore;
    for (const auto &[key, target] :
        { QPair<QString, std::optional<qint64> *>{ u"after"_qs, &after }, { u"before"_qs, &before },
            { u"modified_after"_qs, &modifiedAfter }, { u"modified_before"_qs, &modifiedBefore } }) {
        if (!dateParam(key, target))
            return invalidParam(key, u"Invalid date."_qs);
    }
    // status: comma list or status[]=…; "any" = everything but trash.
    QStringList wanted;
    for (const QString &key : { u"status"_qs, u"status[]"_qs }) {
        for (const QString &value : request.query.allQueryItemValues(key, QUrl::FullyDecoded))
            wanted += value.split(u',', Qt::SkipEmptyParts);
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (wanted.at(i) != u"any" && !orderStatuses().contains(wanted.at(i)))
            return invalidParam(
                u"status"_qs, u"status[%1] is not one of any, %2."_qs.arg(i).arg(orderStatuses().join(u", "_qs)));
    }
    const bool any = wanted.isEmpty() || wanted.contains(u"any"_qs);
    auto idList = [&](const QString &key) {
        QSet<int> ids;
        for (const QString &k : { key, QString(key + u"[]"_qs) }) {
            for (const QString &value : request.query.allQueryItemValues(k, QUrl::FullyDecoded)) {
                for (const QString &piece : value.split(u',', Qt::SkipEmptyParts))
                    ids.insert(piece.trimmed().toInt());
            }
        }
        return ids;
    };
    const QSet<int> include = idList(u"include"_qs);
    const QSet<int> exclude = idList(u"exclude"_qs);
    int customer = -1;
    if (request.hasQuery(u"customer"_qs) && !intParam(u"customer"_qs, 0, 0, std::numeric_limits<int>::max(), &customer))
        return invalidParam(u"customer"_qs, u"customer is not of type integer."_qs);
    const QString order = request.queryValue(u"order"_qs).isEmpty() ? u"desc"_qs : request.queryValue(u"order"_qs);
    if (order != u"asc" && order != u"desc")
        return invalidParam(u"order"_qs, u"order is not one of asc, desc."_qs);
    const QString orderBy
        = request.queryValue(u"orderby"_qs).isEmpty() ? u"date"_qs : request.queryValue(u"orderby"_qs);
    static const QStringList orderBys
        = { u"date"_qs, u"id"_qs, u"include"_qs, u"title"_qs, u"slug"_qs, u"modified"_qs };
    if (!orderBys.contains(orderBy))
        return invalidParam(u"orderby"_qs, u"orderby is not one of %1."_qs.arg(orderBys.join(u", "_qs)));
    const QString search = request.queryValue(u"search"_qs).toLower();

    QList<const Order *> hits;
    for (const Order &o : m_orders) {
        if (any ? o.status == u"trash" : !wanted.contains(o.status))
            continue;
        if ((after && o.createdMs <= *after) || (before && o.createdMs >= *before))
            continue;
        if ((modifiedAfter && o.modifiedMs <= *modifiedAfter) || (modifiedBefore && o.modifiedMs >= *modifiedBefore))
            continue;
        if ((!include.isEmpty() && !include.contains(o.id)) || exclude.contains(o.id))
            continue;
        if (customer >= 0 && o.json[u"customer_id"].toInt() != customer)
            continue;
        if (!search.isEmpty()) {
            const QJsonObject b = o.json[u"billing"].toObject();
            QString hay = o.json[u"number"].toString() + u' ' + b[u"first_name"].toString() + u' '
                + b[u"last_name"].toString() + u' ' + b[u"email"].toString() + u' ' + b[u"phone"].toString();
            for (const QJsonValue &item : o.json[u"line_items"].toArray())
                hay += u' ' + item[u"name"].toString() + u' ' + item[u"sku"].toString();
            if (!hay.toLower().contains(search))
                continue;
        }
        hits.append(&o);
    }
    const bool asc = order == u"asc";
    std::sort(hits.begin(), hits.end(), [&](const Order *x, const Order *y) {
        qint64 kx = x->id;
        qint64 ky = y->id;
        if (orderBy == u"date") {
            kx = x->createdMs;
            ky = y->createdMs;
        } else if (orderBy == u"modified") {
            kx = x->modifiedMs;
            ky = y->modifiedMs;
        }
        if (kx != ky)
            return asc ? kx < ky : kx > ky;
        return asc ? x->id < y->id : x->id > y->id;
    });
    const int total = static_cast<int>(hits.size());
    const int totalPages = static_cast<int>(pagesFor(total, perPage));
    const int first = offset >= 0 ? offset : (page - 1) * perPage;
    QJsonArray items;
    for (int i = first; i < qMin(total, first + perPage); ++i)
        items.append(hits.at(i)->json);
    HttpResponse r = HttpResponse::json(200, items);
    r.setHeader("X-WP-Total", QByteArray::number(total));
    r.setHeader("X-WP-TotalPages", QByteArray::number(totalPages));

    // Link: absolute URLs of the neighbouring pages, the rest of the query kept as sent.
    const QByteArray host = request.header("Host").isEmpty() ? QByteArray("127.0.0.1") : request.header("Host");
    auto pageUrl = [&](int n) {
        QUrl url;
        url.setScheme(u"http"_qs);
        url.setAuthority(QString::fromLatin1(host));
        url.setPath(request.mountPrefix + request.path);
        QUrlQuery q = request.query;
        q.removeAllQueryItems(u"page"_qs);
        q.removeAllQueryItems(u"consumer_key"_qs);
        q.removeAllQueryItems(u"consumer_secret"_qs);
        q.addQueryItem(u"page"_qs, QString::number(n));
        url.setQuery(q);
        return url.toEncoded();
    };
    QList<QByteArray> links;
    if (page > 1 && totalPages > 0)
        links << "<" + pageUrl(qMin(page - 1, totalPages)) + ">; rel=\"prev\"";
    if (page < totalPages)
        links << "<" + pageUrl(page + 1) + ">; rel=\"next\"";
    if (totalPages > 0) {
        links << "<" + pageUrl(1) + ">; rel=\"first\"";
        links << "<" + pageUrl(totalPages) + ">; rel=\"last\"";
    }
    if (!links.isEmpty())
        r.setHeader("Link", links.join(", "));
    return r;
}

std::optional<HttpResponse> WooCommerceEmulator::validateUpdate(const QJsonObject &body) const
{
    if (body.contains(u"status")) {
        if (!body[u"status"].isString())
            return invalidParam(u"status"_qs, u"status is not of type string."_qs);
        if (!orderStatuses().contains(body[u"status"].toString()))
            return invalidParam(u"status"_qs, u"status is not one of %1."_qs.arg(orderStatuses().join(u", "_qs)));
    }
    for (const QString &key : { u"billing"_qs, u"shipping"_qs }) {
        if (body.contains(key) && !body[key].isObject())
            return invalidParam(key, u"%1 is not of type object."_qs.arg(key));
        const QJsonObject fields = body[key].toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!it.value().isString())
                return invalidParam(key, u"%1[%2] is not of type string."_qs.arg(key, it.key()));
        }
    }
    if (body.contains(u"customer_note") && !body[u"customer_note"].isString())
        return invalidParam(u"customer_note"_qs, u"customer_note is not of type string."_qs);
    if (body.contains(u"set_paid") && !body[u"set_paid"].isBool())
        return invalidParam(u"set_paid"_qs, u"set_paid is not of type boolean."_qs);
    if (body.contains(u"transaction_id") && !body[u"transaction_id"].isString())
        return invalidParam(u"transaction_id"_qs, u"transaction_id is not of type string."_qs);
    if (body.contains(u"meta_data")) {
        if (!body[u"meta_data"].isArray())
            return invalidParam(u"meta_data"_qs, u"meta_data is not of type array."_qs);
        for (const QJsonValue &m : body[u"meta_data"].toArray()) {
            if (!m.isObject() || !m[u"key"].isString())
                return invalidParam(u"meta_data"_qs, u"meta_data[0][key] is not of type string."_qs);
        }
    }
    return std::nullopt;
}

void WooCommerceEmulator::applyUpdate(Order &order, const QJsonObject &body)
{
    for (const QString &key : { u"billing"_qs, u"shipping"_qs }) {
        if (!body.contains(key))
            continue;
        QJsonObject merged = order.json[key].toObject();
        const QJsonObject changes = body[key].toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            merged.insert(it.key(), it.value());
        order.json.insert(key, merged);
    }
    if (body.contains(u"customer_note"))
        order.json.insert(u"customer_note"_qs, body[u"customer_note"].toString());
    if (body.contains(u"transaction_id"))
        order.json.insert(u"transaction_id"_qs, body[u"transaction_id"].toString());
    if (body.contains(u"meta_data")) {
        QJsonArray meta = order.json[u"meta_data"].toArray();
        for (const QJsonValue &m : body[u"meta_data"].toArray()) {
            bool replaced = false;
            for (qsizetype i = 0; i < meta.size(); ++i) {
                if (meta.at(i)[u"key"] == m[u"key"]) {
                    QJsonObject existing = meta.at(i).toObject();
                    existing.insert(u"value"_qs, m[u"value"]);
                    meta[i] = existing;
                    replaced = true;
                }
            }
            if (!replaced)
                meta.append(QJsonObject{
                    { u"id"_qs, m_nextItemId++ }, { u"key"_qs, m[u"key"] }, { u"value"_qs, m[u"value"] } });
        }
        order.json.insert(u"meta_data"_qs, meta);
    }
    if (body[u"set_paid"].toBool() && order.json[u"date_paid"].isNull()) {
        order.json.insert(u"date_paid"_qs, local(now()));
        order.json.insert(u"date_paid_gmt"_qs, gmt(now()));
        if (!body.contains(u"status") && (order.status == u"pending" || order.status == u"on-hold"))
            setStatus(order, u"processing"_qs);
    }
    if (body.contains(u"status") && body[u"status"].toString() != order.status)
        setStatus(order, body[u"status"].toString());
    touchOrder(order);
}

HttpResponse WooCommerceEmulator::updateOrder(Order &order, const QJsonObject &body)
{
    if (auto bad = validateUpdate(body))
        return *bad;
    applyUpdate(order, body);
    return HttpResponse::json(200, order.json);
}

HttpResponse WooCommerceEmulator::batch(const QJsonObject &body)
{
    const QJsonArray create = body[u"create"].toArray();
    const QJsonArray update = body[u"update"].toArray();
    const QJsonArray remove = body[u"delete"].toArray();
    if (create.size() + update.size() + remove.size() > 100)
        return error(413, u"woocommerce_rest_request_entity_too_large"_qs,
            u"Unable to accept more than 100 items for this request."_qs);
    QJsonObject result;
    if (!create.isEmpty()) {
        QJsonArray created;
        for (qsizetype i = 0; i < create.size(); ++i)
            created.append(QJsonObject{ { u"id"_qs, 0 },
                { u"error"_qs,
                    QJsonObject{ { u"code"_qs, u"woocommerce_rest_sandbox_unsupported"_qs },
                        { u"message"_qs, u"The sandbox does not create orders."_qs },
                        { u"data"_qs, QJsonObject{ { u"status"_qs, 400 } } } } } });
        result.insert(u"create"_qs, created);
    }
    if (!update.isEmpty()) {
        QJsonArray updated;
        for (const QJsonValue &u : update) {
            Order *order = findOrder(QString::number(u[u"id"].toInt()));
            if (!order) {
                updated.append(QJsonObject{ { u"id"_qs, u[u"id"].toInt() },
                    { u"error"_qs,
                        QJsonObject{ { u"code"_qs, u"woocommerce_rest_shop_order_invalid_id"_qs },
                            { u"message"_qs, u"Invalid ID."_qs },
                            { u"data"_qs, QJsonObject{ { u"status"_qs, 400 } } } } } });
                continue;
            }
            if (auto bad = validateUpdate(u.toObject())) {
                const QJsonObject err = QJsonDocument::fromJson(bad->body).object();
                updated.append(QJsonObject{ { u"id"_qs, order->id }, { u"error"_qs, err } });
                continue;
            }
            applyUpdate(*order, u.toObject());
            updated.append(order->json);
        }
        result.insert(u"update"_qs, updated);
    }
    if (!remove.isEmpty()) {
        QJsonArray removed;
        for (const QJsonValue &idValue : remove) {
            Order *order = findOrder(QString::number(idValue.toInt()));
            if (!order) {
                removed.append(QJsonObject{ { u"id"_qs, idValue.toInt() },
                    { u"error"_qs,
                        QJsonObject{ { u"code"_qs, u"woocommerce_rest_shop_order_invalid_id"_qs },
                            { u"message"_qs, u"Invalid ID."_qs },
                            { u"data"_qs, QJsonObject{ { u"status"_qs, 404 } } } } } });
                continue;
            }
            setStatus(*order, u"trash"_qs);
            removed.append(order->json);
        }
        result.insert(u"delete"_qs, removed);
    }
    return HttpResponse::json(200, result);
}

HttpResponse WooCommerceEmulator::notes(const HttpRequest &request, Order &order, const QString &noteId)
{
    if (!noteId.isEmpty()) {
        for (qsizetype i = 0; i < order.notes.size(); ++i) {
            if (QString::number(order.notes.at(i)[u"id"].toInt()) != noteId)
                continue;
            const QJsonObject note = order.notes.at(i);
            if (request.method == "DELETE") {
                if (request.queryValue(u"force"_qs) != u"true")
                    return error(
                        501, u"woocommerce_rest_trash_not_supported"_qs, u"Webhooks do not support trashing."_qs);
                order.notes.removeAt(i);
                touch();
            }
            return HttpResponse::json(200, note);
        }
        return error(404, u"woocommerce_rest_invalid_id"_qs, u"Invalid resource ID."_qs);
    }
    if (request.method == "GET") {
        const QString type = request.queryValue(u"type"_qs).isEmpty() ? u"any"_qs : request.queryValue(u"type"_qs);
        if (type != u"any" && type != u"customer" && type != u"internal")
            return invalidParam(u"type"_qs, u"type is not one of any, customer, internal."_qs);
        QJsonArray list;
        for (auto it = order.notes.crbegin(); it != order.notes.crend(); ++it) {
            const bool customer = (*it)[u"customer_note"].toBool();
            if (type == u"any" || (type == u"customer") == customer)
                list.append(*it);
        }
        return HttpResponse::json(200, list);
    }
    const auto body = parseObject(request.body);
    if (!body)
        return error(400, u"rest_invalid_json"_qs, u"Invalid JSON body passed."_qs);
    if (!body->contains(u"note"))
        return error(400, u"rest_missing_callback_param"_qs, u"Missing parameter(s): note"_qs,
            QJsonObject{ { u"params"_qs, QJsonArray{ u"note"_qs } } });
    if (!body->value(u"note").isString() || body->value(u"note").toString().trimmed().isEmpty())
        return invalidParam(u"note"_qs, u"note is not of type string."_qs);
    if (body->contains(u"customer_note") && !body->value(u"customer_note").isBool())
        return invalidParam(u"customer_note"_qs, u"customer_note is not of type boolean."_qs);
    const QJsonObject note
        = addNote(order, body->value(u"note").toString(), body->value(u"customer_note").toBool(), u"SellerDesk API"_qs);
    touchOrder(order);
    return HttpResponse::json(201, note);
}

HttpResponse WooCommerceEmulator::trackings(const HttpRequest &request, Order &order)
{
    const QString key = u"_wc_shipment_tracking_items"_qs;
    QJsonArray meta = order.json[u"meta_data"].toArray();
    qsizetype index = -1;
    for (qsizetype i = 0; i < meta.size(); ++i) {
        if (meta.at(i)[u"key"].toString() == key)
            index = i;
    }
    QJsonArray items = index >= 0 ? meta.at(index)[u"value"].toArray() : QJsonArray{};
    if (request.method == "GET")
        return HttpResponse::json(200, items);
    const auto body = parseObject(request.body);
    if (!body)
        return error(400, u"rest_invalid_json"_qs, u"Invalid JSON body passed."_qs);
    const QString number = body->value(u"tracking_number").toString();
    if (number.trimmed().isEmpty())
        return error(400, u"rest_missing_callback_param"_qs, u"Missing parameter(s): tracking_number"_qs,
            QJsonObject{ { u"params"_qs, QJsonArray{ u"tracking_number"_qs } } });
    QString provider = body->value(u"tracking_provider").toString();
    QString link;
    if (provider.isEmpty()) {
        provider = body->value(u"custom_tracking_provider").toString();
        link = body->value(u"custom_tracking_link").toString().replace(u"%1$s"_qs, number);
    } else {
        for (const auto &c : turkey::cargoCompanies()) {
            if (c.displayName.compare(provider, Qt::CaseInsensitive) == 0 || c.key == provider)
                link = c.trackingUrl.arg(number);
        }
    }
    QString shipped = body->value(u"date_shipped").toString();
    if (shipped.isEmpty())
        shipped = local(now()).left(10);
    const QJsonObject item{ { u"tracking_id"_qs, QString::number(m_generator->random().next() % 0xffffffffULL, 16) },
        { u"tracking_provider"_qs, provider }, { u"tracking_link"_qs, link }, { u"tracking_number"_qs, number },
        { u"date_shipped"_qs, shipped } };
    items.append(item);
    if (index >= 0) {
        QJsonObject entry = meta.at(index).toObject();
        entry.insert(u"value"_qs, items);
        meta[index] = entry;
    } else {
        meta.append(QJsonObject{ { u"id"_qs, m_nextItemId++ }, { u"key"_qs, key }, { u"value"_qs, items } });
    }
    order.json.insert(u"meta_data"_qs, meta);
    touchOrder(order);
    return HttpResponse::json(201, item);
}

WooCommerceEmulator::Order *WooCommerceEmulator::findOrder(const QString &id)
{
    bool ok = false;
    const int wanted = id.toInt(&ok);
    if (!ok)
        return nullptr;
    for (Order &o : m_orders) {
        if (o.id == wanted)
            return &o;
    }
    return nullptr;
}

QJsonObject &WooCommerceEmulator::addNote(Order &order, const QString &text, bool customerNote, const QString &author)
{
    order.notes.append(QJsonObject{ { u"id"_qs, m_nextNoteId++ }, { u"author"_qs, author },
        { u"date_created"_qs, local(now()) }, { u"date_created_gmt"_qs, gmt(now()) }, { u"note"_qs, text },
        { u"customer_note"_qs, customerNote }, { u"added_by_user"_qs, author != u"system" } });
    touch();
    return order.notes.last();
}

void WooCommerceEmulator::setStatus(Order &order, const QString &status)
{
    const QString from = order.status;
    order.json.insert(u"status"_qs, status);
    if (status == u"completed" && order.json[u"date_completed"].isNull()) {
        order.json.insert(u"date_completed"_qs, local(now()));
        order.json.insert(u"date_completed_gmt"_qs, gmt(now()));
    }
    if ((status == u"processing" || status == u"completed") && order.json[u"date_paid"].isNull()) {
        order.json.insert(u"date_paid"_qs, local(now()));
        order.json.insert(u"date_paid_gmt"_qs, gmt(now()));
    }
    (void)addNote(order,
        u"Sipariş durumu %1 iken %2 olarak değiştirildi."_qs.arg(statusLabel(from), statusLabel(status)), false,
        u"system"_qs);
    touchOrder(order);
}

void WooCommerceEmulator::touchOrder(Order &order)
{
    order.json.insert(u"date_modified"_qs, local(now()));
    order.json.insert(u"date_modified_gmt"_qs, gmt(now()));
    refresh(order);
    touch();
}

void WooCommerceEmulator::refresh(Order &order)
{
    order.id = order.json[u"id"].toInt();
    order.status = order.json[u"status"].toString();
    auto parse = [](const QJsonValue &v) {
        QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
        dt.setTimeZone(QTimeZone::utc());
        return dt.toMSecsSinceEpoch();
    };
    order.createdMs = parse(order.json[u"date_created_gmt"]);
    order.modifiedMs = parse(order.json[u"date_modified_gmt"]);
}

void WooCommerceEmulator::addSeedOrder(const SeedOrder &o)
{
    using S = SeedStage;
    QString status;
    switch (o.stage) {
    case S::PaymentPending: {
        // Unpaid orders take turns: waiting for the card, waiting for a bank transfer, payment failed.
        static const QStringList unpaid = { u"pending"_qs, u"on-hold"_qs, u"failed"_qs };
        status = unpaid.at(m_unpaidCount++ % 3);
        break;
    }
    case S::New:
    case S::Picking:
    case S::Invoiced:
        status = u"processing"_qs;
        break;
    case S::Shipped:
    case S::AtCollectionPoint:
    case S::Delivered:
        status = u"completed"_qs;
        break;
    case S::Undelivered:
        status = u"on-hold"_qs;
        break;
    case S::Returned:
        status = u"refunded"_qs;
        break;
    case S::Cancelled:
        status = u"cancelled"_qs;
        break;
    }
    const bool bankTransfer = o.token % 4 == 0;
    QJsonArray items;
    qint64 total = 0;
    qint64 totalTax = 0;
    qint64 discount = 0;
    qint64 discountTax = 0;
    for (const SeedLine &l : o.lines) {
        const auto [subNet, subTax] = netAndTax(l.product.priceKurus * l.quantity, l.product.vatRate);
        const auto [net, tax] = netAndTax((l.product.priceKurus - l.unitDiscountKurus) * l.quantity, l.product.vatRate);
        total += net + tax;
        totalTax += tax;
        discount += subNet - net;
        discountTax += subTax - tax;
        QJsonArray meta;
        if (!l.product.color.isEmpty())
            meta.append(QJsonObject{
                { u"id"_qs, m_nextItemId++ }, { u"key"_qs, u"pa_renk"_qs }, { u"value"_qs, l.product.color } });
        if (!l.product.size.isEmpty())
            meta.append(QJsonObject{
                { u"id"_qs, m_nextItemId++ }, { u"key"_qs, u"pa_beden"_qs }, { u"value"_qs, l.product.size } });
        items.append(QJsonObject{ { u"id"_qs, m_nextItemId++ }, { u"name"_qs, l.product.title },
            { u"product_id"_qs, static_cast<int>(l.product.productCode % 100000) }, { u"variation_id"_qs, 0 },
            { u"quantity"_qs, l.quantity },
            { u"tax_class"_qs, l.product.vatRate == 20 ? QString() : u"kdv-%1"_qs.arg(l.product.vatRate) },
            { u"subtotal"_qs, money2(subNet) }, { u"subtotal_tax"_qs, money2(subTax) }, { u"total"_qs, money2(net) },
            { u"total_tax"_qs, money2(tax) },
            { u"taxes"_qs,
                QJsonArray{ QJsonObject{ { u"id"_qs, l.product.vatRate }, { u"total"_qs, money2(tax) },
                    { u"subtotal"_qs, money2(subTax) } } } },
            { u"meta_data"_qs, meta }, { u"sku"_qs, l.product.sku },
            // WooCommerce 7.x+: the product image (a product without one: id "" and src "").
            { u"image"_qs,
                l.product.productCode % 5 == 0
                    ? QJsonObject{ { u"id"_qs, QString() }, { u"src"_qs, QString() } }
                    : QJsonObject{ { u"id"_qs, static_cast<int>(l.product.productCode % 100000) + 90000 },
                        { u"src"_qs, u"/wp-content/uploads/2026/11/urun-%1.png"_qs.arg(l.product.productCode % 100000) } } },
            { u"price"_qs, static_cast<double>(net) / 100.0 / l.quantity }, { u"parent_name"_qs, QJsonValue::Null } });
    }
    const qint64 shipping = total >= 50000 ? 0 : 4990; // free cargo above 500 TL
    const auto [shipNet, shipTax] = netAndTax(shipping, 20);
    const SeedAddress &b = o.invoiceAddress;
    const SeedAddress &s = o.shippingAddress;
    const int id = m_nextOrderId++;
    const bool paid
        = status != u"pending" && status != u"failed" && !(status == u"on-hold" && o.stage == S::PaymentPending);
    const qint64 paidAt = o.createdMs + 60 * 1000;
    const bool completed = status == u"completed" || status == u"refunded";
    const qint64 completedAt = o.history.size() > 3 ? o.history.at(3).atMs : o.lastChangeMs();
    QJsonArray meta;
    if (o.stage >= S::Shipped && o.stage != S::Cancelled) {
        meta.append(QJsonObject{ { u"id"_qs, m_nextItemId++ }, { u"key"_qs, u"_wc_shipment_tracking_items"_qs },
            { u"value"_qs,
                QJsonArray{ QJsonObject{ { u"tracking_id"_qs, QString::number(o.token % 0xffffffffULL, 16) },
                    { u"tracking_provider"_qs, o.cargo.displayName },
                    { u"tracking_link"_qs, o.cargo.trackingUrl.arg(o.carrierTrackingNumber) },
                    { u"tracking_number"_qs, o.carrierTrackingNumber },
                    { u"date_shipped"_qs, local(completedAt).left(10) } } } } });
    }
    Order order;
    order.json = QJsonObject{ { u"id"_qs, id }, { u"parent_id"_qs, 0 }, { u"status"_qs, status },
        { u"currency"_qs, u"TRY"_qs }, { u"version"_qs, u"8.2.1"_qs }, { u"prices_include_tax"_qs, true },
        { u"date_created"_qs, local(o.createdMs) }, { u"date_created_gmt"_qs, gmt(o.createdMs) },
        { u"date_modified"_qs, local(o.lastChangeMs()) }, { u"date_modified_gmt"_qs, gmt(o.lastChangeMs()) },
        { u"discount_total"_qs, money2(discount) }, { u"discount_tax"_qs, money2(discountTax) },
        { u"shipping_total"_qs, money2(shipNet) }, { u"shipping_tax"_qs, money2(shipTax) },
        { u"cart_tax"_qs, money2(totalTax) }, { u"total"_qs, money2(total + shipping) },
        { u"total_tax"_qs, money2(totalTax + shipTax) },
        { u"customer_id"_qs, o.token % 3 == 0 ? 0 : static_cast<int>(o.customer.id % 5000) + 2 },
        { u"order_key"_qs, QString(u"wc_order_"_qs + QString::number(o.token, 36).left(13)) },
        { u"billing"_qs,
            QJsonObject{ { u"first_name"_qs, b.firstName }, { u"last_name"_qs, b.lastName },
                { u"company"_qs, o.customer.companyName },
                { u"address_1"_qs, QString(b.neighbourhood + u' ' + b.street) }, { u"address_2"_qs, QString() },
                { u"city"_qs, b.district }, { u"state"_qs, u"TR%1"_qs.arg(b.cityCode, 2, 10, QLatin1Char('0')) },
                { u"postcode"_qs, b.postalCode }, { u"country"_qs, u"TR"_qs },
                { u"email"_qs, QString(o.customer.emailLocalPart + u"@example.com"_qs) },
                { u"phone"_qs, QString(u"+90"_qs + b.phone) } } },
        { u"shipping"_qs,
            QJsonObject{ { u"first_name"_qs, s.firstName }, { u"last_name"_qs, s.lastName },
                { u"company"_qs, QString() }, { u"address_1"_qs, QString(s.neighbourhood + u' ' + s.street) },
                { u"address_2"_qs, QString() }, { u"city"_qs, s.district },
                { u"state"_qs, u"TR%1"_qs.arg(s.cityCode, 2, 10, QLatin1Char('0')) }, { u"postcode"_qs, s.postalCode },
                { u"country"_qs, u"TR"_qs }, { u"phone"_qs, QString(u"+90"_qs + s.phone) } } },
        { u"payment_method"_qs, bankTransfer ? u"bacs"_qs : u"iyzico"_qs },
        { u"payment_method_title"_qs, bankTransfer ? u"Havale / EFT"_qs : u"Kredi / Banka Kartı"_qs },
        { u"transaction_id"_qs, paid && !bankTransfer ? QString::number(o.token % 100000000) : QString() },
        { u"customer_ip_address"_qs,
            u"85.%1.%2.%3"_qs.arg(o.token % 250).arg((o.token >> 8) % 250).arg((o.token >> 16) % 250) },
        { u"customer_user_agent"_qs, u"Mozilla/5.0 (Linux; Android 14) Mobile"_qs },
        { u"created_via"_qs, u"checkout"_qs },
        { u"customer_note"_qs, o.token % 7 == 0 ? u"Lütfen zile basmayın, kapıya bırakın."_qs : QString() },
        { u"date_completed"_qs, completed ? QJsonValue(local(completedAt)) : QJsonValue(QJsonValue::Null) },
        { u"date_paid"_qs, paid ? QJsonValue(local(paidAt)) : QJsonValue(QJsonValue::Null) },
        { u"date_completed_gmt"_qs, completed ? QJsonValue(gmt(completedAt)) : QJsonValue(QJsonValue::Null) },
        { u"date_paid_gmt"_qs, paid ? QJsonValue(gmt(paidAt)) : QJsonValue(QJsonValue::Null) },
        { u"cart_hash"_qs, QString::number(o.token, 16) }, { u"number"_qs, QString::number(id) },
        { u"meta_data"_qs, meta }, { u"line_items"_qs, items }, { u"tax_lines"_qs, QJsonArray{} },
        { u"shipping_lines"_qs,
            QJsonArray{ QJsonObject{ { u"id"_qs, m_nextItemId++ },
                { u"method_title"_qs, shipping == 0 ? u"Ücretsiz Kargo"_qs : u"Sabit Ücret"_qs },
                { u"method_id"_qs, shipping == 0 ? u"free_shipping"_qs : u"flat_rate"_qs },
                { u"total"_qs, money2(shipNet) }, { u"total_tax"_qs, money2(shipTax) } } } },
        { u"fee_lines"_qs, QJsonArray{} }, { u"coupon_lines"_qs, QJsonArray{} },
        { u"refunds"_qs,
            status == u"refunded"
                ? QJsonArray{ QJsonObject{ { u"id"_qs, m_nextItemId++ }, { u"reason"_qs, u"Ürün iade edildi"_qs },
                    { u"total"_qs, QString(u"-"_qs + money2(total + shipping)) } } }
                : QJsonArray{} },
        { u"currency_symbol"_qs, u"₺"_qs } };
    refresh(order);
    m_orders.append(order);
    Order &stored = m_orders.last();
    setNowOverride(o.createdMs);
    (void)addNote(stored, u"Sipariş oluşturuldu."_qs, false, u"system"_qs);
    if (!meta.isEmpty()) {
        setNowOverride(completedAt);
        (void)addNote(stored,
            u"%1 ile kargoya verildi. Takip numarası: %2"_qs.arg(o.cargo.displayName, o.carrierTrackingNumber), true,
            u"system"_qs);
    }
    setNowOverride(0);
}

void WooCommerceEmulator::reseed(quint64 seed, qint64 referenceMs, int orderCount)
{
    m_generator = std::make_unique<SeedGenerator>(seed, u"woocommerce");
    m_orders.clear();
    m_nextOrderId = 1201;
    m_nextItemId = 501;
    m_nextNoteId = 9001;
    QList<SeedOrder> orders;
    m_unpaidCount = 0;
    for (int i = 0; i < orderCount; ++i) {
        // Every stage once, then two more unpaid orders so that pending, on-hold and failed all exist.
        std::optional<SeedStage> forced;
        if (i < SeedStageCount)
            forced = static_cast<SeedStage>(i);
        else if (i < SeedStageCount + 2)
            forced = SeedStage::PaymentPending;
        orders.append(m_generator->makeOrder(referenceMs, forced));
    }
    std::sort(
        orders.begin(), orders.end(), [](const SeedOrder &a, const SeedOrder &b) { return a.createdMs < b.createdMs; });
    for (const SeedOrder &o : orders)
        addSeedOrder(o);
    touch();
}

int WooCommerceEmulator::addNewOrders(int count)
{
    for (int i = 0; i < count; ++i)
        addSeedOrder(m_generator->makeNewOrder(now()));
    return count;
}

bool WooCommerceEmulator::carrierStep()
{
    // A shop has no carrier feed; its "carrier" is the shop owner marking a paid order as completed.
    for (Order &o : m_orders) {
        if (o.status == u"processing" && now() - o.createdMs > 60 * 60 * 1000) {
            setStatus(o, u"completed"_qs);
            return true;
        }
    }
    return false;
}

QJsonObject WooCommerceEmulator::state() const
{
    QJsonArray orders;
    QJsonObject notes;
    for (const Order &o : m_orders) {
        orders.append(o.json);
        QJsonArray list;
        for (const QJsonObject &n : o.notes)
            list.append(n);
        notes.insert(QString::number(o.id), list);
    }
    return { { u"platform"_qs, name() }, { u"orders"_qs, orders }, { u"notes"_qs, notes },
        { u"next"_qs,
            QJsonObject{ { u"orderId"_qs, m_nextOrderId }, { u"itemId"_qs, m_nextItemId },
                { u"noteId"_qs, m_nextNoteId }, { u"sequence"_qs, m_generator ? m_generator->nextSequence() : 1 } } } };
}

bool WooCommerceEmulator::loadState(const QJsonObject &state)
{
    if (state.value(u"platform").toString() != name() || !state.value(u"orders").isArray())
        return false;
    m_orders.clear();
    const QJsonObject notes = state.value(u"notes").toObject();
    for (const QJsonValue &v : state.value(u"orders").toArray()) {
        Order o;
        o.json = v.toObject();
        refresh(o);
        for (const QJsonValue &n : notes.value(QString::number(o.id)).toArray())
            o.notes.append(n.toObject());
        m_orders.append(o);
    }
    const QJsonObject next = state.value(u"next").toObject();
    m_nextOrderId = next[u"orderId"].toInt(m_nextOrderId);
    m_nextItemId = next[u"itemId"].toInt(m_nextItemId);
    m_nextNoteId = next[u"noteId"].toInt(m_nextNoteId);
    m_generator = std::make_unique<SeedGenerator>(static_cast<quint64>(m_nextOrderId), u"woocommerce");
    m_generator->setNextSequence(next[u"sequence"].toInt(1));
    touch();
    return true;
}

} // namespace sd::sandbox
