#pragma once
// How a text or field item is set: font family, size, shrinking, wrapping and alignment.
#include <string>

namespace kokuho::layout {

enum class align { left, center, right, distribute };  // distribute = 均等割付

struct text_style {
    std::string family = "mincho";
    double size = 9;        // pt
    double min_size = 0;    // pt; shrink-to-fit stops here (0: same as size, no shrinking)
    double line_spacing = 1.2;
    align horizontal = align::left;
    bool wrap = false;
    bool vertical = false;   // direction: vertical (縦書き): columns top to bottom, right to left
    int upright_digits = 0;  // in a column, runs of at most this many digits stand upright
                             // side by side (縦中横); longer ones turn with the Latin letters
};

}  // namespace kokuho::layout
