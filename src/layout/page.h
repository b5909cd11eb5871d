#pragma once
// The page description: what layout produces and the renderers consume. Plain data,
// millimetres from the top-left corner of the page, font sizes in points.
#include <string>
#include <variant>
#include <vector>

namespace kokuho::layout {

// How a run's glyphs are set (縦書き uses the last two).
enum class orientation {
    horizontal,  // left to right: x is the left edge, baseline the baseline
    upright,     // top to bottom, each glyph upright in its vertical form, one em apart:
                 // x is the column's centre, baseline the top of the first glyph's em box
    rotated,     // top to bottom, glyphs turned 90° clockwise (Latin letters and digits in a
                 // column): x is the turned baseline, baseline the top where the run starts
    side_by_side,  // upright glyphs side by side in one em of a column (縦中横): x is the left
                   // edge, baseline the top of the em box; read as one piece of the column
};

struct text_run {
    double x = 0;         // left edge of the first glyph, mm
    double baseline = 0;  // baseline, mm from the top
    double size = 10;     // pt
    double char_spacing = 0;  // extra space after each character, mm (均等割付)
    std::string family;   // a family of fonts/fonts.yaml ("mincho", "gothic")
    std::u32string text;
    orientation set = orientation::horizontal;
};

// The colour lines and borders are drawn in (the 郵便番号枠 is vermilion); black by default.
struct stroke_color {
    double r = 0, g = 0, b = 0;  // 0 .. 1
    bool operator==(const stroke_color&) const = default;
};

struct line {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.2;  // mm
    bool dashed = false;  // 切り取り線
    stroke_color color;
};

struct box {
    double x = 0, y = 0, w = 0, h = 0;
    double line_width = 0.2;  // mm; 0 for no border
    double fill_gray = -1;    // 0 black .. 1 white; negative for no fill
    stroke_color color;       // of the border
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
