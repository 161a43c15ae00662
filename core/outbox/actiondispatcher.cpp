#include "actiondispatcher.h"

#include "connectors/actionerror.h"
#include "connectors/hepsiburada/hepsiburadaactions.h"
#include "connectors/hepsiburada/hepsiburadaclient.h"
#include "connectors/hepsiburada/hepsiburadamapper.h"
#include "connectors/n11/n11mapper.h"
#include "connectors/n11/n11actions.h"
#include "connectors/n11/n11client.h"
#include "connectors/trendyol/trendyolactions.h"
#include "connectors/trendyol/trendyolclient.h"
#include "connectors/woocommerce/woocommerceactions.h"
#include "connectors/woocommerce/woocommerceclient.h"
#include "connectors/woocommerce/woocommercemapper.h"
#include "net/httpjob.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QUrlQuery>
#include <algorithm>

namespace sd::outbox {

namespace {

using domain::UnifiedStatus;

ActionSpec makeSpec(const QString &platform, const QString &action, ResendRule rule)
{
    ActionSpec spec;
    spec.platform = platform;
    spec.action = action;
    spec.rule = rule;
    return spec;
}

Error wrongConnector()
{
    return Error{ QString(connectors::kActionErrorDomain), static_cast<int>(connectors::ActionError::InvalidArgument),
        QCoreApplication::translate("sd::outbox", "This action does not belong to the connection's platform.") };
}

template<typename Client>
Client *as(connectors::OrderConnector &connector)
{
    return qobject_cast<Client *>(&connector);
}

// A GET through the connection's client (its auth, limiter and classifier), unstarted.
Result<net::HttpJob *> read(const net::ApiClient &api, const QString &path, const QUrlQuery &query = {})
{
    return api.createJob(api.request("GET", path, query));
}

QStringList stringList(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toVariant().toString();
    return out;
}

QJsonObject firstContent(const net::HttpResponse &r)
{
    const QJsonArray content = r.json.object().value(u"content").toArray();
    return content.isEmpty() ? QJsonObject() : content.first().toObject();
}

// --- Trendyol ---

Result<net::HttpJob *> trendyolProbe(connectors::OrderConnector &c, const domain::Order &order)
{
    auto *client = as<connectors::trendyol::TrendyolClient>(c);
    if (!client)
        return wrongConnector();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("shipmentPackageIds"), order.externalId);
    return read(client->api(), u"integration/order/sellers/%1/orders"_qs.arg(client->sellerId()), q);
}

// Applied once the package left every status in notYet.
Probed trendyolStatusLeft(const net::HttpResponse &r, const QStringList &notYet)
{
    const QJsonObject package = firstContent(r);
    if (package.isEmpty())
        return Probed::Unknown;
    return notYet.contains(package.value(u"status").toString()) ? Probed::NotApplied : Probed::Applied;
}

void addTrendyolSpecs(ActionDispatcher &d)
{
    using connectors::trendyol::TrendyolActions;
    using connectors::trendyol::TrendyolClient;
    const auto actions = [](connectors::OrderConnector &c) -> std::optional<TrendyolActions> {
        if (auto *client = as<TrendyolClient>(c))
            return TrendyolActions(*client);
        return std::nullopt;
    };

    ActionSpec pick = makeSpec(QStringLiteral("trendyol"), QStringLiteral("pick"), ResendRule::ProbeFirst);
    pick.send = [actions](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &) {
        auto a = actions(c);
        return a ? a->moveToPicking(o) : Result<net::HttpJob *>(wrongConnector());
    };
    pick.probe = trendyolProbe;
    pick.judge = [](const net::HttpResponse &r, const domain::Order &, const QJsonObject &, const QJsonObject &) {
        return trendyolStatusLeft(r, { QStringLiteral("Created") });
    };
    pick.effect = [](const domain::Order &, const QJsonObject &) {
        return OrderEffect{ QStringLiteral("Picking"), UnifiedStatus::Picking, {}, {}, {} };
    };
    d.add(pick);

    ActionSpec invoice = makeSpec(QStringLiteral("trendyol"), QStringLiteral("invoice"), ResendRule::ProbeFirst);
    invoice.send = [actions](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = actions(c);
        return a ? a->moveToInvoiced(o, p.value(u"invoiceNumber").toString()) : Result<net::HttpJob *>(wrongConnector());
    };
    invoice.probe = trendyolProbe;
    invoice.judge = [](const net::HttpResponse &r, const domain::Order &, const QJsonObject &, const QJsonObject &) {
        return trendyolStatusLeft(r, { QStringLiteral("Created"), QStringLiteral("Picking") });
    };
    invoice.effect = [](const domain::Order &, const QJsonObject &) {
        return OrderEffect{ QStringLiteral("Invoiced"), UnifiedStatus::Invoiced, {}, {}, {} };
    };
    d.add(invoice);

    ActionSpec track = makeSpec(QStringLiteral("trendyol"), QStringLiteral("track"), ResendRule::Resend);
    track.send = [actions](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        if (!p.value(u"cargo").toString().isEmpty())
            return Result<net::HttpJob *>(Error{ QString(connectors::kActionErrorDomain),
                static_cast<int>(connectors::ActionError::InvalidArgument),
                QCoreApplication::translate("sd::outbox",
                    "Trendyol takes the tracking number only; the cargo company is the one of the package.") });
        auto a = actions(c);
        return a ? a->updateTrackingNumber(o, p.value(u"trackingNumber").toString())
                 : Result<net::HttpJob *>(wrongConnector());
    };
    track.effect = [](const domain::Order &, const QJsonObject &p) {
        OrderEffect e;
        e.trackingNumber = p.value(u"trackingNumber").toString().trimmed();
        return e;
    };
    d.add(track);

    ActionSpec cancel = makeSpec(QStringLiteral("trendyol"), QStringLiteral("cancel"), ResendRule::ProbeFirst);
    cancel.send = [actions](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = actions(c);
        if (!a)
            return Result<net::HttpJob *>(wrongConnector());
        QList<connectors::trendyol::LineQuantity> lines;
        for (const QJsonValue &v : p.value(u"lines").toArray())
            lines.append({ v.toObject().value(u"lineId").toVariant().toString(),
                v.toObject().value(u"quantity").toInt() });
        return a->cancelLines(
            o, lines, static_cast<connectors::trendyol::CancelReason>(p.value(u"reason").toInt()));
    };
    cancel.probe = trendyolProbe;
    cancel.judge = [](const net::HttpResponse &r, const domain::Order &, const QJsonObject &, const QJsonObject &) {
        return trendyolStatusLeft(r, { QStringLiteral("Created"), QStringLiteral("Picking"), QStringLiteral("Invoiced") });
    };
    cancel.effect = [](const domain::Order &o, const QJsonObject &p) {
        // Every unit of every line: the package is cancelled; otherwise Trendyol splits it (original UnPacked).
        int cancelled = 0, total = 0;
        for (const QJsonValue &v : p.value(u"lines").toArray())
            cancelled += v.toObject().value(u"quantity").toInt();
        for (const domain::OrderLine &l : o.lines)
            total += l.quantity;
        return OrderEffect{ cancelled >= total ? QStringLiteral("Cancelled") : QStringLiteral("UnPacked"),
            UnifiedStatus::Cancelled, {}, {}, {} };
    };
    d.add(cancel);

    ActionSpec link = makeSpec(QStringLiteral("trendyol"), QStringLiteral("invoice-link"), ResendRule::ProbeFirst);
    link.send = [actions](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = actions(c);
        return a ? a->sendInvoiceLink(o, p.value(u"url").toString(), p.value(u"invoiceNumber").toString(),
                       p.value(u"invoiceDateMs").toInteger())
                 : Result<net::HttpJob *>(wrongConnector());
    };
    link.probe = trendyolProbe;
    link.judge = [](const net::HttpResponse &r, const domain::Order &, const QJsonObject &p, const QJsonObject &) {
        const QJsonObject package = firstContent(r);
        if (package.isEmpty())
            return Probed::Unknown;
        const QString current = package.value(u"invoiceLink").toString();
        if (current.isEmpty())
            return Probed::NotApplied;
        // Another link than ours: someone else sent one; the user decides.
        return current == p.value(u"url").toString() ? Probed::Applied : Probed::Unknown;
    };
    link.effect = [](const domain::Order &, const QJsonObject &p) {
        OrderEffect e;
        e.invoiceLink = p.value(u"url").toString();
        return e;
    };
    d.add(link);
}

// --- N11 ---

void addN11Specs(ActionDispatcher &d)
{
    using connectors::n11::N11Client;
    ActionSpec pick = makeSpec(QStringLiteral("n11"), QStringLiteral("pick"), ResendRule::ProbeFirst);
    pick.send = [](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &) {
        auto *client = as<N11Client>(c);
        return client ? connectors::n11::N11Actions(*client).acceptPackage(o) : Result<net::HttpJob *>(wrongConnector());
    };
    pick.probe = [](connectors::OrderConnector &c, const domain::Order &o) -> Result<net::HttpJob *> {
        auto *client = as<N11Client>(c);
        if (!client)
            return wrongConnector();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("packageIds"), o.externalId);
        return read(client->api(), QStringLiteral("rest/delivery/v1/shipmentPackages"), q);
    };
    pick.judge = [](const net::HttpResponse &r, const domain::Order &, const QJsonObject &, const QJsonObject &) {
        const QJsonObject package = firstContent(r);
        if (package.isEmpty())
            return Probed::Unknown;
        return package.value(u"shipmentPackageStatus").toString().compare(u"Created", Qt::CaseInsensitive) == 0
            ? Probed::NotApplied
            : Probed::Applied;
    };
    pick.effect = [](const domain::Order &, const QJsonObject &) {
        return OrderEffect{ QStringLiteral("Picking"), UnifiedStatus::Picking, {}, {}, {} };
    };
    d.add(pick);

