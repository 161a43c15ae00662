#include "orderdetails.h"

#include "ordersmodel.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace sd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::ui::OrderDetails", text);
}

QJsonObject parseObject(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QLocale &locale, qint64 ms)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

// Turkish writes the sign first (%20), most other languages after (20%).
QString percent(const QLocale &locale, int value)
{
    return locale.language() == QLocale::Turkish ? locale.percent() + locale.toString(value)
                                                 : locale.toString(value) + locale.percent();
}

QUrl httpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") ? url : QUrl();
}

} // namespace

Result<OrderDetails> OrderDetails::load(store::Database &db, const QString &orderId)
{
    Result<store::Statement> order = db.prepare(
        u"SELECT o.id, o.external_id, o.order_number, c.platform, c.display_name, o.unified_status,"
        u" coalesce(o.platform_status, ''), o.ordered_at, coalesce(o.platform_updated_at, 0), o.updated_at,"
        u" coalesce(o.customer_name, o.shipping_name, ''), coalesce(o.customer_email, ''), o.currency,"
        u" coalesce(o.gross_minor, o.total_minor), coalesce(o.discount_minor, 0), o.total_minor,"
        u" coalesce(o.cargo_company, ''), coalesce(o.tracking_number, ''), coalesce(o.tracking_url, ''),"
        u" coalesce(o.invoice_link, ''), coalesce(o.shipping_address_json, ''), coalesce(o.invoice_address_json, ''),"
        u" coalesce(o.shipping_address, '')"
        u" FROM orders o JOIN connections c ON c.id = o.connection_id WHERE o.id = ?1 AND o.deleted = 0");
    if (!order)
        return order.error();
    if (Status s = order->bindAll(orderId); !s)
        return s.error();
    Result<bool> found = order->step();
    if (!found)
        return found.error();
    if (!*found)
        return store::storeError(store::StoreError::NotFound, u"order not found"_qs);
    OrderDetails d;
    d.id = order->text(0);
    d.externalId = order->text(1);
    d.number = order->text(2);
    d.platform = order->text(3);
    d.connectionName = order->text(4);
    d.status = order->text(5);
    d.platformStatus = order->text(6);
    d.orderedAt = order->int64(7);
    d.platformUpdatedAt = order->int64(8);
    d.updatedAt = order->int64(9);
    d.customerName = order->text(10);
    d.customerEmail = order->text(11);
    d.currency = order->text(12);
    d.grossMinor = order->int64(13);
    d.discountMinor = order->int64(14);
    d.totalMinor = order->int64(15);
    d.cargo = order->text(16);
    d.trackingNumber = order->text(17);
    d.trackingUrl = httpUrl(order->text(18));
    d.invoiceLink = httpUrl(order->text(19));
    d.shippingAddress = parseObject(order->text(20));
    d.invoiceAddress = parseObject(order->text(21));
    if (d.shippingAddress.isEmpty() && !order->text(22).isEmpty())
        d.shippingAddress.insert(QStringLiteral("line1"), order->text(22)); // rows written before 0003

    Result<store::Statement> lines = db.prepare(
        u"SELECT coalesce(sku, ''), coalesce(barcode, ''), title, quantity, unit_price_minor, coalesce(discount_minor, 0),"
        u" coalesce(line_total_minor, quantity * unit_price_minor), coalesce(vat_rate, -1), coalesce(platform_status, ''),"
        u" coalesce(platform_line_id, ''), coalesce(image_url, '') FROM order_lines WHERE order_id = ?1 AND deleted = 0 ORDER BY seq");
    if (!lines)
        return lines.error();
    if (Status s = lines->bindAll(orderId); !s)
        return s.error();
    while (lines->step().valueOr(false)) {
        Line l;
        l.sku = lines->text(0);
        l.barcode = lines->text(1);
        l.title = lines->text(2);
        l.quantity = lines->int32(3);
        l.unitPriceMinor = lines->int64(4);
        l.unitDiscountMinor = lines->int64(5);
        l.lineTotalMinor = lines->int64(6);
        l.vatRate = lines->int32(7);
        l.platformStatus = lines->text(8);
        l.lineId = lines->text(9);
        l.imageUrl = httpUrl(lines->text(10));
        d.lines.append(l);
    }

    Result<store::Statement> shipments = db.prepare(
        u"SELECT coalesce(carrier, ''), coalesce(tracking_number, ''), coalesce(tracking_url, ''), status,"
        u" coalesce(shipped_at, 0), coalesce(delivered_at, 0) FROM shipments WHERE order_id = ?1 AND deleted = 0"
        u" ORDER BY seq");
    if (!shipments)
        return shipments.error();
    if (Status s = shipments->bindAll(orderId); !s)
        return s.error();
    while (shipments->step().valueOr(false)) {
        d.shipments.append(Shipment{ shipments->text(0), shipments->text(1), httpUrl(shipments->text(2)),
            shipments->text(3), shipments->int64(4), shipments->int64(5) });
    }
    Result<store::Statement> changes = db.prepare(
        u"SELECT coalesce(from_status, ''), to_status, coalesce(platform_status, ''), changed_at, source"
        u" FROM order_status_history WHERE order_id = ?1 ORDER BY changed_at, seq");
    if (!changes)
        return changes.error();
    if (Status s = changes->bindAll(orderId); !s)
        return s.error();
    while (changes->step().valueOr(false)) {
        d.statusChanges.append(StatusChange{ changes->text(0), changes->text(1), changes->text(2), changes->int64(3),
            changes->text(4) });
    }
    if (!d.trackingUrl.isValid()) {
        for (const Shipment &s : std::as_const(d.shipments)) {
            if (s.trackingUrl.isValid())
                d.trackingUrl = s.trackingUrl;
        }
    }
    return d;
}

