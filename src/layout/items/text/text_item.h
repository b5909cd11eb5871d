#pragma once
// text: the layout's own words (見出し, 注意事項), fitted into their box with the item's style.
#include <string>

#include "layout/items/item.h"

namespace kokuho::layout {

struct text_item {
    std::string text;
    rect at;
    text_style style;
};

// Its registry entry: text: WORDS, at: [x, y, w, h] and the style keys.
const item_type& text_type();

}  // namespace kokuho::layout
