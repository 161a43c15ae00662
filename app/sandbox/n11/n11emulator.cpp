#include "n11emulator.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace sd::sandbox {

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;

QString statusFor(SeedStage stage)
{
    switch (stage) {
    case SeedStage::PaymentPending:
    case SeedStage::New:
        return u"Created"_qs;
    case SeedStage::Picking:
    case SeedStage::Invoiced:
        return u"Picking"_qs;
    case SeedStage::Shipped:
    case SeedStage::AtCollectionPoint:
    case SeedStage::Undelivered:
        return u"Shipped"_qs;
    case SeedStage::Delivered:
    case SeedStage::Returned:
        return u"Delivered"_qs; // returned items still show as Delivered on REST
    case SeedStage::Cancelled:
        return u"Cancelled"_qs;
    }
    return u"Created"_qs;
}

const QStringList &statuses()
{
    static const QStringList l = { u"Created"_qs, u"Picking"_qs, u"Shipped"_qs, u"Cancelled"_qs, u"Delivered"_qs,
        u"UnPacked"_qs, u"UnSupplied"_qs };
    return l;
}

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble() || !(std::abs(v.toDouble()) < 9.0e18)
        || v.toDouble() != static_cast<double>(static_cast<qint64>(v.toDouble())))
        return std::nullopt;
    return static_cast<qint64>(v.toDouble());
}

} // namespace

N11Emulator::N11Emulator(const Clock *clock)
    : PlatformEmulator(clock)
{
    m_rateRule = { 1000, 60000 }; // order list: 1000 requests per minute
}

N11Emulator::~N11Emulator() = default;

QJsonObject N11Emulator::credentials() const
{
    return { { u"appKey"_qs, AppKey }, { u"appSecret"_qs, AppSecret } };
}

HttpResponse N11Emulator::error(int status, const QString &message)
{
    return HttpResponse::json(status,
        QJsonObject{ { u"code"_qs, status }, { u"message"_qs, message }, { u"reasons"_qs, QJsonArray{ message } } });
}

HttpResponse N11Emulator::errorResponse(int status) const
{
    return error(status, status >= 500 ? u"Beklenmeyen bir hata oluştu"_qs : u"İstek işlenemedi"_qs);
}

