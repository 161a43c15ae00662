#include "cachekeystore.h"

#include "common/logging.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace sd::store {
namespace {

constexpr int kFormat = 1;
constexpr int kSaltBytes = 16;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
// Upper bounds on what a cache.key may ask for, so a crafted file cannot make unlocking take forever.
constexpr std::uint32_t kMaxTimeCost = 64;
constexpr std::uint32_t kMaxMemoryKiB = 4 * 1024 * 1024;
constexpr std::uint32_t kMaxParallelism = 16;

Error keyError(CacheKeyError code, const QString &message)
{
    return Error{QStringLiteral("store.key"), int(code), message};
}

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

QByteArray associatedData(const QString &profileId, const KdfParams &p)
{
    return QStringLiteral("sellerdesk-cache-key|%1|%2|argon2id|%3|%4|%5")
        .arg(kFormat)
        .arg(profileId)
        .arg(p.timeCost)
        .arg(p.memoryKiB)
        .arg(p.parallelism)
        .toUtf8();
}

// Derives the key-encryption key; the result is a SecureKey (wiped on free).
Result<SecureKey> deriveKek(const QString &passphrase, const QByteArray &salt, const KdfParams &p)
{
    QByteArray pwd = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    unsigned char out[SecureKey::kBytes];
    const int rc = argon2id_hash_raw(p.timeCost, p.memoryKiB, p.parallelism, pwd.constData(), size_t(pwd.size()),
                                     salt.constData(), size_t(salt.size()), out, sizeof out);
    OPENSSL_cleanse(pwd.data(), size_t(pwd.size()));
    if (rc != ARGON2_OK) {
        OPENSSL_cleanse(out, sizeof out);
        return keyError(CacheKeyError::Crypto,
                        QCoreApplication::translate("sd::store::CacheKeyStore",
                                                    "Could not derive a key from the passphrase (%1).")
                            .arg(QString::fromLatin1(argon2_error_message(rc))));
    }
    SecureKey kek = SecureKey::fromBytes(out);
    OPENSSL_cleanse(out, sizeof out);
    return kek;
}

// AES-256-GCM; returns ciphertext||tag, or an empty array on failure.
QByteArray seal(const SecureKey &kek, const QByteArray &nonce, const QByteArray &aad, std::span<const unsigned char> plain)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plain.size() + kTagBytes, Qt::Uninitialized);
    int len = 0, total = 0;
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, kek.bytes().data(),
                              reinterpret_cast<const unsigned char *>(nonce.constData())) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), o, &len, plain.data(), int(plain.size())) != 1)
        return {};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), o + total, &len) != 1)
        return {};
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + total) != 1)
        return {};
    return out;
}

// Opens ciphertext||tag into a SecureKey; invalid key on authentication failure.
SecureKey open(const SecureKey &kek, const QByteArray &nonce, const QByteArray &aad, const QByteArray &sealed)
{
    if (sealed.size() != int(SecureKey::kBytes) + kTagBytes)
        return {};
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> ctx(EVP_CIPHER_CTX_new());
    unsigned char plain[SecureKey::kBytes];
    int len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData());
    QByteArray tag = sealed.right(kTagBytes);
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, kek.bytes().data(),
                              reinterpret_cast<const unsigned char *>(nonce.constData())) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size())) == 1
        && EVP_DecryptUpdate(ctx.get(), plain, &len, in, int(SecureKey::kBytes)) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), plain + len, &len) == 1;
    SecureKey key = ok ? SecureKey::fromBytes(plain) : SecureKey();
    OPENSSL_cleanse(plain, sizeof plain);
    return key;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n) != 1)
        return {};
    return b;
}

} // namespace

CacheKeyStore::CacheKeyStore(const ProfileInfo &profile, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_profile(profile), m_secrets(secrets)
{
}

KeyMode CacheKeyStore::mode() const
{
    return QFile::exists(wrappedKeyPath()) ? KeyMode::Passphrase : KeyMode::Keychain;
}

QString CacheKeyStore::wrappedKeyPath() const
{
    return QDir(m_profile.path).filePath(QStringLiteral("cache.key"));
}

QString CacheKeyStore::keychainKey() const
{
    return SecretStore::keyFor(m_profile.id, QStringLiteral("cache-key"));
}

Status CacheKeyStore::checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return keyError(CacheKeyError::WeakPassphrase,
                        tr("The passphrase must be at least %1 characters long.").arg(kMinPassphraseLength));
    return {};
}

