#include "metaerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sd::connectors::meta {

using net::NetError;
using net::NetFailure;

namespace {

int percentOf(const QJsonObject &o)
{
    int p = 0;
    for (const char *key : { "call_count", "total_cputime", "total_time" })
        p = qMax(p, o.value(QLatin1String(key)).toInt());
    return p;
}

std::pair<int, int> codes(const QString &platformCode)
{
    const qsizetype slash = platformCode.indexOf(u'/');
    const int code = platformCode.left(slash < 0 ? platformCode.size() : slash).toInt();
    const int sub = slash < 0 ? 0 : platformCode.mid(slash + 1).toInt();
    return { code, sub };
}

bool isRateCode(int code)
{
    return code == 4 || code == 17 || code == 32 || code == 613 || code == 341 || (code >= 80000 && code <= 80014);
}

} // namespace

MetaUsage MetaErrors::usage(const net::HttpResponse &response)
{
    MetaUsage u;
    const QByteArray app = response.header("X-App-Usage");
    if (!app.isEmpty())
        u.maxPercent = percentOf(QJsonDocument::fromJson(app).object());
    const QByteArray buc = response.header("X-Business-Use-Case-Usage");
    if (!buc.isEmpty()) {
        const QJsonObject byId = QJsonDocument::fromJson(buc).object();
        for (auto it = byId.constBegin(); it != byId.constEnd(); ++it) {
            for (const QJsonValue &entry : it.value().toArray()) {
                const QJsonObject e = entry.toObject();
                u.maxPercent = qMax(u.maxPercent, percentOf(e));
                const int regain = e.value(u"estimated_time_to_regain_access").toInt();
                if (regain > u.regainAccess.count())
                    u.regainAccess = std::chrono::minutes(regain);
            }
        }
    }
    return u;
}

std::chrono::milliseconds MetaErrors::throttleDelay(const MetaUsage &usage)
{
    if (usage.regainAccess.count() > 0)
        return usage.regainAccess;
    if (usage.maxPercent >= 95)
        return std::chrono::seconds(30);
    if (usage.maxPercent >= 80)
        return std::chrono::seconds(2);
    return std::chrono::milliseconds(0);
}

std::optional<NetFailure> MetaErrors::classify(const net::HttpResponse &response)
{
    const QJsonObject body = response.json.isObject() ? response.json.object()
                                                      : QJsonDocument::fromJson(response.body).object();
    const QJsonValue errorValue = body.value(u"error");
    if (!errorValue.isObject()) {
        if (response.isSuccess())
            return std::nullopt;
        // No Graph error object: the status decides (a proxy's 502, an HTML 404…).
        return std::nullopt;
    }
    const QJsonObject error = errorValue.toObject();
    const int code = error.value(u"code").toInt();
    const int sub = error.value(u"error_subcode").toInt();
    const QString type = error.value(u"type").toString();
    QString message = error.value(u"error_user_msg").toString();
    if (message.isEmpty())
        message = error.value(u"message").toString();

    NetError kind = NetError::Platform;
    std::optional<bool> retryable;
    std::optional<std::chrono::milliseconds> retryAfter;
    if (code == kTokenCode || code == 102 || (type == u"OAuthException" && code == 0))
        kind = NetError::Unauthorized;
    else if (isRateCode(code)) {
        kind = NetError::RateLimited;
        const std::chrono::milliseconds wait = throttleDelay(usage(response));
        if (wait.count() > 0)
            retryAfter = wait;
    } else if ((code == 10 && sub == kWindowSubcode) || sub == kInstagramWindowSubcode)
        kind = NetError::Platform; // window closed: a business rule, not a missing permission
    else if (code == 10 || code == 3 || (code >= 200 && code <= 299) || (code == 1 && sub == 99))
        kind = NetError::Forbidden;
    else if (code == 1 || code == 2) {
        kind = NetError::Server;
        retryable = true;
    } else if (code == 100 || code == 803)
        kind = sub == 2018001 ? NetError::Platform : NetError::BadRequest;
    else if (response.status >= 500)
        kind = NetError::Server;

    NetFailure failure = NetFailure::make(kind,
        QStringLiteral("Graph HTTP %1 code %2/%3 %4").arg(response.status).arg(code).arg(sub).arg(type),
        response.status);
    failure.platformCode = sub != 0 ? QStringLiteral("%1/%2").arg(code).arg(sub) : QString::number(code);
    failure.platformMessage = message.left(500);
    failure.retryable = retryable;
    failure.retryAfter = retryAfter;
    return failure;
}

