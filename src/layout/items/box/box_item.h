#pragma once
// box: a rectangle (枠), stroked, filled in gray, or both.
#include "layout/items/item.h"

namespace kokuho::layout {

struct box_item {
    rect at;
    double width = 0.2;  // border, mm; 0 for none
    double fill = -1;    // gray, 0 black .. 1 white; negative for no fill
    stroke_color color;  // of the border
};

// Its registry entry: box: [x, y, w, h], width:, fill:, color:.
const item_type& box_type();

}  // namespace kokuho::layout
