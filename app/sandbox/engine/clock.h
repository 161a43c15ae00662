// The sandbox's notion of "now": the wall clock, or a fixed instant that tests set.
#pragma once

#include <QDateTime>

namespace sd::sandbox {

class Clock
{
public:
    [[nodiscard]] qint64 nowMs() const { return m_fixedMs != 0 ? m_fixedMs : QDateTime::currentMSecsSinceEpoch(); }
    void setFixed(qint64 epochMs) { m_fixedMs = epochMs; }
    void advance(qint64 ms)
    {
        if (m_fixedMs != 0)
            m_fixedMs += ms;
    }

    static constexpr qint64 TurkeyOffsetMs = 3 * 3600 * 1000; // Türkiye has kept UTC+3 all year since 2016

private:
    qint64 m_fixedMs = 0;
};

} // namespace sd::sandbox
