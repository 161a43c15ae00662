#include "hepsiburadaemulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace sd::sandbox {

namespace {

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;

QJsonObject moneyObject(qint64 kurus)
{
    return { { u"amount"_qs, static_cast<double>(kurus) / 100.0 }, { u"currency"_qs, u"TRY"_qs } };
}

qint64 kurusOf(const QJsonValue &money)
{
    return qRound64(money[u"amount"].toDouble() * 100);
}

QJsonObject hbAddress(const SeedAddress &a, const QString &id, const QString &email)
{
    return { { u"addressId"_qs, id }, { u"name"_qs, a.fullName() },
        { u"address"_qs, QString(a.neighbourhood + u' ' + a.street) }, { u"city"_qs, a.city },
        { u"town"_qs, a.district }, { u"district"_qs, a.neighbourhood }, { u"postalCode"_qs, a.postalCode },
        { u"countryCode"_qs, u"TR"_qs }, { u"email"_qs, email }, { u"phoneNumber"_qs, QString(u"0"_qs + a.phone) },
        { u"alternatePhoneNumber"_qs, QString() }, { u"directions"_qs, QString() } };
}

const turkey::CargoCompany *carrierByShortName(const QString &shortName)
{
    for (const auto &c : turkey::cargoCompanies()) {
        if (c.hepsiburadaShortName == shortName)
            return &c;
    }
    return nullptr;
}

QJsonObject carrierModel(const turkey::CargoCompany &c)
{
    return { { u"id"_qs, c.n11CompanyId }, { u"name"_qs, c.displayName }, { u"shortName"_qs, c.hepsiburadaShortName },
        { u"logoUrl"_qs, QString() }, { u"trackingUrl"_qs, c.trackingUrl.arg(QString()) } };
}

} // namespace

HepsiburadaEmulator::HepsiburadaEmulator(const Clock *clock)
    : PlatformEmulator(clock)
{
    m_rateRule = { 1000, 1000 }; // "1k within 1 second" on the order-integration services
}

HepsiburadaEmulator::~HepsiburadaEmulator() = default;

QJsonObject HepsiburadaEmulator::credentials() const
{
    return { { u"merchantId"_qs, MerchantId }, { u"serviceKey"_qs, ServiceKey }, { u"userAgent"_qs, UserAgent } };
}

HttpResponse HepsiburadaEmulator::errorResponse(int status) const
{
    return HttpResponse::jsonString(status, status >= 500 ? u"InternalServerError"_qs : u"BadRequest"_qs);
}

HttpResponse HepsiburadaEmulator::rateLimitedResponse(int retryAfterSeconds) const
{
    HttpResponse r = HttpResponse::jsonString(429, u"TooManyRequest"_qs);
    r.setHeader("X-RateLimit-Limit", QByteArray::number(m_rateRule.limit));
    r.setHeader("X-RateLimit-Remaining", "0");
    r.setHeader("X-RateLimit-Reset", QByteArray::number(qMax(1, m_rateRule.windowMs / 1000)));
    if (retryAfterSeconds >= 0)
        r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

QString HepsiburadaEmulator::localTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(3 * 3600)).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_qs);
}

QString HepsiburadaEmulator::newGuid()
{
    SeedRandom &r = m_generator->random();
    const quint64 a = r.next();
    const quint64 b = r.next();
    QString hex = QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20, 12);
}

HttpResponse HepsiburadaEmulator::handle(const HttpRequest &request)
{
    // Basic merchantId:serviceKey and the exact integrator name; anything else is an empty 401.
    const auto creds = basicCredentials(request);
    if (!creds || creds->first != MerchantId || creds->second != ServiceKey
        || QString::fromUtf8(request.header("User-Agent")) != UserAgent)
        return HttpResponse::empty(401, "application/json");

    QStringList a;
    const QByteArray &m = request.method;
    const QString &p = request.path;
    QString endpoint;
    std::function<HttpResponse()> run;
    auto route = [&](const char *method, QStringView pattern, const QString &name, std::function<HttpResponse()> f) {
        if (run || m != method || !matchPath(p, pattern, &a))
            return;
        endpoint = name;
        run = std::move(f);
    };
    route("GET", u"/orders/merchantid/{}", u"orders"_qs, [&] { return listOpenLines(request); });
    route("GET", u"/orders/merchantid/{}/ordernumber/{}", u"order"_qs, [&] { return getOrder(a.at(1)); });
    route("GET", u"/orders/merchantid/{}/paymentawaiting", u"paymentawaiting"_qs,
        [&] { return listPaymentAwaiting(request); });
    route("GET", u"/orders/merchantid/{}/cancelled", u"cancelled"_qs, [&] { return listCancelled(request); });
    route("GET", u"/lineitems/merchantid/{}/packageablewith/lineitemid/{}", u"packageablewith"_qs,
        [&] { return packageableWith(a.at(1)); });
    route("POST", u"/lineitems/merchantid/{}/id/{}/cancelbymerchant", u"cancelbymerchant"_qs,
        [&] { return cancelLine(request, a.at(1)); });
    route("POST", u"/packages/merchantid/{}", u"createPackage"_qs, [&] { return createPackage(request); });
    route("GET", u"/packages/merchantid/{}", u"packages"_qs, [&] { return listPackages(request); });
    route("GET", u"/packages/merchantid/{}/shipped", u"shipped"_qs,
        [&] { return listFinished(request, PackageInTransit); });
    route("GET", u"/packages/merchantid/{}/delivered", u"delivered"_qs,
        [&] { return listFinished(request, PackageDelivered); });
    route("GET", u"/packages/merchantid/{}/undelivered", u"undelivered"_qs,
        [&] { return listFinished(request, PackageUndelivered); });
    route("GET", u"/packages/merchantid/{}/status/unpacked", u"unpacked"_qs, [&] { return listUnpacked(request); });
    route("GET", u"/packages/merchantid/{}/missing-invoice", u"missingInvoice"_qs,
        [&] { return listMissingInvoice(request); });
    static const QList<QPair<QByteArray, QString>> actions = { { "GET", u"info"_qs }, { "GET", u"labels"_qs },
        { "POST", u"unpack"_qs }, { "PUT", u"invoice"_qs }, { "GET", u"changablecargocompanies"_qs },
        { "PUT", u"changecargocompany"_qs }, { "PUT", u"parcel-info"_qs }, { "POST", u"intransit"_qs },
        { "POST", u"deliver"_qs }, { "POST", u"undeliver"_qs }, { "POST", u"split"_qs } };
    for (const auto &[method, action] : actions) {
        const QString pattern = action == u"info" ? u"/packages/merchantid/{}/packagenumber/{}"_qs
                                                  : u"/packages/merchantid/{}/packagenumber/{}/"_qs + action;
        route(method.constData(), pattern, u"package:"_qs + action, [&, action] {
            Package *package = findPackage(a.at(1));
            if (!package)
                return HttpResponse::jsonString(404, u"PackageNotFound"_qs);
            return packageAction(request, *package, action);
        });
    }
    if (!run)
        return HttpResponse::jsonString(404, u"NotFound"_qs);
    if (a.at(0) != MerchantId)
        return HttpResponse::empty(401, "application/json");

    const auto decision = countRequest(MerchantId, endpoint);
    if (!decision.allowed)
        return rateLimitedResponse(-1);
    HttpResponse response = run();
    response.setHeader("X-RateLimit-Limit", QByteArray::number(decision.limit));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(decision.remaining));
    response.setHeader("X-RateLimit-Reset", QByteArray::number((decision.resetInMs + 999) / 1000));
    response.setHeader("x-correlation-id", newGuid().toLatin1());
    return response;
}

