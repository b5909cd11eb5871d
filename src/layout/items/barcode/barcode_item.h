#pragma once
// barcode: Japan Post's customer barcode (カスタマバーコード) of a bound field whose value is the
// 67 bars as digits (1 long, 2 upper semi-long, 3 lower semi-long, 4 timing: mail.barcode),
// drawn as filled rectangles at the manual's dimensions for a point size of 8 to 11.5 (at 10
// pt: long bar 3.6 mm, timing bar 1.2 mm, width 0.6 mm, pitch 1.2 mm). An empty value draws
// nothing (an address without a barcode).
#include <string>

#include "layout/items/item.h"

namespace kokuho::layout {

struct barcode_item {
    std::string field;
    double x = 0, y = 0;  // the top left corner of the first bar, mm
    double points = 10;   // the manual's a: 8 to 11.5
};

// Its registry entry: barcode: FIELD, at: [x, y], size: 8 to 11.5 (default 10).
const item_type& barcode_type();

}  // namespace kokuho::layout
