#pragma once
// The spec of one layout item: the struct of its type (src/layout/items/<type>/).
#include <variant>

#include "layout/items/barcode/barcode_item.h"
#include "layout/items/box/box_item.h"
#include "layout/items/field/field_item.h"
#include "layout/items/image/image_item.h"
#include "layout/items/line/line_item.h"
#include "layout/items/text/text_item.h"

namespace kokuho::layout {

// In the order of the registry's table (layout/items/registry.cpp).
using item_spec = std::variant<text_item, field_item, line_item, box_item, image_item, barcode_item>;

}  // namespace kokuho::layout