std::optional<HttpResponse> HepsiburadaEmulator::readPaging(const HttpRequest &request, int maxLimit,
    bool limitRequired, const QString &offsetKey, int *offset, int *limit) const
{
    *offset = 0;
    *limit = maxLimit;
    bool ok = true;
    if (request.hasQuery(u"limit"_qs)) {
        *limit = request.queryValue(u"limit"_qs).toInt(&ok);
        if (!ok || *limit < 1)
            return HttpResponse::jsonString(400, u"InvalidLimit"_qs);
        *limit = qMin(*limit, maxLimit); // larger values are cut to the cap
    } else if (limitRequired) {
        return HttpResponse::jsonString(400, u"LimitIsRequired"_qs);
    }
    // Query keys are case-sensitive: a wrongly cased offset is simply not seen (page 0 forever).
    if (request.hasQuery(offsetKey)) {
        *offset = request.queryValue(offsetKey).toInt(&ok);
        if (!ok || *offset < 0)
            return HttpResponse::jsonString(400, u"InvalidOffset"_qs);
    }
    return std::nullopt;
}

bool HepsiburadaEmulator::readWindow(const HttpRequest &request, qint64 *from, qint64 *to, bool *silentlyEmpty) const
{
    *silentlyEmpty = false;
    auto parse = [&](const QString &key, qint64 *out) {
        const QString text = request.queryValue(key);
        if (text.isEmpty())
            return true;
        if (text.contains(u'T')) { // ISO-8601: accepted but matches nothing
            *silentlyEmpty = true;
            return true;
        }
        QDateTime dt = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm"_qs);
        if (!dt.isValid())
            return false;
        dt.setTimeZone(QTimeZone(3 * 3600));
        *out = dt.toMSecsSinceEpoch();
        return true;
    };
    qint64 begin = 0;
    qint64 end = 0;
    if (!parse(u"begindate"_qs, &begin) || !parse(u"enddate"_qs, &end))
        return false;
    *from = 0;
    *to = std::numeric_limits<qint64>::max();
    if (begin != 0) {
        *from = begin;
        // A window may span 24 h at most; a wider or missing end becomes begin + 24 h.
        *to = (end != 0 && end - begin <= Day && end >= begin) ? end : begin + Day;
    } else if (end != 0) {
        *from = end - Day;
        *to = end;
    }
    return true;
}

HttpResponse HepsiburadaEmulator::page(const QJsonArray &items, int total, int offset, int limit)
{
    return HttpResponse::json(200,
        QJsonObject{ { u"totalCount"_qs, total }, { u"limit"_qs, limit }, { u"offset"_qs, offset },
            { u"pageCount"_qs, static_cast<int>(pagesFor(total, limit)) }, { u"items"_qs, items } });
}

HttpResponse HepsiburadaEmulator::listOpenLines(const HttpRequest &request)
{
    int offset = 0;
    int limit = 0;
    if (auto bad = readPaging(request, 100, true, u"offset"_qs, &offset, &limit))
        return *bad;
    qint64 from = 0;
    qint64 to = 0;
    bool empty = false;
    if (!readWindow(request, &from, &to, &empty))
        return HttpResponse::jsonString(400, u"WrongDateFormat"_qs);
    QList<const Line *> hits;
    if (!empty) {
        for (const Line &line : m_lines) {
            if (line.status == LineOpen && line.orderMs >= from && line.orderMs <= to)
                hits.append(&line);
        }
    }
    QJsonArray items;
    for (qsizetype i = offset; i < qMin<qsizetype>(hits.size(), offset + limit); ++i)
        items.append(hits.at(i)->json);
    return page(items, static_cast<int>(hits.size()), offset, limit);
}

QJsonObject HepsiburadaEmulator::orderWithItems(const Order &order) const
{
    QJsonObject json = order.json;
    QJsonArray items;
    for (const Line &line : m_lines) {
        if (line.orderNumber == order.orderNumber)
            items.append(line.json);
    }
    json.insert(u"items"_qs, items);
    return json;
}

HttpResponse HepsiburadaEmulator::getOrder(const QString &orderNumber)
{
    for (const Order &order : m_orders) {
        if (order.orderNumber == orderNumber)
            return HttpResponse::json(200, orderWithItems(order));
    }
    return HttpResponse::jsonString(404, u"OrderNotFound"_qs);
}

HttpResponse HepsiburadaEmulator::listPaymentAwaiting(const HttpRequest &request)
{
    int offset = 0;
    int limit = 0;
    if (auto bad = readPaging(request, 50, false, u"offset"_qs, &offset, &limit))
        return *bad;
    qint64 from = 0;
    qint64 to = 0;
    bool empty = false;
    if (!readWindow(request, &from, &to, &empty))
        return HttpResponse::jsonString(400, u"WrongDateFormat"_qs);
    QList<const Line *> hits;
    for (const Line &line : m_lines) {
        if (!empty && line.status == LinePaymentAwaiting && line.orderMs >= from && line.orderMs <= to)
            hits.append(&line);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < qMin<qsizetype>(hits.size(), offset + limit); ++i) {
        const QJsonObject &j = hits.at(i)->json;
        items.append(QJsonObject{ { u"Id"_qs, j[u"id"] }, { u"MerchantId"_qs, MerchantId },
            { u"MerchantSku"_qs, j[u"merchantSKU"] }, { u"Name"_qs, j[u"name"] }, { u"OrderDate"_qs, j[u"orderDate"] },
            { u"OrderNumber"_qs, j[u"orderNumber"] }, { u"Properties"_qs, j[u"properties"] },
            { u"Quantity"_qs, j[u"quantity"] }, { u"Sku"_qs, j[u"sku"] } });
    }
    return page(items, static_cast<int>(hits.size()), offset, limit);
}

