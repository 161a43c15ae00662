#include "woocommercemapper.h"

#include "connectors/jsonfieldreader.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace sd::connectors::woocommerce {

using domain::UnifiedStatus;

namespace {

const QString kPlatform = QStringLiteral("woocommerce");

// a / b rounded half away from zero, for exact integer minor units.
qint64 divideRounded(qint64 a, qint64 b)
{
    if (b == 0)
        return 0;
    const qint64 half = b / 2;
    return a >= 0 ? (a + half) / b : (a - half) / b;
}

domain::Address mapAddress(JsonFieldReader &r, const QJsonObject &a, const QString &path)
{
    domain::Address out;
    out.fullName = QStringList{ r.text(a, u"first_name", path), r.text(a, u"last_name", path) }.join(u' ').trimmed();
    out.company = r.text(a, u"company", path);
    out.line1 = r.text(a, u"address_1", path);
    out.line2 = r.text(a, u"address_2", path);
    // Turkish shops put the district in `city` and the province as a state code ("TR34").
    out.city = r.text(a, u"city", path);
    out.district = r.text(a, u"state", path);
    out.postalCode = r.text(a, u"postcode", path);
    out.countryCode = r.text(a, u"country", path).toUpper();
    out.phone = r.text(a, u"phone", path);
    return out;
}

} // namespace

const QList<std::pair<QString, UnifiedStatus>> &WooCommerceMapper::statusTable()
{
    // pending and on-hold wait for the payment (not to be shipped): Unknown, like Trendyol's Awaiting.
    // completed means fulfilled (handed to the carrier); delivery is not tracked by core WooCommerce.
    // shipped/delivered are common plugin statuses.
    static const QList<std::pair<QString, UnifiedStatus>> table{
        { QStringLiteral("pending"), UnifiedStatus::Unknown },
        { QStringLiteral("on-hold"), UnifiedStatus::Unknown },
        { QStringLiteral("checkout-draft"), UnifiedStatus::Unknown },
        { QStringLiteral("processing"), UnifiedStatus::New },
        { QStringLiteral("completed"), UnifiedStatus::Shipped },
        { QStringLiteral("shipped"), UnifiedStatus::Shipped },
        { QStringLiteral("delivered"), UnifiedStatus::Delivered },
        { QStringLiteral("cancelled"), UnifiedStatus::Cancelled },
        { QStringLiteral("failed"), UnifiedStatus::Cancelled },
        { QStringLiteral("trash"), UnifiedStatus::Cancelled },
        { QStringLiteral("refunded"), UnifiedStatus::Returned },
    };
    return table;
}

UnifiedStatus WooCommerceMapper::unifiedStatus(const QString &platformStatus)
{
    QString s = platformStatus.trimmed().toLower();
    if (s.startsWith(u"wc-"))
        s = s.mid(3);
    for (const auto &[name, status] : statusTable()) {
        if (name == s)
            return status;
    }
    return UnifiedStatus::Unknown;
}

std::optional<qint64> WooCommerceMapper::parseGmt(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    const bool hasZone = t.endsWith(u'Z') || t.lastIndexOf(u'+') > 9 || t.lastIndexOf(u'-') > 9;
    if (!hasZone)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toMSecsSinceEpoch();
}

