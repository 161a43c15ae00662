// Sliding-window request counting per key (platform + credentials + endpoint).
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <deque>

namespace sd::sandbox {

class RateLimiter
{
public:
    struct Rule
    {
        int limit = 0; // 0 = unlimited
        int windowMs = 1000;
    };
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetInMs = 0; // until the oldest counted request leaves the window
    };

    RateLimiter();
    [[nodiscard]] Decision hit(const QString &key, const Rule &rule);
    void clear();

private:
    QElapsedTimer m_timer;
    QHash<QString, std::deque<qint64>> m_hits;
};

} // namespace sd::sandbox