HttpResponse HepsiburadaEmulator::listCancelled(const HttpRequest &request)
{
    if (request.hasQuery(u"begindate"_qs) || request.hasQuery(u"enddate"_qs))
        return HttpResponse::jsonString(400, u"WrongDateFormat"_qs); // date filters are refused on this list
    int offset = 0;
    int limit = 0;
    if (auto bad = readPaging(request, 50, false, u"offset"_qs, &offset, &limit))
        return *bad;
    QList<const Line *> hits;
    for (const Line &line : m_lines) {
        if (line.status == LineCancelled)
            hits.append(&line);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < qMin<qsizetype>(hits.size(), offset + limit); ++i) {
        const Line &l = *hits.at(i);
        items.append(QJsonObject{ { u"orderNumber"_qs, l.orderNumber }, { u"lineItemId"_qs, l.id },
            { u"cancelDate"_qs, localTime(l.cancelMs) }, { u"cancelledBy"_qs, l.cancelledBy },
            { u"cancelReasonCode"_qs, l.cancelReason }, { u"merchantId"_qs, MerchantId },
            { u"merchantSku"_qs, l.json[u"merchantSKU"] }, { u"sku"_qs, l.json[u"sku"] },
            { u"quantity"_qs, l.json[u"quantity"] } });
    }
    return page(items, static_cast<int>(hits.size()), offset, limit);
}

HttpResponse HepsiburadaEmulator::packageableWith(const QString &lineId)
{
    const Line *line = findLine(lineId);
    if (!line)
        return HttpResponse::jsonString(404, u"LineItemNotFound"_qs);
    QJsonArray items;
    for (const Line &other : m_lines) {
        if (other.orderNumber == line->orderNumber && other.status == LineOpen)
            items.append(QJsonObject{ { u"lineItemId"_qs, other.id }, { u"orderNumber"_qs, other.orderNumber },
                { u"quantity"_qs, other.json[u"quantity"] } });
    }
    return HttpResponse::json(200, QJsonObject{ { u"lineItems"_qs, items } });
}

HttpResponse HepsiburadaEmulator::createPackage(const HttpRequest &request)
{
    const auto body = parseObject(request.body);
    if (!body)
        return HttpResponse::jsonString(400, u"InvalidRequestBody"_qs);
    const QJsonValue requests = body->value(u"lineItemRequests");
    if (!requests.isArray() || requests.toArray().isEmpty())
        return HttpResponse::jsonString(400, u"LineItemRequestsRequired"_qs);
    QList<Line *> lines;
    for (const QJsonValue &r : requests.toArray()) {
        if (!r[u"id"].isString() || !r[u"quantity"].isDouble())
            return HttpResponse::jsonString(400, u"InvalidLineItemRequest"_qs);
        Line *line = findLine(r[u"id"].toString());
        if (!line)
            return HttpResponse::jsonString(400, u"LineItemNotFound"_qs);
        if (line->status != LineOpen || lines.contains(line))
            return HttpResponse::jsonString(400, u"LineItemNotPackageable"_qs);
        if (r[u"quantity"].toInt() != line->json[u"quantity"].toInt())
            return HttpResponse::jsonString(400, u"QuantityMismatch"_qs);
        if (!lines.isEmpty() && lines.first()->orderNumber != line->orderNumber)
            return HttpResponse::jsonString(400, u"LineItemsNotPackageableTogether"_qs);
        lines.append(line);
    }
    QString carrier = body->value(u"cargoCompany").toString();
    if (!carrier.isEmpty() && !carrierByShortName(carrier))
        return HttpResponse::jsonString(400, u"InvalidCargoCompany"_qs);
    const QString number
        = packLines(lines, carrier, body->value(u"deci").toDouble(1.0), body->value(u"parcelQuantity").toInt(1));
    const Package *package = &m_packages.last();
    return HttpResponse::json(
        201, QJsonObject{ { u"packageNumber"_qs, number }, { u"barcode"_qs, package->json[u"barcode"] } });
}