HttpResponse N11Emulator::rateLimitedResponse(int retryAfterSeconds) const
{
    HttpResponse r = error(429, u"Çok fazla istek gönderildi"_qs);
    if (retryAfterSeconds >= 0)
        r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

HttpResponse N11Emulator::handle(const HttpRequest &request)
{
    const bool authorised = QString::fromUtf8(request.header("appkey")) == AppKey
        && QString::fromUtf8(request.header("appsecret")) == AppSecret;
    if (request.path.startsWith(u"/ms/")) {
        if (!authorised)
            return HttpResponse::json(401,
                QJsonObject{ { u"@type"_qs, u"SellerApiUserUnauthorizedException"_qs },
                    { u"message"_qs, u"Yetkisiz erişim"_qs } });
        return error(404, u"Servis bulunamadı"_qs);
    }
    if (!request.path.startsWith(u"/rest/"))
        return error(404, u"Servis bulunamadı"_qs);
    if (!authorised)
        return HttpResponse::text(403, "Authentication failed");

    if (request.method == "GET" && matchPath(request.path, u"/rest/delivery/v1/shipmentPackages")) {
        if (!countRequest(AppKey, u"shipmentPackages"_qs).allowed)
            return rateLimitedResponse(-1);
        return listPackages(request);
    }
    const bool update = request.method == "PUT" && matchPath(request.path, u"/rest/order/v1/update");
    const bool split = request.method == "POST" && matchPath(request.path, u"/rest/delivery/v1/splitCombinePackage");
    const bool splitQty
        = request.method == "POST" && matchPath(request.path, u"/rest/delivery/v1/splitPackageByQuantity");
    if (!update && !split && !splitQty)
        return error(404, u"Servis bulunamadı"_qs);
    const auto body = parseObject(request.body);
    if (!body)
        return error(400, u"İstek gövdesi geçerli bir JSON değil"_qs);
    if (update)
        return acceptLines(*body);
    if (split)
        return splitByLines(*body);
    return splitByQuantity(*body);
}

HttpResponse N11Emulator::listPackages(const HttpRequest &request)
{
    bool ok = true;
    qint64 page = 0;
    qint64 size = 100;
    if (request.hasQuery(u"page"_qs)) {
        page = request.queryValue(u"page"_qs).toLongLong(&ok);
        if (!ok || page < 0)
            return error(400, u"page değeri geçersiz"_qs);
    }
    if (request.hasQuery(u"size"_qs)) {
        size = request.queryValue(u"size"_qs).toLongLong(&ok);
        if (!ok || size < 1)
            return error(400, u"size değeri geçersiz"_qs);
        size = qMin<qint64>(size, 100);
    }
    const QString status = request.queryValue(u"status"_qs);
    if (status.contains(u','))
        return error(400, u"Tek seferde yalnızca bir statü sorgulanabilir"_qs);
    if (!status.isEmpty() && !statuses().contains(status, Qt::CaseInsensitive))
        return error(400, u"Geçersiz statü: %1"_qs.arg(status));
    auto dateParam = [&](const QString &key, qint64 *out) {
        if (!request.hasQuery(key) || request.queryValue(key).isEmpty())
            return true;
        bool good = false;
        *out = request.queryValue(key).toLongLong(&good);
        return good;
    };
    qint64 start = 0;
    qint64 end = 0;
    if (!dateParam(u"startDate"_qs, &start) || !dateParam(u"endDate"_qs, &end))
        return error(400, u"Tarih değerleri epoch milisaniye olmalıdır"_qs);
    // Window clamping: start only → the window after it; end only → the window before it; too wide → the
    // window ending at endDate; neither → the window ending now.
    qint64 from = 0;
    qint64 to = 0;
    if (start && end) {
        to = end;
        from = end - start > WindowMs ? end - WindowMs : start;
    } else if (start) {
        from = start;
        to = start + WindowMs;
    } else if (end) {
        to = end;
        from = end - WindowMs;
    } else {
        to = now();
        from = to - WindowMs;
    }
    const QString orderNumber = request.queryValue(u"orderNumber"_qs);
    QList<qint64> ids;
    for (const QString &piece : request.queryValue(u"packageIds"_qs).split(u',', Qt::SkipEmptyParts))
        ids << piece.trimmed().toLongLong();
    const bool lookup = !orderNumber.isEmpty() || !ids.isEmpty();
    const bool byModified = request.queryValue(u"orderByField"_qs) == u"true";
    const bool ascending = request.queryValue(u"orderByDirection"_qs).toUpper() != u"DESC";

    QList<const Package *> hits;
    for (const Package &p : m_packages) {
        if (!status.isEmpty() && p.status.compare(status, Qt::CaseInsensitive) != 0)
            continue;
        if (!orderNumber.isEmpty() && p.orderNumber != orderNumber)
            continue;
        if (!ids.isEmpty() && !ids.contains(p.id))
            continue;
        if (!lookup) {
            const qint64 t = byModified ? p.modifiedMs : p.createdMs;
            if (t < from || t > to)
                continue;
        }
        hits.append(&p);
    }
    std::sort(hits.begin(), hits.end(), [ascending](const Package *a, const Package *b) {
        if (a->modifiedMs != b->modifiedMs)
            return ascending ? a->modifiedMs < b->modifiedMs : a->modifiedMs > b->modifiedMs;
        return ascending ? a->id < b->id : a->id > b->id;
    });
    const qint64 total = hits.size();
    const qint64 totalPages = pagesFor(total, size);
    QJsonArray content;
    for (qint64 i = page * size; i < qMin(total, (page + 1) * size); ++i)
        content.append(hits.at(i)->json);
    return HttpResponse::json(200,
        QJsonObject{ { u"content"_qs, content }, { u"totalPages"_qs, totalPages }, { u"totalElements"_qs, total },
            { u"number"_qs, page }, { u"size"_qs, size }, { u"numberOfElements"_qs, content.size() },
            { u"first"_qs, page == 0 }, { u"last"_qs, page + 1 >= totalPages }, { u"empty"_qs, content.isEmpty() } });
}

HttpResponse N11Emulator::acceptLines(const QJsonObject &body)
{
    if (body.value(u"status").toString() != u"Picking")
        return error(400, u"Yalnızca Picking statüsü gönderilebilir"_qs);
    const QJsonValue lines = body.value(u"lines");
    if (!lines.isArray() || lines.toArray().isEmpty())
        return error(400, u"lines alanı zorunludur"_qs);
    QJsonArray results;
    for (const QJsonValue &entry : lines.toArray()) {
        const auto lineId = wholeNumber(entry[u"lineId"]);
        if (!lineId)
            return error(400, u"lineId sayı olmalıdır"_qs);
        Package *package = packageOfLine(*lineId);
        QString failure;
        if (!package) {
            failure = u"Sipariş kalemi bulunamadı"_qs;
        } else {
            QJsonArray packageLines = package->json[u"lines"].toArray();
            for (qsizetype i = 0; i < packageLines.size(); ++i) {
                QJsonObject line = packageLines.at(i).toObject();
                if (line[u"orderLineId"].toInteger() != *lineId)
                    continue;
                if (line[u"orderItemLineItemStatusName"].toString() != u"Created") {
                    failure = u"Sipariş kalemi %1 statüsünde, onaylanamaz"_qs.arg(
                        line[u"orderItemLineItemStatusName"].toString());
                } else {
                    line.insert(u"orderItemLineItemStatusName"_qs, u"Picking"_qs);
                    packageLines[i] = line;
                }
            }
            if (failure.isEmpty()) {
                package->json.insert(u"lines"_qs, packageLines);
                bool all = true;
                for (const QJsonValue &l : packageLines)
                    all = all && l[u"orderItemLineItemStatusName"].toString() == u"Picking";
                if (all && package->status == u"Created")
                    setStatus(*package, u"Picking"_qs);
                touch();
            }
        }
        results.append(QJsonObject{ { u"lineId"_qs, *lineId },
            { u"status"_qs, failure.isEmpty() ? u"SUCCESS"_qs : u"FAIL"_qs }, { u"message"_qs, failure } });
    }
    return HttpResponse::json(200, QJsonObject{ { u"content"_qs, results } });
}

HttpResponse N11Emulator::splitByLines(const QJsonObject &body)
{
    const QJsonValue groups = body.value(u"splitGroups");
    if (!groups.isArray() || groups.toArray().isEmpty())
        return error(400, u"splitGroups alanı zorunludur"_qs);
    Package *package = nullptr;
    QList<QList<QPair<qint64, int>>> plan;
    QSet<qint64> seen;
    for (const QJsonValue &g : groups.toArray()) {
        const QJsonValue ids = g[u"orderLineIds"];
        if (!ids.isArray() || ids.toArray().isEmpty())
            return error(400, u"orderLineIds alanı zorunludur"_qs);
        QList<QPair<qint64, int>> group;
        for (const QJsonValue &idValue : ids.toArray()) {
            const auto id = wholeNumber(idValue);
            if (!id)
                return error(400, u"orderLineIds sayı olmalıdır"_qs);
            Package *owner = packageOfLine(*id);
            if (!owner || (package && owner != package) || seen.contains(*id))
                return error(400, u"Kalemler aynı pakete ait olmalıdır"_qs);
            package = owner;
            seen.insert(*id);
            int quantity = 0;
            for (const QJsonValue &l : owner->json[u"lines"].toArray()) {
                if (l[u"orderLineId"].toInteger() == *id)
                    quantity = l[u"quantity"].toInt();
            }
            group.append({ *id, quantity });
        }
        plan.append(group);
    }
    if (package->status != u"Picking")
        return error(400, u"Paket bölme yalnızca Picking statüsündeki paketlerde yapılabilir"_qs);
    // Lines left out of every group stay together in one more package.
    QList<QPair<qint64, int>> rest;
    for (const QJsonValue &l : package->json[u"lines"].toArray()) {
        if (!seen.contains(l[u"orderLineId"].toInteger()))
            rest.append({ l[u"orderLineId"].toInteger(), l[u"quantity"].toInt() });
    }
    if (!rest.isEmpty())
        plan.append(rest);
    if (plan.size() < 2)
        return error(400, u"Paket en az iki parçaya bölünmelidir"_qs);
    QList<QString> statusesForGroups(plan.size(), u"Picking"_qs);
    (void)splitInto(*package, plan, statusesForGroups);
    return HttpResponse::json(200, QJsonObject{ { u"code"_qs, 200 }, { u"message"_qs, u"success"_qs } });
}

HttpResponse N11Emulator::splitByQuantity(const QJsonObject &body)
{
    // Shape read as: packageDetails[{orderLineId, quantities:[q0,q1,…]}] puts q_k units of that line into new
    // package k; cancelledItems[{orderLineId, quantity, cancelReasonId}] leaves in a package of its own as UnSupplied.
    const QJsonValue details = body.value(u"packageDetails");
    if (!details.isArray() || details.toArray().isEmpty())
        return error(400, u"packageDetails alanı zorunludur; iptal tek başına gönderilemez"_qs);
    static const QList<int> reasons = { 61, 62, 63, 64, 65 };
    Package *package = nullptr;
    QHash<qint64, int> requested;
    QList<QList<QPair<qint64, int>>> plan;
    for (const QJsonValue &d : details.toArray()) {
        const auto id = wholeNumber(d[u"orderLineId"]);
        const QJsonValue quantities = d[u"quantities"];
        if (!id || !quantities.isArray() || quantities.toArray().isEmpty())
            return error(400, u"orderLineId ve quantities alanları zorunludur"_qs);
        Package *owner = packageOfLine(*id);
        if (!owner || (package && owner != package))
            return error(400, u"Kalemler aynı pakete ait olmalıdır"_qs);
        package = owner;
        const QJsonArray qs = quantities.toArray();
        for (qsizetype k = 0; k < qs.size(); ++k) {
            const auto q = wholeNumber(qs.at(k));
            if (!q || *q < 1)
                return error(400, u"quantities pozitif tam sayılar olmalıdır"_qs);
            while (plan.size() <= k)
                plan.append(QList<QPair<qint64, int>>{});
            plan[k].append({ *id, static_cast<int>(*q) });
            requested[*id] += static_cast<int>(*q);
        }
    }
    QList<QPair<qint64, int>> cancelled;
    for (const QJsonValue &c : body.value(u"cancelledItems").toArray()) {
        const auto id = wholeNumber(c[u"orderLineId"]);
        const auto q = wholeNumber(c[u"quantity"]);
        const auto reason = wholeNumber(c[u"cancelReasonId"]);
        if (!id || !q || *q < 1 || !reason || !reasons.contains(static_cast<int>(*reason)))
            return error(400, u"cancelledItems geçersiz (cancelReasonId 61–65)"_qs);
        if (packageOfLine(*id) != package)
            return error(400, u"Kalemler aynı pakete ait olmalıdır"_qs);
        cancelled.append({ *id, static_cast<int>(*q) });
        requested[*id] += static_cast<int>(*q);
    }
    if (package->status != u"Picking")
        return error(400, u"Paket bölme yalnızca Picking statüsündeki paketlerde yapılabilir"_qs);
    for (const QJsonValue &l : package->json[u"lines"].toArray()) {
        if (requested.value(l[u"orderLineId"].toInteger()) != l[u"quantity"].toInt())
            return error(400, u"Her kalemin tüm adetleri dağıtılmalıdır"_qs);
    }
    QList<QString> groupStatuses(plan.size(), u"Picking"_qs);
    if (!cancelled.isEmpty()) {
        plan.append(cancelled);
        groupStatuses.append(u"UnSupplied"_qs);
    }
    (void)splitInto(*package, plan, groupStatuses);
    return HttpResponse::json(200, QJsonObject{ { u"code"_qs, 200 }, { u"message"_qs, u"success"_qs } });
}

QList<qint64> N11Emulator::splitInto(
    Package &package, const QList<QList<QPair<qint64, int>>> &groups, const QList<QString> &groupStatuses)
{
    const QJsonObject original = package.json;
    setStatus(package, u"UnPacked"_qs);
    QHash<qint64, QJsonObject> linesById;
    for (const QJsonValue &l : original[u"lines"].toArray())
        linesById.insert(l[u"orderLineId"].toInteger(), l.toObject());
    QList<qint64> ids;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QJsonObject json = original;
        QJsonArray lines;
        for (const auto &[lineId, quantity] : groups.at(g)) {
            QJsonObject line = linesById.value(lineId);
            const int originalQuantity = line[u"quantity"].toInt();
            if (quantity != originalQuantity) {
                // A part of a line becomes a line of its own with the discount shared out per unit.
                line.insert(u"orderLineId"_qs, m_nextLineId++);
                const double perUnit = line[u"totalSellerDiscountPrice"].toDouble() / originalQuantity;
                line.insert(u"totalSellerDiscountPrice"_qs, qRound64(perUnit * quantity * 100) / 100.0);
            }
            line.insert(u"quantity"_qs, quantity);
            line.insert(u"orderItemLineItemStatusName"_qs, groupStatuses.at(g));
            lines.append(line);
        }
        const qint64 id = m_nextPackageId++;
        json.insert(u"id"_qs, id);
        json.insert(u"lines"_qs, lines);
        json.insert(u"shipmentPackageStatus"_qs, groupStatuses.at(g));
        json.insert(u"cargoTrackingNumber"_qs, m_generator->random().digits(10));
        json.insert(u"lastModifiedDate"_qs, now());
        QJsonArray history = original[u"packageHistories"].toArray();
        history.append(QJsonObject{ { u"createdDate"_qs, now() }, { u"status"_qs, groupStatuses.at(g) } });
        json.insert(u"packageHistories"_qs, history);
        recomputeTotals(json);
        addPackage(json);
        ids << id;
    }
    return ids;
}

