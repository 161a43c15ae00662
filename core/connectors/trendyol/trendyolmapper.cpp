#include "trendyolmapper.h"

#include "connectors/jsonfieldreader.h"

#include <QJsonArray>
#include <QStringList>

namespace sd::connectors::trendyol {

using domain::UnifiedStatus;

namespace {

const QString kPlatform = QStringLiteral("trendyol");

domain::Address mapAddress(JsonFieldReader &r, const QJsonObject &a, const QString &path)
{
    domain::Address out;
    out.fullName = r.text(a, u"fullName", path);
    if (out.fullName.isEmpty()) {
        const QString first = r.text(a, u"firstName", path);
        const QString last = r.text(a, u"lastName", path);
        out.fullName = QStringList{ first, last }.join(u' ').trimmed();
    }
    out.company = r.text(a, u"company", path);
    const QJsonObject lines = r.object(a, u"addressLines", path);
    out.line1 = r.text(a, u"address1", path);
    if (out.line1.isEmpty())
        out.line1 = r.text(lines, u"addressLine1", path + u".addressLines");
    out.line2 = r.text(a, u"address2", path);
    if (out.line2.isEmpty())
        out.line2 = r.text(lines, u"addressLine2", path + u".addressLines");
    if (out.line1.isEmpty())
        out.line1 = r.text(a, u"fullAddress", path);
    out.neighborhood = r.text(a, u"neighborhood", path);
    out.district = r.text(a, u"district", path);
    if (out.district.isEmpty())
        out.district = r.text(a, u"countyName", path);
    out.city = r.text(a, u"city", path); // trimmed: Trendyol sends " İstanbul "
    if (out.city.isEmpty())
        out.city = r.text(a, u"stateName", path);
    out.postalCode = r.text(a, u"postalCode", path);
    out.countryCode = r.text(a, u"countryCode", path).toUpper();
    out.phone = r.text(a, u"phone", path);
    out.taxNumber = r.text(a, u"taxNumber", path);
    out.taxOffice = r.text(a, u"taxOffice", path);
    return out;
}

domain::Shipment::State shipmentState(UnifiedStatus status, const QString &platformStatus)
{
    if (platformStatus == u"UnDelivered")
        return domain::Shipment::State::Failed;
    switch (status) {
    case UnifiedStatus::Shipped:
        return domain::Shipment::State::InTransit;
    case UnifiedStatus::Delivered:
        return domain::Shipment::State::Delivered;
    case UnifiedStatus::Returned:
        return domain::Shipment::State::Returned;
    default:
        return domain::Shipment::State::Pending;
    }
}

} // namespace

const QList<std::pair<QString, UnifiedStatus>> &TrendyolMapper::statusTable()
{
    // Awaiting is the payment check: the order must not be shipped and may still be cancelled, so it is not
    // New. UnPacked is a split original whose lines now live in new packages: the package itself is void.
    // UnDelivered is still with the carrier (on its way back or to be retried): Shipped, shipment Failed.
    static const QList<std::pair<QString, UnifiedStatus>> table{
        { QStringLiteral("Awaiting"), UnifiedStatus::Unknown },
        { QStringLiteral("Created"), UnifiedStatus::New },
        { QStringLiteral("Picking"), UnifiedStatus::Picking },
        { QStringLiteral("Repack"), UnifiedStatus::Picking },
        { QStringLiteral("Invoiced"), UnifiedStatus::Invoiced },
        { QStringLiteral("Shipped"), UnifiedStatus::Shipped },
        { QStringLiteral("AtCollectionPoint"), UnifiedStatus::Shipped },
        { QStringLiteral("UnDelivered"), UnifiedStatus::Shipped },
        { QStringLiteral("Delivered"), UnifiedStatus::Delivered },
        { QStringLiteral("Cancelled"), UnifiedStatus::Cancelled },
        { QStringLiteral("UnSupplied"), UnifiedStatus::Cancelled },
        { QStringLiteral("UnPacked"), UnifiedStatus::Cancelled },
        { QStringLiteral("Returned"), UnifiedStatus::Returned },
        { QStringLiteral("ReturnAccepted"), UnifiedStatus::Returned },
    };
    return table;
}

UnifiedStatus TrendyolMapper::unifiedStatus(const QString &platformStatus)
{
    for (const auto &[name, status] : statusTable()) {
        // Case-insensitive: webhooks and some lists use UPPER_SNAKE or other casings.
        if (name.compare(platformStatus, Qt::CaseInsensitive) == 0)
            return status;
    }
    if (platformStatus.compare(u"AT_COLLECTION_POINT", Qt::CaseInsensitive) == 0)
        return UnifiedStatus::Shipped;
    return UnifiedStatus::Unknown;
}

std::variant<domain::Order, MappingError> TrendyolMapper::mapPackage(const QJsonObject &p)
{
    JsonFieldReader r(kPlatform);
    domain::Order order;
    order.externalId = r.text(p, u"id", {}, true);
    r.setRecordId(order.externalId);
    if (!order.externalId.isEmpty()) {
        bool numeric = false;
        order.externalId.toLongLong(&numeric);
        if (!numeric)
            r.fail(QStringLiteral("id"), QStringLiteral("not a package id"));
    }
    order.orderNumber = r.text(p, u"orderNumber", {}, true);
    order.platformStatus = r.text(p, u"status");
    if (order.platformStatus.isEmpty())
        order.platformStatus = r.text(p, u"shipmentPackageStatus");
    order.status = unifiedStatus(order.platformStatus);

    order.currency = r.text(p, u"currencyCode").toUpper();
    if (order.currency.isEmpty())
        order.currency = QStringLiteral("TRY");
    if (order.currency.size() != 3)
        r.fail(QStringLiteral("currencyCode"), QStringLiteral("not an ISO currency"));

    const auto orderDate = r.integer(p, u"orderDate");
    const auto origin = r.integer(p, u"originShipmentDate");
    if (orderDate && *orderDate > 0)
        order.orderedAtMs = *orderDate - kTurkeyShiftMs;
    else if (origin && *origin > 0)
        order.orderedAtMs = *origin - kTurkeyShiftMs;
    else
        r.fail(QStringLiteral("orderDate"), QStringLiteral("missing"));
    order.platformUpdatedAtMs = r.integer(p, u"lastModifiedDate").value_or(0);

    const auto gross = r.money(p, u"grossAmount");
    const qint64 discount = r.money(p, u"totalDiscount").value_or(0) + r.money(p, u"totalTyDiscount").value_or(0);
    const auto total = r.money(p, u"totalPrice");

    order.customer.externalId = r.text(p, u"customerId");
    order.customer.fullName
        = QStringList{ r.text(p, u"customerFirstName"), r.text(p, u"customerLastName") }.join(u' ').trimmed();
    order.customer.email = r.text(p, u"customerEmail").toLower();

    order.shippingAddress = mapAddress(r, r.object(p, u"shipmentAddress"), QStringLiteral("shipmentAddress"));
    order.invoiceAddress = mapAddress(r, r.object(p, u"invoiceAddress"), QStringLiteral("invoiceAddress"));
    order.customer.phone = order.shippingAddress.phone;
    if (order.customer.fullName.isEmpty())
        order.customer.fullName = order.shippingAddress.fullName;
    order.invoiceLink = r.text(p, u"invoiceLink");

    const QJsonArray lines = r.array(p, u"lines");
    qint64 linesGross = 0;
    qint64 linesTotal = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString path = QStringLiteral("lines[%1]").arg(i);
        if (!lines.at(i).isObject()) {
            r.fail(path, QStringLiteral("not an object"));
            break;
        }
        const QJsonObject l = lines.at(i).toObject();
        domain::OrderLine line;
        line.platformLineId = r.text(l, u"id", path, true);
        // A line id stays the same when Trendyol moves the line into a new package (cancel, split), so the
        // package id is part of the key: each package keeps its own copy of its lines.
        line.externalId = order.externalId + u':' + line.platformLineId;
        line.sku = r.text(l, u"merchantSku", path);
        line.barcode = r.text(l, u"barcode", path);
        if (line.sku.isEmpty())
            line.sku = r.text(l, u"sku", path);
        line.title = r.text(l, u"productName", path);
        if (line.title.isEmpty())
            line.title = line.barcode.isEmpty() ? line.sku : line.barcode;
        const auto quantity = r.integer(l, u"quantity", path, true);
        if (quantity && (*quantity <= 0 || *quantity > 1000000))
            r.fail(path + u".quantity", QStringLiteral("out of range"));
        line.quantity = static_cast<int>(quantity.value_or(0));
        const auto amount = r.money(l, u"amount", path);
        const auto unitDiscount = r.money(l, u"discount", path);
        const auto tyDiscount = r.money(l, u"tyDiscount", path);
        const auto price = r.money(l, u"price", path);
        if (!amount && !price)
            r.fail(path + u".amount", QStringLiteral("missing"));
        line.unitPriceMinor = amount.value_or(price.value_or(0));
        line.unitDiscountMinor = unitDiscount.value_or(0) + tyDiscount.value_or(0);
        // `price` is the average unit price after discount; per-unit details sum exactly when present.
        const QJsonArray details = r.array(l, u"discountDetails", path);
        qint64 detailsTotal = 0;
        bool detailsUsable = details.size() == line.quantity;
        for (qsizetype k = 0; detailsUsable && k < details.size(); ++k) {
            const auto unit = r.money(details.at(k).toObject(), u"lineItemPrice", path + u".discountDetails");
            detailsUsable = unit.has_value();
            detailsTotal += unit.value_or(0);
        }
        line.lineTotalMinor = detailsUsable
            ? detailsTotal
            : price.value_or(line.unitPriceMinor - line.unitDiscountMinor) * line.quantity;
        const auto vat = r.integer(l, u"vatBaseAmount", path);
        if (vat && *vat >= 0 && *vat <= 100)
            line.vatRatePercent = static_cast<int>(*vat);
        line.platformStatus = r.text(l, u"orderLineItemStatusName", path);
        linesGross += line.unitPriceMinor * line.quantity;
        linesTotal += line.lineTotalMinor;
        order.lines.append(line);
    }
    order.grossMinor = gross.value_or(linesGross);
    order.totalMinor = total.value_or(linesTotal);
    order.discountMinor = gross || total ? discount : order.grossMinor - order.totalMinor;