MetaErrorClass MetaErrors::classOf(const NetFailure &failure)
{
    const auto [code, sub] = codes(failure.platformCode);
    if (code == kTokenCode || code == 102 || failure.kind == NetError::Unauthorized)
        return MetaErrorClass::Reconnect;
    if ((code == 10 && sub == kWindowSubcode) || sub == kInstagramWindowSubcode)
        return MetaErrorClass::WindowClosed;
    if (failure.kind == NetError::RateLimited || isRateCode(code))
        return MetaErrorClass::RateLimited;
    if (code == 551 || sub == 1545041 || sub == 2018001)
        return MetaErrorClass::RecipientUnavailable;
    if (code == 368)
        return MetaErrorClass::PolicyBlocked;
    if (failure.kind == NetError::Forbidden)
        return MetaErrorClass::PermissionMissing;
    switch (failure.kind) {
    case NetError::Server:
        return MetaErrorClass::Transient;
    case NetError::BadRequest:
    case NetError::NotFound:
        return MetaErrorClass::InvalidRequest;
    case NetError::Malformed:
        return MetaErrorClass::Malformed;
    case NetError::Offline:
    case NetError::Dns:
    case NetError::ConnectionRefused:
    case NetError::ConnectionLost:
    case NetError::Timeout:
    case NetError::Tls:
        return MetaErrorClass::Network;
    default:
        break;
    }
    return MetaErrorClass::Other;
}

MetaConnectionState MetaErrors::connectionStateFor(const NetFailure &failure)
{
    switch (classOf(failure)) {
    case MetaErrorClass::Reconnect:
        return MetaConnectionState::Reconnect;
    case MetaErrorClass::PermissionMissing:
        return MetaConnectionState::PermissionMissing;
    case MetaErrorClass::RateLimited:
        return MetaConnectionState::RateLimited;
    default:
        return MetaConnectionState::Ok;
    }
}

QString MetaErrors::stateName(MetaConnectionState state)
{
    switch (state) {
    case MetaConnectionState::Reconnect:
        return QStringLiteral("reconnect");
    case MetaConnectionState::PermissionMissing:
        return QStringLiteral("permission_missing");
    case MetaConnectionState::RateLimited:
        return QStringLiteral("rate_limited");
    case MetaConnectionState::Ok:
        break;
    }
    return QStringLiteral("ok");
}

QString MetaErrors::explain(const NetFailure &failure)
{
    const auto [code, sub] = codes(failure.platformCode);
    switch (classOf(failure)) {
    case MetaErrorClass::Reconnect:
        if (sub == 463)
            return tr("The Meta access token has expired. Reconnect the Page with a new token.");
        if (sub == 460)
            return tr("The Meta access token stopped working because the password was changed. Reconnect the Page.");
        if (sub == 458)
            return tr("The app was removed from the Facebook account. Reconnect the Page.");
        if (sub == 459 || sub == 464)
            return tr("Facebook needs the account owner to log in and confirm the account. Then reconnect the Page.");
        return tr("Meta no longer accepts the access token (it is invalid or was revoked). Reconnect the Page.");
    case MetaErrorClass::PermissionMissing:
        return tr("The token lacks a permission this needs (pages_messaging, instagram_manage_messages, or the "
                  "Page's messaging task). Create a token with these permissions and reconnect.");
    case MetaErrorClass::RateLimited:
        if (failure.retryAfter && failure.retryAfter->count() >= 60000)
            return tr("Meta is limiting calls from this Page. SellerDesk waits about %n minute(s) before trying again.",
                nullptr, int((failure.retryAfter->count() + 59999) / 60000));
        return tr("Meta is limiting calls from this Page. SellerDesk slows down and tries again shortly.");
    case MetaErrorClass::WindowClosed:
        return tr("The messaging window has closed: Meta only allows replies within 24 hours of the customer's last "
                  "message (7 days for a person's reply with the human agent tag). Wait for the customer to write again.");
    case MetaErrorClass::RecipientUnavailable:
        return tr("This person cannot be reached right now (they may have blocked the Page or deactivated their account).");
    case MetaErrorClass::PolicyBlocked:
        return tr("Meta has temporarily blocked sending from this Page for a policy reason. Try again later.");
    case MetaErrorClass::Transient:
        return tr("Meta is having problems right now. Try again in a few minutes.");
    case MetaErrorClass::InvalidRequest:
        if (!failure.platformMessage.isEmpty())
            return tr("Meta refused the request: %1").arg(failure.platformMessage);
        return tr("Meta refused the request.");
    case MetaErrorClass::Malformed:
        return tr("Meta sent an answer SellerDesk could not read.");
    case MetaErrorClass::Network:
    case MetaErrorClass::Other:
    case MetaErrorClass::None:
        break;
    }
    Q_UNUSED(code)
    return failure.userMessage();
}

} // namespace sd::connectors::meta
