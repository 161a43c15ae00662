// Lenient, typed reading of one platform record: missing and null fields are "absent", numbers may come as
// strings and ids as numbers, but a value of the wrong kind (an object where a number belongs, "abc" as a
// quantity) records a MappingError for the record instead of being guessed at. The first error wins.
#pragma once

#include "mappingerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace sd::connectors {

class JsonFieldReader
{
public:
    explicit JsonFieldReader(QString platform)
        : m_platform(std::move(platform))
    { }

    void setRecordId(const QString &externalId) { m_recordId = externalId; }

    // A string, or an integer number written in decimal; trimmed. Absent → empty (an error when required).
    QString text(const QJsonObject &object, QStringView key, const QString &path = {}, bool required = false);
    // An integral number or a string of digits. Absent → nullopt.
    std::optional<qint64> integer(
        const QJsonObject &object, QStringView key, const QString &path = {}, bool required = false);
    // A decimal amount (number or string) in minor units. Absent → nullopt.
    std::optional<qint64> money(
        const QJsonObject &object, QStringView key, const QString &path = {}, bool required = false);
    // true/false, or "true"/"false". Absent → nullopt.
    std::optional<bool> boolean(const QJsonObject &object, QStringView key, const QString &path = {});
    // An object (absent or null → empty object).
    QJsonObject object(const QJsonObject &object, QStringView key, const QString &path = {});
    // An array (absent or null → empty array).
    QJsonArray array(const QJsonObject &object, QStringView key, const QString &path = {});

    // Records an error found by the caller (e.g. a value out of range).
    void fail(const QString &field, const QString &detail);

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] MappingError error() const;

private:
    static QString fieldName(const QString &path, QStringView key);

    QString m_platform;
    QString m_recordId;
    std::optional<MappingError> m_error;
};

} // namespace sd::connectors
