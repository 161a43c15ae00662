#include "trendyolemulator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sd::sandbox {

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;
constexpr qint64 Shift = Clock::TurkeyOffsetMs;

QString statusFor(SeedStage stage)
{
    switch (stage) {
    case SeedStage::PaymentPending:
        return u"Awaiting"_qs;
    case SeedStage::New:
        return u"Created"_qs;
    case SeedStage::Picking:
        return u"Picking"_qs;
    case SeedStage::Invoiced:
        return u"Invoiced"_qs;
    case SeedStage::Shipped:
        return u"Shipped"_qs;
    case SeedStage::AtCollectionPoint:
        return u"AtCollectionPoint"_qs;
    case SeedStage::Delivered:
        return u"Delivered"_qs;
    case SeedStage::Undelivered:
        return u"UnDelivered"_qs;
    case SeedStage::Returned:
        return u"Returned"_qs;
    case SeedStage::Cancelled:
        return u"Cancelled"_qs;
    }
    return u"Created"_qs;
}

// Forward-only order of the carrier-side statuses that the stage test endpoint may set.
int carrierRank(const QString &status)
{
    if (status == u"Created" || status == u"Picking" || status == u"Invoiced")
        return 0;
    if (status == u"Shipped")
        return 1;
    if (status == u"AtCollectionPoint")
        return 2;
    if (status == u"Delivered" || status == u"UnDelivered")
        return 3;
    if (status == u"Returned")
        return 4;
    return -1;
}

std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::abs(d) < 9.0e18 && d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<qint64> integerParam(const HttpRequest &request, const QString &key, bool *present)
{
    *present = request.hasQuery(key) && !request.queryValue(key).isEmpty();
    if (!*present)
        return std::nullopt;
    bool ok = false;
    const qint64 v = request.queryValue(key).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

const QStringList &cancelReasons()
{
    static const QStringList l = { u"500"_qs, u"501"_qs, u"502"_qs, u"504"_qs, u"505"_qs, u"506"_qs };
    return l;
}

} // namespace

TrendyolEmulator::TrendyolEmulator(const Clock *clock)
    : PlatformEmulator(clock)
{
    m_rateRule = { 50, 10000 }; // 50 requests per 10 s to the same endpoint
}

TrendyolEmulator::~TrendyolEmulator() = default;

QJsonObject TrendyolEmulator::credentials() const
{
    return { { u"sellerId"_qs, QString::number(SellerId) }, { u"apiKey"_qs, ApiKey }, { u"apiSecret"_qs, ApiSecret },
        { u"userAgent"_qs, UserAgent } };
}

HttpResponse TrendyolEmulator::error(
    int status, const QString &key, const QString &message, const QString &exception) const
{
    return HttpResponse::json(status,
        QJsonObject{ { u"timestamp"_qs, now() }, { u"exception"_qs, exception },
            { u"errors"_qs,
                QJsonArray{ QJsonObject{
                    { u"key"_qs, key }, { u"message"_qs, message }, { u"errorParams"_qs, QJsonArray{} } } } } });
}

HttpResponse TrendyolEmulator::errorResponse(int status) const
{
    if (status >= 500)
        return error(
            status, u"generic.exception"_qs, u"Beklenmeyen bir hata oluştu."_qs, u"TrendyolSystemException"_qs);
    return error(status, u"sandbox.injected"_qs, u"Injected error"_qs);
}

