#include "store/pagecodec.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>

namespace sd::store::crypto {

// 15 characters and a NUL, like SQLite's own magic, so the header layout is unchanged.
const unsigned char kEncryptedMagic[kMagicBytes] = {'S', 'e', 'l', 'l', 'e', 'r', 'D', 'e',
                                                    's', 'k', '-', 'e', 'n', 'c', '1', 0};
const unsigned char kSqliteMagic[kMagicBytes] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                 'o', 'r', 'm', 'a', 't', ' ', '3', 0};

namespace {

constexpr unsigned char kAadLabel[4] = {'S', 'D', 'C', '1'};
constexpr char kKeyCheckLabel[] = "SellerDesk sdcrypt key check v1";
constexpr std::size_t kMaxAad = sizeof(kAadLabel) + 1 + 4 + 4 + 8 + 8 + kKeyCheckBytes + kPage1PlainBytes;

void putBe32(unsigned char *p, std::uint32_t v)
{
    p[0] = static_cast<unsigned char>(v >> 24);
    p[1] = static_cast<unsigned char>(v >> 16);
    p[2] = static_cast<unsigned char>(v >> 8);
    p[3] = static_cast<unsigned char>(v);
}

void putBe64(unsigned char *p, std::uint64_t v)
{
    putBe32(p, static_cast<std::uint32_t>(v >> 32));
    putBe32(p + 4, static_cast<std::uint32_t>(v));
}

bool isAllZero(const unsigned char *p, std::size_t n)
{
    unsigned char acc = 0;
    for (std::size_t i = 0; i < n; ++i)
        acc |= p[i];
    return acc == 0;
}

bool keepsPlainPrefix(const PageBinding &binding)
{
    return binding.kind == FileKind::MainDb && binding.pgno == 1;
}

} // namespace

MainHeader parseMainHeader(const unsigned char *bytes, std::size_t n)
{
    MainHeader header;
    if (n < kPage1PlainBytes)
        return header;
    header.sqlitePlain = std::memcmp(bytes, kSqliteMagic, kMagicBytes) == 0;
    header.ours = std::memcmp(bytes, kEncryptedMagic, kMagicBytes) == 0;
    const std::uint32_t raw = (std::uint32_t(bytes[16]) << 8) | bytes[17];
    header.pageSize = raw == 1 ? 65536u : raw;
    header.reserve = bytes[20];
    return header;
}

bool computeKeyCheck(const unsigned char *key, unsigned char *out)
{
    unsigned char mac[32];
    std::size_t macLen = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key, kKeyBytes,
                   reinterpret_cast<const unsigned char *>(kKeyCheckLabel), sizeof(kKeyCheckLabel) - 1, mac,
                   sizeof(mac), &macLen)
        || macLen != sizeof(mac)) {
        return false;
    }
    std::memcpy(out, mac, kKeyCheckBytes);
    OPENSSL_cleanse(mac, sizeof(mac));
    return true;
}

PageCipher::~PageCipher()
{
    // Freeing a context wipes OpenSSL's copy of the key schedule.
    EVP_CIPHER_CTX_free(m_seal);
    EVP_CIPHER_CTX_free(m_open);
}

bool PageCipher::init(const unsigned char *key)
{
    EVP_CIPHER_CTX_free(m_seal);
    EVP_CIPHER_CTX_free(m_open);
    m_seal = EVP_CIPHER_CTX_new();
    m_open = EVP_CIPHER_CTX_new();
    const bool ok = m_seal && m_open
        && EVP_EncryptInit_ex(m_seal, EVP_aes_256_gcm(), nullptr, key, nullptr) == 1
        && EVP_DecryptInit_ex(m_open, EVP_aes_256_gcm(), nullptr, key, nullptr) == 1
        && computeKeyCheck(key, m_keyCheck);
    if (!ok) {
        EVP_CIPHER_CTX_free(m_seal);
        EVP_CIPHER_CTX_free(m_open);
        m_seal = m_open = nullptr;
    }
    return ok;
}

std::size_t PageCipher::buildAad(const PageBinding &binding, const unsigned char *prefix, std::size_t prefixLen,
                                 std::uint32_t pageSize, unsigned char *aad) const
{
    std::size_t n = 0;
    std::memcpy(aad + n, kAadLabel, sizeof(kAadLabel));
    n += sizeof(kAadLabel);
    aad[n++] = static_cast<unsigned char>(binding.kind);
    putBe32(aad + n, binding.pgno);
    n += 4;
    putBe32(aad + n, pageSize);
    n += 4;
    putBe64(aad + n, binding.context0);
    n += 8;
    putBe64(aad + n, binding.context1);
    n += 8;
    std::memcpy(aad + n, m_keyCheck, kKeyCheckBytes);
    n += kKeyCheckBytes;
    if (prefixLen) {
        std::memcpy(aad + n, prefix, prefixLen);
        n += prefixLen;
    }
    return n;
}

