#include "core/csv_text.h"

namespace kokuho {

namespace {

bool runs_as_formula(std::string_view value) {
    return !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
}

}  // namespace

std::string csv_field(std::string_view value) {
    std::string text = runs_as_formula(value) ? "'" + std::string(value) : std::string(value);
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace kokuho
