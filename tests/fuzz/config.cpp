// Fuzz target: a config folder's YAML files. The input is split at lines "#=== " into
// insurer.yaml, rules.yaml, output.yaml and history.yaml, in that order; a file the input
// does not reach keeps the sample config's text. The seal and the 縮退 table are the sample's.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "fuzz_input.h"

namespace {

constexpr std::array<const char*, 4> files{"insurer.yaml", "rules.yaml", "output.yaml", "history.yaml"};
constexpr std::string_view separator = "#=== ";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool sample_copied = [] {
        kokuho::fuzz::copy_from_source("samples/config", "config");
        return true;
    }();
    (void)sample_copied;
    std::string_view input{reinterpret_cast<const char*>(data), size};
    std::vector<std::string_view> parts;
    for (;;) {
        auto at = input.find(separator);
        parts.push_back(input.substr(0, at));
        if (at == std::string_view::npos) break;
        auto line_end = input.find('\n', at);
        input = line_end == std::string_view::npos ? std::string_view{} : input.substr(line_end + 1);
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::string file = files[i];
        if (i < parts.size())
            kokuho::fuzz::write_scratch("config/" + file, parts[i]);
        else
            kokuho::fuzz::copy_from_source("samples/config/" + file, "config/" + file);
    }
    kokuho::fuzz::expect_input_errors_only(
        [&] { kokuho::load_config(kokuho::fuzz::scratch_folder() + "/config"); });
    return 0;
}
