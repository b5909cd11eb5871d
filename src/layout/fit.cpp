#include "layout/fit.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "core/error.h"
#include "layout/vertical.h"

namespace kokuho::layout {

namespace {

constexpr double points_per_mm = 72.0 / 25.4;
constexpr double shrink_step = 0.25;  // pt
// Baseline below the vertical centre of a line, as a fraction of the size: IPA fonts have an
// em box from 0.88 above to 0.12 below the baseline.
constexpr double baseline_offset = 0.38;

icu::BreakIterator& line_breaker() {
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(
            // Strict Japanese rules: no line starts with small kana, ー or closing marks.
            icu::BreakIterator::createLineInstance(icu::Locale::createFromName("ja@lb=strict"), status));
        if (U_FAILURE(status)) fail_internal(std::string("ICU line breaker: ") + u_errorName(status));
        return b;
    }();
    return *breaker;
}

// Break opportunities as offsets into the UTF-32 text.
std::vector<std::size_t> break_offsets(const std::u32string& text) {
    auto u16 = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                             int32_t(text.size()));
    auto& breaker = line_breaker();
    breaker.setText(u16);
    std::vector<std::size_t> out;
    int32_t previous = 0;
    std::size_t characters = 0;
    for (int32_t p = breaker.next(); p != icu::BreakIterator::DONE; p = breaker.next()) {
        characters += std::size_t(u16.countChar32(previous, p - previous));
        previous = p;
        out.push_back(characters);
    }
    return out;
}

double height_mm(std::size_t lines, double size_pt, double spacing) {
    if (lines == 0) return 0;
    return (size_pt + double(lines - 1) * size_pt * spacing) / points_per_mm;
}

// A line's length along its direction (a column's, in vertical text), mm.
double line_length(const std::u32string& text, const text_style& style, double size_pt,
                   const fonts::font_set& fonts) {
    return style.vertical ? column_length_mm(text, style, size_pt, fonts)
                          : fonts.width_mm(style.family, text, size_pt);
}

// `along` is the room for each line, `across` for the lines side by side.
bool fits(const std::vector<std::u32string>& lines, const text_style& style, double size,
          double along, double across, const fonts::font_set& fonts) {
    if (height_mm(lines.size(), size, style.line_spacing) > across + 1e-6) return false;
    for (const auto& l : lines)
        if (line_length(l, style, size, fonts) > along + 1e-6) return false;
    return true;
}

}  // namespace

std::vector<std::u32string> break_lines(const std::u32string& text, const text_style& style,
                                        double size_pt, double length_mm,
                                        const fonts::font_set& fonts) {
    std::vector<std::u32string> lines;
    std::u32string current;
    std::size_t start = 0;
    for (std::size_t end : break_offsets(text)) {
        std::u32string segment = text.substr(start, end - start);
        start = end;
        if (!current.empty() && line_length(current + segment, style, size_pt, fonts) > length_mm) {
            lines.push_back(current);
            current.clear();
        }
        current += segment;
    }
    if (!current.empty()) lines.push_back(current);
    return lines;
}

// The sizes tried, largest first: 0.25 pt steps from the style's size, then min_size itself.
static std::vector<double> sizes_of(const text_style& style) {
    double min_size = style.min_size > 0 ? std::min(style.min_size, style.size) : style.size;
    std::vector<double> sizes;
    for (double size = style.size; size > min_size + 1e-9; size -= shrink_step) sizes.push_back(size);
    sizes.push_back(min_size);
    return sizes;
}

fitted_text fit_text(const std::u32string& text, const text_style& style, double box_w,
                     double box_h, const fonts::font_set& fonts) {
    double along = style.vertical ? box_h : box_w, across = style.vertical ? box_w : box_h;
    auto sizes = sizes_of(style);
    // On one line: lengths grow with the size, so the text is measured once, at 1 pt.
    double length_per_pt = line_length(text, style, 1, fonts);
    for (double size : sizes)
        if (height_mm(1, size, style.line_spacing) <= across + 1e-6 && length_per_pt * size <= along + 1e-6)
            return {{text}, size, size < style.size, false};
    if (style.wrap) {
        for (double size : sizes) {
            auto lines = break_lines(text, style, size, along, fonts);
            if (fits(lines, style, size, along, across, fonts)) return {lines, size, size < style.size, false};
        }
    }
    double smallest = sizes.back();
    std::vector<std::u32string> lines{text};
    if (style.wrap) lines = break_lines(text, style, smallest, along, fonts);
    return {lines, smallest, smallest < style.size, true};
}

void place_text(const std::vector<std::u32string>& lines, double size, const text_style& style,
                double x, double y, double w, double h, const fonts::font_set& fonts,
                std::vector<item>& out) {
    if (style.vertical) return place_columns(lines, size, style, x, y, w, h, fonts, out);
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

}  // namespace kokuho::layout