QString HepsiburadaEmulator::packLines(
    const QList<Line *> &lines, const QString &cargoShortName, double deci, int parcels)
{
    const QJsonObject &first = lines.first()->json;
    const QString carrierName
        = cargoShortName.isEmpty() ? first[u"cargoCompanyModel"][u"shortName"].toString() : cargoShortName;
    const QString number = QString::number(m_nextPackageNumber++);
    const QString barcode = u"HB"_qs + m_generator->random().digits(12);
    QJsonArray items;
    qint64 total = 0;
    for (Line *line : lines) {
        const QJsonObject &j = line->json;
        total += kurusOf(j[u"totalPrice"]);
        items.append(QJsonObject{ { u"lineItemId"_qs, line->id }, { u"listingId"_qs, j[u"listingId"] },
            { u"merchantId"_qs, MerchantId }, { u"hbSku"_qs, j[u"sku"] }, { u"merchantSku"_qs, j[u"merchantSKU"] },
            { u"productBarcode"_qs, j[u"productBarcode"] }, { u"productName"_qs, j[u"name"] },
            { u"quantity"_qs, j[u"quantity"] }, { u"price"_qs, j[u"unitPrice"] },
            { u"totalPrice"_qs, j[u"totalPrice"] }, { u"merchantUnitPrice"_qs, j[u"unitPrice"] },
            { u"merchantTotalPrice"_qs, j[u"totalPrice"] }, { u"unitHBDiscount"_qs, j[u"hbDiscount"][u"unitPrice"] },
            { u"totalHBDiscount"_qs, j[u"hbDiscount"][u"totalPrice"] },
            { u"unitMerchantDiscount"_qs, j[u"merchantDiscount"][u"unitPrice"] },
            { u"totalMerchantDiscount"_qs, j[u"merchantDiscount"][u"totalPrice"] }, { u"vat"_qs, j[u"vat"] },
            { u"vatRate"_qs, j[u"vatRate"] }, { u"commission"_qs, j[u"commission"] },
            { u"commissionRate"_qs, j[u"commissionRate"] }, { u"orderNumber"_qs, line->orderNumber },
            { u"orderDate"_qs, j[u"orderDate"] }, { u"deliveryType"_qs, j[u"deliveryType"] },
            { u"customerDelivery"_qs, false }, { u"cargoPaymentInfo"_qs, u"Seller"_qs }, { u"weight"_qs, 0 },
            { u"gtip"_qs, QString() }, { u"deci"_qs, deci }, { u"warehouse"_qs, j[u"warehouse"] },
            { u"properties"_qs, j[u"properties"] } });
        line->json.insert(u"packageNumber"_qs, number);
        line->json.insert(u"barcode"_qs, barcode);
        setLineStatus(*line, LinePacked);
    }
    const QJsonObject ship = first[u"shippingAddress"].toObject();
    const QJsonObject invoice = first[u"invoice"].toObject();
    const QJsonObject bill = invoice[u"address"].toObject();
    const auto *carrier = carrierByShortName(carrierName);
    Package p;
    p.json = QJsonObject{ { u"id"_qs, newGuid() }, { u"packageNumber"_qs, number }, { u"barcode"_qs, barcode },
        { u"status"_qs, PackagePacked }, { u"cargoCompany"_qs, carrier ? carrier->displayName : carrierName },
        { u"isCargoChangable"_qs, true }, { u"orderDate"_qs, first[u"orderDate"] },
        { u"dueDate"_qs, first[u"dueDate"] }, { u"estimatedArrivalDate"_qs, localTime(now() + 3 * Day) },
        { u"customerId"_qs, first[u"customerId"] }, { u"customerName"_qs, first[u"customerName"] },
        { u"email"_qs, ship[u"email"] }, { u"phoneNumber"_qs, ship[u"phoneNumber"] },
        { u"recipientName"_qs, ship[u"name"] }, { u"shippingAddressDetail"_qs, ship[u"address"] },
        { u"shippingCity"_qs, ship[u"city"] }, { u"shippingTown"_qs, ship[u"town"] },
        { u"shippingDistrict"_qs, ship[u"district"] }, { u"shippingCountryCode"_qs, u"TR"_qs },
        { u"companyName"_qs, QString() }, { u"billingAddress"_qs, bill[u"address"] },
        { u"billingCity"_qs, bill[u"city"] }, { u"billingTown"_qs, bill[u"town"] },
        { u"billingDistrict"_qs, bill[u"district"] }, { u"billingPostalCode"_qs, bill[u"postalCode"] },
        { u"billingCountryCode"_qs, u"TR"_qs }, { u"taxOffice"_qs, invoice[u"taxOffice"] },
        { u"taxNumber"_qs, invoice[u"taxNumber"] }, { u"identityNo"_qs, invoice[u"turkishIdentityNumber"] },
        { u"totalPrice"_qs, moneyObject(total) }, { u"shippingTotalPrice"_qs, QJsonValue::Null },
        { u"customsTotalPrice"_qs, QJsonValue::Null }, { u"totalDeci"_qs, deci }, { u"parcelQuantity"_qs, parcels },
        { u"trackingInfoCode"_qs, QString() }, { u"trackingInfoUrl"_qs, QString() }, { u"invoiceLink"_qs, QString() },
        { u"items"_qs, items } };
    p.packedMs = now();
    p.statusMs = now();
    refreshPackage(p);
    m_packages.append(p);
    touch();
    return number;
}

HttpResponse HepsiburadaEmulator::listPackages(const HttpRequest &request)
{
    int offset = 0;
    int limit = 0;
    if (auto bad = readPaging(request, 10, false, u"Offset"_qs, &offset, &limit))
        return *bad;
    qint64 from = 0;
    qint64 to = 0;
    bool empty = false;
    if (!readWindow(request, &from, &to, &empty))
        return HttpResponse::jsonString(400, u"WrongDateFormat"_qs);
    if (!request.hasQuery(u"begindate"_qs) && !request.hasQuery(u"enddate"_qs)) {
        int hours = 24;
        if (request.hasQuery(u"timespan"_qs)) {
            bool ok = false;
            hours = request.queryValue(u"timespan"_qs).toInt(&ok);
            if (!ok || hours < 1)
                return HttpResponse::jsonString(400, u"InvalidTimespan"_qs);
        }
        from = now() - hours * Hour;
        to = now();
    }
    QJsonArray all;
    for (const Package &p : m_packages) {
        if (!empty && p.status == PackagePacked && p.packedMs >= from && p.packedMs <= to)
            all.append(p.json);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < qMin<qsizetype>(all.size(), offset + limit); ++i)
        items.append(all.at(i));
    HttpResponse r = HttpResponse::json(200, items);
    r.setHeader("pagecount", QByteArray::number(pagesFor(all.size(), limit)));
    r.setHeader("totalcount", QByteArray::number(all.size()));
    return r;
}

HttpResponse HepsiburadaEmulator::listFinished(const HttpRequest &request, const QString &status)
{
    if (request.hasQuery(u"begindate"_qs) || request.hasQuery(u"enddate"_qs))
        return HttpResponse::jsonString(400, u"WrongDateFormat"_qs);
    int offset = 0;
    int limit = 0;
    if (auto bad = readPaging(request, 50, false, u"offset"_qs, &offset, &limit))
        return *bad;
    const qint64 since = status == PackageDelivered ? now() - 30 * Day : 0; // delivered: last month only
    QList<const Package *> hits;
    for (const Package &p : m_packages) {
        if (p.status == status && p.statusMs >= since)
            hits.append(&p);
    }
    const QString dateKey = status == PackageInTransit ? u"ShippedDate"_qs
        : status == PackageDelivered                   ? u"DeliveredDate"_qs
                                                       : u"UndeliveredDate"_qs;
    QJsonArray items;
    for (qsizetype i = offset; i < qMin<qsizetype>(hits.size(), offset + limit); ++i) {
        const Package &p = *hits.at(i);
        QJsonArray orderNumbers;
        for (const QJsonValue &item : p.json[u"items"].toArray()) {
            if (!orderNumbers.contains(item[u"orderNumber"]))
                orderNumbers.append(item[u"orderNumber"]);
        }
        QJsonObject o{ { u"Id"_qs, p.json[u"id"] }, { u"Barcode"_qs, p.json[u"barcode"] },
            { u"PackageNumber"_qs, p.number }, { u"OrderNumber"_qs, orderNumbers.first() },
            { u"OrderNumbers"_qs, orderNumbers }, { u"MerchantId"_qs, MerchantId }, { dateKey, localTime(p.statusMs) },
            { u"Deci"_qs, p.json[u"totalDeci"] }, { u"EtgbNo"_qs, QJsonValue::Null } };
        if (status == PackageUndelivered)
            o.insert(u"UndeliveredReason"_qs, p.undeliveredReason);
        items.append(o);
    }
    return page(items, static_cast<int>(hits.size()), offset, limit);
}