HttpResponse TrendyolEmulator::rateLimitedResponse(int retryAfterSeconds) const
{
    HttpResponse r
        = error(429, u"too.many.requests"_qs, u"Too many requests"_qs, u"ClientApiTooManyRequestException"_qs);
    if (retryAfterSeconds >= 0)
        r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

std::optional<HttpResponse> TrendyolEmulator::checkAuth(const HttpRequest &request, const QString &sellerId)
{
    const auto creds = basicCredentials(request);
    if (!creds || creds->first != ApiKey || creds->second != ApiSecret)
        return error(
            401, u"ClientApiAuthenticationException"_qs, u"Unauthorized"_qs, u"ClientApiAuthenticationException"_qs);
    static const QRegularExpression agent(u"^\\d+ - [A-Za-z0-9]{1,30}$"_qs);
    if (!agent.match(QString::fromUtf8(request.header("User-Agent"))).hasMatch())
        return error(403, u"user.agent.required"_qs, u"User-Agent header must be '{sellerId} - {IntegratorName}'"_qs);
    if (sellerId != QString::number(SellerId))
        return error(403, u"seller.not.authorized"_qs, u"Seller id does not belong to these credentials"_qs);
    return std::nullopt;
}

HttpResponse TrendyolEmulator::handle(const HttpRequest &request)
{
    QStringList args;
    QString endpoint;
    enum class Route {
        List,
        Status,
        TrackingOld,
        TrackingDetails,
        Unsupplied,
        BoxInfo,
        Carrier,
        TestStatus,
        InvoiceLink,
        InvoiceLinkDelete
    } route;
    const QByteArray &m = request.method;
    const QString &p = request.path;
    if (m == "GET" && matchPath(p, u"/integration/order/sellers/{}/orders", &args)) {
        route = Route::List;
        endpoint = u"getShipmentPackages"_qs;
    } else if (m == "PUT" && matchPath(p, u"/integration/order/sellers/{}/shipment-packages/{}", &args)) {
        route = Route::Status;
        endpoint = u"updatePackage"_qs;
    } else if (m == "PUT"
        && matchPath(p, u"/integration/order/sellers/{}/shipment-packages/{}/update-tracking-number", &args)) {
        route = Route::TrackingOld;
        endpoint = u"updateTrackingNumber"_qs;
    } else if (m == "PUT"
        && matchPath(p, u"/integration/order/sellers/{}/shipment-packages/{}/tracking-details", &args)) {
        route = Route::TrackingDetails;
        endpoint = u"trackingDetails"_qs;
    } else if (m == "PUT"
        && matchPath(p, u"/integration/order/sellers/{}/shipment-packages/{}/items/unsupplied", &args)) {
        route = Route::Unsupplied;
        endpoint = u"unsupplied"_qs;
    } else if (m == "PUT" && matchPath(p, u"/integration/order/sellers/{}/shipment-packages/{}/box-info", &args)) {
        route = Route::BoxInfo;
        endpoint = u"boxInfo"_qs;
    } else if (m == "PUT"
        && matchPath(p, u"/integration/order/sellers/{}/shipment-packages/{}/cargo-providers", &args)) {
        route = Route::Carrier;
        endpoint = u"cargoProviders"_qs;
    } else if (m == "PUT" && matchPath(p, u"/integration/test/order/sellers/{}/shipment-packages/{}/status", &args)) {
        route = Route::TestStatus;
        endpoint = u"testStatus"_qs;
    } else if (m == "POST" && matchPath(p, u"/integration/sellers/{}/seller-invoice-links", &args)) {
        route = Route::InvoiceLink;
        endpoint = u"sellerInvoiceLinks"_qs;
    } else if (m == "POST" && matchPath(p, u"/integration/sellers/{}/seller-invoice-links/delete", &args)) {
        route = Route::InvoiceLinkDelete;
        endpoint = u"sellerInvoiceLinksDelete"_qs;
    } else {
        return error(404, u"not.found"_qs, u"No such endpoint"_qs, u"ClientApiNotFoundException"_qs);
    }

    if (auto refused = checkAuth(request, args.at(0)))
        return *refused;
    const auto decision = countRequest(ApiKey, endpoint);
    if (!decision.allowed)
        return rateLimitedResponse(-1);

    if (route == Route::List)
        return listPackages(request);

    std::optional<QJsonObject> body = parseObject(request.body);
    if (!body)
        return error(400, u"request.body.invalid"_qs, u"Request body is not a valid JSON object"_qs);
    if (route == Route::InvoiceLink)
        return sendInvoiceLink(*body);
    if (route == Route::InvoiceLinkDelete)
        return deleteInvoiceLink(*body);

    Package *package = findPackage(args.at(1));
    if (!package)
        return error(
            404, u"shipment.package.not.found"_qs, u"Shipment package not found"_qs, u"ClientApiNotFoundException"_qs);
    switch (route) {
    case Route::Status:
        return updateStatus(*package, *body);
    case Route::TrackingOld:
        return updateTrackingNumber(*package, *body);
    case Route::TrackingDetails:
        return updateTrackingDetails(*package, *body);
    case Route::Unsupplied:
        return unsupplied(*package, *body);
    case Route::BoxInfo:
        return boxInfo(*package, *body);
    case Route::Carrier:
        return changeCargoProvider(*package, *body);
    case Route::TestStatus:
        // The stage-only test endpoints also want the seller id as a header.
        if (QString::fromUtf8(request.header("SellerID")) != QString::number(SellerId))
            return error(400, u"sellerId.header.required"_qs, u"SellerID header is required"_qs);
        return testStatus(*package, *body);
    default:
        break;
    }
    return error(404, u"not.found"_qs, u"No such endpoint"_qs);
}

HttpResponse TrendyolEmulator::listPackages(const HttpRequest &request)
{
    bool has = false;
    qint64 page = 0;
    qint64 size = 50;
    if (auto v = integerParam(request, u"page"_qs, &has); has) {
        if (!v || *v < 0)
            return error(400, u"page.invalid"_qs, u"page must be a number from 0"_qs);
        page = *v;
    }
    if (auto v = integerParam(request, u"size"_qs, &has); has) {
        if (!v || *v < 1 || *v > 200)
            return error(400, u"size.invalid"_qs, u"size must be between 1 and 200"_qs);
        size = *v;
    }
    bool hasStart = false;
    bool hasEnd = false;
    const auto start = integerParam(request, u"startDate"_qs, &hasStart);
    const auto end = integerParam(request, u"endDate"_qs, &hasEnd);
    if ((hasStart && !start) || (hasEnd && !end))
        return error(400, u"date.invalid"_qs, u"startDate and endDate are epoch milliseconds"_qs);
    const QString orderNumber = request.queryValue(u"orderNumber"_qs);
    QSet<qint64> ids;
    for (const QString &item : request.query.allQueryItemValues(u"shipmentPackageIds"_qs, QUrl::FullyDecoded)) {
        for (const QString &piece : item.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            ids.insert(piece.trimmed().toLongLong(&ok));
            if (!ok)
                return error(400, u"shipmentPackageIds.invalid"_qs, u"shipmentPackageIds must be numbers"_qs);
        }
    }
    const QString orderByField = request.queryValue(u"orderByField"_qs);
    if (!orderByField.isEmpty() && orderByField != u"PackageLastModifiedDate")
        return error(400, u"orderByField.invalid"_qs, u"orderByField must be PackageLastModifiedDate"_qs);
    const QString direction = request.queryValue(u"orderByDirection"_qs).toUpper();
    if (!direction.isEmpty() && direction != u"ASC" && direction != u"DESC")
        return error(400, u"orderByDirection.invalid"_qs, u"orderByDirection must be ASC or DESC"_qs);

    qint64 from = 0;
    qint64 to = now();
    const bool lookup = !orderNumber.isEmpty() || !ids.isEmpty();
    if (hasStart && hasEnd) {
        from = *start;
        to = *end;
    } else if (hasStart) {
        from = *start;
        to = now();
    } else if (hasEnd) {
        to = *end;
        from = to - 7 * Day;
    } else {
        from = now() - 7 * Day; // without dates only the last week is served
    }
    if (to < from)
        return error(400, u"date.range.invalid"_qs, u"endDate must not be before startDate"_qs);
    if (!lookup && to - from > 14 * Day)
        return error(400, u"date.range.too.long"_qs, u"The date range may span at most two weeks"_qs);
    const qint64 lookbackLimit = now() - 90 * Day;

    QSet<QString> statuses;
    for (const QString &s : request.queryValue(u"status"_qs).split(u',', Qt::SkipEmptyParts))
        statuses.insert(s.trimmed());
    const bool byModified = orderByField == u"PackageLastModifiedDate";

    QList<const Package *> hits;
    for (const Package &pkg : m_packages) {
        if (!statuses.isEmpty() && !statuses.contains(pkg.status))
            continue;
        if (!orderNumber.isEmpty() && pkg.orderNumber != orderNumber)
            continue;
        if (!ids.isEmpty() && !ids.contains(pkg.id))
            continue;
        if (pkg.createdMs < lookbackLimit)
            continue;
        if (!lookup) {
            const qint64 t = byModified ? pkg.modifiedMs : pkg.createdMs;
            if (t < from || t > to)
                continue;
        }
        hits.append(&pkg);
    }
    const bool ascending = direction == u"ASC";
    std::sort(hits.begin(), hits.end(), [ascending](const Package *a, const Package *b) {
        if (a->modifiedMs != b->modifiedMs)
            return ascending ? a->modifiedMs < b->modifiedMs : a->modifiedMs > b->modifiedMs;
        return ascending ? a->id < b->id : a->id > b->id;
    });
    const qint64 total = hits.size();
    QJsonArray content;
    const qint64 first = page * size;
    if (first < 10000) { // only the first 10 000 packages of a filter are reachable
        for (qint64 i = first; i < qMin(total, first + size); ++i)
            content.append(hits.at(i)->json);
    }
    return HttpResponse::json(200,
        QJsonObject{ { u"page"_qs, page }, { u"size"_qs, size }, { u"totalPages"_qs, pagesFor(total, size) },
            { u"totalElements"_qs, total }, { u"content"_qs, content } });
}

std::optional<HttpResponse> TrendyolEmulator::readLines(
    const Package &package, const QJsonObject &body, QHash<qint64, int> *quantities) const
{
    const QJsonValue linesValue = body.value(u"lines");
    if (!linesValue.isArray() || linesValue.toArray().isEmpty())
        return error(400, u"lines.required"_qs, u"lines must be a non-empty array"_qs);
    QHash<qint64, int> available;
    for (const QJsonValue &line : package.json.value(u"lines").toArray())
        available.insert(line[u"id"].toInteger(), line[u"quantity"].toInt());
    for (const QJsonValue &entry : linesValue.toArray()) {
        const auto lineId = integerValue(entry[u"lineId"]);
        const auto quantity = integerValue(entry[u"quantity"]);
        if (!entry.isObject() || !lineId || !quantity)
            return error(400, u"lines.invalid"_qs, u"Each line needs a numeric lineId and quantity"_qs);
        if (!available.contains(*lineId))
            return error(400, u"line.not.found"_qs, u"Line %1 is not in this package"_qs.arg(*lineId));
        const int already = quantities->value(*lineId);
        if (*quantity < 1 || already + *quantity > available.value(*lineId))
            return error(400, u"quantity.invalid"_qs,
                u"Quantity for line %1 must be between 1 and %2"_qs.arg(*lineId).arg(available.value(*lineId)));
        quantities->insert(*lineId, already + static_cast<int>(*quantity));
    }
    return std::nullopt;
}

HttpResponse TrendyolEmulator::updateStatus(Package &package, const QJsonObject &body)
{
    const QJsonValue statusValue = body.value(u"status");
    if (!statusValue.isString())
        return error(400, u"status.required"_qs, u"status is required"_qs);
    const QString status = statusValue.toString();
    if (status != u"Picking" && status != u"Invoiced")
        return error(400, u"status.not.allowed"_qs, u"Only Picking and Invoiced can be set by the seller"_qs);
    QHash<qint64, int> quantities;
    if (auto bad = readLines(package, body, &quantities))
        return *bad;
    if (status == u"Picking" && package.status != u"Created")
        return error(400, u"shipment.package.status.invalid"_qs,
            u"Package in status %1 cannot be moved to Picking"_qs.arg(package.status));
    if (status == u"Invoiced") {
        if (package.status != u"Picking")
            return error(400, u"shipment.package.status.invalid"_qs,
                u"Package in status %1 cannot be moved to Invoiced; send Picking first"_qs.arg(package.status));
        const QJsonValue invoiceNumber = body.value(u"params")[u"invoiceNumber"];
        if (!invoiceNumber.isString() || invoiceNumber.toString().trimmed().isEmpty())
            return error(400, u"invoiceNumber.required"_qs, u"params.invoiceNumber is required for Invoiced"_qs);
        package.json.insert(u"invoiceNumber"_qs, invoiceNumber.toString());
    }
    setStatus(package, status);
    return HttpResponse::empty(200);
}

HttpResponse TrendyolEmulator::updateTrackingNumber(Package &package, const QJsonObject &body)
{
    const QJsonValue number = body.value(u"trackingNumber");
    if (!number.isString() || number.toString().trimmed().isEmpty())
        return error(400, u"trackingNumber.required"_qs, u"trackingNumber is required"_qs);
    if (package.status != u"Created" && package.status != u"Picking" && package.status != u"Invoiced")
        return error(400, u"shipment.not.updatable"_qs, u"Shipment Update Edilebilir Bir Durumda Değil."_qs);
    package.json.insert(u"cargoSenderNumber"_qs, number.toString());
    package.json.insert(u"lastModifiedDate"_qs, now());
    refresh(package);
    touch();
    return HttpResponse::empty(200);
}

HttpResponse TrendyolEmulator::updateTrackingDetails(Package &package, const QJsonObject &body)
{
    static const QStringList providers
        = { u"DHLMP"_qs, u"HERMESMP"_qs, u"DHLEXPMP"_qs, u"DPDMP"_qs, u"GLS"_qs, u"GENIKI"_qs, u"PACKETA"_qs };
    const QJsonValue number = body.value(u"cargoSenderNumber");
    const QJsonValue provider = body.value(u"providerCode");
    if (!number.isString() || number.toString().trimmed().isEmpty() || !provider.isString())
        return error(400, u"tracking.details.invalid"_qs, u"cargoSenderNumber and providerCode are required"_qs);
    if (!providers.contains(provider.toString()))
        return error(400, u"providerCode.invalid"_qs, u"Unknown providerCode %1"_qs.arg(provider.toString()));
    if (package.status != u"Picking" && package.status != u"Invoiced" && package.status != u"Shipped")
        return error(400, u"shipment.tracking.not.updatable"_qs, u"Shipment tracking number cannot be updated"_qs);
    package.json.insert(u"cargoSenderNumber"_qs, number.toString());
    if (body.value(u"returnTrackingNumber").isString())
        package.json.insert(u"returnTrackingNumber"_qs, body.value(u"returnTrackingNumber").toString());
    package.json.insert(u"lastModifiedDate"_qs, now());
    refresh(package);
    touch();
    return HttpResponse::empty(200);
}

HttpResponse TrendyolEmulator::unsupplied(Package &package, const QJsonObject &body)
{
    const auto reason = integerValue(body.value(u"reasonId"));
    if (!reason || !cancelReasons().contains(QString::number(*reason)))
        return error(400, u"reasonId.invalid"_qs, u"reasonId must be one of 500, 501, 502, 504, 505, 506"_qs);
    QHash<qint64, int> cancel;
    if (auto bad = readLines(package, body, &cancel))
        return *bad;
    if (package.status != u"Created" && package.status != u"Picking" && package.status != u"Invoiced")
        return error(400, u"shipment.package.status.invalid"_qs,
            u"Lines of a package in status %1 cannot be cancelled"_qs.arg(package.status));

    // Split the lines into what stays and what goes.
    QJsonArray keep;
    QJsonArray gone;
    for (const QJsonValue &value : package.json.value(u"lines").toArray()) {
        QJsonObject line = value.toObject();
        const qint64 id = line[u"id"].toInteger();
        const int quantity = line[u"quantity"].toInt();
        const int cancelled = cancel.value(id);
        auto withQuantity = [&](int q, const QString &lineStatus) {
            QJsonObject copy = line;
            copy.insert(u"quantity"_qs, q);
            copy.insert(u"orderLineItemStatusName"_qs, lineStatus);
            QJsonArray details;
            for (int i = 0; i < q; ++i)
                details.append(line[u"discountDetails"].toArray().at(0));
            copy.insert(u"discountDetails"_qs, details);
            return copy;
        };
        if (cancelled > 0)
            gone.append(withQuantity(cancelled, u"UnSupplied"_qs));
        if (quantity - cancelled > 0)
            keep.append(withQuantity(quantity - cancelled, package.status));
    }
    const qint64 oldId = package.id;
    const QString oldStatus = package.status;
    if (keep.isEmpty()) {
        // Everything cancelled: the package itself ends as Cancelled.
        package.json.insert(u"lines"_qs, gone);
        setStatus(package, u"Cancelled"_qs);
        return HttpResponse::empty(200);
    }
    // Partial: the package is re-created under a new id and cargo barcode; the original is retired.
    const QJsonObject original = package.json;
    setStatus(package, u"UnPacked"_qs);
    auto successor = [&](const QJsonArray &lines, const QString &status) {
        QJsonObject json = original;
        json.insert(u"id"_qs, m_nextPackageId++);
        json.insert(u"lines"_qs, lines);
        json.insert(u"status"_qs, status);
        json.insert(u"shipmentPackageStatus"_qs, status);
        json.insert(u"createdBy"_qs, u"cancel"_qs);
        json.insert(u"originPackageIds"_qs, QJsonArray{ oldId });
        json.insert(u"lastModifiedDate"_qs, now());
        const int prefix = static_cast<int>(original.value(u"cargoTrackingNumber").toInteger() / 10000000000000LL);
        const qint64 barcode = newCargoBarcode(prefix);
        json.insert(u"cargoTrackingNumber"_qs, barcode);
        json.insert(u"cargoTrackingLink"_qs,
            QString(original.value(u"cargoTrackingLink").toString().section(u'=', 0, -2) + u'='
                + QString::number(barcode)));
        json.insert(u"cargoSenderNumber"_qs, QJsonValue::Null);
        qint64 gross = 0;
        qint64 discount = 0;
        for (const QJsonValue &l : lines) {
            gross += qRound64(l[u"amount"].toDouble() * 100) * l[u"quantity"].toInt();
            discount += qRound64(l[u"discount"].toDouble() * 100) * l[u"quantity"].toInt();
        }
        json.insert(u"grossAmount"_qs, money(gross));
        json.insert(u"totalDiscount"_qs, money(discount));
        json.insert(u"totalPrice"_qs, money(gross - discount));
        QJsonArray history{ QJsonObject{ { u"createdDate"_qs, now() }, { u"status"_qs, status } } };
        json.insert(u"packageHistories"_qs, history);
        addPackage(json);
    };
    successor(keep, oldStatus);
    successor(gone, u"UnSupplied"_qs);
    return HttpResponse::empty(200);
}

HttpResponse TrendyolEmulator::boxInfo(Package &package, const QJsonObject &body)
{
    const auto boxes = integerValue(body.value(u"boxQuantity"));
    const QJsonValue deci = body.value(u"deci");
    if (!boxes || *boxes < 1 || !deci.isDouble() || deci.toDouble() <= 0)
        return error(400, u"box.info.invalid"_qs, u"boxQuantity (integer ≥ 1) and deci (> 0) are required"_qs);
    package.json.insert(u"cargoDeci"_qs, deci.toDouble());
    package.json.insert(u"boxQuantity"_qs, *boxes);
    touch();
    return HttpResponse::empty(200);
}

HttpResponse TrendyolEmulator::changeCargoProvider(Package &package, const QJsonObject &body)
{
    const QString code = body.value(u"cargoProvider").toString();
    static const QStringList codes = { u"YKMP"_qs, u"ARASMP"_qs, u"SURATMP"_qs, u"HOROZMP"_qs, u"DHLECOMMP"_qs,
        u"PTTMP"_qs, u"CEVAMP"_qs, u"TEXMP"_qs, u"UPSMP"_qs, u"KOLAYGELSINMP"_qs };
    if (!codes.contains(code))
        return error(400, u"cargoProvider.invalid"_qs, u"Unknown cargoProvider"_qs);
    if (package.status != u"Created" && package.status != u"Picking" && package.status != u"Invoiced")
        return error(400, u"shipment.package.status.invalid"_qs,
            u"The carrier of a package in status %1 cannot be changed"_qs.arg(package.status));
    if (package.lastCarrierChangeMs != 0 && now() - package.lastCarrierChangeMs < 5 * 60 * 1000)
        return error(400, u"cargo.provider.change.too.frequent"_qs,
            u"The carrier of a package can be changed once every 5 minutes"_qs);
    QString providerName = code;
    int prefix = 733;
    for (const auto &c : turkey::cargoCompanies()) {
        if (c.trendyolCode == code) {
            providerName = c.trendyolName;
            prefix = c.barcodePrefix;
        }
    }
    package.json.insert(u"cargoProviderName"_qs, providerName);
    const qint64 barcode = newCargoBarcode(prefix);
    package.json.insert(u"cargoTrackingNumber"_qs, barcode);
    package.json.insert(u"lastModifiedDate"_qs, now());
    package.lastCarrierChangeMs = now();
    refresh(package);
    touch();
    return HttpResponse::empty(200);
}

HttpResponse TrendyolEmulator::testStatus(Package &package, const QJsonObject &body)
{
    const QString status = body.value(u"status").toString();
    static const QStringList allowed
        = { u"Shipped"_qs, u"AtCollectionPoint"_qs, u"Delivered"_qs, u"UnDelivered"_qs, u"Returned"_qs };
    if (!allowed.contains(status))
        return error(400, u"status.not.allowed"_qs,
            u"Test status must be Shipped, AtCollectionPoint, Delivered, UnDelivered or Returned"_qs);
    const int from = carrierRank(package.status);
    const int to = carrierRank(status);
    const bool returnOk = status != u"Returned" || package.status == u"Delivered" || package.status == u"UnDelivered";
    if (from < 0 || to <= from || !returnOk)
        return error(400, u"shipment.package.status.invalid"_qs,
            u"Package in status %1 cannot move to %2"_qs.arg(package.status, status));
    setStatus(package, status);
    return HttpResponse::empty(200);
}

HttpResponse TrendyolEmulator::sendInvoiceLink(const QJsonObject &body)
{
    const QJsonValue link = body.value(u"invoiceLink");
    const auto packageId = integerValue(body.value(u"shipmentPackageId"));
    const QJsonValue number = body.value(u"invoiceNumber");
    static const QRegularExpression numberPattern(u"^[A-Za-z0-9]{3}\\d{13}$"_qs);
    if (!link.isString() || !(link.toString().startsWith(u"https://") || link.toString().startsWith(u"http://")))
        return error(400, u"invoiceLink.invalid"_qs, u"invoiceLink must be an http(s) URL"_qs);
    if (!packageId)
        return error(400, u"shipmentPackageId.invalid"_qs, u"shipmentPackageId must be a number"_qs);
    if (!body.value(u"invoiceDateTime").isDouble())
        return error(400, u"invoiceDateTime.invalid"_qs, u"invoiceDateTime must be epoch seconds or milliseconds"_qs);
    if (!number.isString() || !numberPattern.match(number.toString()).hasMatch())
        return error(400, u"invoiceNumber.invalid"_qs, u"invoiceNumber must be 3 letters or digits and 13 digits"_qs);
    Package *package = findPackage(QString::number(*packageId));
    if (!package)
        return error(
            404, u"shipment.package.not.found"_qs, u"Shipment package not found"_qs, u"ClientApiNotFoundException"_qs);
    if (!package->json.value(u"invoiceLink").toString().isEmpty())
        return error(409, u"invoice.link.exists"_qs, u"This package already has an invoice link"_qs);
    if (m_usedInvoiceLinks.contains(link.toString()))
        return error(409, u"invoice.link.used"_qs, u"This invoice link was used before"_qs);
    m_usedInvoiceLinks.insert(link.toString());
    package->json.insert(u"invoiceLink"_qs, link.toString());
    package->json.insert(u"invoiceNumber"_qs, number.toString());
    touch();
    return HttpResponse::empty(201);
}

HttpResponse TrendyolEmulator::deleteInvoiceLink(const QJsonObject &body)
{
    const auto packageId = integerValue(body.value(u"serviceSourceId"));
    if (!packageId || !body.value(u"channelId").isDouble() || !body.value(u"customerId").isDouble())
        return error(400, u"request.invalid"_qs, u"serviceSourceId, channelId and customerId are required"_qs);
    Package *package = findPackage(QString::number(*packageId));
    if (!package || package->json.value(u"invoiceLink").toString().isEmpty())
        return error(404, u"invoice.link.not.found"_qs, u"No invoice link for this package"_qs,
            u"ClientApiNotFoundException"_qs);
    package->json.insert(u"invoiceLink"_qs, QString());
    touch();
    return HttpResponse::empty(202);
}

TrendyolEmulator::Package *TrendyolEmulator::findPackage(const QString &id)
{
    bool ok = false;
    const qint64 wanted = id.toLongLong(&ok);
    if (!ok)
        return nullptr;
    for (Package &p : m_packages) {
        if (p.id == wanted)
            return &p;
    }
    return nullptr;
}

void TrendyolEmulator::setStatus(Package &package, const QString &status)
{
    const qint64 t = now();
    package.json.insert(u"status"_qs, status);
    package.json.insert(u"shipmentPackageStatus"_qs, status);
    package.json.insert(u"lastModifiedDate"_qs, t);
    QJsonArray history = package.json.value(u"packageHistories").toArray();
    history.append(QJsonObject{ { u"createdDate"_qs, t }, { u"status"_qs, status } });
    package.json.insert(u"packageHistories"_qs, history);
    QJsonArray lines = package.json.value(u"lines").toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        if (line.value(u"orderLineItemStatusName").toString() != u"UnSupplied")
            line.insert(u"orderLineItemStatusName"_qs, status);
        lines[i] = line;
    }
    package.json.insert(u"lines"_qs, lines);
    if (status == u"Shipped" && package.json.value(u"cargoSenderNumber").isNull())
        package.json.insert(u"cargoSenderNumber"_qs,
            QString(QString::number(m_generator->random().between(1, 9)) + m_generator->random().digits(11)));
    refresh(package);
    touch();
}

