#include "layout/vertical.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace kokuho::layout {

namespace {

constexpr double points_per_mm = 72.0 / 25.4;
// The IPA fonts' em box runs from 0.88 em above the baseline to 0.12 em below it.
constexpr double ascent = 0.88, baseline_offset = 0.38;

bool turns(char32_t c) {
    return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_VERTICAL_ORIENTATION) == U_VO_ROTATED;
}

bool ascii_digits(const std::u32string& text) {
    return std::all_of(text.begin(), text.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

// What a distributed column spreads: each upright glyph, and each other piece as one.
std::size_t units_of(const column_piece& piece) {
    return piece.set == orientation::upright ? piece.text.size() : 1;
}

// A turned run is as long as it is wide; the others take one em a unit.
double piece_length_mm(const column_piece& piece, const std::string& family, double size_pt,
                       const fonts::font_set& fonts) {
    if (piece.set == orientation::rotated) return fonts.width_mm(family, piece.text, size_pt);
    return size_pt / points_per_mm * double(units_of(piece));
}

// A run of upright characters is one text run; the others are one run each.
std::vector<column_piece> merged_runs(const std::u32string& text, int upright_digits) {
    std::vector<column_piece> runs;
    for (auto& piece : column_pieces(text, upright_digits)) {
        if (piece.set == orientation::upright && !runs.empty() && runs.back().set == orientation::upright)
            runs.back().text += piece.text;
        else
            runs.push_back(std::move(piece));
    }
    return runs;
}

void place_piece(const column_piece& piece, double centre, double top, double size, double spacing,
                 const std::string& family, const fonts::font_set& fonts, std::vector<item>& out) {
    double em = size / points_per_mm;
    if (piece.set == orientation::upright) {
        out.push_back(text_run{centre, top, size, spacing, family, piece.text, orientation::upright});
    } else if (piece.set == orientation::rotated) {
        out.push_back(text_run{centre - em * baseline_offset, top, size, 0, family, piece.text, orientation::rotated});
    } else {  // side by side, smaller when the digits are wider than one em
        double width = fonts.width_mm(family, piece.text, size);
        double fitted = width > em ? size * em / width : size;
        out.push_back(text_run{centre - std::min(width, em) / 2, top + (em - fitted / points_per_mm) / 2, fitted, 0,
                               family, piece.text, orientation::side_by_side});
    }
}

}  // namespace

std::vector<column_piece> column_pieces(const std::u32string& text, int upright_digits) {
    std::vector<column_piece> pieces;
    for (std::size_t i = 0; i < text.size();) {
        if (!turns(text[i])) {
            pieces.push_back({orientation::upright, text.substr(i, 1)});
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && turns(text[end])) ++end;
        std::u32string run = text.substr(i, end - i);
        bool side_by_side = ascii_digits(run) && run.size() <= std::size_t(std::max(0, upright_digits));
        pieces.push_back({side_by_side ? orientation::side_by_side : orientation::rotated, run});
        i = end;
    }
    return pieces;
}

double column_length_mm(const std::u32string& text, const text_style& style, double size_pt,
                        const fonts::font_set& fonts) {
    double length = 0;
    for (const auto& piece : column_pieces(text, style.upright_digits))
        length += piece_length_mm(piece, style.family, size_pt, fonts);
    return length;
}

void place_columns(const std::vector<std::u32string>& columns, double size, const text_style& style,
                   double x, double y, double w, double h, const fonts::font_set& fonts,
                   std::vector<item>& out) {
    double em = size / points_per_mm;
    double pitch = em * style.line_spacing;
    double block = em + pitch * double(columns.size() - 1);
    double first_centre = x + w - (w - block) / 2 - em / 2;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        double centre = first_centre - pitch * double(i);
        auto runs = merged_runs(columns[i], style.upright_digits);
        double length = 0;
        std::size_t units = 0;
        for (const auto& r : runs) {
            length += piece_length_mm(r, style.family, size, fonts);
            units += units_of(r);
        }
        double top = y, gap = 0;
        switch (style.horizontal) {
            case align::left: break;
            case align::center: top = y + (h - length) / 2; break;
            case align::right: top = y + h - length; break;
            case align::distribute:
                if (units > 1 && length < h) gap = (h - length) / double(units - 1);
                else top = y + (h - length) / 2;
                break;
        }
        for (const auto& r : runs) {
            place_piece(r, centre, top, size, gap, style.family, fonts, out);
            top += piece_length_mm(r, style.family, size, fonts) + gap * double(units_of(r));
        }
    }
}

}  // namespace kokuho::layout
