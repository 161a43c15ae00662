// How often and how patiently a job tries again: bounded attempts, exponential backoff with full jitter,
// and the server's own wait hint (Retry-After in seconds or as an HTTP date) taking precedence.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <functional>
#include <optional>

namespace sd::net {

struct RetryPolicy
{
    int maxAttempts = 4; // sends in total, the first one included
    std::chrono::milliseconds baseDelay{ 500 }; // backoff ceiling for the first retry
    std::chrono::milliseconds maxDelay{ 30000 }; // backoff ceiling never grows past this
    std::chrono::milliseconds rateLimitFloor{ 1000 }; // minimum wait after a rate limit without a hint
    std::chrono::milliseconds maxRetryAfter{ 120000 }; // a longer server hint ends the job (RateLimited)

    // Full jitter: a uniformly random delay in [0, min(maxDelay, baseDelay * 2^(retry-1))].
    // retry counts from 1. random() returns a value in [0, 1); tests may pass a fixed one.
    [[nodiscard]] std::chrono::milliseconds backoff(int retry, const std::function<double()> &random = {}) const;

    [[nodiscard]] static RetryPolicy none();
};

// Parses a Retry-After value: delta-seconds, or an HTTP date (IMF-fixdate, RFC 850 or asctime) relative
// to now. A date in the past gives zero. nullopt when the value is not understood.
[[nodiscard]] std::optional<std::chrono::milliseconds> parseRetryAfter(
    const QByteArray &value, const QDateTime &nowUtc);

} // namespace sd::net
