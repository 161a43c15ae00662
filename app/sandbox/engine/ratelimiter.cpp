#include "ratelimiter.h"

namespace sd::sandbox {

RateLimiter::RateLimiter()
{
    m_timer.start();
}

RateLimiter::Decision RateLimiter::hit(const QString &key, const Rule &rule)
{
    Decision d;
    d.limit = rule.limit;
    if (rule.limit <= 0) {
        d.remaining = 1;
        return d;
    }
    const qint64 now = m_timer.elapsed();
    auto &hits = m_hits[key];
    while (!hits.empty() && hits.front() <= now - rule.windowMs)
        hits.pop_front();
    if (static_cast<int>(hits.size()) >= rule.limit) {
        d.allowed = false;
        d.remaining = 0;
        d.resetInMs = hits.front() + rule.windowMs - now;
        return d;
    }
    hits.push_back(now);
    d.remaining = rule.limit - static_cast<int>(hits.size());
    d.resetInMs = hits.front() + rule.windowMs - now;
    return d;
}

void RateLimiter::clear()
{
    m_hits.clear();
}

} // namespace sd::sandbox
