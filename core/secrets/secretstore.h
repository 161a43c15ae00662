// Asynchronous access to secrets (tokens, API keys, the cache key). The real store is the OS keychain
// (KeychainSecretStore); tests of logic may use MemorySecretStore. Never a plaintext fallback.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace sd {

enum class SecretError {
    NotFound = 1,  // no secret under that key
    AccessDenied,  // the user or the system refused access
    NoBackend,     // no keychain service is available (no Secret Service, no KWallet…)
    Locked,        // the keychain is locked and could not be unlocked
    Timeout,       // the keychain did not answer in time
    Failed,        // anything else the keychain reported
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QByteArray>)>;
    using DoneCallback = std::function<void(Status)>;

    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) { }
    ~SecretStore() override = default;

    // Each call answers exactly once through its callback, on the thread of this object, unless
    // context has been destroyed in the meantime (then nothing is called).
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;

    // The error domain of every secrets error.
    [[nodiscard]] static QString errorDomain() { return QStringLiteral("secrets"); }

    // A typed error with a translated message that tells the user what to do. key names the secret
    // (never its value); timeout is shown for SecretError::Timeout; detail is the backend's own text,
    // appended after redaction.
    [[nodiscard]] static Error makeError(SecretError code, const QString &key,
                                         std::chrono::milliseconds timeout = {}, const QString &detail = {});

    // The key of a secret of one workspace profile: "profile/<profileId>/<name>".
    [[nodiscard]] static QString keyFor(const QString &profileId, const QString &name)
    {
        return QStringLiteral("profile/") + profileId + u'/' + name;
    }
};

} // namespace sd
