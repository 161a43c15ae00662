#include "ratelimiter.h"

#include "clock.h"
#include "common/logging.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sd::net {

RateLimiter::RateLimiter(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{ }

RateLimiter::~RateLimiter()
{
    for (auto &[group, b] : m_buckets) {
        if (b.wakeTimer)
            m_clock->cancel(b.wakeTimer);
    }
}

void RateLimiter::configure(Bucket &b, int tokens, std::chrono::milliseconds per)
{
    if (tokens <= 0 || per.count() <= 0) {
        b.capacity = 0;
        b.perMs = 0.0;
        return;
    }
    b.capacity = tokens;
    b.perMs = double(tokens) / double(per.count());
    b.tokens = tokens;
    b.lastRefillMs = m_clock->nowMs();
}

void RateLimiter::setDefaultLimit(int tokens, std::chrono::milliseconds per)
{
    m_defaultTokens = tokens;
    m_defaultPer = per;
}

void RateLimiter::setLimit(const QString &group, int tokens, std::chrono::milliseconds per)
{
    configure(m_buckets[group], tokens, per);
    pump(group);
}

RateLimiter::Bucket &RateLimiter::bucket(const QString &group)
{
    auto it = m_buckets.find(group);
    if (it != m_buckets.end())
        return it->second;
    Bucket &b = m_buckets[group];
    configure(b, m_defaultTokens, m_defaultPer);
    b.pausedUntilMs = m_globalPauseUntilMs;
    return b;
}

void RateLimiter::refill(Bucket &b, qint64 now) const
{
    if (b.capacity == 0)
        return;
    const qint64 from = std::max(b.lastRefillMs, b.pausedUntilMs);
    if (now > from)
        b.tokens = std::min(double(b.capacity), b.tokens + double(now - from) * b.perMs);
    b.lastRefillMs = std::max(now, b.lastRefillMs);
}

RateLimiter::Ticket RateLimiter::acquire(const QString &group, QObject *context, std::function<void()> granted)
{
    const Ticket ticket = m_nextTicket++;
    Bucket &b = bucket(group);
    b.waiters.push_back(Waiter{ ticket, context, std::move(granted) });
    m_ticketGroups.insert(ticket, group);
    pump(group);
    return ticket;
}

void RateLimiter::cancel(Ticket ticket)
{
    const auto it = m_ticketGroups.find(ticket);
    if (it == m_ticketGroups.end())
        return;
    const QString group = it.value();
    m_ticketGroups.erase(it);
    Bucket &b = bucket(group);
    std::erase_if(b.waiters, [ticket](const Waiter &w) { return w.ticket == ticket; });
}

void RateLimiter::pause(const QString &group, std::chrono::milliseconds duration)
{
    const qint64 now = m_clock->nowMs();
    const qint64 until = now + std::max<qint64>(duration.count(), 0);
    auto pauseOne = [&](Bucket &b) {
        refill(b, now);
        b.tokens = 0.0;
        b.pausedUntilMs = std::max(b.pausedUntilMs, until);
    };
    if (group.isEmpty()) {
        m_globalPauseUntilMs = std::max(m_globalPauseUntilMs, until);
        for (auto &[name, b] : m_buckets)
            pauseOne(b);
    } else {
        pauseOne(bucket(group));
    }
    qCInfo(lcNet) << "rate limiter paused" << (group.isEmpty() ? u"(all)"_qs : group) << "for" << duration.count()
                  << "ms";
    Q_EMIT paused(group, duration.count());
    if (group.isEmpty()) {
        for (auto &[name, b] : m_buckets)
            scheduleWake(name, b, now);
    } else {
        scheduleWake(group, bucket(group), now);
    }
}

void RateLimiter::pump(const QString &group)
{
    // Each grant may run arbitrary code (which may acquire or cancel again), so re-read state each turn.
    for (;;) {
        Bucket &b = bucket(group);
        const qint64 now = m_clock->nowMs();
        refill(b, now);
        while (!b.waiters.empty() && !b.waiters.front().context) {
            m_ticketGroups.remove(b.waiters.front().ticket);
            b.waiters.pop_front();
        }
        if (b.waiters.empty())
            return;
        const bool paused = now < b.pausedUntilMs;
        const bool hasToken = b.capacity == 0 || b.tokens >= 1.0 - 1e-9;
        if (paused || !hasToken) {
            scheduleWake(group, b, now);
            return;
        }
        Waiter w = std::move(b.waiters.front());
        b.waiters.pop_front();
        if (b.capacity != 0)
            b.tokens = std::max(0.0, b.tokens - 1.0);
        ++b.granted;
        m_ticketGroups.remove(w.ticket);
        w.granted();
    }
}

void RateLimiter::scheduleWake(const QString &group, Bucket &b, qint64 now)
{
    if (b.waiters.empty())
        return;
    qint64 wait = 0;
    qint64 start = now;
    if (now < b.pausedUntilMs) {
        wait = b.pausedUntilMs - now;
        start = b.pausedUntilMs;
    }
    if (b.capacity != 0) {
        const double tokensAtStart = start == now ? b.tokens : 0.0;
        if (tokensAtStart < 1.0)
            wait += qint64(std::ceil((1.0 - tokensAtStart) / b.perMs));
    }
    wait = std::max<qint64>(wait, 1);
    if (b.wakeTimer)
        m_clock->cancel(b.wakeTimer);
    b.wakeTimer = m_clock->callAfter(std::chrono::milliseconds(wait), this, [this, group] {
        bucket(group).wakeTimer = 0;
        pump(group);
    });
}

int RateLimiter::availableTokens(const QString &group)
{
    Bucket &b = bucket(group);
    const qint64 now = m_clock->nowMs();
    refill(b, now);
    if (now < b.pausedUntilMs)
        return 0;
    if (b.capacity == 0)
        return std::numeric_limits<int>::max();
    return int(std::floor(b.tokens + 1e-9));
}

int RateLimiter::waitingCount(const QString &group) const
{
    const auto it = m_buckets.find(group);
    return it == m_buckets.end() ? 0 : int(it->second.waiters.size());
}

qint64 RateLimiter::grantedCount(const QString &group) const
{
    const auto it = m_buckets.find(group);
    return it == m_buckets.end() ? 0 : it->second.granted;
}

} // namespace sd::net