    // Split and cancel both replace the package by new ones: the original becomes UnPacked (void). Picking
    // still → not applied; anything else → the user checks.
    const auto n11Probe = pick.probe;
    const auto splitJudge
        = [](const net::HttpResponse &r, const domain::Order &, const QJsonObject &, const QJsonObject &) {
              const QJsonObject package = firstContent(r);
              const QString status = package.value(u"shipmentPackageStatus").toString();
              if (status.compare(u"UnPacked", Qt::CaseInsensitive) == 0)
                  return Probed::Applied;
              if (status.compare(u"Picking", Qt::CaseInsensitive) == 0)
                  return Probed::NotApplied;
              return Probed::Unknown;
          };
    const auto unpacked = [](const domain::Order &, const QJsonObject &) {
        return OrderEffect{ QStringLiteral("UnPacked"),
            connectors::n11::N11Mapper::unifiedStatus(QStringLiteral("UnPacked")), {}, {}, {} };
    };

    ActionSpec split = makeSpec(QStringLiteral("n11"), QStringLiteral("split"), ResendRule::ProbeFirst);
    split.send = [](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto *client = as<N11Client>(c);
        if (!client)
            return Result<net::HttpJob *>(wrongConnector());
        QList<QStringList> groups;
        for (const QJsonValue &g : p.value(u"groups").toArray())
            groups.append(stringList(g.toArray()));
        return connectors::n11::N11Actions(*client).splitByLines(o, groups);
    };
    split.probe = n11Probe;
    split.judge = splitJudge;
    split.effect = unpacked;
    d.add(split);

