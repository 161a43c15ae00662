#include "clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QTimer>
#include <atomic>

namespace sd::net {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }

    qint64 nowMs() const override { return m_elapsed.elapsed(); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }

    TimerId callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) override
    {
        const TimerId id = m_next.fetch_add(1);
        // The timer lives in the context's thread and dies with it; a context that is destroyed first
        // takes the pending call with it.
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)] {
            forget(id);
            timer->deleteLater();
            fn();
        });
        {
            QMutexLocker lock(&m_mutex);
            if (m_timers.size() > 256) // timers whose context died before they fired
                m_timers.removeIf([](const auto &it) { return it.value().isNull(); });
            m_timers.insert(id, timer);
        }
        timer->start(std::max(delay, std::chrono::milliseconds(0)));
        return id;
    }

    void cancel(TimerId id) override
    {
        QPointer<QTimer> timer;
        {
            QMutexLocker lock(&m_mutex);
            timer = m_timers.take(id);
        }
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
    }

private:
    void forget(TimerId id)
    {
        QMutexLocker lock(&m_mutex);
        m_timers.remove(id);
    }

    QElapsedTimer m_elapsed;
    std::atomic<TimerId> m_next{ 1 };
    QMutex m_mutex;
    QHash<TimerId, QPointer<QTimer>> m_timers;
};

} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace sd::net
