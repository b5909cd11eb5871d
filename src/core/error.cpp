#include "core/error.h"

namespace kokuho {

int error::exit_status() const {
    switch (kind_) {
        case error_kind::input: return 2;
        case error_kind::busy: return 75;
        case error_kind::internal: return 1;
    }
    return 1;
}

std::string diagnostic::format() const {
    std::string out = where.file;
    if (where.line > 0) out += ":" + std::to_string(where.line);
    if (where.column > 0) out += ":" + std::to_string(where.column);
    if (!out.empty()) out += ": ";
    // One problem, one line: line breaks inside a quoted cell are shown escaped.
    for (char c : message) out += c == '\n' ? std::string("\\n") : c == '\r' ? std::string("\\r") : std::string(1, c);
    return out;
}

static std::string summary(const std::vector<diagnostic>& diagnostics) {
    if (diagnostics.empty()) return "error";
    std::string text = diagnostics.front().format();
    if (diagnostics.size() > 1)
        text += " (and " + std::to_string(diagnostics.size() - 1) + " more)";
    return text;
}

error::error(error_kind kind, std::vector<diagnostic> diagnostics)
    : std::runtime_error(summary(diagnostics)), kind_(kind),
      diagnostics_(std::move(diagnostics)) {}

error::error(error_kind kind, source_location where, std::string message)
    : error(kind, std::vector<diagnostic>{{std::move(where), std::move(message)}}) {}

void fail_input(source_location where, std::string message) {
    throw error(error_kind::input, std::move(where), std::move(message));
}

void fail_internal(std::string message) {
    throw error(error_kind::internal, {}, std::move(message));
}

}  // namespace kokuho