    ActionSpec cancel = makeSpec(QStringLiteral("n11"), QStringLiteral("cancel"), ResendRule::ProbeFirst);
    cancel.send = [](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto *client = as<N11Client>(c);
        if (!client)
            return Result<net::HttpJob *>(wrongConnector());
        QList<connectors::n11::N11Actions::LineQuantity> lines;
        for (const QJsonValue &v : p.value(u"lines").toArray())
            lines.append({ v.toObject().value(u"lineId").toVariant().toString(),
                v.toObject().value(u"quantity").toInt() });
        return connectors::n11::N11Actions(*client).cancelLines(o, lines, p.value(u"reason").toInt());
    };
    cancel.probe = n11Probe;
    cancel.judge = splitJudge;
    cancel.effect = unpacked;
    d.add(cancel);
}

// --- WooCommerce ---

void addWooCommerceSpecs(ActionDispatcher &d)
{
    using connectors::woocommerce::WooCommerceClient;
    ActionSpec status = makeSpec(QStringLiteral("woocommerce"), QStringLiteral("status"), ResendRule::ProbeFirst);
    status.send = [](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto *client = as<WooCommerceClient>(c);
        return client ? connectors::woocommerce::WooCommerceActions(*client).setStatus(o, p.value(u"status").toString())
                      : Result<net::HttpJob *>(wrongConnector());
    };
    status.probe = [](connectors::OrderConnector &c, const domain::Order &o) -> Result<net::HttpJob *> {
        auto *client = as<WooCommerceClient>(c);
        if (!client)
            return wrongConnector();
        return read(client->api(), QStringLiteral("wp-json/wc/v3/orders/%1").arg(o.externalId));
    };
    status.judge = [](const net::HttpResponse &r, const domain::Order &, const QJsonObject &p, const QJsonObject &) {
        const QString now = r.json.object().value(u"status").toString();
        if (now.isEmpty())
            return Probed::Unknown;
        return now == p.value(u"status").toString() ? Probed::Applied : Probed::NotApplied;
    };
    status.effect = [](const domain::Order &, const QJsonObject &p) {
        const QString s = p.value(u"status").toString();
        return OrderEffect{ s, connectors::woocommerce::WooCommerceMapper::unifiedStatus(s), {}, {}, {} };
    };
    d.add(status);

    // A POST that adds a note each time: the notes with the same text are counted before the first send
    // (baseline) and after an unknown outcome; one more than before = ours arrived.
    ActionSpec note = makeSpec(QStringLiteral("woocommerce"), QStringLiteral("note"), ResendRule::ProbeFirst);
    note.send = [](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto *client = as<WooCommerceClient>(c);
        return client ? connectors::woocommerce::WooCommerceActions(*client).addNote(
                   o, p.value(u"note").toString(), p.value(u"toCustomer").toBool())
                      : Result<net::HttpJob *>(wrongConnector());
    };
    note.probe = [](connectors::OrderConnector &c, const domain::Order &o) -> Result<net::HttpJob *> {
        auto *client = as<WooCommerceClient>(c);
        if (!client)
            return wrongConnector();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("type"), QStringLiteral("any"));
        return read(client->api(), QStringLiteral("wp-json/wc/v3/orders/%1/notes").arg(o.externalId), q);
    };
    const auto count = [](const net::HttpResponse &r, const QJsonObject &p) -> std::optional<int> {
        if (!r.json.isArray())
            return std::nullopt;
        const QString text = p.value(u"note").toString().trimmed();
        int n = 0;
        for (const QJsonValue &v : r.json.array())
            n += v.toObject().value(u"note").toString().trimmed() == text ? 1 : 0;
        return n;
    };
    note.baseline = [count](const net::HttpResponse &r, const QJsonObject &p) {
        const auto n = count(r, p);
        return n ? QJsonObject{ { QStringLiteral("equalNotes"), *n } } : QJsonObject();
    };
    note.judge = [count](const net::HttpResponse &r, const domain::Order &, const QJsonObject &p,
                     const QJsonObject &baseline) {
        const auto n = count(r, p);
        if (!n || !baseline.contains(u"equalNotes"))
            return Probed::Unknown;
        return *n > baseline.value(u"equalNotes").toInt() ? Probed::Applied : Probed::NotApplied;
    };
    note.effect = [](const domain::Order &, const QJsonObject &) { return OrderEffect{}; };
    d.add(note);

    // Shipment Tracking: a POST that adds a tracking item each time. Like the note: the items with our number are
    // counted before the first send and after an unknown outcome.
    ActionSpec tracking = makeSpec(QStringLiteral("woocommerce"), QStringLiteral("tracking"), ResendRule::ProbeFirst);
    tracking.send = [](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto *client = as<WooCommerceClient>(c);
        return client ? connectors::woocommerce::WooCommerceActions(*client).addShipmentTracking(o,
                   p.value(u"trackingNumber").toString(), p.value(u"provider").toString(),
                   p.value(u"customLink").toString(),
                   QDate::fromString(p.value(u"shippedOn").toString(), Qt::ISODate))
                      : Result<net::HttpJob *>(wrongConnector());
    };
    tracking.probe = [](connectors::OrderConnector &c, const domain::Order &o) -> Result<net::HttpJob *> {
        auto *client = as<WooCommerceClient>(c);
        if (!client)
            return wrongConnector();
        return read(
            client->api(), QStringLiteral("wp-json/wc-shipment-tracking/v3/orders/%1/shipment-trackings").arg(o.externalId));
    };
    const auto countTracking = [](const net::HttpResponse &r, const QJsonObject &p) -> std::optional<int> {
        if (!r.json.isArray())
            return std::nullopt;
        const QString number = p.value(u"trackingNumber").toString().trimmed();
        int n = 0;
        for (const QJsonValue &v : r.json.array())
            n += v.toObject().value(u"tracking_number").toString().trimmed() == number ? 1 : 0;
        return n;
    };
    tracking.baseline = [countTracking](const net::HttpResponse &r, const QJsonObject &p) {
        const auto n = countTracking(r, p);
        return n ? QJsonObject{ { QStringLiteral("equalTrackings"), *n } } : QJsonObject();
    };
    tracking.judge = [countTracking](const net::HttpResponse &r, const domain::Order &, const QJsonObject &p,
                         const QJsonObject &baseline) {
        const auto n = countTracking(r, p);
        if (!n || !baseline.contains(u"equalTrackings"))
            return Probed::Unknown;
        return *n > baseline.value(u"equalTrackings").toInt() ? Probed::Applied : Probed::NotApplied;
    };
    tracking.effect = [](const domain::Order &, const QJsonObject &p) {
        OrderEffect e;
        e.trackingNumber = p.value(u"trackingNumber").toString().trimmed();
        return e;
    };
    d.add(tracking);
}

