// Time for the network layer: a monotonic "now", the wall clock (for HTTP dates) and delayed calls.
// Backoff and rate limiting go through it so that tests can run hours of waiting in no time.
#pragma once

#include <QDateTime>
#include <QtGlobal>
#include <chrono>
#include <functional>

class QObject;

namespace sd::net {

class Clock
{
public:
    using TimerId = quint64;

    virtual ~Clock() = default;

    // Monotonic milliseconds since an arbitrary start.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    // The current UTC time (for Retry-After given as an HTTP date).
    [[nodiscard]] virtual QDateTime utcNow() const = 0;
    // Calls fn in context's thread after delay, unless cancelled or context is destroyed first.
    // Never calls fn synchronously from within callAfter.
    virtual TimerId callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) = 0;
    // Forgets a pending call; unknown or already fired ids are ignored. Call it in the context's thread.
    virtual void cancel(TimerId id) = 0;

    // The real clock (QElapsedTimer, QDateTime, QTimer). Thread-safe to call from any thread.
    [[nodiscard]] static Clock *system();
};

} // namespace sd::net
