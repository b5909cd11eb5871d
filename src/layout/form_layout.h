#pragma once
// A layout (layouts/*.yaml): the geometry of a form, page by page, in millimetres.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/items/item_spec.h"
#include "layout/text_style.h"

namespace kokuho::layout {

// One item of a page: the spec of its type (layout/items/registry.h).
struct layout_item {
    std::string when;  // drawn only when this field is non-empty
    item_spec spec;
};

struct layout_page {
    double width = 210, height = 297;
    std::vector<layout_item> items;
};

struct form_layout {
    std::string name;
    std::string file;
    std::vector<layout_page> pages;
};

// Loads layouts/<name>.yaml from the layouts folder, with its parts (layouts/parts/).
form_layout load_layout(const std::string& layouts_dir, const std::string& name);

// The fields that composing could find unbound, for a template binding the names is_bound
// accepts: each field read by an item that can be drawn (no when:, or a bound when: field).
std::vector<std::string> unbound_fields(const form_layout& form,
                                        const std::function<bool(std::string_view)>& is_bound);

}  // namespace kokuho::layout
