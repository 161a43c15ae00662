#include "graphtime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace sd::connectors::meta {

std::optional<qint64> parseGraphTime(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds <= 0 || seconds > 1e11)
            return std::nullopt;
        return qint64(seconds * 1000.0);
    }
    if (!value.isString())
        return std::nullopt;
    QString s = value.toString().trimmed();
    if (s.isEmpty())
        return std::nullopt;
    bool digits = false;
    const qint64 unix = s.toLongLong(&digits);
    if (digits)
        return unix > 0 && unix < 100000000000LL ? std::optional<qint64>(unix * 1000) : std::nullopt;
    // +0000 → +00:00, which Qt's ISO parser reads.
    static const QRegularExpression offset(QStringLiteral("([+-]\\d{2})(\\d{2})$"));
    const QRegularExpressionMatch m = offset.match(s);
    if (m.hasMatch() && s.size() > 19)
        s = s.left(m.capturedStart()) + m.captured(1) + u':' + m.captured(2);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid() || s.size() < 19)
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc()); // no zone written: Graph times are UTC
    return t.toMSecsSinceEpoch();
}

QString formatGraphTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("+0000");
}

} // namespace sd::connectors::meta
