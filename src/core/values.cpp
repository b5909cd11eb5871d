#include "core/values.h"

namespace kokuho {

std::string value::text() const {
    if (const auto* day = as_date()) return day->iso();
    return std::get<std::string>(content_);
}

bool value::empty() const {
    const auto* text = std::get_if<std::string>(&content_);
    return text && text->empty();
}

}  // namespace kokuho
