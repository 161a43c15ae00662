// Which platform call an outbox action is: one ActionSpec per (platform, action name) maps the recorded payload
// onto the platform's Actions class, says how to find out whether a request whose answer was lost went through
// (ResendRule + probe/judge), and what the accepted action changes in the local order. See README.md for the
// table of every registration and its rule.
#pragma once

#include "common/result.h"
#include "localorders.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace sd::net {
class HttpJob;
struct HttpResponse;
}

namespace sd::connectors {
class OrderConnector;
}

namespace sd::outbox {

// What to do when a sent request's outcome is unknown (connection lost, timeout, 5xx, a crash mid-call).
enum class ResendRule {
    Resend, // repeating the call is harmless (a PUT that sets a value): send again
    ProbeFirst, // read the platform's state (probe + judge): applied → done, not applied → send again
    AskUser, // neither is possible: park the item as needs-check for the user
};

enum class Probed { Applied, NotApplied, Unknown };

struct ActionSpec
{
    QString platform; // "trendyol"
    QString action; // "pick"
    ResendRule rule = ResendRule::AskUser;
    // The platform call, with the platform's rules checked first (an ActionError refuses it: failed at once).
    std::function<Result<net::HttpJob *>(
        connectors::OrderConnector &connector, const domain::Order &order, const QJsonObject &payload)>
        send;
    // ProbeFirst: a read of the order's state on the platform, and its reading.
    std::function<Result<net::HttpJob *>(connectors::OrderConnector &connector, const domain::Order &order)> probe;
    std::function<Probed(const net::HttpResponse &probe, const domain::Order &order, const QJsonObject &payload,
        const QJsonObject &baseline)>
        judge;
    // Optional: taken from a probe before the first send (e.g. how many equal notes exist), kept in the item,
    // handed to judge() later.
    std::function<QJsonObject(const net::HttpResponse &probe, const QJsonObject &payload)> baseline;
    // The local order's change once the platform accepted the action.
    std::function<OrderEffect(const domain::Order &order, const QJsonObject &payload)> effect;
};

class ActionDispatcher
{
public:
    // Trendyol, N11, WooCommerce and Hepsiburada. A new platform is one more add…() call here (see README.md).
    [[nodiscard]] static ActionDispatcher builtIn();

    void add(ActionSpec spec);
    [[nodiscard]] const ActionSpec *find(const QString &platform, const QString &action) const;
    // The action names a platform supports, sorted.
    [[nodiscard]] QStringList actions(const QString &platform) const;
    // Every action name of any platform, sorted.
    [[nodiscard]] QStringList allActions() const;

    static void addTrendyol(ActionDispatcher &dispatcher);
    static void addN11(ActionDispatcher &dispatcher);
    static void addWooCommerce(ActionDispatcher &dispatcher);
    static void addHepsiburada(ActionDispatcher &dispatcher);

private:
    QList<ActionSpec> m_specs;
};

} // namespace sd::outbox