void TrendyolEmulator::refresh(Package &package)
{
    const QJsonObject &j = package.json;
    package.id = j.value(u"id").toInteger();
    package.status = j.value(u"status").toString();
    package.createdMs = j.value(u"orderDate").toInteger() - Shift;
    package.modifiedMs = j.value(u"lastModifiedDate").toInteger();
    package.orderNumber = j.value(u"orderNumber").toString();
}

TrendyolEmulator::Package &TrendyolEmulator::addPackage(QJsonObject json)
{
    Package p;
    p.json = std::move(json);
    refresh(p);
    m_packages.append(p);
    touch();
    return m_packages.last();
}

qint64 TrendyolEmulator::newCargoBarcode(int prefix)
{
    return static_cast<qint64>(prefix) * 10000000000000LL
        + m_generator->random().between(1000000000000LL, 9999999999999LL);
}

QJsonObject TrendyolEmulator::address(
    const SeedAddress &a, qint64 id, const SeedCustomer &customer, bool invoice, bool strayCitySpaces)
{
    QJsonObject o{ { u"id"_qs, id }, { u"firstName"_qs, a.firstName }, { u"lastName"_qs, a.lastName },
        { u"fullName"_qs, a.fullName() }, { u"company"_qs, invoice ? customer.companyName : QString() },
        { u"address1"_qs, QString(a.neighbourhood + u' ' + a.street) }, { u"address2"_qs, QString() },
        { u"addressLines"_qs,
            QJsonObject{ { u"addressLine1"_qs, QString(a.neighbourhood + u' ' + a.street) },
                { u"addressLine2"_qs, QString() } } },
        { u"fullAddress"_qs, a.fullAddress() }, { u"city"_qs, strayCitySpaces ? u' ' + a.city + u' ' : a.city },
        { u"cityCode"_qs, a.cityCode }, { u"district"_qs, a.district }, { u"districtId"_qs, a.districtId },
        { u"neighborhood"_qs, a.neighbourhood }, { u"neighborhoodId"_qs, a.neighbourhoodId },
        { u"postalCode"_qs, a.postalCode }, { u"countryCode"_qs, u"TR"_qs }, { u"phone"_qs, QJsonValue::Null },
        { u"latitude"_qs, QString() }, { u"longitude"_qs, QString() } };
    if (invoice) {
        o.insert(u"taxOffice"_qs, customer.corporate ? QJsonValue(customer.taxOffice) : QJsonValue(QJsonValue::Null));
        o.insert(u"taxNumber"_qs, customer.corporate ? QJsonValue(customer.taxNumber) : QJsonValue(QJsonValue::Null));
        o.insert(u"eInvoiceAvailable"_qs, customer.corporate);
    }
    return o;
}

