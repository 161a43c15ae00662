// A 256-bit key in OpenSSL's secure heap: never swapped out where the platform allows it, wiped when freed,
// never copied implicitly.
#pragma once

#include <cstddef>
#include <span>

namespace sd::store {

class SecureKey
{
public:
    static constexpr std::size_t kBytes = 32;

    SecureKey() = default;
    ~SecureKey();
    SecureKey(SecureKey &&other) noexcept;
    SecureKey &operator=(SecureKey &&other) noexcept;
    SecureKey(const SecureKey &) = delete;
    SecureKey &operator=(const SecureKey &) = delete;

    // 32 bytes from OpenSSL's CSPRNG; an invalid key if the generator fails.
    [[nodiscard]] static SecureKey random();
    [[nodiscard]] static SecureKey fromBytes(std::span<const unsigned char> bytes); // invalid unless 32 bytes

    [[nodiscard]] bool isValid() const { return m_data != nullptr; }
    [[nodiscard]] std::span<const unsigned char, kBytes> bytes() const
    {
        return std::span<const unsigned char, kBytes>(m_data, kBytes);
    }
    [[nodiscard]] bool operator==(const SecureKey &other) const;

private:
    static unsigned char *allocate();
    void release();

    unsigned char *m_data = nullptr;
};

} // namespace sd::store
