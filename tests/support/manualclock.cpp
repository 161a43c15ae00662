#include "manualclock.h"

#include <QMetaObject>
#include <QTimeZone>
#include <limits>

namespace sd::test {

ManualClock::ManualClock()
    : m_utcStart(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc())
{ }

ManualClock::~ManualClock() = default;

ManualClock::TimerId ManualClock::callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_next++;
    const qint64 ms = std::max<qint64>(delay.count(), 0);
    m_requested.append(ms);
    m_pending.append(Pending{ id, m_now + ms, context, std::move(fn) });
    if (m_autoAdvance) {
        QMetaObject::invokeMethod(
            &m_driver,
            [this] {
                if (m_autoAdvance)
                    fireNext(std::numeric_limits<qint64>::max());
            },
            Qt::QueuedConnection);
    }
    return id;
}

void ManualClock::cancel(TimerId id)
{
    m_pending.removeIf([id](const Pending &p) { return p.id == id; });
}

qint64 ManualClock::nextDueIn() const
{
    qint64 best = -1;
    for (const auto &p : m_pending) {
        if (best < 0 || p.due - m_now < best)
            best = p.due - m_now;
    }
    return best;
}

bool ManualClock::fireNext(qint64 limit)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].due <= limit && (best < 0 || m_pending[i].due < m_pending[best].due))
            best = i;
    }
    if (best < 0)
        return false;
    Pending p = m_pending.takeAt(best);
    m_now = std::max(m_now, p.due);
    if (p.context)
        p.fn();
    return true;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    while (fireNext(target)) { }
    m_now = target;
}

} // namespace sd::test
