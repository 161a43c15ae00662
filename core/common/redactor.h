// Redaction at the logging boundary: removes credentials from any text before it reaches a log line,
// stderr or a crash report. Pattern rules catch secrets by shape (headers, query parameters, form and
// JSON fields, auth schemes); exact values registered at run time (every secret the SecretStore
// touches) are removed wherever they appear.
#pragma once

#include <QString>

namespace sd::redaction {

inline constexpr QLatin1StringView kMask{"[REDACTED]"};

// Returns text with every recognised secret replaced by kMask.
[[nodiscard]] QString redact(const QString &text);

// Registers a secret value so that it is masked wherever it appears later. Values shorter than
// 6 characters are ignored (they would mask ordinary words). Thread-safe.
void registerSecret(const QString &value);
void registerSecret(const QByteArray &value);

// Forgets every registered value (tests).
void clearRegisteredSecrets();

} // namespace sd::redaction