bool PageCipher::nextNonce(unsigned char *out)
{
    if (m_noncesLeft == 0) {
        if (RAND_bytes(m_nonces, sizeof(m_nonces)) != 1)
            return false;
        m_noncesLeft = kNoncePool;
    }
    --m_noncesLeft;
    unsigned char *nonce = m_nonces + m_noncesLeft * kNonceBytes;
    std::memcpy(out, nonce, kNonceBytes);
    std::memset(nonce, 0, kNonceBytes); // never handed out twice
    return true;
}

bool PageCipher::seal(const PageBinding &binding, const unsigned char *plain, unsigned char *out,
                      std::size_t pageSize)
{
    if (!m_seal || !isValidPageSize(pageSize))
        return false;
    const std::size_t usable = pageSize - kReserveBytes;
    const std::size_t start = keepsPlainPrefix(binding) ? kPage1PlainBytes : 0;
    if (start) {
        std::memcpy(out, kEncryptedMagic, kMagicBytes);
        std::memcpy(out + kMagicBytes, plain + kMagicBytes, kPage1PlainBytes - kMagicBytes);
    }
    unsigned char *nonce = out + usable;
    unsigned char *tag = nonce + kNonceBytes;
    unsigned char *keyCheck = tag + kTagBytes;

    unsigned char aad[kMaxAad];
    const std::size_t aadLen = buildAad(binding, out, start, static_cast<std::uint32_t>(pageSize), aad);
    int len = 0;
    int finalLen = 0;
    const bool ok = nextNonce(nonce)
        && EVP_EncryptInit_ex(m_seal, nullptr, nullptr, nullptr, nonce) == 1
        && EVP_EncryptUpdate(m_seal, nullptr, &len, aad, static_cast<int>(aadLen)) == 1
        && EVP_EncryptUpdate(m_seal, out + start, &len, plain + start, static_cast<int>(usable - start)) == 1
        && EVP_EncryptFinal_ex(m_seal, out + start + len, &finalLen) == 1
        && EVP_CIPHER_CTX_ctrl(m_seal, EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes), tag) == 1;
    std::memcpy(keyCheck, m_keyCheck, kKeyCheckBytes);
    return ok;
}

DecodeStatus PageCipher::open(const PageBinding &binding, unsigned char *page, std::size_t pageSize)
{
    return open(binding, page, page, pageSize);
}

DecodeStatus PageCipher::open(const PageBinding &binding, const unsigned char *sealed, unsigned char *out,
                              std::size_t pageSize)
{
    if (!m_open || !isValidPageSize(pageSize))
        return DecodeStatus::Malformed;
    const std::size_t usable = pageSize - kReserveBytes;
    const unsigned char *reserve = sealed + usable;
    if (isAllZero(reserve, kReserveBytes)) {
        std::memset(out, 0, out == sealed ? usable : pageSize);
        return DecodeStatus::Malformed;
    }
    const std::size_t start = keepsPlainPrefix(binding) ? kPage1PlainBytes : 0;
    unsigned char nonce[kNonceBytes];
    unsigned char tag[kTagBytes];
    unsigned char storedCheck[kKeyCheckBytes];
    std::memcpy(nonce, reserve, kNonceBytes);
    std::memcpy(tag, reserve + kNonceBytes, kTagBytes);
    std::memcpy(storedCheck, reserve + kNonceBytes + kTagBytes, kKeyCheckBytes);
    unsigned char aad[kMaxAad];
    const std::size_t aadLen = buildAad(binding, sealed, start, static_cast<std::uint32_t>(pageSize), aad);
    // The stored key check value is authenticated through the AAD: rebuild it from the page, not from the key.
    std::memcpy(aad + aadLen - start - kKeyCheckBytes, storedCheck, kKeyCheckBytes);
    if (start && out != sealed)
        std::memcpy(out, sealed, start);
    int len = 0;
    int finalLen = 0;
    const bool ok = EVP_DecryptInit_ex(m_open, nullptr, nullptr, nullptr, nonce) == 1
        && EVP_DecryptUpdate(m_open, nullptr, &len, aad, static_cast<int>(aadLen)) == 1
        && EVP_DecryptUpdate(m_open, out + start, &len, sealed + start, static_cast<int>(usable - start)) == 1
        && EVP_CIPHER_CTX_ctrl(m_open, EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag) == 1
        && EVP_DecryptFinal_ex(m_open, out + start + len, &finalLen) > 0;
    if (!ok) {
        if (out == sealed)
            std::memset(out + start, 0, usable - start);
        else
            std::memset(out, 0, pageSize);
        // A wrong key gives an unrelated check value; damage to the check value itself touches one byte of it.
        int differing = 0;
        for (std::size_t i = 0; i < kKeyCheckBytes; ++i)
            differing += storedCheck[i] != m_keyCheck[i];
        return differing > 1 ? DecodeStatus::WrongKey : DecodeStatus::Unauthenticated;
    }
    std::memset(out + usable, 0, kReserveBytes);
    if (start)
        std::memcpy(out, kSqliteMagic, kMagicBytes);
    return DecodeStatus::Ok;
}

} // namespace sd::store::crypto