void N11Emulator::recomputeTotals(QJsonObject &json)
{
    double total = 0;
    double discount = 0;
    QJsonArray lines = json[u"lines"].toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject l = lines.at(i).toObject();
        const double gross = l[u"price"].toDouble() * l[u"quantity"].toInt();
        const double sellerDiscount = l[u"totalSellerDiscountPrice"].toDouble();
        l.insert(u"sellerInvoiceAmount"_qs, qRound64((gross - sellerDiscount) * 100) / 100.0);
        l.insert(u"dueAmount"_qs, qRound64((gross - sellerDiscount) * 100) / 100.0);
        lines[i] = l;
        total += gross;
        discount += sellerDiscount;
    }
    json.insert(u"lines"_qs, lines);
    json.insert(u"totalAmount"_qs, qRound64(total * 100) / 100.0);
    json.insert(u"totalDiscountAmount"_qs, qRound64(discount * 100) / 100.0);
}

N11Emulator::Package *N11Emulator::packageOfLine(qint64 lineId)
{
    for (Package &p : m_packages) {
        if (p.status == u"UnPacked")
            continue; // a split original is dead; its lines live on in the new packages
        for (const QJsonValue &l : p.json[u"lines"].toArray()) {
            if (l[u"orderLineId"].toInteger() == lineId)
                return &p;
        }
    }
    return nullptr;
}

