#include "money.h"

#include <QLocale>
#include <limits>

namespace sd::domain {

std::optional<qint64> parseMinorUnits(QStringView text, int decimals)
{
    text = text.trimmed();
    if (text.isEmpty() || decimals < 0 || decimals > 6)
        return std::nullopt;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    auto push = [&](QChar c) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
        const int digit = c.unicode() - '0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
            return false;
        value = value * 10 + digit;
        return true;
    };
    for (QChar c : whole) {
        if (!push(c))
            return std::nullopt;
    }
    for (int i = 0; i < decimals; ++i) {
        if (!push(i < fraction.size() ? fraction.at(i) : QChar(u'0')))
            return std::nullopt;
    }
    if (fraction.size() > decimals) {
        for (QChar c : fraction.mid(decimals)) {
            if (c.unicode() < '0' || c.unicode() > '9')
                return std::nullopt;
        }
        if (fraction.at(decimals).unicode() >= '5') {
            if (value == std::numeric_limits<qint64>::max())
                return std::nullopt;
            ++value;
        }
    }
    return negative ? -value : value;
}

std::optional<qint64> minorUnitsFromJson(const QJsonValue &value, int decimals)
{
    if (value.isString())
        return parseMinorUnits(value.toString(), decimals);
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!qIsFinite(d) || qAbs(d) > 1e15)
        return std::nullopt;
    // Shortest round-trip digits in fixed notation: exactly what the platform wrote (e.g. 149.9).
    return parseMinorUnits(QString::number(d, 'f', QLocale::FloatingPointShortest), decimals);
}

} // namespace sd::domain
