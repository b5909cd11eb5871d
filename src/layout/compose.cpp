#include "layout/compose.h"

#include <cstdio>

#include "core/error.h"
#include "core/utf.h"
#include "layout/fit.h"

namespace kokuho::layout {

namespace {

constexpr double points_per_mm = 72.0 / 25.4;
// Baseline below the vertical centre of a line, as a fraction of the size: IPA fonts have an
// em box from 0.88 above to 0.12 below the baseline.
constexpr double baseline_offset = 0.38;

std::string format_pt(double size) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%gpt", size);
    return buf;
}

// Shrinking and overflow of a value are exceptions; wrapping a field that allows it is not.
// Static text is the layout's own: only its overflow is reported.
void note_fit(const std::string& field, const std::string& value, const text_style& style,
              const fitted_text& fitted, bool is_field, std::vector<fit_note>& notes) {
    if (fitted.overflow)
        notes.push_back({field, value, "overflow at " + format_pt(fitted.size) + ": not printed"});
    else if (fitted.shrunk && is_field)
        notes.push_back({field, value, "shrunk " + format_pt(style.size) + "->" + format_pt(fitted.size)});
}

void add_text(const layout_item& it, const std::string& value, const fonts::font_set& fonts,
              std::vector<layout::item>& out, std::vector<fit_note>& notes) {
    if (value.empty()) return;
    auto text = to_utf32(value);
    auto fitted = fit_text(text, it.style, it.w, it.h, fonts);
    note_fit(it.value, value, it.style, fitted, it.what == layout_item::kind::field, notes);
    // forms.md: never clipped or overprinted. The box stays empty and the exceptions report
    // names the document, for a clerk to handle.
    if (fitted.overflow) return;
    place_text(fitted.lines, fitted.size, it.style, it.x, it.y, it.w, it.h, fonts, out);
}

void add_debug_box(const layout_item& it, std::vector<layout::item>& out) {
    out.push_back(box{it.x, it.y, it.w, it.h, 0.1, -1});
    out.push_back(text_run{it.x + 0.3, it.y + 1.4, 3.5, 0, "gothic", to_utf32(it.value)});
}

}  // namespace

void place_text(const std::vector<std::u32string>& lines, double size, const text_style& style,
                double x, double y, double w, double h, const fonts::font_set& fonts,
                std::vector<layout::item>& out) {
    double size_mm = size / points_per_mm;
    double step = size_mm * style.line_spacing;
    double block = size_mm + step * double(lines.size() - 1);
    double first_center = y + (h - block) / 2 + size_mm / 2;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& line = lines[i];
        double width = fonts.width_mm(style.family, line, size);
        text_run run{x, first_center + step * double(i) + size_mm * baseline_offset, size, 0,
                     style.family, line};
        switch (style.horizontal) {
            case align::left: break;
            case align::center: run.x = x + (w - width) / 2; break;
            case align::right: run.x = x + w - width; break;
            case align::distribute:
                if (line.size() > 1 && width < w) run.char_spacing = (w - width) / double(line.size() - 1);
                else run.x = x + (w - width) / 2;
                break;
        }
        out.push_back(std::move(run));
    }
}

void compose(const form_layout& form, const kokuho::values& values, const fonts::font_set& fonts,
             const compose_options& options, std::vector<page>& out,
             std::vector<fit_note>& notes) {
    for (const auto& source_page : form.pages) {
        page p{source_page.width, source_page.height, {}};
        for (const auto& it : source_page.items) {
            if (!it.when.empty()) {
                const value* flag = values.find(it.when);
                if (!flag || flag->empty()) continue;
            }
            switch (it.what) {
                case layout_item::kind::text: add_text(it, it.value, fonts, p.items, notes); break;
                case layout_item::kind::field: {
                    const value* bound = values.find(it.value);
                    if (!bound) fail_input({form.file}, "field \"" + it.value + "\" is not bound by the template");
                    add_text(it, bound->text(), fonts, p.items, notes);
                    if (options.debug_boxes) add_debug_box(it, p.items);
                    break;
                }
                case layout_item::kind::line:
                    p.items.push_back(line{it.x, it.y, it.x + it.w, it.y + it.h, it.line_width, it.dashed});
                    break;
                case layout_item::kind::box:
                    p.items.push_back(box{it.x, it.y, it.w, it.h, it.line_width, it.fill_gray});
                    break;
                case layout_item::kind::image: {
                    std::string path = it.value;
                    if (it.image_is_field) {
                        const value* bound = values.find(it.value);
                        if (!bound) fail_input({form.file}, "image field \"" + it.value + "\" is not bound by the template");
                        path = bound->text();
                    }
                    if (!path.empty()) p.items.push_back(image{it.x, it.y, it.w, it.h, path});
                    break;
                }
            }
        }
        out.push_back(std::move(p));
    }
}

}  // namespace kokuho::layout