    const QString tracking = r.text(p, u"cargoTrackingNumber");
    const QString carrier = r.text(p, u"cargoProviderName");
    const QString trackingUrl = r.text(p, u"cargoTrackingLink");
    if (!tracking.isEmpty() || !carrier.isEmpty() || !trackingUrl.isEmpty()) {
        domain::Shipment shipment;
        shipment.externalId = order.externalId;
        shipment.carrier = carrier;
        shipment.trackingNumber = tracking == u"0" ? QString() : tracking;
        shipment.trackingUrl = trackingUrl;
        shipment.state = shipmentState(order.status, order.platformStatus);
        const QJsonArray histories = r.array(p, u"packageHistories");
        for (qsizetype i = 0; i < histories.size(); ++i) {
            const QString path = QStringLiteral("packageHistories[%1]").arg(i);
            const QJsonObject h = histories.at(i).toObject();
            const QString status = r.text(h, u"status", path);
            const qint64 at = r.integer(h, u"createdDate", path).value_or(0);
            // Unordered in Trendyol's samples: keep the earliest of each.
            auto earliest = [at](qint64 &field) {
                if (at > 0 && (field == 0 || at < field))
                    field = at;
            };
            if (status == u"Shipped")
                earliest(shipment.shippedAtMs);
            else if (status == u"Delivered")
                earliest(shipment.deliveredAtMs);
        }
        order.shipment = shipment;
    }

    if (r.failed())
        return r.error();
    return order;
}

OrderPage TrendyolMapper::mapPage(const QJsonObject &body, int index)
{
    OrderPage page;
    page.index = index;
    const QJsonValue content = body.value(u"content");
    if (!content.isArray()) {
        if (!content.isNull() && !content.isUndefined())
            page.errors.append(
                MappingError{ kPlatform, {}, QStringLiteral("content"), QStringLiteral("not an array") });
        return page;
    }
    const QJsonArray packages = content.toArray();
    for (qsizetype i = 0; i < packages.size(); ++i) {
        if (!packages.at(i).isObject()) {
            page.errors.append(
                MappingError{ kPlatform, {}, QStringLiteral("content[%1]").arg(i), QStringLiteral("not an object") });
            continue;
        }
        auto mapped = mapPackage(packages.at(i).toObject());
        if (auto *order = std::get_if<domain::Order>(&mapped))
            page.orders.append(std::move(*order));
        else
            page.errors.append(std::get<MappingError>(mapped));
    }
    return page;
}

} // namespace sd::connectors::trendyol