QJsonObject TrendyolEmulator::packageFromSeed(const SeedOrder &order, const QString &status)
{
    SeedRandom rnd(order.token);
    QJsonArray lines;
    qint64 gross = 0;
    qint64 discount = 0;
    for (const SeedLine &l : order.lines) {
        const qint64 unit = l.product.priceKurus;
        QJsonArray details;
        for (int i = 0; i < l.quantity; ++i)
            details.append(QJsonObject{ { u"lineItemPrice"_qs, money(unit - l.unitDiscountKurus) },
                { u"lineItemDiscount"_qs, money(l.unitDiscountKurus) }, { u"lineItemTyDiscount"_qs, 0 } });
        gross += unit * l.quantity;
        discount += l.unitDiscountKurus * l.quantity;
        lines.append(QJsonObject{ { u"id"_qs, m_nextLineId++ }, { u"quantity"_qs, l.quantity },
            { u"barcode"_qs, l.product.barcode }, { u"merchantSku"_qs, l.product.sku },
            { u"sku"_qs, l.product.barcode }, { u"productName"_qs, l.product.title },
            { u"productCode"_qs, l.product.productCode }, { u"productSize"_qs, l.product.size },
            { u"productColor"_qs, l.product.color }, { u"productOrigin"_qs, u"TR"_qs },
            { u"productCategoryId"_qs, l.product.categoryId }, { u"merchantId"_qs, SellerId },
            { u"amount"_qs, money(unit) }, { u"discount"_qs, money(l.unitDiscountKurus) }, { u"tyDiscount"_qs, 0 },
            { u"price"_qs, money(unit - l.unitDiscountKurus) }, { u"discountDetails"_qs, details },
            { u"currencyCode"_qs, u"TRY"_qs }, { u"vatBaseAmount"_qs, l.product.vatRate }, { u"salesCampaignId"_qs, 0 },
            { u"orderLineItemStatusName"_qs, status }, { u"fastDeliveryOptions"_qs, QJsonArray{} },
            { u"laborCost"_qs, 0 }, { u"commission"_qs, 15 } });
    }
    QJsonArray history;
    for (const SeedHistoryEntry &h : order.history)
        history.append(QJsonObject{ { u"createdDate"_qs, h.atMs }, { u"status"_qs, statusFor(h.stage) } });
    const bool shipped = order.stage >= SeedStage::Shipped && order.stage != SeedStage::Cancelled;
    const bool collection = order.stage == SeedStage::AtCollectionPoint;
    const qint64 barcode = static_cast<qint64>(order.cargo.barcodePrefix) * 10000000000000LL
        + static_cast<qint64>(order.token % 9000000000000ULL) + 1000000000000LL;
    const bool corporate = order.customer.corporate;
    return QJsonObject{
        { u"id"_qs, m_nextPackageId++ },
        { u"orderNumber"_qs,
            QString::number(10870000000LL + order.sequence * 37LL + static_cast<qint64>(order.token % 37)) },
        { u"orderDate"_qs, order.createdMs + Shift },
        { u"originShipmentDate"_qs, order.createdMs + Shift },
        { u"lastModifiedDate"_qs, order.lastChangeMs() },
        { u"agreedDeliveryDate"_qs, order.createdMs + 2 * Day + Shift },
        { u"agreedDeliveryDateExtendible"_qs, false },
        { u"extendedAgreedDeliveryDate"_qs, QJsonValue::Null },
        { u"agreedDeliveryExtensionStartDate"_qs, QJsonValue::Null },
        { u"agreedDeliveryExtensionEndDate"_qs, QJsonValue::Null },
        { u"estimatedDeliveryStartDate"_qs, order.createdMs + 2 * Day + Shift },
        { u"estimatedDeliveryEndDate"_qs, order.createdMs + 4 * Day + Shift },
        { u"status"_qs, status },
        { u"shipmentPackageStatus"_qs, status },
        { u"grossAmount"_qs, money(gross) },
        { u"totalDiscount"_qs, money(discount) },
        { u"totalTyDiscount"_qs, 0 },
        { u"totalPrice"_qs, money(gross - discount) },
        { u"currencyCode"_qs, u"TRY"_qs },
        { u"customerFirstName"_qs, order.customer.firstName },
        { u"customerLastName"_qs, order.customer.lastName },
        { u"customerEmail"_qs, QString(u"pf+"_qs + rnd.digits(8) + u"@trendyolmail.com"_qs) },
        { u"customerId"_qs, order.customer.id },
        { u"identityNumber"_qs, u"11111111111"_qs },
        { u"taxNumber"_qs, corporate ? QJsonValue(order.customer.taxNumber) : QJsonValue(QJsonValue::Null) },
        { u"commercial"_qs, corporate },
        { u"shipmentAddress"_qs,
            address(order.shippingAddress, m_nextAddressId++, order.customer, false, rnd.chance(5)) },
        { u"invoiceAddress"_qs, address(order.invoiceAddress, m_nextAddressId++, order.customer, true, false) },
        { u"cargoTrackingNumber"_qs, barcode },
        { u"cargoTrackingLink"_qs, order.cargo.trackingUrl.arg(barcode) },
        { u"cargoSenderNumber"_qs, shipped ? QJsonValue(order.carrierTrackingNumber) : QJsonValue(QJsonValue::Null) },
        { u"cargoProviderName"_qs, order.cargo.trendyolName },
        { u"cargoDeci"_qs, static_cast<int>(1 + order.token % 5) },
        { u"deliveryType"_qs, u"normal"_qs },
        { u"deliveryAddressType"_qs, collection ? u"CollectionPoint"_qs : u"Shipment"_qs },
        { u"fastDelivery"_qs, false },
        { u"fastDeliveryType"_qs, QString() },
        { u"packageHistories"_qs, history },
        { u"lines"_qs, lines },
        { u"micro"_qs, false },
        { u"3pByTrendyol"_qs, false },
        { u"giftBoxRequested"_qs, rnd.chance(5) },
        { u"containsDangerousProduct"_qs, false },
        { u"isCod"_qs, false },
        { u"groupDeal"_qs, false },
        { u"deliveredByService"_qs, false },
        { u"createdBy"_qs, u"order-creation"_qs },
        { u"originPackageIds"_qs, QJsonValue::Null },
        { u"warehouseId"_qs, 381022 },
        { u"invoiceLink"_qs, QString() },
    };
}

