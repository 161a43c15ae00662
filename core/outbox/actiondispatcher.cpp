#include "actiondispatcher.h"

#include "connectors/actionerror.h"
#include "connectors/n11/n11actions.h"
#include "connectors/n11/n11client.h"
#include "connectors/trendyol/trendyolactions.h"
#include "connectors/trendyol/trendyolclient.h"
#include "connectors/woocommerce/woocommerceactions.h"
#include "connectors/woocommerce/woocommerceclient.h"
#include "connectors/woocommerce/woocommercemapper.h"
#include "net/httpjob.h"

#include <QCoreApplication>
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
}

} // namespace

ActionDispatcher ActionDispatcher::builtIn()
{
    ActionDispatcher d;
    addTrendyol(d);
    addN11(d);
    addWooCommerce(d);
    // Hepsiburada: addHepsiburada(d) once its Actions exist (see README.md).
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
