// The health of a Meta connection as the seller sees it (Settings → Connections, the inbox header): ok, token
// expiring, token expired or revoked ("reconnect"), a permission missing, rate limited (until when). Derived from
// every sync and send result and from the token check, and kept in the connection's row (the settings JSON in
// connections.sync_cursor: "health", "healthDetail", "healthUntilMs", "healthAtMs"), so a problem is visible before
// the next send fails and survives a restart.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace sd::net {
struct NetFailure;
}
namespace sd::store {
class Transaction;
}

namespace sd::inbox {

enum class HealthState { Ok, TokenExpiring, Reconnect, PermissionMissing, RateLimited };

struct ConnectionHealth
{
    Q_DECLARE_TR_FUNCTIONS(sd::inbox::ConnectionHealth)
public:
    enum class Level { Good, Warning, Problem };
    static constexpr qint64 kExpiringWithinMs = 7LL * 24 * 3600 * 1000;

    HealthState state = HealthState::Ok;
    QString detail; // translated: what happened and what the seller can do (empty when ok)
    qint64 untilMs = 0; // RateLimited: calls wait until then; TokenExpiring: when the token expires
    qint64 atMs = 0; // when this was established

    // "ok", "token_expiring", "reconnect", "permission_missing", "rate_limited"
    [[nodiscard]] static QString stateName(HealthState state);
    [[nodiscard]] static HealthState stateFromName(const QString &name);
    // A short translated label ("Connected", "Reconnect needed", …).
    [[nodiscard]] QString label() const;
    [[nodiscard]] Level level() const;
    // Whether sending can work at all right now (Reconnect and PermissionMissing: no).
    [[nodiscard]] bool blocksSending() const
    {
        return state == HealthState::Reconnect || state == HealthState::PermissionMissing;
    }

    [[nodiscard]] static ConnectionHealth ok(qint64 nowMs);
    // What a failed call says about the connection; nullopt when it says nothing (network, 5xx, a refused
    // message): the health stays as it was.
    [[nodiscard]] static std::optional<ConnectionHealth> fromFailure(const net::NetFailure &failure, qint64 nowMs);
    // After a good token check: expiresAtMs 0 = never expires (Page and system-user tokens usually).
    [[nodiscard]] static ConnectionHealth fromTokenCheck(qint64 expiresAtMs, qint64 nowMs);

    // The health kept in a connection's settings JSON; a rate limit that has run out reads as ok.
    [[nodiscard]] static ConnectionHealth fromSettings(const QJsonObject &settings, qint64 nowMs);
    void writeTo(QJsonObject &settings) const;

    // Merges this health into the connection's row (settings JSON; status 'error' for reconnect / permission
    // missing, 'active' otherwise) and publishes table "connections". A plain ok does not clear a known token
    // expiry unless keepKnownExpiry is false (a new token). Writer thread, inside the caller's transaction.
    [[nodiscard]] Status recordIn(store::Transaction &tx, const QString &connectionId, qint64 nowMs,
        bool keepKnownExpiry = true) const;
};

} // namespace sd::inbox

Q_DECLARE_METATYPE(sd::inbox::ConnectionHealth)
