#include "jsonfieldreader.h"

#include "domain/money.h"

#include <QLocale>
#include <limits>

namespace sd::connectors {

namespace {

constexpr qint64 kNotIntegral = std::numeric_limits<qint64>::min();

bool isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

} // namespace

QString JsonFieldReader::fieldName(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

void JsonFieldReader::fail(const QString &field, const QString &detail)
{
    if (!m_error)
        m_error = MappingError{ m_platform, m_recordId, field, detail };
}

MappingError JsonFieldReader::error() const
{
    MappingError e = m_error.value_or(MappingError{});
    e.externalId = m_recordId; // the id may have been read after the error
    return e;
}

QString JsonFieldReader::text(const QJsonObject &object, QStringView key, const QString &path, bool required)
{
    const QJsonValue v = object.value(key);
    if (isAbsent(v)) {
        if (required)
            fail(fieldName(path, key), QStringLiteral("missing"));
        return {};
    }
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const qint64 i = v.toInteger(kNotIntegral);
        return i != kNotIntegral ? QString::number(i)
                                 : QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    fail(fieldName(path, key), QStringLiteral("not a string"));
    return {};
}

std::optional<qint64> JsonFieldReader::integer(
    const QJsonObject &object, QStringView key, const QString &path, bool required)
{
    const QJsonValue v = object.value(key);
    if (isAbsent(v)) {
        if (required)
            fail(fieldName(path, key), QStringLiteral("missing"));
        return std::nullopt;
    }
    if (v.isDouble()) {
        const qint64 i = v.toInteger(kNotIntegral);
        if (i != kNotIntegral)
            return i;
    } else if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return i;
    }
    fail(fieldName(path, key), QStringLiteral("not an integer"));
    return std::nullopt;
}

std::optional<qint64> JsonFieldReader::money(
    const QJsonObject &object, QStringView key, const QString &path, bool required)
{
    const QJsonValue v = object.value(key);
    if (isAbsent(v) || (v.isString() && v.toString().trimmed().isEmpty())) {
        if (required)
            fail(fieldName(path, key), QStringLiteral("missing"));
        return std::nullopt;
    }
    if (auto minor = domain::minorUnitsFromJson(v))
        return minor;
    fail(fieldName(path, key), QStringLiteral("not an amount"));
    return std::nullopt;
}

std::optional<bool> JsonFieldReader::boolean(const QJsonObject &object, QStringView key, const QString &path)
{
    const QJsonValue v = object.value(key);
    if (isAbsent(v))
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == u"true")
            return true;
        if (s == u"false")
            return false;
    }
    fail(fieldName(path, key), QStringLiteral("not a boolean"));
    return std::nullopt;
}

QJsonObject JsonFieldReader::object(const QJsonObject &object, QStringView key, const QString &path)
{
    const QJsonValue v = object.value(key);
    if (isAbsent(v))
        return {};
    if (!v.isObject())
        fail(fieldName(path, key), QStringLiteral("not an object"));
    return v.toObject();
}

QJsonArray JsonFieldReader::array(const QJsonObject &object, QStringView key, const QString &path)
{
    const QJsonValue v = object.value(key);
    if (isAbsent(v))
        return {};
    if (!v.isArray())
        fail(fieldName(path, key), QStringLiteral("not an array"));
    return v.toArray();
}

} // namespace sd::connectors
