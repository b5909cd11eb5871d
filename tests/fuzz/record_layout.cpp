// Fuzz target: a vendor file's record layout (layouts/records/*.yaml).
#include "fuzz_input.h"
#include "render/fixed/record_layout.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kokuho::fuzz::expect_input_errors_only([&] {
        kokuho::fixed::parse_record_layout({reinterpret_cast<const char*>(data), size}, "fuzz.yaml");
    });
    return 0;
}
