#pragma once
// What every item type is handed: its YAML node to load; the values, fonts and page to compose.
#include <cstddef>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "core/values.h"
#include "fonts/font_set.h"
#include "layout/compose_options.h"
#include "layout/page.h"
#include "layout/text_style.h"

namespace kokuho::layout {

struct item_type;  // layout/items/registry.h

// An area of the page, mm from its top-left corner.
struct rect {
    double x = 0, y = 0, w = 0, h = 0;
};

// One item of a layout or part file, as its type's load sees it.
struct item_node {
    const std::string& file;  // the file the item is in, for errors
    const YAML::Node& node;
    double dx = 0, dy = 0;    // the offset of the parts that place it
    rect at;                  // at: [x, y, w, h] plus the offset (types placed by at)
    text_style style;         // style: and the item's own style keys (styled types)
};

// What a type's compose adds to: one page of one document.
struct compose_context {
    const kokuho::values& values;
    const fonts::font_set& fonts;
    const compose_options& options;
    const std::string& file;  // the layout file, for errors
    std::vector<item>& out;
    std::vector<fit_note>& notes;
};

// The list of `count` numbers under `key`.
std::vector<double> numbers(const std::string& file, const YAML::Node& parent, const char* key,
                            std::size_t count);

// The text under `key`, which must not be empty: a field's name, a file's path.
std::string name_of(const item_node& in, const char* key);

// color: "#RRGGBB" of a line or border, black when absent.
stroke_color color_of(const std::string& file, const YAML::Node& parent);

// [x, y, w, h] under `key`, moved by (dx, dy).
rect rect_of(const std::string& file, const YAML::Node& parent, const char* key, double dx,
             double dy);

}  // namespace kokuho::layout