void TrendyolEmulator::reseed(quint64 seed, qint64 referenceMs, int orderCount)
{
    m_generator = std::make_unique<SeedGenerator>(seed, u"trendyol");
    m_packages.clear();
    m_usedInvoiceLinks.clear();
    m_nextPackageId = 3000000001;
    m_nextLineId = 900000001;
    m_nextAddressId = 70000001;
    QList<SeedOrder> orders;
    for (int i = 0; i < orderCount; ++i) {
        // The first orders walk through every stage so that each status exists at least once.
        const auto forced = i < SeedStageCount ? std::optional<SeedStage>(static_cast<SeedStage>(i)) : std::nullopt;
        orders.append(m_generator->makeOrder(referenceMs, forced));
    }
    std::sort(
        orders.begin(), orders.end(), [](const SeedOrder &a, const SeedOrder &b) { return a.createdMs < b.createdMs; });
    for (const SeedOrder &o : orders)
        addPackage(packageFromSeed(o, statusFor(o.stage)));
    // Replay one partial cancellation so that UnPacked and UnSupplied packages exist from the start.
    setNowOverride(referenceMs - 20 * 60 * 1000);
    for (qsizetype i = 0; i < m_packages.size(); ++i) {
        const QJsonArray lines = m_packages.at(i).json.value(u"lines").toArray();
        if (m_packages.at(i).status == u"Created" && lines.size() > 1) {
            const QJsonObject request{ { u"lines"_qs,
                                           QJsonArray{ QJsonObject{ { u"lineId"_qs, lines.at(0)[u"id"].toInteger() },
                                               { u"quantity"_qs, lines.at(0)[u"quantity"].toInt() } } } },
                { u"reasonId"_qs, 500 } };
            (void)unsupplied(m_packages[i], request);
            break;
        }
    }
    setNowOverride(0);
    touch();
}

