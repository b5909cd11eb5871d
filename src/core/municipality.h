#pragma once
// 全国地方公共団体コード: six digits, the last a check digit over the first five (weights 6 to
// 2, modulus 11), as the snapshot's prior_municipality and the config's table of
// municipalities give it.
#include <optional>
#include <string>
#include <string_view>

namespace kokuho {

// Why `code` is not a municipality code, or nothing when it is one.
std::optional<std::string> municipality_code_problem(std::string_view code);

// A code and a name, as the snapshot writes them: "011002 札幌市" (a half- or full-width
// space between). Nothing when the text is not of that shape; the check digit is not checked.
struct municipality_ref {
    std::string code;
    std::string name;
};
std::optional<municipality_ref> split_municipality(std::string_view text);

}  // namespace kokuho
