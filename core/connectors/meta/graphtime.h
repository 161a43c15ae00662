// Graph API times: ISO-8601 with an offset written without a colon ("2026-05-02T09:15:00+0000"), with a colon,
// with "Z", or a Unix timestamp in seconds (number or string). The reference says to read both.
#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

namespace sd::connectors::meta {

// UTC epoch milliseconds, or nullopt when the value is none of the accepted forms.
[[nodiscard]] std::optional<qint64> parseGraphTime(const QJsonValue &value);
// The form the Graph API writes: "2026-05-02T09:15:00+0000".
[[nodiscard]] QString formatGraphTime(qint64 epochMs);

} // namespace sd::connectors::meta