int TrendyolEmulator::addNewOrders(int count)
{
    for (int i = 0; i < count; ++i) {
        const SeedOrder o = m_generator->makeNewOrder(now());
        addPackage(packageFromSeed(o, u"Created"_qs));
    }
    return count;
}

bool TrendyolEmulator::carrierStep()
{
    for (const QString &from : { u"Invoiced"_qs, u"Shipped"_qs }) {
        for (Package &p : m_packages) {
            if (p.status == from) {
                setStatus(p, from == u"Invoiced" ? u"Shipped"_qs : u"Delivered"_qs);
                return true;
            }
        }
    }
    return false;
}

QJsonObject TrendyolEmulator::state() const
{
    QJsonArray packages;
    for (const Package &p : m_packages)
        packages.append(p.json);
    QJsonArray links;
    for (const QString &l : m_usedInvoiceLinks)
        links.append(l);
    return { { u"platform"_qs, name() }, { u"sellerId"_qs, SellerId }, { u"packages"_qs, packages },
        { u"usedInvoiceLinks"_qs, links },
        { u"next"_qs,
            QJsonObject{ { u"packageId"_qs, m_nextPackageId }, { u"lineId"_qs, m_nextLineId },
                { u"addressId"_qs, m_nextAddressId },
                { u"sequence"_qs, m_generator ? m_generator->nextSequence() : 1 } } } };
}

bool TrendyolEmulator::loadState(const QJsonObject &state)
{
    if (state.value(u"platform").toString() != name() || !state.value(u"packages").isArray())
        return false;
    m_packages.clear();
    for (const QJsonValue &v : state.value(u"packages").toArray())
        addPackage(v.toObject());
    m_usedInvoiceLinks.clear();
    for (const QJsonValue &v : state.value(u"usedInvoiceLinks").toArray())
        m_usedInvoiceLinks.insert(v.toString());
    const QJsonObject next = state.value(u"next").toObject();
    m_nextPackageId = next.value(u"packageId").toInteger(m_nextPackageId);
    m_nextLineId = next.value(u"lineId").toInteger(m_nextLineId);
    m_nextAddressId = next.value(u"addressId").toInteger(m_nextAddressId);
    m_generator = std::make_unique<SeedGenerator>(static_cast<quint64>(m_nextPackageId), u"trendyol");
    m_generator->setNextSequence(next.value(u"sequence").toInt(1));
    return true;
}

} // namespace sd::sandbox
