// Fuzz target: a form layout (layouts/*.yaml) with the shipped parts it may use.
#include "fuzz_input.h"
#include "layout/form_layout.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool parts_copied = [] {
        kokuho::fuzz::copy_from_source("layouts/parts", "layouts/parts");
        return true;
    }();
    (void)parts_copied;
    kokuho::fuzz::write_scratch("layouts/fuzz.yaml", {reinterpret_cast<const char*>(data), size});
    kokuho::fuzz::expect_input_errors_only([&] {
        auto form = kokuho::layout::load_layout(kokuho::fuzz::scratch_folder() + "/layouts", "fuzz");
        kokuho::layout::unbound_fields(form, [](std::string_view name) { return name.size() % 2 == 0; });
    });
    return 0;
}
