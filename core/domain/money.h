// Exact money parsing: platform amounts (JSON numbers or strings) to integer minor units, no binary floating
// point arithmetic on the way ("149.90" → 14990).
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <optional>

namespace sd::domain {

struct Money
{
    qint64 minor = 0; // kuruş, cents…
    QString currency; // ISO 4217, upper case

    friend bool operator==(const Money &, const Money &) = default;
};

// A plain decimal ("149.90", "-3", "0.5", " 12.00 ") to minor units with `decimals` fraction digits. Extra
// fraction digits are rounded half away from zero in decimal (averages such as "33.335" occur). No exponent,
// no thousands separators, no comma. nullopt for anything else or on overflow.
[[nodiscard]] std::optional<qint64> parseMinorUnits(QStringView text, int decimals = 2);

// A JSON number or numeric string to minor units. A JSON number is first written in its shortest exact
// decimal form (149.9 → "149.9"), so 149.9 gives 14990 and not 14989. Null or missing → nullopt.
[[nodiscard]] std::optional<qint64> minorUnitsFromJson(const QJsonValue &value, int decimals = 2);

} // namespace sd::domain
