// The typed failure of an HTTP call: what went wrong (NetError), a translated message for the user, and
// the facts support needs (HTTP status, platform code, redacted detail), kept apart from the message.
#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <optional>

namespace sd::net {
Q_NAMESPACE

inline constexpr QLatin1StringView kErrorDomain{ "net" };

enum class NetError {
    Offline, // no network at all (no route, network down)
    Dns, // host name could not be resolved
    ConnectionRefused, // nothing listens there
    ConnectionLost, // the connection closed before the whole response arrived
    Timeout, // our own deadline passed
    Tls, // certificate or handshake failure
    InsecureUrl, // refused by policy before sending (plain http:// to a non-loopback host)
    Unauthorized, // 401, expired or revoked token, wrong key
    Forbidden, // 403, permission missing
    NotFound, // 404
    BadRequest, // any other 4xx: the request itself was refused
    RateLimited, // 429 or a platform throttle code
    Server, // 5xx
    Malformed, // bad JSON, wrong types, invalid UTF-8, unexpected content type, body over the cap
    Cancelled, // cancelled by us
    Platform, // a platform-specific error, code and message kept
};
Q_ENUM_NS(NetError)

struct NetFailure
{
    NetError kind = NetError::Server;
    int httpStatus = 0; // 0 when no response arrived
    QString platformCode; // e.g. "190/463" (Meta code/subcode), "too.many.requests" (Trendyol)
    QString platformMessage; // the platform's own text, kept verbatim for the UI and support
    QString detail; // technical detail for logs, already redacted
    std::optional<std::chrono::milliseconds> retryAfter; // the server's or the platform's wait hint
    std::optional<bool> retryable; // set by a classifier to override the default retry decision

    // The translated sentence shown to the user.
    [[nodiscard]] QString userMessage() const;
    // One line for the log: kind, status, platform code, detail. Safe to log (redacted).
    [[nodiscard]] QString logLine() const;
    // As the project-wide error type (domain "net", code = NetError).
    [[nodiscard]] Error toError() const;
    // Whether this failure is worth another attempt (transient), before request idempotency is considered.
    [[nodiscard]] bool isTransient() const;

    [[nodiscard]] static NetFailure make(NetError kind, const QString &detail = {}, int httpStatus = 0);
};

// The default mapping of an HTTP status that is not 2xx/3xx (platform classifiers may refine it).
[[nodiscard]] NetError netErrorForHttpStatus(int status);

// Name of a NetError for logs ("RateLimited").
[[nodiscard]] QString netErrorName(NetError kind);

} // namespace sd::net
