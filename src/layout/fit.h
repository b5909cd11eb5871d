#pragma once
// Fitting a value into its box (forms.md) and placing the fitted lines.
#include <string>
#include <vector>

#include "fonts/font_set.h"
#include "layout/page.h"
#include "layout/text_style.h"

namespace kokuho::layout {

struct fitted_text {
    std::vector<std::u32string> lines;
    double size = 0;        // pt
    bool shrunk = false;
    bool overflow = false;  // does not fit even at the minimum size
};

// On one line (one column, in vertical text), shrinking down to the minimum size; then, when
// the style allows it, wrapped at the largest size that fits (line breaks by ICU's strict
// Japanese rules); else overflow at the minimum size.
fitted_text fit_text(const std::u32string& text, const text_style& style, double box_w,
                     double box_h, const fonts::font_set& fonts);

// Line break opportunities (UAX #14 with Japanese tailoring) greedily filled to length_mm: the
// width of a line, or the length of a column in vertical text.
std::vector<std::u32string> break_lines(const std::u32string& text, const text_style& style,
                                        double size_pt, double length_mm,
                                        const fonts::font_set& fonts);

// Places already-fitted lines of text in a box, with the style's alignment; the columns of
// vertical text as place_columns (vertical.h) does.
void place_text(const std::vector<std::u32string>& lines, double size, const text_style& style,
                double x, double y, double w, double h, const fonts::font_set& fonts,
                std::vector<item>& out);

}  // namespace kokuho::layout
