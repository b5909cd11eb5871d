#pragma once
// image: a PNG (the insurer's seal, 公印) from a bound field or from a file next to the layout.
#include <string>

#include "layout/items/item.h"

namespace kokuho::layout {

struct image_item {
    std::string field;  // image: the field whose value is the PNG's path ("" for a file)
    std::string path;   // file: the PNG, resolved against the layout file's folder
    rect at;
};

// Its registry entry: image: FIELD or file: PATH, at: [x, y, w, h].
const item_type& image_type();

}  // namespace kokuho::layout
