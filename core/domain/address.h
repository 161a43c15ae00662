// A postal address as the platforms give it (shipping or invoice), already trimmed.
#pragma once

#include <QJsonObject>
#include <QString>

namespace sd::domain {

struct Address
{
    QString fullName;
    QString company;
    QString line1;
    QString line2;
    QString neighborhood;
    QString district;
    QString city;
    QString postalCode;
    QString countryCode; // ISO 3166-1 alpha-2
    QString phone;
    QString taxNumber; // invoice addresses of corporate buyers
    QString taxOffice;

    [[nodiscard]] bool isEmpty() const { return toJson().isEmpty(); }
    // Only the non-empty fields, for the addresses JSON column.
    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonObject o;
        auto put = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1StringView(key), value);
        };
        put("fullName", fullName);
        put("company", company);
        put("line1", line1);
        put("line2", line2);
        put("neighborhood", neighborhood);
        put("district", district);
        put("city", city);
        put("postalCode", postalCode);
        put("countryCode", countryCode);
        put("phone", phone);
        put("taxNumber", taxNumber);
        put("taxOffice", taxOffice);
        return o;
    }
    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace sd::domain