void N11Emulator::setStatus(Package &package, const QString &status)
{
    const qint64 t = now();
    package.json.insert(u"shipmentPackageStatus"_qs, status);
    package.json.insert(u"lastModifiedDate"_qs, t);
    QJsonArray history = package.json[u"packageHistories"].toArray();
    history.append(QJsonObject{ { u"createdDate"_qs, t }, { u"status"_qs, status } });
    package.json.insert(u"packageHistories"_qs, history);
    if (status != u"UnPacked") {
        QJsonArray lines = package.json[u"lines"].toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonObject l = lines.at(i).toObject();
            l.insert(u"orderItemLineItemStatusName"_qs, status);
            lines[i] = l;
        }
        package.json.insert(u"lines"_qs, lines);
    }
    if (status == u"Shipped" && package.json[u"cargoSenderNumber"].toString().isEmpty()) {
        const QString number = m_generator->random().digits(12);
        package.json.insert(u"cargoSenderNumber"_qs, number);
        for (const auto &c : turkey::cargoCompanies()) {
            if (c.n11CompanyId == package.json[u"shipmentCompanyId"].toInt())
                package.json.insert(u"cargoTrackingLink"_qs, c.trackingUrl.arg(number));
        }
    }
    refresh(package);
    touch();
}

void N11Emulator::refresh(Package &package)
{
    const QJsonObject &j = package.json;
    package.id = j[u"id"].toInteger();
    package.status = j[u"shipmentPackageStatus"].toString();
    package.modifiedMs = j[u"lastModifiedDate"].toInteger();
    package.createdMs = j[u"packageHistories"].toArray().first()[u"createdDate"].toInteger();
    package.orderNumber = j[u"orderNumber"].toString();
}

