#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>

namespace sd::net {

std::chrono::milliseconds RetryPolicy::backoff(int retry, const std::function<double()> &random) const
{
    using std::chrono::milliseconds;
    const int shift = std::clamp(retry - 1, 0, 30);
    const qint64 base = std::max<qint64>(baseDelay.count(), 0);
    const qint64 cap = std::max<qint64>(maxDelay.count(), 0);
    // Saturate instead of overflowing for large retry counts.
    const qint64 ceiling = base > (cap >> shift) ? cap : std::min(cap, base << shift);
    const double r = random ? std::clamp(random(), 0.0, 1.0) : QRandomGenerator::global()->generateDouble();
    return milliseconds(qint64(double(ceiling) * r));
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy p;
    p.maxAttempts = 1;
    return p;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;

    bool isNumber = true;
    for (const char c : v)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        bool ok = false;
        const qint64 seconds = v.size() > 9 ? -1 : v.toLongLong(&ok);
        if (!ok || seconds < 0)
            return std::nullopt;
        return std::chrono::milliseconds(seconds * 1000);
    }

    // The weekday is dropped before parsing: it is redundant, and Qt rejects a date whose weekday does
    // not match the (two-digit, so possibly wrong-century) year.
    QString text = QString::fromLatin1(v).simplified();
    const qsizetype comma = text.indexOf(u',');
    if (comma >= 0)
        text = text.mid(comma + 1).trimmed(); // IMF-fixdate, RFC 850
    else
        text = text.mid(text.indexOf(u' ') + 1); // asctime
    const QLocale c = QLocale::c();
    QDateTime when;
    const QLatin1StringView formats[] = {
        QLatin1StringView("dd MMM yyyy hh:mm:ss 'GMT'"), // IMF-fixdate
        QLatin1StringView("dd-MMM-yy hh:mm:ss 'GMT'"), // RFC 850
        QLatin1StringView("MMM d hh:mm:ss yyyy"), // asctime, always GMT
    };
    for (const auto format : formats) {
        when = c.toDateTime(text, format);
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return std::nullopt;
    if (when.date().year() < 1970) // RFC 850 years are two-digit; Qt reads them as 19xx
        when = when.addYears(100);
    when.setTimeZone(QTimeZone::utc());
    const qint64 ms = nowUtc.msecsTo(when);
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}

} // namespace sd::net
