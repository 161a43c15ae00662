#include "n11mapper.h"

#include "connectors/jsonfieldreader.h"

#include <QJsonArray>

namespace sd::connectors::n11 {

using domain::UnifiedStatus;

namespace {

const QString kPlatform = QStringLiteral("n11");

domain::Address mapAddress(JsonFieldReader &r, const QJsonObject &a, const QString &path)
{
    domain::Address out;
    out.fullName = r.text(a, u"fullName", path);
    out.line1 = r.text(a, u"address", path);
    out.neighborhood = r.text(a, u"neighborhood", path);
    out.district = r.text(a, u"district", path);
    out.city = r.text(a, u"city", path);
    out.postalCode = r.text(a, u"postalCode", path);
    out.phone = r.text(a, u"gsm", path);
    if (!out.isEmpty())
        out.countryCode = QStringLiteral("TR");
    return out;
}

} // namespace

const QList<std::pair<QString, UnifiedStatus>> &N11Mapper::statusTable()
{
    // N11 has no Invoiced state. Returned items stay Delivered in REST (returns live in the SOAP
    // ReturnService), so Returned never comes from this table. UnPacked is a split original (void).
    static const QList<std::pair<QString, UnifiedStatus>> table{
        { QStringLiteral("Created"), UnifiedStatus::New },
        { QStringLiteral("Picking"), UnifiedStatus::Picking },
        { QStringLiteral("Shipped"), UnifiedStatus::Shipped },
        { QStringLiteral("Delivered"), UnifiedStatus::Delivered },
        { QStringLiteral("Cancelled"), UnifiedStatus::Cancelled },
        { QStringLiteral("UnPacked"), UnifiedStatus::Cancelled },
        { QStringLiteral("UnSupplied"), UnifiedStatus::Cancelled },
    };
    return table;
}

UnifiedStatus N11Mapper::unifiedStatus(const QString &platformStatus)
{
    for (const auto &[name, status] : statusTable()) {
        if (name.compare(platformStatus, Qt::CaseInsensitive) == 0)
            return status;
    }
    return UnifiedStatus::Unknown;
}

std::variant<domain::Order, MappingError> N11Mapper::mapPackage(const QJsonObject &p)
{
    JsonFieldReader r(kPlatform);
    domain::Order order;
    order.orderNumber = r.text(p, u"orderNumber", {}, true);
    const QString id = r.text(p, u"id");
    // "Konuma Özel Teslimat" packages have no id: the order number keys them (one package per order).
    order.externalId = id;
    if (id.isEmpty() && !order.orderNumber.isEmpty())
        order.externalId = QStringLiteral("order-") + order.orderNumber;
    r.setRecordId(order.externalId);
    order.platformStatus = r.text(p, u"shipmentPackageStatus");
    if (order.platformStatus.isEmpty())
        order.platformStatus = r.text(p, u"status");
    order.status = unifiedStatus(order.platformStatus);
    order.currency = QStringLiteral("TRY");
    order.platformUpdatedAtMs = r.integer(p, u"lastModifiedDate").value_or(0);

    // No order date in the package: the first history entry is the order's creation.
    const QJsonArray histories = r.array(p, u"packageHistories");
    qint64 created = 0;
    qint64 shippedAt = 0;
    qint64 deliveredAt = 0;
    for (qsizetype i = 0; i < histories.size(); ++i) {
        const QString path = QStringLiteral("packageHistories[%1]").arg(i);
        const QJsonObject h = histories.at(i).toObject();
        const qint64 at = r.integer(h, u"createdDate", path).value_or(0);
        const QString status = r.text(h, u"status", path);
        if (at <= 0)
            continue;
        if (created == 0 || at < created)
            created = at;
        if (status.compare(u"Shipped", Qt::CaseInsensitive) == 0 && (shippedAt == 0 || at < shippedAt))
            shippedAt = at;
        if (status.compare(u"Delivered", Qt::CaseInsensitive) == 0 && (deliveredAt == 0 || at < deliveredAt))
            deliveredAt = at;
    }
    order.orderedAtMs = created > 0 ? created : order.platformUpdatedAtMs;
    if (order.orderedAtMs <= 0)
        r.fail(QStringLiteral("packageHistories"), QStringLiteral("no date"));

    order.customer.externalId = r.text(p, u"customerId");
    order.customer.fullName = r.text(p, u"customerfullName");
    if (order.customer.fullName.isEmpty())
        order.customer.fullName = r.text(p, u"customerFullName");
    order.customer.email = r.text(p, u"customerEmail").toLower();
    order.shippingAddress = mapAddress(r, r.object(p, u"shippingAddress"), QStringLiteral("shippingAddress"));
    order.invoiceAddress = mapAddress(r, r.object(p, u"billingAddress"), QStringLiteral("billingAddress"));
    // Pickup-point orders have no shipping name: the billing name is the buyer's.
    if (order.shippingAddress.fullName.isEmpty())
        order.shippingAddress.fullName = order.invoiceAddress.fullName;
    order.invoiceAddress.taxNumber = r.text(p, u"taxId");
    order.invoiceAddress.taxOffice = r.text(p, u"taxOffice");
    order.customer.phone = order.shippingAddress.phone;
    if (order.customer.fullName.isEmpty())
        order.customer.fullName = order.shippingAddress.fullName;

    const QJsonArray lines = r.array(p, u"lines");
    qint64 linesGross = 0;
    qint64 linesDiscount = 0;
    qint64 invoiceTotal = 0;
    bool invoiceAmounts = !lines.isEmpty();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString path = QStringLiteral("lines[%1]").arg(i);
        if (!lines.at(i).isObject()) {
            r.fail(path, QStringLiteral("not an object"));
            break;
        }
        const QJsonObject l = lines.at(i).toObject();
        domain::OrderLine line;
        line.platformLineId = r.text(l, u"orderLineId", path, true);
        line.externalId = order.externalId + u':' + line.platformLineId;
        line.sku = r.text(l, u"stockCode", path);
        line.barcode = r.text(l, u"barcode", path);
        line.title = r.text(l, u"productName", path);
        if (line.title.isEmpty())
            line.title = line.sku.isEmpty() ? line.barcode : line.sku;
        const auto quantity = r.integer(l, u"quantity", path, true);
        if (quantity && (*quantity <= 0 || *quantity > 1000000))
            r.fail(path + u".quantity", QStringLiteral("out of range"));
        line.quantity = static_cast<int>(quantity.value_or(0));
        line.unitPriceMinor = r.money(l, u"price", path, true).value_or(0);
        const qint64 discount = r.money(l, u"totalSellerDiscountPrice", path).value_or(0);
        line.unitDiscountMinor = line.quantity > 0 ? discount / line.quantity : 0;
        // sellerInvoiceAmount = price × quantity − totalSellerDiscountPrice (N11's own formula).
        const auto invoiceAmount = r.money(l, u"sellerInvoiceAmount", path);
        line.lineTotalMinor
            = invoiceAmount && *invoiceAmount > 0 ? *invoiceAmount : line.unitPriceMinor * line.quantity - discount;
        invoiceAmounts = invoiceAmounts && invoiceAmount && *invoiceAmount > 0;
        const auto vat = r.integer(l, u"vatRate", path);
        if (vat && *vat >= 0 && *vat <= 100)
            line.vatRatePercent = static_cast<int>(*vat);
        line.platformStatus = r.text(l, u"orderItemLineItemStatusName", path);
        linesGross += line.unitPriceMinor * line.quantity;
        linesDiscount += discount;
        invoiceTotal += line.lineTotalMinor;
        order.lines.append(line);
    }
    order.grossMinor = r.money(p, u"totalAmount").value_or(linesGross);
    order.discountMinor = r.money(p, u"totalDiscountAmount").value_or(linesDiscount);
    order.totalMinor = invoiceAmounts ? invoiceTotal : order.grossMinor - order.discountMinor;