N11Emulator::Package &N11Emulator::addPackage(QJsonObject json)
{
    Package p;
    p.json = std::move(json);
    refresh(p);
    m_packages.append(p);
    touch();
    return m_packages.last();
}

QJsonObject N11Emulator::packageFromSeed(const SeedOrder &o, const QString &status)
{
    auto address = [&](const SeedAddress &a) {
        return QJsonObject{ { u"address"_qs, a.street }, { u"city"_qs, a.city }, { u"district"_qs, a.district },
            { u"neighborhood"_qs, a.neighbourhood }, { u"fullName"_qs, a.fullName() },
            { u"gsm"_qs, QString(u"0"_qs + a.phone) }, { u"tcId"_qs, QString() }, { u"postalCode"_qs, a.postalCode } };
    };
    QJsonArray lines;
    for (const SeedLine &l : o.lines) {
        QJsonArray variants;
        if (!l.product.color.isEmpty())
            variants.append(QJsonObject{ { u"name"_qs, u"Renk"_qs }, { u"value"_qs, l.product.color } });
        if (!l.product.size.isEmpty())
            variants.append(QJsonObject{ { u"name"_qs, u"Beden"_qs }, { u"value"_qs, l.product.size } });
        lines.append(QJsonObject{ { u"orderLineId"_qs, m_nextLineId++ }, { u"stockCode"_qs, l.product.sku },
            { u"barcode"_qs, l.product.barcode }, { u"productId"_qs, l.product.productCode },
            { u"productName"_qs, l.product.title }, { u"quantity"_qs, l.quantity },
            { u"price"_qs, money(l.product.priceKurus) }, { u"sellerDiscount"_qs, money(l.unitDiscountKurus) },
            { u"sellerCouponDiscount"_qs, 0 },
            { u"totalSellerDiscountPrice"_qs, money(l.unitDiscountKurus * l.quantity) }, { u"mallDiscount"_qs, 0 },
            { u"totalMallDiscountPrice"_qs, 0 }, { u"dueAmount"_qs, 0 }, { u"sellerInvoiceAmount"_qs, 0 },
            { u"vatRate"_qs, l.product.vatRate }, { u"commissionRate"_qs, 13.5 },
            { u"sellerCampaignCommissionRate"_qs, 0 }, { u"orderItemLineItemStatusName"_qs, status },
            { u"variantAttributes"_qs, variants }, { u"deliveryFeeType"_qs, u"SELLER"_qs },
            { u"sender"_qs, u"SELLER"_qs }, { u"productOrigin"_qs, u"TR"_qs } });
    }
    QJsonArray history;
    QString last;
    for (const SeedHistoryEntry &h : o.history) {
        const QString s = statusFor(h.stage);
        if (s != last)
            history.append(QJsonObject{ { u"createdDate"_qs, h.atMs }, { u"status"_qs, s } });
        last = s;
    }
    const bool shipped = status == u"Shipped" || status == u"Delivered";
    const bool corporate = o.customer.corporate;
    QJsonObject json{ { u"id"_qs, m_nextPackageId++ },
        { u"orderNumber"_qs, QString::number(205000000000LL + o.sequence * 71LL + static_cast<qint64>(o.token % 71)) },
        { u"shipmentPackageStatus"_qs, status }, { u"lastModifiedDate"_qs, o.lastChangeMs() },
        { u"agreedDeliveryDate"_qs, o.createdMs + 2 * Day }, { u"totalAmount"_qs, 0 }, { u"totalDiscountAmount"_qs, 0 },
        { u"packageHistories"_qs, history },
        { u"cargoTrackingNumber"_qs, QString(QString::number(7) + SeedRandom(o.token).digits(9)) },
        { u"cargoSenderNumber"_qs, shipped ? o.carrierTrackingNumber : QString() },
        { u"cargoTrackingLink"_qs, shipped ? o.cargo.trackingUrl.arg(o.carrierTrackingNumber) : QString() },
        { u"shipmentCompanyId"_qs, o.cargo.n11CompanyId }, { u"cargoProviderName"_qs, o.cargo.displayName },
        { u"shipmentMethod"_qs, 1 }, { u"micro"_qs, false }, { u"deliveryAddressType"_qs, QJsonValue::Null },
        { u"customerEmail"_qs, QString(o.customer.emailLocalPart + u"@example.com"_qs) },
        { u"customerfullName"_qs, QString(o.customer.firstName + u' ' + o.customer.lastName) },
        { u"customerId"_qs, o.customer.id }, { u"taxId"_qs, corporate ? o.customer.taxNumber : QString() },
        { u"taxOffice"_qs, corporate ? o.customer.taxOffice : QString() }, { u"tcIdentityNumber"_qs, QString() },
        { u"billingAddress"_qs, address(o.invoiceAddress) }, { u"shippingAddress"_qs, address(o.shippingAddress) },
        { u"lines"_qs, lines } };
    recomputeTotals(json);
    return json;
}

