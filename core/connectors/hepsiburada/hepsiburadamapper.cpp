#include "hepsiburadamapper.h"

#include "connectors/jsonfieldreader.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QTimeZone>

namespace sd::connectors::hepsiburada {

using domain::UnifiedStatus;

namespace {

const QString kPlatform = QStringLiteral("hepsiburada");

// Money is {"amount": number, "currency": "TRY"}; a bare number is accepted too.
std::optional<qint64> amount(JsonFieldReader &r, const QJsonObject &o, QStringView key, const QString &path,
    QString *currency = nullptr, bool required = false)
{
    const QJsonValue v = o.value(key);
    if (v.isObject()) {
        const QJsonObject m = v.toObject();
        const QString sub = path.isEmpty() ? key.toString() : path + u'.' + key;
        if (currency && currency->isEmpty())
            *currency = r.text(m, u"currency", sub).toUpper();
        return r.money(m, u"amount", sub, required);
    }
    return r.money(o, key, path, required);
}

domain::Address mapAddress(JsonFieldReader &r, const QJsonObject &a, const QString &path)
{
    domain::Address out;
    out.fullName = r.text(a, u"name", path);
    out.line1 = r.text(a, u"address", path);
    out.city = r.text(a, u"city", path);
    out.district = r.text(a, u"town", path); // ilçe
    out.neighborhood = r.text(a, u"district", path); // mahalle
    out.postalCode = r.text(a, u"postalCode", path);
    out.countryCode = r.text(a, u"countryCode", path).toUpper();
    out.phone = r.text(a, u"phoneNumber", path);
    return out;
}

qint64 turkeyTime(JsonFieldReader &r, const QJsonObject &o, QStringView key, const QString &path = {})
{
    const QString text = r.text(o, key, path);
    if (text.isEmpty())
        return 0;
    if (auto ms = HepsiburadaMapper::parseTurkeyTime(text))
        return *ms;
    r.fail(path.isEmpty() ? key.toString() : path + u'.' + key, QStringLiteral("not a date"));
    return 0;
}

} // namespace

const QList<std::pair<HepsiburadaList, UnifiedStatus>> &HepsiburadaMapper::statusTable()
{
    // Packed lines wait for the carrier: Picking (Hepsiburada has no separate invoiced state). Undelivered
    // parcels are still with the carrier. Unpacked packages are void (their lines return to the open list).
    static const QList<std::pair<HepsiburadaList, UnifiedStatus>> table{
        { HepsiburadaList::Open, UnifiedStatus::New },
        { HepsiburadaList::PaymentAwaiting, UnifiedStatus::Unknown },
        { HepsiburadaList::Packed, UnifiedStatus::Picking },
        { HepsiburadaList::Shipped, UnifiedStatus::Shipped },
        { HepsiburadaList::Delivered, UnifiedStatus::Delivered },
        { HepsiburadaList::Undelivered, UnifiedStatus::Shipped },
        { HepsiburadaList::Cancelled, UnifiedStatus::Cancelled },
        { HepsiburadaList::Unpacked, UnifiedStatus::Cancelled },
    };
    return table;
}

UnifiedStatus HepsiburadaMapper::unifiedStatus(HepsiburadaList list)
{
    for (const auto &[l, status] : statusTable()) {
        if (l == list)
            return status;
    }
    return UnifiedStatus::Unknown;
}

QString HepsiburadaMapper::listName(HepsiburadaList list)
{
    switch (list) {
    case HepsiburadaList::Open:
        return QStringLiteral("Open");
    case HepsiburadaList::PaymentAwaiting:
        return QStringLiteral("PaymentAwaiting");
    case HepsiburadaList::Packed:
        return QStringLiteral("Packed");
    case HepsiburadaList::Shipped:
        return QStringLiteral("Shipped");
    case HepsiburadaList::Delivered:
        return QStringLiteral("Delivered");
    case HepsiburadaList::Undelivered:
        return QStringLiteral("Undelivered");
    case HepsiburadaList::Cancelled:
        return QStringLiteral("Cancelled");
    case HepsiburadaList::Unpacked:
        break;
    }
    return QStringLiteral("Unpacked");
}

std::optional<qint64> HepsiburadaMapper::parseTurkeyTime(const QString &text)
{
    QString t = text.trimmed();
    t.replace(u' ', u'T');
    if (t.size() == 16) // yyyy-MM-ddTHH:mm
        t += u":00";
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeZone(QTimeZone::utc());
    return dt.toMSecsSinceEpoch() - kTurkeyOffsetMs;
}

OrderPage HepsiburadaMapper::mapOpenLines(const QJsonArray &items, int index)
{
    OrderPage page;
    page.index = index;
    // Keep the platform's order of first appearance.
    QList<QString> orderNumbers;
    QMap<QString, domain::Order> orders;
    QSet<QString> broken;
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonFieldReader r(kPlatform);
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            page.errors.append(MappingError{ kPlatform, {}, path, QStringLiteral("not an object") });
            continue;
        }
        const QJsonObject l = items.at(i).toObject();
        const QString orderNumber = r.text(l, u"orderNumber", {}, true);
        r.setRecordId(orderNumber.isEmpty() ? QString() : u"open:"_qs + orderNumber);
        domain::OrderLine line;
        line.platformLineId = r.text(l, u"id", {}, true);
        line.externalId = u"open:"_qs + line.platformLineId;
        line.sku = r.text(l, u"merchantSKU");
        if (line.sku.isEmpty())
            line.sku = r.text(l, u"merchantSku");
        line.barcode = r.text(l, u"productBarcode");
        line.title = r.text(l, u"name");
        if (line.title.isEmpty())
            line.title = line.sku.isEmpty() ? r.text(l, u"sku") : line.sku;
        const auto quantity = r.integer(l, u"quantity", {}, true);
        if (quantity && (*quantity <= 0 || *quantity > 1000000))
            r.fail(QStringLiteral("quantity"), QStringLiteral("out of range"));
        line.quantity = static_cast<int>(quantity.value_or(0));
        QString currency;
        line.unitPriceMinor = amount(r, l, u"unitPrice", {}, &currency, true).value_or(0);
        const qint64 total = amount(r, l, u"totalPrice", {}, &currency).value_or(line.unitPriceMinor * line.quantity);
        const QJsonObject merchantDiscount = r.object(l, u"merchantDiscount");
        const qint64 discount
            = amount(r, merchantDiscount, u"totalPrice", QStringLiteral("merchantDiscount")).value_or(0);
        line.unitDiscountMinor = line.quantity > 0 ? discount / line.quantity : 0;
        line.lineTotalMinor = total;
        const auto vat = r.integer(l, u"vatRate");
        if (vat && *vat >= 0 && *vat <= 100)
            line.vatRatePercent = static_cast<int>(*vat);
        line.platformStatus = r.text(l, u"status");
        const qint64 orderedAt = turkeyTime(r, l, u"orderDate");
        const qint64 updatedAt = turkeyTime(r, l, u"lastStatusUpdateDate");
        if (r.failed() || orderNumber.isEmpty()) {
            page.errors.append(r.error());
            broken.insert(orderNumber);
            continue;
        }
        if (!orders.contains(orderNumber)) {
            domain::Order o;
            o.externalId = u"open:"_qs + orderNumber;
            o.orderNumber = orderNumber;
            o.platformStatus = listName(HepsiburadaList::Open);
            o.status = unifiedStatus(HepsiburadaList::Open);
            o.currency = currency.isEmpty() ? QStringLiteral("TRY") : currency;
            o.orderedAtMs = orderedAt;
            o.customer.externalId = r.text(l, u"customerId");
            o.customer.fullName = r.text(l, u"customerName");
            o.shippingAddress = mapAddress(r, r.object(l, u"shippingAddress"), QStringLiteral("shippingAddress"));
            const QJsonObject invoice = r.object(l, u"invoice");
            o.invoiceAddress = mapAddress(
                r, r.object(invoice, u"address", QStringLiteral("invoice")), QStringLiteral("invoice.address"));
            o.invoiceAddress.taxNumber = r.text(invoice, u"taxNumber", QStringLiteral("invoice"));
            o.invoiceAddress.taxOffice = r.text(invoice, u"taxOffice", QStringLiteral("invoice"));
            o.customer.email
                = r.text(r.object(l, u"shippingAddress"), u"email", QStringLiteral("shippingAddress")).toLower();
            o.customer.phone = o.shippingAddress.phone;
            orders.insert(orderNumber, o);
            orderNumbers.append(orderNumber);
        }
        domain::Order &o = orders[orderNumber];
        o.platformUpdatedAtMs = qMax(o.platformUpdatedAtMs, updatedAt);
        if (o.orderedAtMs == 0)
            o.orderedAtMs = orderedAt;
        o.lines.append(line);
        o.grossMinor += line.unitPriceMinor * line.quantity;
        o.discountMinor += discount;
        o.totalMinor += line.lineTotalMinor;
    }
    for (const QString &number : std::as_const(orderNumbers)) {
        // An order with one unreadable line is skipped whole: half an order would look complete.
        if (!broken.contains(number))
            page.orders.append(orders.value(number));
    }
    return page;
}

