#pragma once
// field: a value the template binds (氏名, 生年月日), fitted into its box with the item's style.
#include <string>

#include "layout/items/item.h"

namespace kokuho::layout {

struct field_item {
    std::string field;  // the name of the bound value
    rect at;
    text_style style;
};

// Its registry entry: field: NAME, at: [x, y, w, h] and the style keys.
const item_type& field_type();

}  // namespace kokuho::layout
