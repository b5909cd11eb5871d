#pragma once
// A layout (layouts/*.yaml): the geometry of a form, page by page, in millimetres.
#include <string>
#include <vector>

namespace kokuho::layout {

enum class align { left, center, right, distribute };  // distribute = 均等割付

struct text_style {
    std::string family = "mincho";
    double size = 9;        // pt
    double min_size = 0;    // pt; shrink-to-fit stops here (0: same as size, no shrinking)
    double line_spacing = 1.2;
    align horizontal = align::left;
    bool wrap = false;
};

struct layout_item {
    enum class kind { text, field, line, box, image };
    kind what = kind::text;
    double x = 0, y = 0, w = 0, h = 0;  // line: from (x, y) to (x + w, y + h)
    std::string value;      // text: the literal; field: the field name; image: field or path
    bool image_is_field = false;
    text_style style;
    std::string when;       // drawn only when this field is non-empty
    double line_width = 0.2;
    double fill_gray = -1;
    bool dashed = false;
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

}  // namespace kokuho::layout