    const QString campaignCode = r.text(p, u"cargoTrackingNumber");
    const QString senderNumber = r.text(p, u"cargoSenderNumber");
    const QString carrier = r.text(p, u"cargoProviderName");
    if (!campaignCode.isEmpty() || !senderNumber.isEmpty() || !carrier.isEmpty()) {
        domain::Shipment s;
        s.externalId = order.externalId;
        s.carrier = carrier;
        // The carrier's own number once it scanned the parcel; before that the campaign code on the label.
        s.trackingNumber = senderNumber.isEmpty() ? campaignCode : senderNumber;
        s.trackingUrl = r.text(p, u"cargoTrackingLink");
        s.shippedAtMs = shippedAt;
        s.deliveredAtMs = deliveredAt;
        switch (order.status) {
        case UnifiedStatus::Shipped:
            s.state = domain::Shipment::State::InTransit;
            break;
        case UnifiedStatus::Delivered:
            s.state = domain::Shipment::State::Delivered;
            break;
        default:
            s.state = domain::Shipment::State::Pending;
        }
        order.shipment = s;
    }
    if (r.failed())
        return r.error();
    return order;
}

OrderPage N11Mapper::mapPage(const QJsonObject &body, int index)
{
    OrderPage page;
    page.index = index;
    const QJsonArray packages = body.value(u"content").toArray();
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

} // namespace sd::connectors::n11
