// A tiny deterministic generator (splitmix64): the same seed gives the same shops on every machine and Qt version.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sd::sandbox {

class SeedRandom
{
public:
    explicit SeedRandom(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    int bounded(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    // Uniform in [lo, hi].
    qint64 between(qint64 lo, qint64 hi)
    {
        return hi <= lo ? lo : lo + static_cast<qint64>(next() % static_cast<quint64>(hi - lo + 1));
    }
    bool chance(int percent) { return bounded(100) < percent; }
    const QString &pick(const QStringList &list) { return list.at(bounded(static_cast<int>(list.size()))); }
    QString digits(int count)
    {
        QString s;
        for (int i = 0; i < count; ++i)
            s += QChar(u'0' + bounded(10));
        return s;
    }

    static quint64 mix(quint64 seed, QStringView salt)
    {
        quint64 h = seed ^ 0xCBF29CE484222325ULL;
        for (QChar c : salt)
            h = (h ^ c.unicode()) * 0x100000001B3ULL;
        return h;
    }

private:
    quint64 m_state;
};

} // namespace sd::sandbox