// --- Hepsiburada ---
//
// Hepsiburada's line and package status strings are not documented (reference §3.7), so the probes decide on
// structure where they can: which package number a line carries (GET the order), our tracking number on the
// package (GET the package). Where only a status string can tell (delivered / not delivered, a cancelled line),
// a string the sandbox and the connector do not know leaves the outcome unknown → needs_check.

using connectors::hepsiburada::HepsiburadaClient;
using connectors::hepsiburada::HepsiburadaList;
using connectors::hepsiburada::HepsiburadaMapper;

std::optional<connectors::hepsiburada::HepsiburadaActions> hbActions(connectors::OrderConnector &c)
{
    if (auto *client = as<HepsiburadaClient>(c))
        return connectors::hepsiburada::HepsiburadaActions(*client);
    return std::nullopt;
}

QString hbPackage(const domain::Order &o)
{
    return o.shipment ? o.shipment->externalId : QString();
}

// GET the whole order: its items carry each line's status and package number.
Result<net::HttpJob *> hbOrderProbe(connectors::OrderConnector &c, const domain::Order &o)
{
    auto *client = as<HepsiburadaClient>(c);
    if (!client)
        return wrongConnector();
    return read(client->api(),
        u"orders/merchantid/%1/ordernumber/%2"_qs.arg(client->merchantId(), o.orderNumber.section(u',', 0, 0)));
}

