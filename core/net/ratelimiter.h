// Per-connection rate limiting: one token bucket per endpoint group (e.g. Trendyol's 50 requests per
// 10 s per endpoint), shared by every job of the connection. Callers wait asynchronously for a token;
// a 429 pauses the bucket for the server's Retry-After. Lives in one thread, like the jobs that use it.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <chrono>
#include <deque>
#include <functional>
#include <map>

namespace sd::net {

class Clock;

class RateLimiter : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;

    // clock: nullptr = the system clock.
    explicit RateLimiter(Clock *clock = nullptr, QObject *parent = nullptr);
    ~RateLimiter() override;

    // `tokens` requests per `per`, refilled continuously, bursting up to `tokens`. Groups without a
    // limit of their own get a bucket with the default limit; with no default they are unlimited (but
    // still honour pause()).
    void setDefaultLimit(int tokens, std::chrono::milliseconds per);
    void setLimit(const QString &group, int tokens, std::chrono::milliseconds per);

    // Calls `granted` (in this thread, with context alive) once a token of the group is taken: right
    // away when one is free and nobody waits before us, otherwise later from a timer. Waiters are served
    // in order. Returns a ticket for cancel().
    Ticket acquire(const QString &group, QObject *context, std::function<void()> granted);
    // Withdraws a waiting ticket; a ticket already granted or unknown is ignored.
    void cancel(Ticket ticket);

    // Empties the group's bucket and stops refilling it for `duration` (after a 429 with Retry-After).
    // An empty group pauses every bucket, present and future, for that long.
    void pause(const QString &group, std::chrono::milliseconds duration);

    // Introspection for tests and the status bar.
    [[nodiscard]] int availableTokens(const QString &group);
    [[nodiscard]] int waitingCount(const QString &group) const;
    [[nodiscard]] qint64 grantedCount(const QString &group) const;

Q_SIGNALS:
    void paused(const QString &group, qint64 durationMs);

private:
    struct Waiter
    {
        Ticket ticket = 0;
        QPointer<QObject> context;
        std::function<void()> granted;
    };
    struct Bucket
    {
        int capacity = 0; // 0 = unlimited
        double perMs = 0.0; // tokens added per millisecond
        double tokens = 0.0;
        qint64 lastRefillMs = 0;
        qint64 pausedUntilMs = 0;
        qint64 granted = 0;
        quint64 wakeTimer = 0;
        std::deque<Waiter> waiters;
    };

    Bucket &bucket(const QString &group);
    void configure(Bucket &b, int tokens, std::chrono::milliseconds per);
    void refill(Bucket &b, qint64 now) const;
    void pump(const QString &group);
    void scheduleWake(const QString &group, Bucket &b, qint64 now);

    Clock *m_clock;
    int m_defaultTokens = 0;
    std::chrono::milliseconds m_defaultPer{ 0 };
    qint64 m_globalPauseUntilMs = 0;
    Ticket m_nextTicket = 1;
    std::map<QString, Bucket> m_buckets; // node-based: references stay valid while callbacks add groups
    QHash<Ticket, QString> m_ticketGroups;
};

} // namespace sd::net
