#include "core/municipality.h"

#include <algorithm>

namespace kokuho {

std::optional<std::string> municipality_code_problem(std::string_view code) {
    if (code.size() != 6 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return "a municipality code has 6 digits";
    int sum = 0;
    for (std::size_t i = 0; i < 5; ++i) sum += (code[i] - '0') * int(6 - i);
    char check = char('0' + (11 - sum % 11) % 10);
    if (code[5] != check) return std::string("municipality code: the check digit should be ") + check;
    return std::nullopt;
}

std::optional<municipality_ref> split_municipality(std::string_view text) {
    if (text.size() < 8) return std::nullopt;
    auto code = text.substr(0, 6);
    if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
    auto rest = text.substr(6);
    std::size_t space = rest.starts_with(" ") ? 1 : rest.starts_with("\u3000") ? 3 : 0;
    if (space == 0 || rest.size() == space) return std::nullopt;
    return municipality_ref{std::string(code), std::string(rest.substr(space))};
}

}  // namespace kokuho