HttpResponse HepsiburadaEmulator::listUnpacked(const HttpRequest &request)
{
    int offset = 0;
    int limit = 0;
    if (auto bad = readPaging(request, 10, false, u"Offset"_qs, &offset, &limit))
        return *bad;
    QList<const Package *> hits;
    for (const Package &p : m_packages) {
        if (p.status == PackageUnpacked)
            hits.append(&p);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < qMin<qsizetype>(hits.size(), offset + limit); ++i)
        items.append(QJsonObject{ { u"barcode"_qs, hits.at(i)->json[u"barcode"] },
            { u"packageNumber"_qs, hits.at(i)->number }, { u"unpackedDate"_qs, localTime(hits.at(i)->statusMs) } });
    const int total = static_cast<int>(hits.size());
    return HttpResponse::json(200,
        QJsonArray{ QJsonObject{ { u"items"_qs, items }, { u"limit"_qs, limit }, { u"offset"_qs, offset },
            { u"pageCount"_qs, static_cast<int>(pagesFor(total, limit)) }, { u"totalCount"_qs, total } } });
}

HttpResponse HepsiburadaEmulator::listMissingInvoice(const HttpRequest &request)
{
    int offset = 0;
    int limit = 0;
    if (auto bad = readPaging(request, 50, false, u"offset"_qs, &offset, &limit))
        return *bad;
    QList<const Package *> hits;
    for (const Package &p : m_packages) {
        if (p.status != PackageUnpacked && p.json[u"invoiceLink"].toString().isEmpty())
            hits.append(&p);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < qMin<qsizetype>(hits.size(), offset + limit); ++i) {
        QJsonArray orderNumbers;
        for (const QJsonValue &item : hits.at(i)->json[u"items"].toArray()) {
            if (!orderNumbers.contains(item[u"orderNumber"]))
                orderNumbers.append(item[u"orderNumber"]);
        }
        items.append(QJsonObject{ { u"orderNumbers"_qs, orderNumbers }, { u"packageNumber"_qs, hits.at(i)->number },
            { u"status"_qs, hits.at(i)->status } });
    }
    return page(items, static_cast<int>(hits.size()), offset, limit);
}

HttpResponse HepsiburadaEmulator::packageAction(const HttpRequest &request, Package &package, const QString &action)
{
    if (action == u"info") {
        const QJsonObject &j = package.json;
        return HttpResponse::json(200,
            QJsonObject{ { u"barcode"_qs, j[u"barcode"] }, { u"packageNumber"_qs, package.number },
                { u"status"_qs, package.status }, { u"cargoCompany"_qs, j[u"cargoCompany"] },
                { u"trackingInfoCode"_qs, j[u"trackingInfoCode"] }, { u"trackingInfoUrl"_qs, j[u"trackingInfoUrl"] },
                { u"deci"_qs, j[u"totalDeci"] }, { u"estimatedArrivalDate"_qs, j[u"estimatedArrivalDate"] } });
    }
    if (action == u"labels") {
        const QString format
            = request.queryValue(u"format"_qs).isEmpty() ? u"ZPL"_qs : request.queryValue(u"format"_qs);
        const QByteArray label
            = "^XA^FO50,50^BCN,100,Y,N,N^FD" + package.json[u"barcode"].toString().toLatin1() + "^FS^XZ";
        return HttpResponse::json(200,
            QJsonObject{ { u"data"_qs, QJsonArray{ QString::fromLatin1(label.toBase64()) } }, { u"format"_qs, format },
                { u"hasMerchantMutualBarcode"_qs, false } });
    }
    if (action == u"changablecargocompanies") {
        QJsonArray list;
        for (const auto &c : turkey::cargoCompanies()) {
            if (c.displayName != package.json[u"cargoCompany"].toString())
                list.append(carrierModel(c));
        }
        return HttpResponse::json(200, list);
    }

    std::optional<QJsonObject> body = request.body.isEmpty() ? QJsonObject{} : parseObject(request.body);
    if (!body)
        return HttpResponse::jsonString(400, u"InvalidRequestBody"_qs);
    const QString status = package.status;
    if (action == u"unpack") {
        if (status != PackagePacked)
            return HttpResponse::jsonString(400, u"PackageCannotBeUnpacked"_qs);
        for (const QJsonValue &item : package.json[u"items"].toArray()) {
            if (Line *line = findLine(item[u"lineItemId"].toString())) {
                line->json.insert(u"packageNumber"_qs, QString());
                line->json.insert(u"barcode"_qs, QString());
                setLineStatus(*line, LineOpen);
            }
        }
        setPackageStatus(package, PackageUnpacked);
        return HttpResponse::empty(200);
    }
    if (action == u"split") {
        // packageDetails[].lines[] become new packages, cancelledItems[] are cancelled; every line of the package
        // must be named once, with its whole quantity (the sandbox does not split a line's quantity).
        if (status != PackagePacked)
            return HttpResponse::jsonString(400, u"PackageCannotBeSplit"_qs);
        QHash<QString, int> quantities;
        for (const QJsonValue &item : package.json[u"items"].toArray())
            quantities.insert(item[u"lineItemId"].toString(), item[u"quantity"].toInt());
        QSet<QString> named;
        auto take = [&](const QJsonValue &entry) -> bool {
            const QString id = entry[u"orderLineId"].toString();
            if (!entry[u"quantity"].isDouble() || !quantities.contains(id) || named.contains(id)
                || entry[u"quantity"].toInt() != quantities.value(id))
                return false;
            named.insert(id);
            return true;
        };
        QList<QList<QString>> groups;
        QList<QPair<double, int>> parcels;
        for (const QJsonValue &detail : body->value(u"packageDetails").toArray()) {
            QList<QString> group;
            for (const QJsonValue &line : detail[u"lines"].toArray()) {
                if (!take(line))
                    return HttpResponse::jsonString(400, u"InvalidSplitLine"_qs);
                group << line[u"orderLineId"].toString();
            }
            if (group.isEmpty())
                return HttpResponse::jsonString(400, u"InvalidSplitLine"_qs);
            groups << group;
            parcels << QPair<double, int>{ detail[u"deci"].toDouble(1.0), detail[u"parcelQuantity"].toInt(1) };
        }
        QList<QPair<QString, int>> cancelled;
        for (const QJsonValue &item : body->value(u"cancelledItems").toArray()) {
            if (!take(item) || !item[u"cancelReasonId"].isDouble())
                return HttpResponse::jsonString(400, u"InvalidCancelledItem"_qs);
            cancelled << QPair<QString, int>{ item[u"orderLineId"].toString(), item[u"cancelReasonId"].toInt() };
        }
        if (named.size() != quantities.size() || groups.size() + (cancelled.isEmpty() ? 0 : 1) < 2)
            return HttpResponse::jsonString(400, u"SplitMustCoverEveryLine"_qs);
        QString carrierShort;
        for (const auto &c : turkey::cargoCompanies()) {
            if (c.displayName == package.json[u"cargoCompany"].toString())
                carrierShort = c.hepsiburadaShortName;
        }
        setPackageStatus(package, PackageUnpacked); // the original is superseded; packLines() may move `package`
        for (const auto &[id, reason] : cancelled) {
            Line *line = findLine(id);
            line->json.insert(u"packageNumber"_qs, QString());
            line->cancelMs = now();
            line->cancelledBy = u"Merchant"_qs;
            line->cancelReason = reason;
            setLineStatus(*line, LineCancelled);
        }
        for (qsizetype g = 0; g < groups.size(); ++g) {
            QList<Line *> lines;
            for (const QString &id : groups.at(g))
                lines << findLine(id);
            (void)packLines(lines, carrierShort, parcels.at(g).first, parcels.at(g).second);
        }
        return HttpResponse::empty(200);
    }
    if (action == u"invoice") {
        if (!body->value(u"invoiceLink").isString() || body->value(u"invoiceLink").toString().isEmpty())
            return HttpResponse::jsonString(400, u"InvoiceLinkRequired"_qs);
        if (status == PackageUnpacked)
            return HttpResponse::jsonString(400, u"PackageNotFound"_qs);
        package.json.insert(u"invoiceLink"_qs, body->value(u"invoiceLink").toString());
        touch();
        return HttpResponse::empty(204);
    }
    if (action == u"changecargocompany") {
        const auto *carrier = carrierByShortName(body->value(u"CargoCompanyShortName").toString());
        if (!carrier)
            return HttpResponse::jsonString(400, u"InvalidCargoCompany"_qs);
        if (status != PackagePacked)
            return HttpResponse::jsonString(400, u"CargoCompanyCannotBeChanged"_qs);
        package.json.insert(u"cargoCompany"_qs, carrier->displayName);
        touch();
        return HttpResponse::empty(204);
    }
    if (action == u"parcel-info") {
        if (!body->value(u"totalDesi").isDouble() || !body->value(u"totalParcel").isDouble()
            || body->value(u"totalParcel").toInt() < 1)
            return HttpResponse::jsonString(400, u"InvalidParcelInfo"_qs);
        if (status != PackagePacked)
            return HttpResponse::jsonString(400, u"ParcelInfoCannotBeChanged"_qs);
        package.json.insert(u"totalDeci"_qs, body->value(u"totalDesi").toDouble());
        package.json.insert(u"parcelQuantity"_qs, body->value(u"totalParcel").toInt());
        touch();
        return HttpResponse::empty(200);
    }
    if (action == u"intransit") {
        if (!body->value(u"trackingNumber").isString() || body->value(u"trackingNumber").toString().isEmpty())
            return HttpResponse::jsonString(400, u"TrackingNumberRequired"_qs);
        if (status != PackagePacked)
            return HttpResponse::jsonString(400, u"PackageStatusNotSuitable"_qs);
        package.json.insert(u"trackingInfoCode"_qs, body->value(u"trackingNumber").toString());
        package.json.insert(u"trackingInfoUrl"_qs, body->value(u"trackingUrl").toString());
        setPackageStatus(package, PackageInTransit);
        return HttpResponse::empty(200);
    }
    if (action == u"deliver") {
        if (status != PackageInTransit)
            return HttpResponse::jsonString(400, u"PackageStatusNotSuitable"_qs);
        setPackageStatus(package, PackageDelivered);
        return HttpResponse::empty(200);
    }
    if (action == u"undeliver") {
        if (!body->value(u"undeliveredReason").isString())
            return HttpResponse::jsonString(400, u"UndeliveredReasonRequired"_qs);
        if (status != PackageInTransit)
            return HttpResponse::jsonString(400, u"PackageStatusNotSuitable"_qs);
        package.undeliveredReason = body->value(u"undeliveredReason").toString();
        setPackageStatus(package, PackageUndelivered);
        return HttpResponse::empty(200);
    }
    return HttpResponse::jsonString(404, u"NotFound"_qs);
}