// GET the package's tracking info (status, carrier, tracking number).
Result<net::HttpJob *> hbPackageProbe(connectors::OrderConnector &c, const domain::Order &o)
{
    auto *client = as<HepsiburadaClient>(c);
    if (!client)
        return wrongConnector();
    if (hbPackage(o).isEmpty())
        return Error{ QString(connectors::kActionErrorDomain), static_cast<int>(connectors::ActionError::InvalidState),
            QCoreApplication::translate("sd::outbox", "The order has no package to look up.") };
    return read(client->api(), u"packages/merchantid/%1/packagenumber/%2"_qs.arg(client->merchantId(), hbPackage(o)));
}

// lineId → the order item of the probe (empty when the answer is not an order).
QHash<QString, QJsonObject> hbItems(const net::HttpResponse &r)
{
    QHash<QString, QJsonObject> items;
    for (const QJsonValue &v : r.json.object().value(u"items").toArray())
        items.insert(v.toObject().value(u"id").toVariant().toString(), v.toObject());
    return items;
}

// All of `lines` satisfy `done` → Applied, none → NotApplied, some, or a line missing → Unknown.
Probed hbLinesAre(const net::HttpResponse &r, const QStringList &lines, const std::function<bool(const QJsonObject &)> &done)
{
    const QHash<QString, QJsonObject> items = hbItems(r);
    if (items.isEmpty() || lines.isEmpty())
        return Probed::Unknown;
    int yes = 0;
    for (const QString &id : lines) {
        if (!items.contains(id))
            return Probed::Unknown;
        yes += done(items.value(id)) ? 1 : 0;
    }
    if (yes == lines.size())
        return Probed::Applied;
    return yes == 0 ? Probed::NotApplied : Probed::Unknown;
}

