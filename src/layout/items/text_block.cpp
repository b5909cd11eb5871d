#include "layout/items/text_block.h"

#include <cstdio>

#include "core/utf.h"
#include "core/yaml.h"
#include "layout/fit.h"

namespace kokuho::layout {

namespace {

std::string format_pt(double size) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%gpt", size);
    return buf;
}

void note_fit(const std::string& name, const std::string& value, const text_style& style,
              const fitted_text& fitted, bool note_shrinking, std::vector<fit_note>& notes) {
    if (fitted.overflow)
        notes.push_back({name, value, "overflow at " + format_pt(fitted.size) + ": not printed"});
    else if (fitted.shrunk && note_shrinking)
        notes.push_back({name, value, "shrunk " + format_pt(style.size) + "->" + format_pt(fitted.size)});
}

}  // namespace

void compose_text_block(const std::string& name, const std::string& value,
                        const text_style& style, const rect& at, bool note_shrinking,
                        compose_context& c) {
    if (value.empty()) return;
    auto text = to_utf32(value);
    auto fitted = fit_text(text, style, at.w, at.h, c.fonts);
    note_fit(name, value, style, fitted, note_shrinking, c.notes);
    // forms.md: never clipped or overprinted. The box stays empty and the exceptions report
    // names the document, for a clerk to handle.
    if (fitted.overflow) return;
    place_text(fitted.lines, fitted.size, style, at.x, at.y, at.w, at.h, c.fonts, c.out);
}

void check_text_box(const item_node& in) {
    if (in.at.w <= 0) yaml::fail(in.file, in.node, "at: width must be positive");
}

}  // namespace kokuho::layout
