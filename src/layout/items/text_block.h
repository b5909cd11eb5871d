#pragma once
// What text and field items share: a value fitted into its box (fit.h), placed, and noted.
#include <string>

#include "layout/items/item.h"

namespace kokuho::layout {

// `name` names the item in a note (the field, or the static text itself). A field's value
// that shrinks is an exception; the layout's own text is reported only when it overflows.
void compose_text_block(const std::string& name, const std::string& value,
                        const text_style& style, const rect& at, bool note_shrinking,
                        compose_context& c);

// A text or field box must be wider than 0.
void check_text_box(const item_node& in);

}  // namespace kokuho::layout
