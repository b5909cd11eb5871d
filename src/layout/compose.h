#pragma once
// Layout + bound values -> page descriptions, fitting every value into its box.
#include <string>
#include <vector>

#include "core/values.h"
#include "fonts/font_set.h"
#include "layout/form_layout.h"
#include "layout/page.h"

namespace kokuho::layout {

// A value that had to be shrunk or did not fit: goes to the exceptions report.
struct fit_note {
    std::string field;
    std::string original;
    std::string action;  // "shrunk 9pt->7.5pt" or "overflow at 6pt: not printed"
};

struct compose_options {
    bool debug_boxes = false;  // draw each field's box and name (for adjusting layouts)
};

// Appends the pages of one document to `out`; notes collect fitting exceptions.
void compose(const form_layout& form, const kokuho::values& values, const fonts::font_set& fonts,
             const compose_options& options, std::vector<page>& out,
             std::vector<fit_note>& notes);

// Places already-fitted lines of text in a box, with the style's alignment.
void place_text(const std::vector<std::u32string>& lines, double size, const text_style& style,
                double x, double y, double w, double h, const fonts::font_set& fonts,
                std::vector<item>& out);

}  // namespace kokuho::layout