Result<QByteArray> CacheKeyStore::wrap(const SecureKey &key, const QString &passphrase, const QString &profileId,
                                       const KdfParams &params)
{
    if (!key.isValid())
        return keyError(CacheKeyError::NoKey, tr("There is no key to protect."));
    const QByteArray salt = randomBytes(kSaltBytes);
    const QByteArray nonce = randomBytes(kNonceBytes);
    if (salt.isEmpty() || nonce.isEmpty())
        return keyError(CacheKeyError::Crypto, tr("The system's random number generator failed."));
    auto kek = deriveKek(passphrase, salt, params);
    if (!kek)
        return kek.error();
    const QByteArray sealed = seal(kek.value(), nonce, associatedData(profileId, params), key.bytes());
    if (sealed.isEmpty())
        return keyError(CacheKeyError::Crypto, tr("Could not encrypt the cache key."));
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("kdf"), QStringLiteral("argon2id")},
                  {QStringLiteral("t"), qint64(params.timeCost)},
                  {QStringLiteral("m"), qint64(params.memoryKiB)},
                  {QStringLiteral("p"), qint64(params.parallelism)},
                  {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                  {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                  {QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64())}};
    return QJsonDocument(o).toJson();
}

Result<SecureKey> CacheKeyStore::unwrap(const QByteArray &file, const QString &passphrase, const QString &profileId)
{
    const Error damaged = keyError(CacheKeyError::Damaged,
                                   tr("The file that protects this workspace's cache (cache.key) is damaged."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged;
    const QJsonObject o = doc.object();
    const auto number = [&o](const char *name) { return o.value(QLatin1String(name)).toInteger(-1); };
    if (number("format") != kFormat || o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id"))
        return damaged;
    const qint64 t = number("t"), m = number("m"), p = number("p");
    if (t < 1 || t > kMaxTimeCost || m < 8 || m > kMaxMemoryKiB || p < 1 || p > kMaxParallelism)
        return damaged;
    const KdfParams params{std::uint32_t(t), std::uint32_t(m), std::uint32_t(p)};
    const auto field = [&o](const char *name) {
        return QByteArray::fromBase64(o.value(QLatin1String(name)).toString().toLatin1(),
                                      QByteArray::AbortOnBase64DecodingErrors);
    };
    const QByteArray salt = field("salt"), nonce = field("nonce"), sealed = field("sealed");
    if (salt.size() != kSaltBytes || nonce.size() != kNonceBytes || sealed.size() != int(SecureKey::kBytes) + kTagBytes)
        return damaged;
    auto kek = deriveKek(passphrase, salt, params);
    if (!kek)
        return kek.error();
    SecureKey key = open(kek.value(), nonce, associatedData(profileId, params), sealed);
    if (!key.isValid())
        return keyError(CacheKeyError::WrongPassphrase,
                        tr("The passphrase is not correct (or cache.key was altered)."));
    return key;
}

Status CacheKeyStore::writeWrapped(const SecureKey &key, const QString &passphrase)
{
    auto wrapped = wrap(key, passphrase, m_profile.id, m_kdf);
    if (!wrapped)
        return wrapped.error();
    QSaveFile f(wrappedKeyPath());
    if (!f.open(QIODevice::WriteOnly) || f.write(wrapped.value()) < 0 || !f.commit())
        return keyError(CacheKeyError::Io, tr("Could not write %1: %2").arg(wrappedKeyPath(), f.errorString()));
    QFile::setPermissions(wrappedKeyPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

void CacheKeyStore::loadFromKeychain(bool createIfMissing, QObject *context, KeyCallback done)
{
    QPointer<QObject> guard(context);
    m_secrets->read(keychainKey(), this, [this, createIfMissing, guard, done](Result<QByteArray> read) {
        if (!guard)
            return;
        if (read) {
            QByteArray bytes = std::move(read).value();
            SecureKey key = SecureKey::fromBytes(
                std::span<const unsigned char>(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                               size_t(bytes.size())));
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
            if (!key.isValid())
                return done(keyError(CacheKeyError::Damaged,
                                     tr("The cache key in the system keychain is not a 256-bit key.")));
            return done(std::move(key));
        }
        if (!read.error().is(SecretError::NotFound))
            return done(keyError(CacheKeyError::Keychain, read.error().message));
        if (!createIfMissing)
            return done(keyError(CacheKeyError::NoKey,
                                 tr("The system keychain holds no key for this workspace's cache.")));
        auto fresh = std::make_shared<SecureKey>(SecureKey::random());
        if (!fresh->isValid())
            return done(keyError(CacheKeyError::Crypto, tr("The system's random number generator failed.")));
        QByteArray value(reinterpret_cast<const char *>(fresh->bytes().data()), int(SecureKey::kBytes));
        m_secrets->write(keychainKey(), value, this, [fresh, guard, done](Status written) {
            if (!guard)
                return;
            if (!written)
                return done(keyError(CacheKeyError::Keychain, written.error().message));
            qCInfo(lcStoreCrypto) << "created a new cache key in the keychain";
            done(std::move(*fresh));
        });
        OPENSSL_cleanse(value.data(), size_t(value.size()));
    });
}

Result<SecureKey> CacheKeyStore::unlock(const QString &passphrase) const
{
    QFile f(wrappedKeyPath());
    if (!f.exists())
        return keyError(CacheKeyError::NoKey, tr("This workspace has no passphrase-protected cache key."));
    if (!f.open(QIODevice::ReadOnly))
        return keyError(CacheKeyError::Io, tr("Could not read %1: %2").arg(f.fileName(), f.errorString()));
    return unwrap(f.read(64 * 1024), passphrase, m_profile.id);
}

Result<SecureKey> CacheKeyStore::createWithPassphrase(const QString &passphrase)
{
    if (auto ok = checkPassphrase(passphrase); !ok)
        return ok.error();
    if (QFile::exists(wrappedKeyPath()))
        return keyError(CacheKeyError::Io, tr("This workspace already has a cache key."));
    SecureKey key = SecureKey::random();
    if (!key.isValid())
        return keyError(CacheKeyError::Crypto, tr("The system's random number generator failed."));
    if (auto written = writeWrapped(key, passphrase); !written)
        return written.error();
    return key;
}

Status CacheKeyStore::changePassphrase(const QString &oldPassphrase, const QString &newPassphrase)
{
    if (auto ok = checkPassphrase(newPassphrase); !ok)
        return ok;
    auto key = unlock(oldPassphrase);
    if (!key)
        return key.error();
    return writeWrapped(key.value(), newPassphrase);
}

Status CacheKeyStore::rewrap(const SecureKey &key, const QString &newPassphrase)
{
    if (auto ok = checkPassphrase(newPassphrase); !ok)
        return ok;
    return writeWrapped(key, newPassphrase);
}

void CacheKeyStore::switchToPassphrase(const SecureKey &key, const QString &passphrase, QObject *context,
                                       DoneCallback done)
{
    if (auto ok = checkPassphrase(passphrase); !ok)
        return done(ok);
    if (auto written = writeWrapped(key, passphrase); !written)
        return done(written);
    QPointer<QObject> guard(context);
    m_secrets->remove(keychainKey(), this, [guard, done](Status removed) {
        if (!guard)
            return;
        // cache.key is in place either way; a key left in the keychain is reported but does no harm.
        done(removed ? Status() : Status(keyError(CacheKeyError::Keychain, removed.error().message)));
    });
}

void CacheKeyStore::switchToKeychain(const SecureKey &key, QObject *context, DoneCallback done)
{
    if (!key.isValid())
        return done(keyError(CacheKeyError::NoKey, tr("There is no key to protect.")));
    QPointer<QObject> guard(context);
    QByteArray value(reinterpret_cast<const char *>(key.bytes().data()), int(SecureKey::kBytes));
    m_secrets->write(keychainKey(), value, this, [this, guard, done](Status written) {
        if (!guard)
            return;
        if (!written)
            return done(keyError(CacheKeyError::Keychain, written.error().message));
        if (!QFile::remove(wrappedKeyPath()) && QFile::exists(wrappedKeyPath()))
            return done(keyError(CacheKeyError::Io, tr("Could not remove %1.").arg(wrappedKeyPath())));
        done({});
    });
    OPENSSL_cleanse(value.data(), size_t(value.size()));
}

} // namespace sd::store
