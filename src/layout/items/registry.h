#pragma once
// The item types of layouts, each with what it can do; load_layout and compose consult only this.
#include <string>
#include <string_view>
#include <vector>

#include "layout/items/item.h"
#include "layout/items/item_spec.h"

namespace kokuho::layout {

// One item type: the keys that name it in a layout file and its functions.
struct item_type {
    std::string_view name;                   // "image"
    std::vector<std::string_view> keys;      // the keys naming it, one per item: image, file
    std::vector<std::string_view> own_keys;  // its further keys: width, dashed
    bool placed_by_at = false;               // at: [x, y, w, h] is read before load
    bool styled = false;                     // style: and the style keys are read before load
    // Validates the item and makes its spec (errors at file:line:column).
    item_spec (*load)(const item_node& in);
    // Adds the item's primitives (page.h) to the page, and its fit notes.
    void (*compose)(const item_spec& spec, compose_context& c);
    // Appends the fields the item prints; nullptr for a type that prints none.
    void (*fields_read)(const item_spec& spec, std::vector<std::string>& out);
};

// The keys of a style, on a styled item or in a named style (styles:).
inline const std::vector<std::string_view> style_keys = {
    "style", "font", "size", "min_size", "line_spacing", "align", "wrap", "direction", "upright_digits"};

// Every type, in the order of item_spec's alternatives.
const std::vector<const item_type*>& item_types();

// The type of a spec.
const item_type& item_type_of(const item_spec& spec);

// The type named by one of the item's keys; nullptr when no key names a type.
const item_type* item_type_of(const YAML::Node& item);

// Every key an item of the type may have: its naming keys, at, the style keys, its own keys
// and the common when.
std::vector<std::string_view> item_keys(const item_type& type);

// The keys that name the types: text, field, line, box, image, file, barcode.
std::vector<std::string_view> type_keys();

}  // namespace kokuho::layout
