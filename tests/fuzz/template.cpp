// Fuzz target: a form's template (templates/*.yaml) and its name checks.
#include "bind/document_template.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto path = kokuho::fuzz::write_scratch(
        "template.yaml", {reinterpret_cast<const char*>(data), size});
    kokuho::fuzz::expect_input_errors_only([&] { kokuho::bind::document_template::load(path); });
    return 0;
}