bool hbCancelled(const QJsonObject &item)
{
    return item.value(u"status").toString().contains(u"cancel", Qt::CaseInsensitive);
}

QString hbOpen()
{
    return HepsiburadaMapper::listName(HepsiburadaList::Open);
}

// The lines a pack names: the payload's, or every open line of the order.
QStringList hbPackLines(const domain::Order &o, const QJsonObject &p)
{
    QStringList ids = stringList(p.value(u"lineIds").toArray());
    if (ids.isEmpty()) {
        for (const domain::OrderLine &l : o.lines) {
            if (l.platformStatus == hbOpen())
                ids << l.platformLineId;
        }
    }
    return ids;
}

// Every line of the package's order (a split names them all; an unpack frees them all).
QStringList hbLinesOfPackage(const domain::Order &o)
{
    QStringList ids;
    for (const domain::OrderLine &l : o.lines) {
        if (l.platformStatus != hbOpen() && l.platformStatus != HepsiburadaMapper::listName(HepsiburadaList::Cancelled))
            ids << l.platformLineId;
    }
    return ids;
}

OrderEffect hbStatus(HepsiburadaList list)
{
    return OrderEffect{ HepsiburadaMapper::listName(list), HepsiburadaMapper::unifiedStatus(list), {}, {}, {} };
}

// Applied when the package's status names `target`, not applied while it is still `before`.
Probed hbPackageStatus(const net::HttpResponse &r, QStringView target, const QStringList &before)
{
    const QString status = r.json.object().value(u"status").toString();
    if (status.isEmpty())
        return Probed::Unknown;
    if (status.compare(target, Qt::CaseInsensitive) == 0)
        return Probed::Applied;
    for (const QString &b : before) {
        if (status.compare(b, Qt::CaseInsensitive) == 0)
            return Probed::NotApplied;
    }
    return Probed::Unknown;
}

