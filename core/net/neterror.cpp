#include "neterror.h"

#include "common/redactor.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace sd::net {

NetError netErrorForHttpStatus(int status)
{
    switch (status) {
    case 401:
        return NetError::Unauthorized;
    case 403:
        return NetError::Forbidden;
    case 404:
    case 410:
        return NetError::NotFound;
    case 408:
        return NetError::Timeout;
    case 429:
        return NetError::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return NetError::Server;
    return NetError::BadRequest;
}

QString netErrorName(NetError kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<NetError>().valueToKey(int(kind)));
}

NetFailure NetFailure::make(NetError kind, const QString &detail, int httpStatus)
{
    NetFailure f;
    f.kind = kind;
    f.detail = redaction::redact(detail);
    f.httpStatus = httpStatus;
    return f;
}

QString NetFailure::userMessage() const
{
    switch (kind) {
    case NetError::Offline:
        return QCoreApplication::translate(
            "sd::net", "You appear to be offline. Check the internet connection and try again.");
    case NetError::Dns:
        return QCoreApplication::translate("sd::net",
            "The server's address could not be found. Check the connection's address and your internet connection.");
    case NetError::ConnectionRefused:
        return QCoreApplication::translate(
            "sd::net", "The server refused the connection. It may be down; try again later.");
    case NetError::ConnectionLost:
        return QCoreApplication::translate("sd::net", "The connection was lost before the answer arrived. Try again.");
    case NetError::Timeout:
        return QCoreApplication::translate("sd::net", "The server took too long to answer. Try again later.");
    case NetError::Tls:
        return QCoreApplication::translate(
            "sd::net", "The server's security certificate could not be verified, so the connection was not used.");
    case NetError::InsecureUrl:
        return QCoreApplication::translate("sd::net", "Only secure (https) addresses can be used for this connection.");
    case NetError::Unauthorized:
        return QCoreApplication::translate(
            "sd::net", "The credentials were refused or have expired. Reconnect the account.");
    case NetError::Forbidden:
        return QCoreApplication::translate("sd::net", "The account does not have permission for this operation.");
    case NetError::NotFound:
        return QCoreApplication::translate("sd::net", "The requested item was not found on the platform.");
    case NetError::BadRequest:
        if (!platformMessage.isEmpty())
            return QCoreApplication::translate("sd::net", "The platform refused the request: %1").arg(platformMessage);
        return QCoreApplication::translate("sd::net", "The platform refused the request.");
    case NetError::RateLimited:
        if (retryAfter && retryAfter->count() >= 1000) {
            const int seconds = int((retryAfter->count() + 999) / 1000); // rounded up: never promise less than asked
            return QCoreApplication::translate(
                "sd::net", "Too many requests for now. The platform asks to wait %n second(s).", nullptr, seconds);
        }
        return QCoreApplication::translate(
            "sd::net", "Too many requests for now. SellerDesk will slow down and try again.");
    case NetError::Server:
        return QCoreApplication::translate("sd::net", "The platform is having problems right now. Try again later.");
    case NetError::Malformed:
        return QCoreApplication::translate("sd::net", "The platform sent an answer SellerDesk could not read.");
    case NetError::Cancelled:
        return QCoreApplication::translate("sd::net", "The request was cancelled.");
    case NetError::Platform:
        if (!platformMessage.isEmpty() && !platformCode.isEmpty())
            return QCoreApplication::translate("sd::net", "The platform reported an error (%1): %2")
                .arg(platformCode, platformMessage);
        if (!platformMessage.isEmpty())
            return QCoreApplication::translate("sd::net", "The platform reported an error: %1").arg(platformMessage);
        if (!platformCode.isEmpty())
            return QCoreApplication::translate("sd::net", "The platform reported an error (%1).").arg(platformCode);
        return QCoreApplication::translate("sd::net", "The platform reported an error.");
    }
    return QCoreApplication::translate("sd::net", "The request failed.");
}

QString NetFailure::logLine() const
{
    QString line = netErrorName(kind);
    if (httpStatus != 0)
        line += u" http=" + QString::number(httpStatus);
    if (!platformCode.isEmpty())
        line += u" code=" + redaction::redact(platformCode);
    if (retryAfter)
        line += u" retryAfterMs=" + QString::number(retryAfter->count());
    if (!detail.isEmpty())
        line += u" detail=" + redaction::redact(detail);
    return line;
}

Error NetFailure::toError() const
{
    return Error{ QString(kErrorDomain), int(kind), userMessage() };
}

bool NetFailure::isTransient() const
{
    if (retryable)
        return *retryable;
    switch (kind) {
    case NetError::ConnectionRefused:
    case NetError::ConnectionLost:
    case NetError::Timeout:
    case NetError::RateLimited:
        return true;
    case NetError::Server:
        // 501 and 505 say the server will never do it; everything else in 5xx is usually passing.
        return httpStatus != 501 && httpStatus != 505;
    default:
        return false;
    }
}

} // namespace sd::net