void N11Emulator::reseed(quint64 seed, qint64 referenceMs, int orderCount)
{
    m_generator = std::make_unique<SeedGenerator>(seed, u"n11");
    m_packages.clear();
    m_nextPackageId = 61000000001;
    m_nextLineId = 426000000001;
    QList<SeedOrder> orders;
    for (int i = 0; i < orderCount; ++i) {
        const auto forced = i < SeedStageCount ? std::optional<SeedStage>(static_cast<SeedStage>(i)) : std::nullopt;
        orders.append(m_generator->makeOrder(referenceMs, forced));
    }
    std::sort(
        orders.begin(), orders.end(), [](const SeedOrder &a, const SeedOrder &b) { return a.createdMs < b.createdMs; });
    for (const SeedOrder &o : orders)
        addPackage(packageFromSeed(o, statusFor(o.stage)));
    // One split with a partial cancellation, so UnPacked and UnSupplied exist from the start.
    setNowOverride(referenceMs - 25 * 60 * 1000);
    for (qsizetype i = 0; i < m_packages.size(); ++i) {
        const QJsonArray lines = m_packages.at(i).json[u"lines"].toArray();
        if (m_packages.at(i).status == u"Picking" && lines.size() > 1) {
            QList<QPair<qint64, int>> keep;
            for (qsizetype k = 1; k < lines.size(); ++k)
                keep.append({ lines.at(k)[u"orderLineId"].toInteger(), lines.at(k)[u"quantity"].toInt() });
            (void)splitInto(m_packages[i],
                { keep, { { lines.at(0)[u"orderLineId"].toInteger(), lines.at(0)[u"quantity"].toInt() } } },
                { u"Picking"_qs, u"UnSupplied"_qs });
            break;
        }
    }
    setNowOverride(0);
    touch();
}