void addHepsiburadaSpecs(ActionDispatcher &d)
{
    const QString hb = QStringLiteral("hepsiburada");
    const auto noConnector = [] { return Result<net::HttpJob *>(wrongConnector()); };

    ActionSpec pack = makeSpec(hb, QStringLiteral("pack"), ResendRule::ProbeFirst);
    pack.send = [noConnector](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = hbActions(c);
        return a ? a->createPackage(o, stringList(p.value(u"lineIds").toArray()), p.value(u"deci").toDouble(1.0),
                       p.value(u"parcels").toInt(1), p.value(u"cargo").toString())
                 : noConnector();
    };
    pack.probe = hbOrderProbe;
    pack.judge = [](const net::HttpResponse &r, const domain::Order &o, const QJsonObject &p, const QJsonObject &) {
        return hbLinesAre(r, hbPackLines(o, p),
            [](const QJsonObject &item) { return !item.value(u"packageNumber").toString().isEmpty(); });
    };
    pack.effect = [](const domain::Order &o, const QJsonObject &p) {
        // The order is Packed once no open line is left (the connector reports the least advanced line).
        const QStringList packed = hbPackLines(o, p);
        for (const domain::OrderLine &l : o.lines) {
            if (l.platformStatus == hbOpen() && !packed.contains(l.platformLineId))
                return OrderEffect{};
        }
        return hbStatus(HepsiburadaList::Packed);
    };
    d.add(pack);

    ActionSpec cancel = makeSpec(hb, QStringLiteral("cancel-line"), ResendRule::ProbeFirst);
    cancel.send = [noConnector](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = hbActions(c);
        return a ? a->cancelLine(o, p.value(u"lineId").toVariant().toString()) : noConnector();
    };
    cancel.probe = hbOrderProbe;
    cancel.judge = [](const net::HttpResponse &r, const domain::Order &, const QJsonObject &p, const QJsonObject &) {
        return hbLinesAre(r, { p.value(u"lineId").toVariant().toString() }, hbCancelled);
    };
    cancel.effect = [](const domain::Order &o, const QJsonObject &p) {
        const QString id = p.value(u"lineId").toVariant().toString();
        const QString cancelledName = HepsiburadaMapper::listName(HepsiburadaList::Cancelled);
        for (const domain::OrderLine &l : o.lines) {
            if (l.platformLineId != id && l.platformStatus != cancelledName)
                return OrderEffect{};
        }
        return hbStatus(HepsiburadaList::Cancelled);
    };
    d.add(cancel);

    // Split and unpack both take every line off the package: no line still carrying its number → applied.
    const auto offPackage = [](const net::HttpResponse &r, const domain::Order &o, const QJsonObject &,
                                const QJsonObject &) {
        const QString package = hbPackage(o);
        if (package.isEmpty())
            return Probed::Unknown;
        return hbLinesAre(r, hbLinesOfPackage(o),
            [package](const QJsonObject &item) { return item.value(u"packageNumber").toString() != package; });
    };

    ActionSpec split = makeSpec(hb, QStringLiteral("split"), ResendRule::ProbeFirst);
    split.send = [noConnector](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = hbActions(c);
        if (!a)
            return noConnector();
        QList<QStringList> groups;
        for (const QJsonValue &g : p.value(u"groups").toArray())
            groups.append(stringList(g.toArray()));
        return a->splitPackage(o, groups, stringList(p.value(u"cancelled").toArray()));
    };
    split.probe = hbOrderProbe;
    split.judge = offPackage;
    split.effect = [](const domain::Order &, const QJsonObject &) { return OrderEffect{}; }; // still packed: sync
    d.add(split);

    ActionSpec unpack = makeSpec(hb, QStringLiteral("unpack"), ResendRule::ProbeFirst);
    unpack.send = [noConnector](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &) {
        auto a = hbActions(c);
        return a ? a->unpack(o) : noConnector();
    };
    unpack.probe = hbOrderProbe;
    unpack.judge = offPackage;
    unpack.effect = [](const domain::Order &, const QJsonObject &) { return hbStatus(HepsiburadaList::Open); };
    d.add(unpack);

    // PUTs that set a value: repeating them is harmless.
    ActionSpec link = makeSpec(hb, QStringLiteral("invoice-link"), ResendRule::Resend);
    link.send = [noConnector](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = hbActions(c);
        return a ? a->sendInvoiceLink(o, p.value(u"url").toString()) : noConnector();
    };
    link.effect = [](const domain::Order &, const QJsonObject &p) {
        OrderEffect e;
        e.invoiceLink = p.value(u"url").toString();
        return e;
    };
    d.add(link);

    ActionSpec carrier = makeSpec(hb, QStringLiteral("carrier"), ResendRule::Resend);
    carrier.send = [noConnector](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = hbActions(c);
        return a ? a->changeCargoCompany(o, p.value(u"cargo").toString()) : noConnector();
    };
    // The short name is not the carrier's display name the sync stores: the next sync brings it.
    carrier.effect = [](const domain::Order &, const QJsonObject &) { return OrderEffect{}; };
    d.add(carrier);

    // The merchant's own carrier: POSTs; the package info tells.
    ActionSpec transit = makeSpec(hb, QStringLiteral("in-transit"), ResendRule::ProbeFirst);
    transit.send = [noConnector](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = hbActions(c);
        return a ? a->markInTransit(o, p.value(u"trackingNumber").toString(), p.value(u"trackingUrl").toString())
                 : noConnector();
    };
    transit.probe = hbPackageProbe;
    transit.judge = [](const net::HttpResponse &r, const domain::Order &, const QJsonObject &p, const QJsonObject &) {
        if (!r.json.isObject())
            return Probed::Unknown;
        const QString code = r.json.object().value(u"trackingInfoCode").toString();
        if (code.isEmpty())
            return Probed::NotApplied;
        return code == p.value(u"trackingNumber").toString().trimmed() ? Probed::Applied : Probed::Unknown;
    };
    transit.effect = [](const domain::Order &, const QJsonObject &p) {
        OrderEffect e = hbStatus(HepsiburadaList::Shipped);
        e.trackingNumber = p.value(u"trackingNumber").toString().trimmed();
        return e;
    };
    d.add(transit);

    const QStringList inTransit{ QStringLiteral("InTransit"), QStringLiteral("Shipped") };
    ActionSpec delivered = makeSpec(hb, QStringLiteral("delivered"), ResendRule::ProbeFirst);
    delivered.send = [noConnector](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = hbActions(c);
        return a ? a->markDelivered(o, p.value(u"receivedBy").toString()) : noConnector();
    };
    delivered.probe = hbPackageProbe;
    delivered.judge = [inTransit](const net::HttpResponse &r, const domain::Order &, const QJsonObject &,
                          const QJsonObject &) { return hbPackageStatus(r, u"Delivered", inTransit); };
    delivered.effect = [](const domain::Order &, const QJsonObject &) { return hbStatus(HepsiburadaList::Delivered); };
    d.add(delivered);

    ActionSpec undelivered = makeSpec(hb, QStringLiteral("undelivered"), ResendRule::ProbeFirst);
    undelivered.send = [noConnector](connectors::OrderConnector &c, const domain::Order &o, const QJsonObject &p) {
        auto a = hbActions(c);
        return a ? a->markUndelivered(o, p.value(u"reason").toString()) : noConnector();
    };
    undelivered.probe = hbPackageProbe;
    undelivered.judge = [inTransit](const net::HttpResponse &r, const domain::Order &, const QJsonObject &,
                            const QJsonObject &) { return hbPackageStatus(r, u"Undelivered", inTransit); };
    undelivered.effect
        = [](const domain::Order &, const QJsonObject &) { return hbStatus(HepsiburadaList::Undelivered); };
    d.add(undelivered);
}

} // namespace

