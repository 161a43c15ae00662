// Blocking access to a SecretStore for the command-line tool, which has no event loop of its own.
#pragma once

#include "common/result.h"
#include "secrets/secretstore.h"

#include <QByteArray>
#include <QString>

namespace sd {

// Each helper runs a local event loop until the store answers or timeoutMs has passed; then it returns
// SecretError::Timeout. An operation that timed out may still take effect later in the store, but its
// answer is dropped. Not for use in the GUI thread of the application (nested event loop).
[[nodiscard]] Result<QByteArray> readSecretBlocking(SecretStore &store, const QString &key, int timeoutMs);
[[nodiscard]] Status writeSecretBlocking(SecretStore &store, const QString &key, const QByteArray &value,
                                         int timeoutMs);
[[nodiscard]] Status removeSecretBlocking(SecretStore &store, const QString &key, int timeoutMs);

} // namespace sd
