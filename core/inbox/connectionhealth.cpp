#include "connectionhealth.h"

#include "connectors/meta/metaerrors.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace sd::inbox {

using connectors::meta::MetaErrorClass;
using connectors::meta::MetaErrors;

QString ConnectionHealth::stateName(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        break;
    case HealthState::TokenExpiring:
        return QStringLiteral("token_expiring");
    case HealthState::Reconnect:
        return QStringLiteral("reconnect");
    case HealthState::PermissionMissing:
        return QStringLiteral("permission_missing");
    case HealthState::RateLimited:
        return QStringLiteral("rate_limited");
    }
    return QStringLiteral("ok");
}

HealthState ConnectionHealth::stateFromName(const QString &name)
{
    if (name == u"token_expiring")
        return HealthState::TokenExpiring;
    if (name == u"reconnect")
        return HealthState::Reconnect;
    if (name == u"permission_missing")
        return HealthState::PermissionMissing;
    if (name == u"rate_limited")
        return HealthState::RateLimited;
    return HealthState::Ok;
}

QString ConnectionHealth::label() const
{
    const auto when = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
    };
    switch (state) {
    case HealthState::Ok:
        break;
    case HealthState::TokenExpiring:
        return untilMs > 0 ? tr("Token expires %1").arg(when(untilMs)) : tr("Token expires soon");
    case HealthState::Reconnect:
        return tr("Reconnect needed");
    case HealthState::PermissionMissing:
        return tr("Permission missing");
    case HealthState::RateLimited:
        return untilMs > 0 ? tr("Rate limited until %1").arg(when(untilMs)) : tr("Rate limited");
    }
    return tr("Connected");
}

ConnectionHealth::Level ConnectionHealth::level() const
{
    switch (state) {
    case HealthState::Ok:
        return Level::Good;
    case HealthState::TokenExpiring:
    case HealthState::RateLimited:
        return Level::Warning;
    case HealthState::Reconnect:
    case HealthState::PermissionMissing:
        return Level::Problem;
    }
    return Level::Good;
}

ConnectionHealth ConnectionHealth::ok(qint64 nowMs)
{
    ConnectionHealth h;
    h.atMs = nowMs;
    return h;
}

std::optional<ConnectionHealth> ConnectionHealth::fromFailure(const net::NetFailure &failure, qint64 nowMs)
{
    ConnectionHealth h;
    h.atMs = nowMs;
    switch (MetaErrors::classOf(failure)) {
    case MetaErrorClass::Reconnect:
        h.state = HealthState::Reconnect;
        break;
    case MetaErrorClass::PermissionMissing:
        h.state = HealthState::PermissionMissing;
        break;
    case MetaErrorClass::RateLimited:
        h.state = HealthState::RateLimited;
        // Meta gives no Retry-After: the usage headers' regain time when given, else the client's floor.
        h.untilMs = nowMs + (failure.retryAfter ? failure.retryAfter->count() : 60 * 1000);
        break;
    default:
        return std::nullopt;
    }
    h.detail = MetaErrors::explain(failure);
    return h;
}

ConnectionHealth ConnectionHealth::fromTokenCheck(qint64 expiresAtMs, qint64 nowMs)
{
    ConnectionHealth h = ok(nowMs);
    if (expiresAtMs > 0 && expiresAtMs - nowMs < kExpiringWithinMs) {
        if (expiresAtMs <= nowMs) {
            h.state = HealthState::Reconnect;
            h.detail = tr("The Meta access token has expired. Reconnect the Page with a new token.");
        } else {
            h.state = HealthState::TokenExpiring;
            h.untilMs = expiresAtMs;
            h.detail = tr("The Meta access token expires soon. Create a new token and reconnect the Page before then.");
        }
    } else if (expiresAtMs > 0) {
        h.untilMs = expiresAtMs; // known, far away: kept so a later check can warn in time
    }
    return h;
}

ConnectionHealth ConnectionHealth::fromSettings(const QJsonObject &settings, qint64 nowMs)
{
    ConnectionHealth h;
    h.state = stateFromName(settings.value(QLatin1String("health")).toString());
    h.detail = settings.value(QLatin1String("healthDetail")).toString();
    h.untilMs = settings.value(QLatin1String("healthUntilMs")).toInteger();
    h.atMs = settings.value(QLatin1String("healthAtMs")).toInteger();
    if (h.state == HealthState::RateLimited && h.untilMs > 0 && h.untilMs <= nowMs) {
        h.state = HealthState::Ok; // the limit ran out (its time is no token expiry)
        h.detail.clear();
        h.untilMs = 0;
        return h;
    }
    if (h.state == HealthState::Ok && h.untilMs > 0 && h.untilMs - nowMs < kExpiringWithinMs) {
        // A known expiry came close since the last check.
        h = fromTokenCheck(h.untilMs, nowMs);
    } else if (h.state == HealthState::Ok) {
        h.detail.clear();
    }
    return h;
}

void ConnectionHealth::writeTo(QJsonObject &settings) const
{
    settings.insert(QStringLiteral("health"), stateName(state));
    settings.insert(QStringLiteral("healthDetail"), detail);
    settings.insert(QStringLiteral("healthUntilMs"), untilMs);
    settings.insert(QStringLiteral("healthAtMs"), atMs);
}

Status ConnectionHealth::recordIn(store::Transaction &tx, const QString &connectionId, qint64 nowMs,
    bool keepKnownExpiry) const
{
    auto read = tx.database().prepare(u"SELECT ifnull(sync_cursor, ''), status FROM connections WHERE id = ?1");
    if (!read)
        return read.error();
    if (Status s = read->bindAll(connectionId); !s)
        return s;
    auto row = read->step();
    if (!row)
        return row.error();
    if (!row.value())
        return {}; // removed meanwhile: nothing to record
    QJsonObject settings = QJsonDocument::fromJson(read->text(0).toUtf8()).object();
    const QString oldStatus = read->text(1);
    const ConnectionHealth current = fromSettings(settings, nowMs);
    ConnectionHealth next = *this;
    if (keepKnownExpiry && next.state == HealthState::Ok && next.untilMs == 0 && current.untilMs > 0
        && (current.state == HealthState::TokenExpiring || current.state == HealthState::Ok))
        next = fromTokenCheck(current.untilMs, nowMs); // a good call does not make a known expiry go away
    if (current.state == next.state && current.detail == next.detail && current.untilMs == next.untilMs)
        return {}; // unchanged: no write, no notification
    next.writeTo(settings);
    const QString status = next.blocksSending() ? QStringLiteral("error")
        : oldStatus == u"error"                 ? QStringLiteral("active")
                                                : oldStatus;
    auto up = tx.database().prepare(
        u"UPDATE connections SET sync_cursor = ?2, status = ?3, updated_at = ?4 WHERE id = ?1");
    if (!up)
        return up.error();
    if (Status s = up->bindAll(connectionId, QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
            status, nowMs);
        !s)
        return s;
    if (Status s = up->exec(); !s)
        return s;
    tx.recordChange(QStringLiteral("connections"), connectionId, store::ChangeKind::Updated);
    return {};
}

} // namespace sd::inbox
