#pragma once
// What compose is asked for (options) and what it reports besides pages (fit notes).
#include <string>

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

}  // namespace kokuho::layout
