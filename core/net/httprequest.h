// What one HTTP call should do: method, URL, headers, body, what the answer must look like, and the
// limits that apply to it (timeout, body cap, retry safety, rate-limit group).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>
#include <utility>

namespace sd::net {

enum class BodyExpectation {
    Any, // bytes, not inspected
    Text, // must be valid UTF-8
    Json, // must be valid JSON (a 2xx body; empty allowed only for 204 or HEAD)
};

struct HttpRequest
{
    static constexpr qint64 kDefaultMaxBodyBytes = qint64(32) * 1024 * 1024;

    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // values may hold secrets: never logged
    QByteArray body;
    BodyExpectation expect = BodyExpectation::Json;
    // When set, a successful answer's Content-Type must start with it (case-insensitive), e.g. "image/"
    // or "application/pdf"; otherwise the answer is Malformed. JSON is checked by `expect` already.
    QByteArray expectedContentType;
    qint64 maxBodyBytes = kDefaultMaxBodyBytes; // enforced while reading
    std::chrono::milliseconds timeout{ 30000 }; // per attempt, from sending to the last body byte

    // Retry safety. GET/HEAD/PUT/DELETE/OPTIONS are retried on transient failures; anything else only
    // with an idempotency key or when marked retryable by a caller that knows the call is safe to repeat.
    QByteArray idempotencyKey;
    QByteArray idempotencyHeader = QByteArrayLiteral("Idempotency-Key"); // empty: key only marks safety
    bool retryable = false;
    // Never repeated by the transport itself: Qt re-sends a request whose connection closed before the answer
    // (even a POST). With this set the body goes out from a one-shot device, so such a close ends the call
    // with ConnectionLost and the caller (the outbox) decides. Bodies are sent with a Content-Length.
    bool sendOnce = false;

    // Rate-limiter bucket this call counts against (e.g. "orders", "send"); empty = the default bucket.
    QString rateGroup;

    [[nodiscard]] static HttpRequest get(const QUrl &url);
    [[nodiscard]] static HttpRequest post(
        const QUrl &url, const QByteArray &body, const QByteArray &contentType = QByteArrayLiteral("application/json"));

    HttpRequest &setHeader(const QByteArray &name, const QByteArray &value); // replaces (case-insensitive)
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;

    [[nodiscard]] bool isIdempotentMethod() const;
    [[nodiscard]] bool mayRetry() const; // idempotent method, idempotency key, or retryable
};

} // namespace sd::net