QUrl OrderDetails::platformLink() const
{
    // The seller panels' order lists, searched for the order number.
    QUrl url;
    QUrlQuery query;
    if (platform == u"trendyol") {
        url = QUrl(QStringLiteral("https://partner.trendyol.com/orders/shipment-packages/all"));
        query.addQueryItem(QStringLiteral("orderNumber"), number);
    } else if (platform == u"hepsiburada") {
        url = QUrl(QStringLiteral("https://merchant.hepsiburada.com/fulfilment/orders"));
        query.addQueryItem(QStringLiteral("search"), number);
    } else if (platform == u"n11") {
        url = QUrl(QStringLiteral("https://so.n11.com/orders"));
        query.addQueryItem(QStringLiteral("orderNumber"), number);
    } else {
        return {};
    }
    url.setQuery(query);
    return url;
}

QList<std::pair<qint64, QString>> OrderDetails::history() const
{
    // The recorded status changes (from the first sync that saw one), with what the order and its shipments say.
    QList<std::pair<qint64, QString>> events;
    if (orderedAt > 0)
        events.append({ orderedAt, tr("Ordered") });
    for (const StatusChange &c : statusChanges) {
        const QString to = OrdersModel::statusLabel(c.to);
        QString text = c.from.isEmpty() || c.from == c.to
            ? tr("Status: %1").arg(to)
            : tr("Status: %1 → %2").arg(OrdersModel::statusLabel(c.from), to);
        if (!c.platformStatus.isEmpty())
            text += u" (" % c.platformStatus % u')';
        text = c.source == u"action" ? tr("%1 · by an action from SellerDesk").arg(text)
                                     : tr("%1 · seen on the platform").arg(text);
        events.append({ c.at, text });
    }
    for (const Shipment &s : shipments) {
        if (s.shippedAt > 0)
            events.append({ s.shippedAt, s.carrier.isEmpty() ? tr("Shipped") : tr("Shipped with %1").arg(s.carrier) });
        if (s.deliveredAt > 0)
            events.append({ s.deliveredAt, tr("Delivered") });
    }
    if (statusChanges.isEmpty() && platformUpdatedAt > 0) {
        const QString st = OrdersModel::statusLabel(status);
        events.append({ platformUpdatedAt, platformStatus.isEmpty()
                                               ? tr("Last change on the platform: %1").arg(st)
                                               : tr("Last change on the platform: %1 (%2)").arg(st, platformStatus) });
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return events;
}

QString OrderDetails::percentText(const QLocale &locale, int value)
{
    return percent(locale, value);
}

QString OrderDetails::addressText(const QJsonObject &a)
{
    auto v = [&a](const char *key) { return a.value(QLatin1StringView(key)).toString(); };
    QStringList out;
    for (const char *key : { "fullName", "company", "line1", "line2", "neighborhood" }) {
        if (!v(key).isEmpty())
            out.append(v(key));
    }
    const QString district = QStringList{ v("postalCode"), v("district"), v("city") }
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(u' ');
    if (!district.isEmpty())
        out.append(district);
    if (!v("countryCode").isEmpty() && v("countryCode") != u"TR")
        out.append(v("countryCode"));
    if (!v("phone").isEmpty())
        out.append(v("phone"));
    if (!v("taxNumber").isEmpty())
        out.append(tr("Tax number %1 %2").arg(v("taxNumber"), v("taxOffice")).trimmed());
    return out.join(u'\n');
}

QString OrderDetails::headerHtml(const QLocale &locale) const
{
    QString h;
    h += u"<h2>" % esc(tr("Order %1").arg(number)) % u"</h2>";
    h += u"<p>" % esc(OrdersModel::platformName(platform)) % u" · " % esc(connectionName) % u" · "
         % esc(when(locale, orderedAt)) % u"<br><b>" % esc(OrdersModel::statusLabel(status)) % u"</b>";
    if (!platformStatus.isEmpty())
        h += u" (" % esc(platformStatus) % u')';
    h += u"</p>";
    return h;
}

QString OrderDetails::toHtml(const QLocale &locale) const
{
    QString h;
    h += u"<p align='right'>";
    if (discountMinor > 0)
        h += esc(tr("Before discounts: %1").arg(OrdersModel::formatMoney(grossMinor, currency, locale))) % u"<br>"
             % esc(tr("Discounts: %1").arg(OrdersModel::formatMoney(discountMinor, currency, locale))) % u"<br>";
    h += u"<b>" % esc(tr("Total: %1").arg(OrdersModel::formatMoney(totalMinor, currency, locale))) % u"</b></p>";
    h += u"<h3>" % esc(tr("Customer")) % u"</h3><p>" % esc(customerName);
    if (!customerEmail.isEmpty())
        h += u"<br>" % esc(customerEmail);
    h += u"</p>";
    auto address = [&](const QString &title, const QJsonObject &a) {
        if (a.isEmpty())
            return;
        h += u"<h3>" % esc(title) % u"</h3><p>" % esc(addressText(a)).replace(u'\n', u"<br>"_qs) % u"</p>";
    };
    address(tr("Shipping address"), shippingAddress);
    if (invoiceAddress != shippingAddress)
        address(tr("Invoice address"), invoiceAddress);
    else if (!invoiceAddress.isEmpty())
        h += u"<p><i>" % esc(tr("Invoice address: same as shipping")) % u"</i></p>";

    h += u"<h3>" % esc(tr("Cargo")) % u"</h3><p>";
    if (cargo.isEmpty() && trackingNumber.isEmpty()) {
        h += esc(tr("Not shipped yet."));
    } else {
        h += esc(cargo);
        if (!trackingNumber.isEmpty()) {
            h += u"<br>" % esc(tr("Tracking number: %1").arg(trackingNumber));
            if (trackingUrl.isValid())
                h += u" · <a href='" % esc(trackingUrl.toString(QUrl::FullyEncoded)) % u"'>" % esc(tr("Track parcel"))
                     % u"</a>";
        }
    }
    if (invoiceLink.isValid())
        h += u"<br><a href='" % esc(invoiceLink.toString(QUrl::FullyEncoded)) % u"'>" % esc(tr("Invoice")) % u"</a>";
    h += u"</p>";

    h += u"<h3>" % esc(tr("History")) % u"</h3><table cellspacing='0' cellpadding='2'>";
    const auto events = history();
    for (const auto &[at, text] : events)
        h += u"<tr><td valign='top' style='color:gray'>" % esc(when(locale, at)) % u"</td><td>● " % esc(text)
             % u"</td></tr>";
    h += u"</table>";
    if (statusChanges.isEmpty())
        h += u"<p><small>" % esc(tr("Status changes are recorded from the first sync that sees one.")) % u"</small></p>";
    if (const QUrl link = platformLink(); link.isValid())
        h += u"<p><a href='" % esc(link.toString(QUrl::FullyEncoded)) % u"'>"
             % esc(tr("Open in the %1 seller panel").arg(OrdersModel::platformName(platform))) % u"</a></p>";
    return h;
}

} // namespace sd::ui
