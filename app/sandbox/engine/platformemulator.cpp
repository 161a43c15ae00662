#include "platformemulator.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sd::sandbox {

PlatformEmulator::PlatformEmulator(const Clock *clock)
    : m_clock(clock)
{ }

PlatformEmulator::~PlatformEmulator() = default;

RateLimiter::Decision PlatformEmulator::countRequest(const QString &identity, const QString &endpoint)
{
    return m_limiter.hit(identity + u'|' + endpoint, m_rateRule);
}

bool PlatformEmulator::matchPath(const QString &path, QStringView pattern, QStringList *captures)
{
    const QList<QStringView> have = QStringView(path).split(u'/', Qt::SkipEmptyParts);
    const QList<QStringView> want = pattern.split(u'/', Qt::SkipEmptyParts);
    if (have.size() != want.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want.at(i) == u"{}") {
            found << have.at(i).toString();
        } else if (want.at(i) != have.at(i)) {
            return false;
        }
    }
    if (captures)
        *captures = found;
    return true;
}

std::optional<QJsonObject> PlatformEmulator::parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<QPair<QString, QString>> PlatformEmulator::basicCredentials(const HttpRequest &request)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return std::nullopt;
    const auto decoded
        = QByteArray::fromBase64Encoding(header.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &text = decoded.decoded;
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return QPair<QString, QString>{ QString::fromUtf8(text.left(colon)), QString::fromUtf8(text.mid(colon + 1)) };
}

QString PlatformEmulator::moneyString(qint64 kurus)
{
    const QString sign = kurus < 0 ? u"-"_qs : QString();
    const qint64 abs = kurus < 0 ? -kurus : kurus;
    return sign + QString::number(abs / 100) + u'.' + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace sd::sandbox