std::variant<domain::Order, MappingError> HepsiburadaMapper::mapPackage(const QJsonObject &p, HepsiburadaList list)
{
    JsonFieldReader r(kPlatform);
    domain::Order o;
    const QString packageNumber = r.text(p, u"packageNumber", {}, true);
    o.externalId = u"package:"_qs + packageNumber;
    r.setRecordId(o.externalId);
    o.platformStatus = r.text(p, u"status");
    if (o.platformStatus.isEmpty())
        o.platformStatus = listName(list);
    o.status = unifiedStatus(list);
    o.orderedAtMs = turkeyTime(r, p, u"orderDate");
    o.customer.externalId = r.text(p, u"customerId");
    o.customer.fullName = r.text(p, u"customerName");
    o.customer.email = r.text(p, u"email").toLower();
    o.customer.phone = r.text(p, u"phoneNumber");
    o.shippingAddress.fullName = r.text(p, u"recipientName");
    if (o.shippingAddress.fullName.isEmpty())
        o.shippingAddress.fullName = o.customer.fullName;
    o.shippingAddress.line1 = r.text(p, u"shippingAddressDetail");
    o.shippingAddress.city = r.text(p, u"shippingCity");
    o.shippingAddress.district = r.text(p, u"shippingTown");
    o.shippingAddress.neighborhood = r.text(p, u"shippingDistrict");
    o.shippingAddress.countryCode = r.text(p, u"shippingCountryCode").toUpper();
    o.shippingAddress.phone = o.customer.phone;
    o.invoiceAddress.fullName = r.text(p, u"companyName");
    o.invoiceAddress.line1 = r.text(p, u"billingAddress");
    o.invoiceAddress.city = r.text(p, u"billingCity");
    o.invoiceAddress.district = r.text(p, u"billingTown");
    o.invoiceAddress.neighborhood = r.text(p, u"billingDistrict");
    o.invoiceAddress.postalCode = r.text(p, u"billingPostalCode");
    o.invoiceAddress.countryCode = r.text(p, u"billingCountryCode").toUpper();
    o.invoiceAddress.taxNumber = r.text(p, u"taxNumber");
    o.invoiceAddress.taxOffice = r.text(p, u"taxOffice");
    QString currency;
    const auto total = amount(r, p, u"totalPrice", {}, &currency);

    const QJsonArray items = r.array(p, u"items");
    QStringList orderNumbers;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.fail(path, QStringLiteral("not an object"));
            break;
        }
        const QJsonObject l = items.at(i).toObject();
        domain::OrderLine line;
        line.platformLineId = r.text(l, u"lineItemId", path, true);
        line.externalId = o.externalId + u':' + line.platformLineId;
        line.sku = r.text(l, u"merchantSku", path);
        line.barcode = r.text(l, u"productBarcode", path);
        line.title = r.text(l, u"productName", path);
        if (line.title.isEmpty())
            line.title = line.sku.isEmpty() ? r.text(l, u"hbSku", path) : line.sku;
        const auto quantity = r.integer(l, u"quantity", path, true);
        if (quantity && (*quantity <= 0 || *quantity > 1000000))
            r.fail(path + u".quantity", QStringLiteral("out of range"));
        line.quantity = static_cast<int>(quantity.value_or(0));
        line.unitPriceMinor = amount(r, l, u"price", path, &currency, true).value_or(0);
        const qint64 discount = amount(r, l, u"totalMerchantDiscount", path).value_or(0);
        line.unitDiscountMinor = line.quantity > 0 ? discount / line.quantity : 0;
        line.lineTotalMinor = amount(r, l, u"totalPrice", path).value_or(line.unitPriceMinor * line.quantity);
        const auto vat = r.integer(l, u"vatRate", path);
        if (vat && *vat >= 0 && *vat <= 100)
            line.vatRatePercent = static_cast<int>(*vat);
        const QString number = r.text(l, u"orderNumber", path);
        if (!number.isEmpty() && !orderNumbers.contains(number))
            orderNumbers.append(number);
        if (o.orderedAtMs == 0)
            o.orderedAtMs = turkeyTime(r, l, u"orderDate", path);
        o.grossMinor += line.unitPriceMinor * line.quantity;
        o.discountMinor += discount;
        o.lines.append(line);
    }
    o.orderNumber = orderNumbers.isEmpty() ? packageNumber : orderNumbers.join(u',');
    o.currency = currency.isEmpty() ? QStringLiteral("TRY") : currency;
    qint64 linesTotal = 0;
    for (const domain::OrderLine &l : std::as_const(o.lines))
        linesTotal += l.lineTotalMinor;
    o.totalMinor = total.value_or(linesTotal);
    if (o.orderedAtMs == 0)
        r.fail(QStringLiteral("orderDate"), QStringLiteral("missing"));

    const QString barcode = r.text(p, u"barcode");
    const QString carrier = r.text(p, u"cargoCompany");
    if (!barcode.isEmpty() || !carrier.isEmpty()) {
        domain::Shipment s;
        s.externalId = o.externalId;
        s.carrier = carrier;
        s.trackingNumber = r.text(p, u"trackingInfoCode");
        if (s.trackingNumber.isEmpty())
            s.trackingNumber = barcode;
        s.trackingUrl = r.text(p, u"trackingInfoUrl");
        if (list == HepsiburadaList::Shipped)
            s.state = domain::Shipment::State::InTransit;
        else if (list == HepsiburadaList::Delivered)
            s.state = domain::Shipment::State::Delivered;
        else if (list == HepsiburadaList::Undelivered)
            s.state = domain::Shipment::State::Failed;
        o.shipment = s;
    }
    if (r.failed())
        return r.error();
    return o;
}

