#pragma once
// The page description: what layout produces and the renderers consume. Plain data,
// millimetres from the top-left corner of the page, font sizes in points.
#include <string>
#include <variant>
#include <vector>

namespace kokuho::layout {

struct text_run {
    double x = 0;         // left edge of the first glyph, mm
    double baseline = 0;  // baseline, mm from the top
    double size = 10;     // pt
    double char_spacing = 0;  // extra space after each character, mm (均等割付)
    std::string family;   // a family of fonts/fonts.yaml ("mincho", "gothic")
    std::u32string text;
};

struct line {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.2;  // mm
    bool dashed = false;  // 切り取り線
};

struct box {
    double x = 0, y = 0, w = 0, h = 0;
    double line_width = 0.2;  // mm; 0 for no border
    double fill_gray = -1;    // 0 black .. 1 white; negative for no fill
};

struct image {
    double x = 0, y = 0, w = 0, h = 0;
    std::string path;  // PNG file
};

using item = std::variant<text_run, line, box, image>;

struct page {
    double width = 210, height = 297;  // mm
    std::vector<item> items;
};

}  // namespace kokuho::layout
