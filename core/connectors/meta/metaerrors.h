// Meta's Graph API errors and throttling headers, read into the typed failure of the job layer, and sorted into
// the few classes the app acts on (reconnect, permission, rate limit, window closed…), each with a translated
// explanation. The decision is made on error.code / error_subcode, never on the HTTP status alone.
#pragma once

#include "net/httpresponse.h"
#include "net/neterror.h"

#include <QCoreApplication>
#include <chrono>
#include <optional>

namespace sd::connectors::meta {

enum class MetaErrorClass {
    None,
    Reconnect, // 190 and its subcodes, 102: the token is expired, invalid or revoked
    PermissionMissing, // 10, 200–299 (except the window subcode), 3, 1/99
    RateLimited, // 4, 17, 32, 613, 341, 80000-range business use case limits
    WindowClosed, // 10/2018278, 2534022 (Instagram): outside the messaging window
    RecipientUnavailable, // 551, 1545041, 100/2018001: the person cannot be reached
    PolicyBlocked, // 368: temporarily blocked for a policy violation
    Transient, // 1, 2, 5xx: try again later
    InvalidRequest, // 100 and other request errors
    Malformed, // the answer could not be read
    Network, // no answer (offline, refused, lost, timeout)
    Other,
};

// What a Meta connection shows in Settings and the inbox header.
enum class MetaConnectionState { Ok, Reconnect, PermissionMissing, RateLimited };

struct MetaUsage
{
    int maxPercent = 0; // the highest call_count / total_cputime / total_time over both headers
    std::chrono::minutes regainAccess{ 0 }; // estimated_time_to_regain_access, when Meta gave one
};

class MetaErrors
{
    Q_DECLARE_TR_FUNCTIONS(sd::connectors::meta::MetaErrors)
public:
    // The job layer's classifier for every Graph response: Meta's error JSON → NetFailure (platformCode
    // "code/subcode", platformMessage = Meta's message, retryAfter from the usage headers for rate limits).
    // A 2xx without an error object → nullopt.
    [[nodiscard]] static std::optional<net::NetFailure> classify(const net::HttpResponse &response);

    // X-App-Usage and X-Business-Use-Case-Usage of a response (absent headers → zero usage).
    [[nodiscard]] static MetaUsage usage(const net::HttpResponse &response);
    // How long to hold back further calls after a response with this usage: the regain time when Meta
    // gave one, 30 s from 95 %, 2 s from 80 %, otherwise none.
    [[nodiscard]] static std::chrono::milliseconds throttleDelay(const MetaUsage &usage);

    // The class of a failure the classifier (or the job layer) produced.
    [[nodiscard]] static MetaErrorClass classOf(const net::NetFailure &failure);
    [[nodiscard]] static MetaConnectionState connectionStateFor(const net::NetFailure &failure);
    // "ok", "reconnect", "permission_missing", "rate_limited"
    [[nodiscard]] static QString stateName(MetaConnectionState state);
    // A translated sentence that says what happened and what the seller can do.
    [[nodiscard]] static QString explain(const net::NetFailure &failure);

    // Meta codes, for readers of platformCode.
    static constexpr int kTokenCode = 190;
    static constexpr int kWindowSubcode = 2018278;
    static constexpr int kInstagramWindowSubcode = 2534022;
};

} // namespace sd::connectors::meta