ActionDispatcher ActionDispatcher::builtIn()
{
    ActionDispatcher d;
    addTrendyol(d);
    addN11(d);
    addWooCommerce(d);
    addHepsiburada(d);
    return d;
}

void ActionDispatcher::addTrendyol(ActionDispatcher &d)
{
    addTrendyolSpecs(d);
}

void ActionDispatcher::addN11(ActionDispatcher &d)
{
    addN11Specs(d);
}

void ActionDispatcher::addWooCommerce(ActionDispatcher &d)
{
    addWooCommerceSpecs(d);
}

void ActionDispatcher::addHepsiburada(ActionDispatcher &d)
{
    addHepsiburadaSpecs(d);
}

void ActionDispatcher::add(ActionSpec spec)
{
    for (ActionSpec &existing : m_specs) {
        if (existing.platform == spec.platform && existing.action == spec.action) {
            existing = std::move(spec);
            return;
        }
    }
    m_specs.append(std::move(spec));
}

const ActionSpec *ActionDispatcher::find(const QString &platform, const QString &action) const
{
    for (const ActionSpec &s : m_specs) {
        if (s.platform == platform && s.action == action)
            return &s;
    }
    return nullptr;
}

QStringList ActionDispatcher::actions(const QString &platform) const
{
    QStringList names;
    for (const ActionSpec &s : m_specs) {
        if (s.platform == platform)
            names << s.action;
    }
    names.sort();
    return names;
}

QStringList ActionDispatcher::allActions() const
{
    QStringList names;
    for (const ActionSpec &s : m_specs) {
        if (!names.contains(s.action))
            names << s.action;
    }
    names.sort();
    return names;
}

} // namespace sd::outbox