HttpResponse HepsiburadaEmulator::cancelLine(const HttpRequest &request, const QString &lineId)
{
    const auto body = parseObject(request.body);
    if (!body)
        return HttpResponse::jsonString(400, u"InvalidRequestBody"_qs);
    if (!body->value(u"reasonId").isDouble() || body->value(u"reasonId").toInt() <= 0)
        return HttpResponse::jsonString(400, u"ReasonIdRequired"_qs);
    Line *line = findLine(lineId);
    if (!line)
        return HttpResponse::jsonString(404, u"LineItemNotFound"_qs);
    if (line->status != LineOpen)
        return HttpResponse::jsonString(400, u"LineItemCannotBeCancelled"_qs);
    line->cancelMs = now();
    line->cancelledBy = u"Merchant"_qs;
    line->cancelReason = body->value(u"reasonId").toInt();
    setLineStatus(*line, LineCancelled);
    return HttpResponse::empty(200);
}

HepsiburadaEmulator::Line *HepsiburadaEmulator::findLine(const QString &id)
{
    for (Line &l : m_lines) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

HepsiburadaEmulator::Package *HepsiburadaEmulator::findPackage(const QString &number)
{
    for (Package &p : m_packages) {
        if (p.number == number)
            return &p;
    }
    return nullptr;
}

void HepsiburadaEmulator::setLineStatus(Line &line, const QString &status)
{
    line.json.insert(u"status"_qs, status);
    line.json.insert(u"lastStatusUpdateDate"_qs, localTime(now()));
    line.json.insert(u"isCancellable"_qs, status == LineOpen);
    line.json.insert(u"canCreatePackage"_qs, status == LineOpen);
    refreshLine(line);
    touch();
}

void HepsiburadaEmulator::setPackageStatus(Package &package, const QString &status)
{
    package.json.insert(u"status"_qs, status);
    package.json.insert(u"isCargoChangable"_qs, status == PackagePacked);
    package.statusMs = now();
    refreshPackage(package);
    touch();
}

void HepsiburadaEmulator::refreshLine(Line &line)
{
    line.id = line.json[u"id"].toString();
    line.orderNumber = line.json[u"orderNumber"].toString();
    line.status = line.json[u"status"].toString();
}

void HepsiburadaEmulator::refreshPackage(Package &package)
{
    package.number = package.json[u"packageNumber"].toString();
    package.status = package.json[u"status"].toString();
}

void HepsiburadaEmulator::addSeedOrder(const SeedOrder &o)
{
    const QString orderNumber = QString::number(4200000000LL + o.sequence * 53LL + static_cast<qint64>(o.token % 53));
    const QString orderId = newGuid();
    const QString email = o.customer.emailLocalPart + u"@example.com"_qs;
    const QString customerId = newGuid();
    const QJsonObject shipping = hbAddress(o.shippingAddress, newGuid(), email);
    const QJsonObject invoice{ { u"address"_qs, hbAddress(o.invoiceAddress, newGuid(), email) },
        { u"taxNumber"_qs, o.customer.corporate ? o.customer.taxNumber : QString() },
        { u"taxOffice"_qs, o.customer.corporate ? o.customer.taxOffice : QString() },
        { u"turkishIdentityNumber"_qs, u"11111111111"_qs } };
    const QString orderDate = localTime(o.createdMs);
    const QString initial = o.stage == SeedStage::PaymentPending ? LinePaymentAwaiting : LineOpen;
    Order order;
    order.orderNumber = orderNumber;
    order.json = QJsonObject{ { u"orderId"_qs, orderId }, { u"orderNumber"_qs, orderNumber },
        { u"orderDate"_qs, orderDate }, { u"createdDate"_qs, orderDate },
        { u"paymentStatus"_qs, o.stage == SeedStage::PaymentPending ? u"Awaiting"_qs : u"Paid"_qs },
        { u"customer"_qs,
            QJsonObject{ { u"customerId"_qs, customerId },
                { u"name"_qs, QString(o.customer.firstName + u' ' + o.customer.lastName) } } },
        { u"deliveryAddress"_qs, shipping }, { u"invoice"_qs, invoice },
        { u"orderNote"_qs, QJsonObject{ { u"value"_qs, QString() }, { u"tags"_qs, QJsonArray{} } } } };
    m_orders.append(order);

    QList<Line *> created;
    for (const SeedLine &l : o.lines) {
        const qint64 unit = l.product.priceKurus - l.unitDiscountKurus;
        const qint64 total = unit * l.quantity;
        const qint64 vat = total - qRound64(static_cast<double>(total) / (1.0 + l.product.vatRate / 100.0));
        QJsonArray properties;
        if (!l.product.color.isEmpty())
            properties.append(QJsonObject{
                { u"name"_qs, u"renk"_qs }, { u"displayName"_qs, u"Renk"_qs }, { u"value"_qs, l.product.color } });
        if (!l.product.size.isEmpty())
            properties.append(QJsonObject{
                { u"name"_qs, u"beden"_qs }, { u"displayName"_qs, u"Beden"_qs }, { u"value"_qs, l.product.size } });
        Line line;
        line.orderMs = o.createdMs;
        line.json = QJsonObject{ { u"id"_qs, newGuid() }, { u"orderId"_qs, orderId },
            { u"orderNumber"_qs, orderNumber }, { u"orderDate"_qs, orderDate },
            { u"lastStatusUpdateDate"_qs, orderDate }, { u"dueDate"_qs, localTime(o.createdMs + 2 * Day) },
            { u"status"_qs, initial }, { u"quantity"_qs, l.quantity },
            { u"sku"_qs, QString(u"HBV0000"_qs + QString::number(l.product.productCode)) },
            { u"merchantSKU"_qs, l.product.sku }, { u"productBarcode"_qs, l.product.barcode },
            { u"listingId"_qs, newGuid() }, { u"name"_qs, l.product.title }, { u"properties"_qs, properties },
            { u"unitPrice"_qs, moneyObject(unit) }, { u"totalPrice"_qs, moneyObject(total) },
            { u"hbDiscount"_qs,
                QJsonObject{ { u"unitPrice"_qs, moneyObject(0) }, { u"totalPrice"_qs, moneyObject(0) } } },
            { u"merchantDiscount"_qs,
                QJsonObject{ { u"unitPrice"_qs, moneyObject(l.unitDiscountKurus) },
                    { u"totalPrice"_qs, moneyObject(l.unitDiscountKurus * l.quantity) } } },
            { u"vat"_qs, static_cast<double>(vat) / 100.0 }, { u"vatRate"_qs, l.product.vatRate },
            { u"commission"_qs, moneyObject(total * 12 / 100) }, { u"commissionRate"_qs, 12 },
            { u"cargoCompany"_qs, o.cargo.displayName }, { u"cargoCompanyModel"_qs, carrierModel(o.cargo) },
            { u"customerId"_qs, customerId },
            { u"customerName"_qs, QString(o.customer.firstName + u' ' + o.customer.lastName) },
            { u"shippingAddress"_qs, shipping }, { u"invoice"_qs, invoice }, { u"deliveryType"_qs, u"Standard"_qs },
            { u"deliveryOptionId"_qs, 1 }, { u"isCancellable"_qs, initial == LineOpen },
            { u"isCargoChangable"_qs, true }, { u"canCreatePackage"_qs, initial == LineOpen },
            { u"packageNumber"_qs, QString() }, { u"barcode"_qs, QString() },
            { u"warehouse"_qs,
                QJsonObject{
                    { u"shippingAddressLabel"_qs, u"Ana Depo"_qs }, { u"shippingModel"_qs, u"Standard"_qs } } },
            { u"isMicroExport"_qs, false }, { u"discountToBeBilledToHB"_qs, 0 }, { u"customizedText01"_qs, QString() },
            { u"customizedText02"_qs, QString() }, { u"customizedText03"_qs, QString() },
            { u"customizedText04"_qs, QString() }, { u"dispatchTime"_qs, 1 } };
        refreshLine(line);
        m_lines.append(line);
    }
    for (qsizetype i = m_lines.size() - o.lines.size(); i < m_lines.size(); ++i)
        created.append(&m_lines[i]);

    // Replay the order's life through the same operations the API offers.
    auto at = [&](SeedStage stage) {
        for (const auto &h : o.history) {
            if (h.stage == stage)
                return h.atMs;
        }
        return o.createdMs;
    };
    switch (o.stage) {
    case SeedStage::PaymentPending:
    case SeedStage::New:
        return;
    case SeedStage::Cancelled:
        for (Line *line : created) {
            setNowOverride(at(SeedStage::Cancelled));
            line->cancelMs = at(SeedStage::Cancelled);
            line->cancelledBy = o.token % 2 ? u"Customer"_qs : u"Merchant"_qs;
            line->cancelReason = 83;
            setLineStatus(*line, LineCancelled);
        }
        setNowOverride(0);
        return;
    default:
        break;
    }
    setNowOverride(at(SeedStage::Picking));
    const QString number = packLines(created, o.cargo.hepsiburadaShortName, 1.0 + static_cast<double>(o.token % 4), 1);
    Package *package = &m_packages.last();
    if (o.stage >= SeedStage::Invoiced)
        package->json.insert(u"invoiceLink"_qs, QString(u"https://fatura.example.com/hb/"_qs + number + u".pdf"_qs));
    if (o.stage >= SeedStage::Shipped) {
        setNowOverride(at(SeedStage::Shipped));
        package->json.insert(u"trackingInfoCode"_qs, o.carrierTrackingNumber);
        package->json.insert(u"trackingInfoUrl"_qs, o.cargo.trackingUrl.arg(o.carrierTrackingNumber));
        setPackageStatus(*package, PackageInTransit);
    }
    if (o.stage == SeedStage::Delivered || o.stage == SeedStage::Returned) {
        setNowOverride(at(SeedStage::Delivered));
        setPackageStatus(*package, PackageDelivered);
    } else if (o.stage == SeedStage::Undelivered) {
        setNowOverride(at(SeedStage::Undelivered));
        package->undeliveredReason = u"Alıcı adreste bulunamadı"_qs;
        setPackageStatus(*package, PackageUndelivered);
    }
    setNowOverride(0);
}

void HepsiburadaEmulator::reseed(quint64 seed, qint64 referenceMs, int orderCount)
{
    m_generator = std::make_unique<SeedGenerator>(seed, u"hepsiburada");
    m_orders.clear();
    m_lines.clear();
    m_packages.clear();
    m_nextPackageNumber = 5100000001;
    QList<SeedOrder> orders;
    for (int i = 0; i < orderCount; ++i) {
        const auto forced = i < SeedStageCount ? std::optional<SeedStage>(static_cast<SeedStage>(i)) : std::nullopt;
        orders.append(m_generator->makeOrder(referenceMs, forced));
    }
    std::sort(
        orders.begin(), orders.end(), [](const SeedOrder &a, const SeedOrder &b) { return a.createdMs < b.createdMs; });
    for (const SeedOrder &o : orders)
        addSeedOrder(o);
    // One package that the seller unpacked again, so the unpacked list is not empty.
    for (Package &p : m_packages) {
        if (p.status == PackagePacked) {
            setNowOverride(referenceMs - 15 * 60 * 1000);
            (void)packageAction(HttpRequest{}, p, u"unpack"_qs);
            setNowOverride(0);
            break;
        }
    }
    touch();
}

int HepsiburadaEmulator::addNewOrders(int count)
{
    for (int i = 0; i < count; ++i)
        addSeedOrder(m_generator->makeNewOrder(now()));
    return count;
}

bool HepsiburadaEmulator::carrierStep()
{
    // The payment of the oldest payment-awaiting order clears: its lines join the open list (with their old
    // order date, as on the platform).
    bool paid = false;
    QString paidOrder;
    for (Line &line : m_lines) {
        if (line.status != LinePaymentAwaiting || (!paidOrder.isEmpty() && line.orderNumber != paidOrder))
            continue;
        paidOrder = line.orderNumber;
        setLineStatus(line, LineOpen);
        paid = true;
    }
    if (paid) {
        for (Order &order : m_orders) {
            if (order.orderNumber == paidOrder)
                order.json.insert(u"paymentStatus"_qs, u"Paid"_qs);
        }
    }
    for (const QString &from : { PackagePacked, PackageInTransit }) {
        for (Package &p : m_packages) {
            if (p.status != from)
                continue;
            if (from == PackagePacked) {
                const QString tracking = m_generator->random().digits(12);
                p.json.insert(u"trackingInfoCode"_qs, tracking);
                setPackageStatus(p, PackageInTransit);
            } else {
                setPackageStatus(p, PackageDelivered);
            }
            return true;
        }
    }
    return paid;
}

QJsonObject HepsiburadaEmulator::state() const
{
    QJsonArray orders;
    for (const Order &o : m_orders)
        orders.append(orderWithItems(o));
    QJsonArray lines;
    for (const Line &l : m_lines) {
        QJsonObject j = l.json;
        j.insert(u"_sandbox"_qs,
            QJsonObject{ { u"orderMs"_qs, l.orderMs }, { u"cancelMs"_qs, l.cancelMs },
                { u"cancelledBy"_qs, l.cancelledBy }, { u"cancelReasonCode"_qs, l.cancelReason } });
        lines.append(j);
    }
    QJsonArray packages;
    for (const Package &p : m_packages) {
        QJsonObject j = p.json;
        j.insert(u"_sandbox"_qs,
            QJsonObject{ { u"packedMs"_qs, p.packedMs }, { u"statusMs"_qs, p.statusMs },
                { u"undeliveredReason"_qs, p.undeliveredReason } });
        packages.append(j);
    }
    return { { u"platform"_qs, name() }, { u"merchantId"_qs, MerchantId }, { u"orders"_qs, orders },
        { u"lines"_qs, lines }, { u"packages"_qs, packages },
        { u"next"_qs,
            QJsonObject{ { u"packageNumber"_qs, m_nextPackageNumber },
                { u"sequence"_qs, m_generator ? m_generator->nextSequence() : 1 } } } };
}

bool HepsiburadaEmulator::loadState(const QJsonObject &state)
{
    if (state.value(u"platform").toString() != name())
        return false;
    m_orders.clear();
    m_lines.clear();
    m_packages.clear();
    for (const QJsonValue &v : state.value(u"orders").toArray()) {
        Order o;
        o.json = v.toObject();
        o.json.remove(u"items"_qs);
        o.orderNumber = o.json[u"orderNumber"].toString();
        m_orders.append(o);
    }
    for (const QJsonValue &v : state.value(u"lines").toArray()) {
        Line l;
        l.json = v.toObject();
        const QJsonObject extra = l.json.take(u"_sandbox"_qs).toObject();
        l.orderMs = extra[u"orderMs"].toInteger();
        l.cancelMs = extra[u"cancelMs"].toInteger();
        l.cancelledBy = extra[u"cancelledBy"].toString();
        l.cancelReason = extra[u"cancelReasonCode"].toInt();
        refreshLine(l);
        m_lines.append(l);
    }
    for (const QJsonValue &v : state.value(u"packages").toArray()) {
        Package p;
        p.json = v.toObject();
        const QJsonObject extra = p.json.take(u"_sandbox"_qs).toObject();
        p.packedMs = extra[u"packedMs"].toInteger();
        p.statusMs = extra[u"statusMs"].toInteger();
        p.undeliveredReason = extra[u"undeliveredReason"].toString();
        refreshPackage(p);
        m_packages.append(p);
    }
    const QJsonObject next = state.value(u"next").toObject();
    m_nextPackageNumber = next[u"packageNumber"].toInteger(m_nextPackageNumber);
    m_generator = std::make_unique<SeedGenerator>(static_cast<quint64>(m_nextPackageNumber), u"hepsiburada");
    m_generator->setNextSequence(next[u"sequence"].toInt(1));
    touch();
    return true;
}

} // namespace sd::sandbox
