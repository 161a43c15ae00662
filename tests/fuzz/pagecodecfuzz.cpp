#include "pagecodecfuzz.h"

#include "store/pagecodec.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace sd::store::fuzz {

using namespace sd::store::crypto;

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "page codec promise broken: %s\n", what);
    std::abort();
}

PageCipher &testCipher()
{
    static PageCipher cipher;
    static const bool ready = [] {
        unsigned char key[kKeyBytes];
        for (std::size_t i = 0; i < kKeyBytes; ++i)
            key[i] = static_cast<unsigned char>(i);
        return cipher.init(key);
    }();
    if (!ready)
        broken("cannot key the test cipher");
    return cipher;
}

std::uint32_t be32(const std::uint8_t *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

bool zero(const unsigned char *p, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        if (p[i])
            return false;
    }
    return true;
}

} // namespace

int decodeOnePage(const std::uint8_t *data, std::size_t size)
{
    constexpr std::size_t kHead = 13;
    if (size < kHead)
        return 0;
    PageBinding binding;
    binding.kind = static_cast<FileKind>(1 + data[0] % 3);
    binding.pgno = be32(data + 1);
    binding.context1 = (std::uint64_t(be32(data + 5)) << 32) | be32(data + 9);
    const std::uint8_t *image = data + kHead;
    const std::size_t n = size - kHead;
    const std::size_t start = (binding.kind == FileKind::MainDb && binding.pgno == 1) ? kPage1PlainBytes : 0;

    const MainHeader header = parseMainHeader(image, n);
    if (n < kPage1PlainBytes && (header.ours || header.sqlitePlain || header.pageSize))
        broken("header parsed from too few bytes");

    PageCipher &cipher = testCipher();
    std::vector<unsigned char> page(image, image + n);
    const DecodeStatus status = cipher.open(binding, page.data(), n);
    if (!isValidPageSize(n)) {
        if (status != DecodeStatus::Malformed)
            broken("a page of invalid size was not Malformed");
        return 0;
    }
    const std::size_t usable = n - kReserveBytes;
    if (status != DecodeStatus::Ok && !zero(page.data() + start, usable - start))
        broken("unauthenticated plaintext left in the buffer");

    // Seal the input as plaintext, open it again, and try it under a neighbouring binding.
    std::vector<unsigned char> sealed(n);
    if (!cipher.seal(binding, image, sealed.data(), n))
        broken("seal failed");
    std::vector<unsigned char> other(sealed);
    if (cipher.open(binding, sealed.data(), n) != DecodeStatus::Ok)
        broken("round trip failed");
    if (std::memcmp(sealed.data() + start, image + start, usable - start) != 0 || !zero(sealed.data() + usable, kReserveBytes))
        broken("round trip changed the page");
    if (start && std::memcmp(sealed.data(), kSqliteMagic, kMagicBytes) != 0)
        broken("page 1 magic not restored");
    PageBinding moved = binding;
    moved.pgno += 1;
    if (cipher.open(moved, other.data(), n) != DecodeStatus::Unauthenticated)
        broken("a page opened under another page number");
    return 0;
}

} // namespace sd::store::fuzz
