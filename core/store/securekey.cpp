#include "securekey.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <utility>

namespace sd::store {

unsigned char *SecureKey::allocate()
{
    // The secure heap is used when the process initialised one (CRYPTO_secure_malloc_init); otherwise
    // OpenSSL falls back to ordinary memory, still wiped on free.
    return static_cast<unsigned char *>(OPENSSL_secure_zalloc(kBytes));
}

void SecureKey::release()
{
    if (m_data)
        OPENSSL_secure_clear_free(m_data, kBytes);
    m_data = nullptr;
}

SecureKey::~SecureKey()
{
    release();
}

SecureKey::SecureKey(SecureKey &&other) noexcept : m_data(std::exchange(other.m_data, nullptr)) { }

SecureKey &SecureKey::operator=(SecureKey &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
    }
    return *this;
}

SecureKey SecureKey::random()
{
    SecureKey key;
    key.m_data = allocate();
    if (key.m_data && RAND_priv_bytes(key.m_data, int(kBytes)) != 1)
        key.release();
    return key;
}

SecureKey SecureKey::fromBytes(std::span<const unsigned char> bytes)
{
    SecureKey key;
    if (bytes.size() != kBytes)
        return key;
    key.m_data = allocate();
    if (key.m_data)
        std::copy(bytes.begin(), bytes.end(), key.m_data);
    return key;
}

bool SecureKey::operator==(const SecureKey &other) const
{
    if (!isValid() || !other.isValid())
        return isValid() == other.isValid();
    return CRYPTO_memcmp(m_data, other.m_data, kBytes) == 0;
}

} // namespace sd::store
