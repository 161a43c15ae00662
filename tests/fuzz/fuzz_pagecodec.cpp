// libFuzzer target for the page decoder (built with -DSELLERDESK_FUZZ=ON and clang).
#include "pagecodecfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return sd::store::fuzz::decodeOnePage(data, size);
}