HepsiburadaList HepsiburadaMapper::lineState(const QJsonObject &line, const LineStates &states)
{
    const QString id = line.value(u"id").toString();
    const auto named = states.lines.constFind(id);
    if (named != states.lines.constEnd())
        return *named;
    const QString package = line.value(u"packageNumber").toString();
    if (!package.isEmpty())
        return states.packages.value(package).list; // default-constructed: Packed
    return HepsiburadaList::Open;
}

int HepsiburadaMapper::progressRank(HepsiburadaList list)
{
    switch (list) {
    case HepsiburadaList::PaymentAwaiting:
        return 0;
    case HepsiburadaList::Open:
    case HepsiburadaList::Unpacked:
        return 1;
    case HepsiburadaList::Packed:
        return 2;
    case HepsiburadaList::Shipped:
        return 3;
    case HepsiburadaList::Undelivered:
        return 4;
    case HepsiburadaList::Delivered:
        return 5;
    case HepsiburadaList::Cancelled:
        break;
    }
    return 6;
}

std::variant<domain::Order, MappingError> HepsiburadaMapper::mapOrder(const QJsonObject &json, const LineStates &states)
{
    JsonFieldReader r(kPlatform);
    domain::Order o;
    o.orderNumber = r.text(json, u"orderNumber", {}, true);
    o.externalId = o.orderNumber;
    r.setRecordId(o.externalId);
    o.orderedAtMs = turkeyTime(r, json, u"orderDate");
    if (o.orderedAtMs == 0)
        o.orderedAtMs = turkeyTime(r, json, u"createdDate");
    const QJsonObject customer = r.object(json, u"customer");
    o.customer.externalId = r.text(customer, u"customerId", QStringLiteral("customer"));
    o.customer.fullName = r.text(customer, u"name", QStringLiteral("customer"));
    const QJsonObject delivery = r.object(json, u"deliveryAddress");
    o.shippingAddress = mapAddress(r, delivery, QStringLiteral("deliveryAddress"));
    o.customer.email = r.text(delivery, u"email", QStringLiteral("deliveryAddress")).toLower();
    o.customer.phone = o.shippingAddress.phone;
    const QJsonObject invoice = r.object(json, u"invoice");
    o.invoiceAddress
        = mapAddress(r, r.object(invoice, u"address", QStringLiteral("invoice")), QStringLiteral("invoice.address"));
    o.invoiceAddress.taxNumber = r.text(invoice, u"taxNumber", QStringLiteral("invoice"));
    o.invoiceAddress.taxOffice = r.text(invoice, u"taxOffice", QStringLiteral("invoice"));

    QString currency;
    const QJsonArray items = r.array(json, u"items");
    if (items.isEmpty())
        r.fail(QStringLiteral("items"), QStringLiteral("no lines"));
    std::optional<HepsiburadaList> lead; // the least advanced line that is not cancelled
    QString leadPackage;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.fail(path, QStringLiteral("not an object"));
            break;
        }
        const QJsonObject l = items.at(i).toObject();
        domain::OrderLine line;
        line.platformLineId = r.text(l, u"id", path, true);
        line.externalId = line.platformLineId;
        line.sku = r.text(l, u"merchantSKU", path);
        if (line.sku.isEmpty())
            line.sku = r.text(l, u"merchantSku", path);
        line.barcode = r.text(l, u"productBarcode", path);
        line.title = r.text(l, u"name", path);
        if (line.title.isEmpty())
            line.title = line.sku.isEmpty() ? r.text(l, u"sku", path) : line.sku;
        const auto quantity = r.integer(l, u"quantity", path, true);
        if (quantity && (*quantity <= 0 || *quantity > 1000000))
            r.fail(path + u".quantity", QStringLiteral("out of range"));
        line.quantity = static_cast<int>(quantity.value_or(0));
        line.unitPriceMinor = amount(r, l, u"unitPrice", path, &currency, true).value_or(0);
        const qint64 discount
            = amount(r, r.object(l, u"merchantDiscount", path), u"totalPrice", path + u".merchantDiscount").value_or(0);
        line.unitDiscountMinor = line.quantity > 0 ? discount / line.quantity : 0;
        line.lineTotalMinor
            = amount(r, l, u"totalPrice", path, &currency).value_or(line.unitPriceMinor * line.quantity);
        const auto vat = r.integer(l, u"vatRate", path);
        if (vat && *vat >= 0 && *vat <= 100)
            line.vatRatePercent = static_cast<int>(*vat);
        const HepsiburadaList state = lineState(l, states);
        line.platformStatus = listName(state);
        const QString package = r.text(l, u"packageNumber", path);
        if (state != HepsiburadaList::Cancelled && (!lead || progressRank(state) < progressRank(*lead))) {
            lead = state;
            leadPackage = package;
        }
        o.platformUpdatedAtMs = qMax(o.platformUpdatedAtMs, turkeyTime(r, l, u"lastStatusUpdateDate", path));
        o.platformUpdatedAtMs = qMax(o.platformUpdatedAtMs, states.lineChangedMs.value(line.platformLineId));
        if (!package.isEmpty())
            o.platformUpdatedAtMs = qMax(o.platformUpdatedAtMs, states.packages.value(package).changedMs);
        if (o.customer.externalId.isEmpty())
            o.customer.externalId = r.text(l, u"customerId", path);
        o.grossMinor += line.unitPriceMinor * line.quantity;
        o.discountMinor += discount;
        o.totalMinor += line.lineTotalMinor;
        o.lines.append(line);
    }
    const HepsiburadaList state = lead.value_or(HepsiburadaList::Cancelled);
    o.platformStatus = listName(state);
    o.status = unifiedStatus(state);
    o.currency = currency.isEmpty() ? QStringLiteral("TRY") : currency;
    if (o.orderedAtMs == 0)
        r.fail(QStringLiteral("orderDate"), QStringLiteral("missing"));

    if (!leadPackage.isEmpty()) {
        const PackageState package = states.packages.value(leadPackage);
        domain::Shipment s;
        s.externalId = leadPackage; // the package number the package actions take
        s.carrier = r.text(package.json, u"cargoCompany", QStringLiteral("package"));
        if (s.carrier.isEmpty()) {
            for (const QJsonValue &v : items) {
                if (v[u"packageNumber"].toString() == leadPackage)
                    s.carrier = v[u"cargoCompany"].toString();
            }
        }
        s.trackingNumber = r.text(package.json, u"trackingInfoCode", QStringLiteral("package"));
        if (s.trackingNumber.isEmpty())
            s.trackingNumber = r.text(package.json, u"barcode", QStringLiteral("package"));
        s.trackingUrl = r.text(package.json, u"trackingInfoUrl", QStringLiteral("package"));
        if (state == HepsiburadaList::Shipped) {
            s.state = domain::Shipment::State::InTransit;
            s.shippedAtMs = package.changedMs;
        } else if (state == HepsiburadaList::Delivered) {
            s.state = domain::Shipment::State::Delivered;
            s.deliveredAtMs = package.changedMs;
        } else if (state == HepsiburadaList::Undelivered) {
            s.state = domain::Shipment::State::Failed;
        }
        o.shipment = s;
    }
    if (r.failed())
        return r.error();
    return o;
}

} // namespace sd::connectors::hepsiburada
