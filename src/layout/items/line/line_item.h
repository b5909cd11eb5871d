#pragma once
// line: a rule (罫線) from one point to another, solid or dashed (切り取り線).
#include "layout/items/item.h"

namespace kokuho::layout {

struct line_item {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;  // mm
    double width = 0.2;                     // mm
    bool dashed = false;
    stroke_color color;
};

// Its registry entry: line: [x1, y1, x2, y2], width:, dashed:, color:.
const item_type& line_type();

}  // namespace kokuho::layout
