#include "render/pdf/text_plan.h"

#include <algorithm>
#include <variant>

#include "core/error.h"

namespace kokuho::pdf {

namespace {

constexpr double mm_per_point = 25.4 / 72.0;

// One CMap code range per high byte; libharu's CMap writer breaks at 100 ranges, so a
// font file can print at most 99 rows of characters in one document.
constexpr std::size_t max_characters = codes_per_row * 99;

}  // namespace

std::uint16_t code_for_index(std::size_t index) {
    std::size_t high = index / codes_per_row + 1, low = index % codes_per_row + 1;
    return static_cast<std::uint16_t>(high << 8 | low);
}

int file_for(const fonts::font_set& fonts, const std::string& family, char32_t c) {
    fonts::glyph_ref ref = fonts.resolve(family, c);
    return ref.font >= 0 ? ref.font : fonts.chain(family).front();
}

font_usage::font_usage(const fonts::font_set& fonts)
    : fonts_(fonts), characters_(fonts.files().size() * 2), codes_(fonts.files().size() * 2) {}

void font_usage::add(const layout::page& page) {
    for (const auto& item : page.items)
        if (const auto* run = std::get_if<layout::text_run>(&item))
            for (char32_t c : run->text)
                codes_[slot_of(file_for(fonts_, run->family, c), in_vertical_font(*run))].emplace(c, 0);
}

void font_usage::finish() {
    for (std::size_t slot = 0; slot < codes_.size(); ++slot) {
        auto& list = characters_[slot];
        for (const auto& entry : codes_[slot]) list.push_back(entry.first);
        if (list.size() > max_characters)
            fail_internal("a PDF can print at most " + std::to_string(max_characters) +
                          " distinct characters per font file");
        std::sort(list.begin(), list.end());
        for (std::size_t i = 0; i < list.size(); ++i) codes_[slot][list[i]] = code_for_index(i);
    }
}

std::vector<int> font_usage::used_slots() const {
    std::vector<int> used;
    for (std::size_t slot = 0; slot < characters_.size(); ++slot)
        if (!characters_[slot].empty()) used.push_back(static_cast<int>(slot));
    return used;
}

const std::vector<char32_t>& font_usage::characters(int slot) const {
    return characters_.at(slot);
}

std::uint16_t font_usage::code(int slot, char32_t c) const {
    auto found = codes_.at(slot).find(c);
    if (found == codes_[slot].end()) fail_internal("character was not collected for the PDF");
    return found->second;
}

std::vector<sub_run> split_run(const layout::text_run& run, const fonts::font_set& fonts,
                               const font_usage& usage) {
    std::vector<sub_run> parts;
    bool upright = run.set == layout::orientation::upright;
    bool side_by_side = run.set == layout::orientation::side_by_side;
    double offset = 0;
    double mm_per_unit = run.size / 1000 * mm_per_point;  // 1/1000 em at this size
    for (char32_t c : run.text) {
        int slot = slot_of(file_for(fonts, run.family, c), in_vertical_font(run));
        // Upright glyphs advance one em down the column (the vertical fonts' DW2).
        double advance = upright ? 1000 * mm_per_unit : fonts.advance(run.family, c) * mm_per_unit;
        // Side by side, each glyph is placed alone at its vertical origin, the middle of its width.
        if (side_by_side) parts.push_back({slot, offset + advance / 2, {}});
        else if (parts.empty() || parts.back().slot != slot) parts.push_back({slot, offset, {}});
        std::uint16_t code = usage.code(slot, c);
        parts.back().codes += static_cast<char>(code >> 8);
        parts.back().codes += static_cast<char>(code & 0xFF);
        offset += advance + run.char_spacing;
    }
    return parts;
}

}  // namespace kokuho::pdf
