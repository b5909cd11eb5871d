// Fuzz target: the snapshot reader (CSV, UTF-8 and CP932, columns, rows, cross-row checks).
#include "fuzz_input.h"
#include "snapshot/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto path = kokuho::fuzz::write_scratch(
        "snapshot.csv", {reinterpret_cast<const char*>(data), size});
    kokuho::read_options strict;
    strict.reference_date = kokuho::date(2026, 7, 10);
    kokuho::fuzz::expect_input_errors_only([&] { kokuho::read_snapshot(path, strict); });
    kokuho::read_options lenient;
    lenient.encoding = kokuho::text_encoding::cp932;
    lenient.ignore_unknown_columns = true;
    lenient.skip_invalid_rows = true;
    kokuho::fuzz::expect_input_errors_only([&] { kokuho::read_snapshot(path, lenient); });
    return 0;
}