int N11Emulator::addNewOrders(int count)
{
    for (int i = 0; i < count; ++i)
        addPackage(packageFromSeed(m_generator->makeNewOrder(now()), u"Created"_qs));
    return count;
}

bool N11Emulator::carrierStep()
{
    for (const QString &from : { u"Picking"_qs, u"Shipped"_qs }) {
        for (Package &p : m_packages) {
            if (p.status == from) {
                setStatus(p, from == u"Picking" ? u"Shipped"_qs : u"Delivered"_qs);
                return true;
            }
        }
    }
    return false;
}

QJsonObject N11Emulator::state() const
{
    QJsonArray packages;
    for (const Package &p : m_packages)
        packages.append(p.json);
    return { { u"platform"_qs, name() }, { u"packages"_qs, packages },
        { u"next"_qs,
            QJsonObject{ { u"packageId"_qs, m_nextPackageId }, { u"lineId"_qs, m_nextLineId },
                { u"sequence"_qs, m_generator ? m_generator->nextSequence() : 1 } } } };
}

bool N11Emulator::loadState(const QJsonObject &state)
{
    if (state.value(u"platform").toString() != name() || !state.value(u"packages").isArray())
        return false;
    m_packages.clear();
    for (const QJsonValue &v : state.value(u"packages").toArray())
        addPackage(v.toObject());
    const QJsonObject next = state.value(u"next").toObject();
    m_nextPackageId = next[u"packageId"].toInteger(m_nextPackageId);
    m_nextLineId = next[u"lineId"].toInteger(m_nextLineId);
    m_generator = std::make_unique<SeedGenerator>(static_cast<quint64>(m_nextPackageId), u"n11");
    m_generator->setNextSequence(next[u"sequence"].toInt(1));
    return true;
}

} // namespace sd::sandbox
