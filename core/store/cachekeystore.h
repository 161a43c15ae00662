// Where the cache key of a workspace lives. Keychain mode: 256 random bits in the OS keychain. Passphrase mode
// (for machines without a working keychain): the same kind of key, wrapped with AES-256-GCM under a key derived
// from the passphrase by Argon2id, in <profile>/cache.key. Switching modes or changing the passphrase re-wraps
// the one data key; the database itself is never rewritten.
//
// cache.key (JSON, written atomically): {"format":1, "kdf":"argon2id", "t":3, "m":65536 (KiB), "p":1,
// "salt": 16 bytes, "nonce": 12 bytes, "sealed": 32-byte key + 16-byte tag} — binary fields in base64; the
// associated data binds the profile id, the format and the KDF parameters, so none can be swapped or edited.
#pragma once

#include "common/result.h"
#include "profile/profile.h"
#include "securekey.h"

#include <QObject>

#include <cstdint>
#include <functional>

namespace sd {
class SecretStore;
}

namespace sd::store {

enum class KeyMode { Keychain, Passphrase };

enum class CacheKeyError {
    NoKey = 1,       // nothing stored yet (keychain mode) / no cache.key (passphrase mode)
    WrongPassphrase, // the passphrase does not open cache.key (or the file was altered)
    Damaged,         // cache.key is not readable as ours
    WeakPassphrase,  // shorter than kMinPassphraseLength
    Keychain,        // the keychain failed; the message says why
    Io,
    Crypto,
};

struct KdfParams
{
    std::uint32_t timeCost = 3;          // Argon2id passes
    std::uint32_t memoryKiB = 64 * 1024; // 64 MiB
    std::uint32_t parallelism = 1;
};

class CacheKeyStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinPassphraseLength = 10;
    using KeyCallback = std::function<void(Result<SecureKey>)>;
    using DoneCallback = std::function<void(Status)>;

    CacheKeyStore(const ProfileInfo &profile, SecretStore *secrets, QObject *parent = nullptr);

    [[nodiscard]] KeyMode mode() const;
    [[nodiscard]] QString wrappedKeyPath() const;
    [[nodiscard]] QString keychainKey() const;
    // Lower costs for tests; the defaults above are what users get.
    void setKdfParams(const KdfParams &params) { m_kdf = params; }

    // Keychain mode: the stored key; when none is stored and createIfMissing, a new random key is stored first.
    void loadFromKeychain(bool createIfMissing, QObject *context, KeyCallback done);

    // Passphrase mode.
    [[nodiscard]] Result<SecureKey> unlock(const QString &passphrase) const;
    [[nodiscard]] Result<SecureKey> createWithPassphrase(const QString &passphrase);
    [[nodiscard]] Status changePassphrase(const QString &oldPassphrase, const QString &newPassphrase);
    // Passphrase mode, with the key already unlocked (an open cache): wraps it under a new passphrase.
    [[nodiscard]] Status rewrap(const SecureKey &key, const QString &newPassphrase);

    // Moves the key from the keychain to cache.key (written first, then the keychain entry is removed).
    void switchToPassphrase(const SecureKey &key, const QString &passphrase, QObject *context, DoneCallback done);
    // Moves the key from cache.key to the keychain (stored first, then cache.key is removed).
    void switchToKeychain(const SecureKey &key, QObject *context, DoneCallback done);

    [[nodiscard]] static Status checkPassphrase(const QString &passphrase);

    // The wrapping itself, exposed for tests.
    [[nodiscard]] static Result<QByteArray> wrap(const SecureKey &key, const QString &passphrase,
                                                 const QString &profileId, const KdfParams &params);
    [[nodiscard]] static Result<SecureKey> unwrap(const QByteArray &file, const QString &passphrase,
                                                  const QString &profileId);

private:
    [[nodiscard]] Status writeWrapped(const SecureKey &key, const QString &passphrase);

    ProfileInfo m_profile;
    SecretStore *m_secrets;
    KdfParams m_kdf;
};

} // namespace sd::store