std::variant<domain::Order, MappingError> WooCommerceMapper::mapOrder(const QJsonObject &o)
{
    JsonFieldReader r(kPlatform);
    domain::Order order;
    order.externalId = r.text(o, u"id", {}, true);
    r.setRecordId(order.externalId);
    order.orderNumber = r.text(o, u"number");
    if (order.orderNumber.isEmpty())
        order.orderNumber = order.externalId;
    order.platformStatus = r.text(o, u"status");
    order.status = unifiedStatus(order.platformStatus);
    order.currency = r.text(o, u"currency").toUpper();
    if (order.currency.isEmpty())
        order.currency = QStringLiteral("TRY");
    if (order.currency.size() != 3)
        r.fail(QStringLiteral("currency"), QStringLiteral("not an ISO currency"));

    auto readTime = [&](QStringView gmtKey, QStringView localKey) -> std::optional<qint64> {
        const QString gmt = r.text(o, gmtKey);
        if (!gmt.isEmpty()) {
            if (auto ms = parseGmt(gmt))
                return ms;
            r.fail(gmtKey.toString(), QStringLiteral("not a date"));
            return std::nullopt;
        }
        const QString local = r.text(o, localKey);
        if (local.isEmpty())
            return std::nullopt;
        if (auto ms = parseGmt(local))
            return *ms - kSiteOffsetMs;
        r.fail(localKey.toString(), QStringLiteral("not a date"));
        return std::nullopt;
    };
    const auto created = readTime(u"date_created_gmt", u"date_created");
    if (!created)
        r.fail(QStringLiteral("date_created_gmt"), QStringLiteral("missing"));
    order.orderedAtMs = created.value_or(0);
    order.platformUpdatedAtMs = readTime(u"date_modified_gmt", u"date_modified").value_or(0);
    const auto completedAt = readTime(u"date_completed_gmt", u"date_completed");

    order.totalMinor = r.money(o, u"total", {}, true).value_or(0);
    order.discountMinor = r.money(o, u"discount_total").value_or(0) + r.money(o, u"discount_tax").value_or(0);
    order.grossMinor = order.totalMinor + order.discountMinor;

    const QJsonObject billing = r.object(o, u"billing");
    order.invoiceAddress = mapAddress(r, billing, QStringLiteral("billing"));
    order.shippingAddress = mapAddress(r, r.object(o, u"shipping"), QStringLiteral("shipping"));
    if (order.shippingAddress.fullName.isEmpty())
        order.shippingAddress.fullName = order.invoiceAddress.fullName;
    order.customer.fullName = order.invoiceAddress.fullName;
    order.customer.email = r.text(billing, u"email", QStringLiteral("billing")).toLower();
    order.customer.phone = order.invoiceAddress.phone;
    const auto customerId = r.integer(o, u"customer_id");
    // 0 = a guest: the billing e-mail is the only stable handle.
    if (customerId && *customerId > 0)
        order.customer.externalId = QString::number(*customerId);
    else if (!order.customer.email.isEmpty())
        order.customer.externalId = u"guest:"_qs + order.customer.email;

    const QJsonArray items = r.array(o, u"line_items");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("line_items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.fail(path, QStringLiteral("not an object"));
            break;
        }
        const QJsonObject l = items.at(i).toObject();
        domain::OrderLine line;
        line.platformLineId = r.text(l, u"id", path, true);
        line.externalId = order.externalId + u':' + line.platformLineId;
        line.sku = r.text(l, u"sku", path);
        line.title = r.text(l, u"name", path);
        if (line.title.isEmpty())
            line.title = line.sku;
        const auto quantity = r.integer(l, u"quantity", path, true);
        if (quantity && (*quantity <= 0 || *quantity > 1000000))
            r.fail(path + u".quantity", QStringLiteral("out of range"));
        line.quantity = static_cast<int>(quantity.value_or(1));
        // Line amounts are net of tax; the buyer pays them with their tax.
        const qint64 subtotal
            = r.money(l, u"subtotal", path).value_or(0) + r.money(l, u"subtotal_tax", path).value_or(0);
        const qint64 net = r.money(l, u"total", path, true).value_or(0);
        const qint64 tax = r.money(l, u"total_tax", path).value_or(0);
        line.lineTotalMinor = net + tax;
        line.unitPriceMinor = divideRounded(subtotal > 0 ? subtotal : line.lineTotalMinor, line.quantity);
        line.unitDiscountMinor
            = subtotal > line.lineTotalMinor ? divideRounded(subtotal - line.lineTotalMinor, line.quantity) : 0;
        if (net > 0)
            line.vatRatePercent = static_cast<int>(divideRounded(tax * 100, net));
        // WooCommerce 7.x+ gives the product image as image{id, src}; older stores send no image (or src "").
        // Only a web address is kept: it is fetched later for a thumbnail.
        if (const QJsonValue image = l.value(u"image"); image.isObject()) {
            const QUrl src(image.toObject().value(u"src").toString().trimmed(), QUrl::StrictMode);
            if (src.isValid() && (src.scheme() == u"https" || src.scheme() == u"http") && !src.host().isEmpty())
                line.imageUrl = src.toString(QUrl::FullyEncoded);
        }
        order.lines.append(line);
    }

    // Tracking from the Shipment Tracking extension's meta entry, when present.
    const QJsonArray meta = r.array(o, u"meta_data");
    for (const QJsonValue &m : meta) {
        const QJsonObject entry = m.toObject();
        if (entry.value(u"key").toString() != u"_wc_shipment_tracking_items")
            continue;
        const QJsonObject first = entry.value(u"value").toArray().first().toObject();
        domain::Shipment s;
        s.externalId = order.externalId;
        s.carrier = r.text(first, u"tracking_provider", QStringLiteral("meta_data"));
        if (s.carrier.isEmpty())
            s.carrier = r.text(first, u"custom_tracking_provider", QStringLiteral("meta_data"));
        s.trackingNumber = r.text(first, u"tracking_number", QStringLiteral("meta_data"));
        s.trackingUrl = r.text(first, u"tracking_link", QStringLiteral("meta_data"));
        if (s.trackingUrl.isEmpty())
            s.trackingUrl = r.text(first, u"custom_tracking_link", QStringLiteral("meta_data"));
        if (order.status == UnifiedStatus::Shipped)
            s.state = domain::Shipment::State::InTransit;
        else if (order.status == UnifiedStatus::Delivered)
            s.state = domain::Shipment::State::Delivered;
        else if (order.status == UnifiedStatus::Returned)
            s.state = domain::Shipment::State::Returned;
        s.shippedAtMs = completedAt.value_or(0);
        order.shipment = s;
        break;
    }
    if (r.failed())
        return r.error();
    return order;
}

OrderPage WooCommerceMapper::mapPage(const QJsonArray &body, int index)
{
    OrderPage page;
    page.index = index;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (!body.at(i).isObject()) {
            page.errors.append(
                MappingError{ kPlatform, {}, QStringLiteral("[%1]").arg(i), QStringLiteral("not an object") });
            continue;
        }
        auto mapped = mapOrder(body.at(i).toObject());
        if (auto *order = std::get_if<domain::Order>(&mapped))
            page.orders.append(std::move(*order));
        else
            page.errors.append(std::get<MappingError>(mapped));
    }
    return page;
}

} // namespace sd::connectors::woocommerce
