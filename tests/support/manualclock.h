// A clock for tests: time moves only when the test says so (advance), or — with auto-advance — jumps
// straight to the next due call, so backoff and rate-limit waits take no real time. Every requested
// delay is recorded, so tests can check that a wait was asked for without measuring wall time.
#pragma once

#include "net/clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace sd::test {

class ManualClock final : public sd::net::Clock
{
public:
    ManualClock();
    ~ManualClock() override;

    qint64 nowMs() const override { return m_now; }
    QDateTime utcNow() const override { return m_utcStart.addMSecs(m_now); }
    TimerId callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // Moves time forward by ms, running every call that falls due on the way, in order.
    void advance(qint64 ms);
    // When on, each pending call fires from the event loop as soon as it is posted, time jumping to it.
    void setAutoAdvance(bool on) { m_autoAdvance = on; }
    void setUtcStart(const QDateTime &utc) { m_utcStart = utc; }

    [[nodiscard]] const QList<qint64> &requestedDelays() const { return m_requested; }
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    // Due time of the earliest pending call relative to now, or -1.
    [[nodiscard]] qint64 nextDueIn() const;

private:
    struct Pending
    {
        TimerId id = 0;
        qint64 due = 0;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    bool fireNext(qint64 limit);

    qint64 m_now = 0;
    QDateTime m_utcStart;
    TimerId m_next = 1;
    bool m_autoAdvance = false;
    QList<Pending> m_pending;
    QList<qint64> m_requested;
    QObject m_driver; // context of the auto-advance events
};

} // namespace sd::test
