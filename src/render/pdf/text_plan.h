#pragma once
// Which font file prints each character of a document, and the 2-byte codes the PDF
// text strings use. Pure C++ (no libharu): the PDF writer collects all text first, gives
// every distinct character of each font file a code, then splits runs by font file.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "fonts/font_set.h"
#include "layout/page.h"

namespace kokuho::pdf {

// Codes are two bytes, neither of them zero (libharu's text calls take C strings): the
// i-th character (0-based) gets high byte i / 255 + 1 and low byte i % 255 + 1.
constexpr std::size_t codes_per_row = 255;
std::uint16_t code_for_index(std::size_t index);

// A font of the PDF is a font file set horizontally, or upright in columns with its vertical
// forms (縦書き, writing mode 1): slot_of(file, vertical) numbers them 0, 1, 2, ...
inline int slot_of(int file, bool vertical) { return file * 2 + (vertical ? 1 : 0); }
inline int file_of_slot(int slot) { return slot / 2; }
inline bool is_vertical_slot(int slot) { return slot % 2 == 1; }

// Upright and side-by-side runs of a column print with the vertical font.
inline bool in_vertical_font(const layout::text_run& run) {
    return run.set == layout::orientation::upright || run.set == layout::orientation::side_by_side;
}

// The font file that prints c in the family: the first of its chain with the glyph, or
// the primary font (which then prints .notdef) when none has it.
int file_for(const fonts::font_set& fonts, const std::string& family, char32_t c);

class font_usage {
public:
    explicit font_usage(const fonts::font_set& fonts);
    // Collects the characters of a page; then, after the last, finish() gives them codes.
    void add(const layout::page& page);
    void finish();

    // Font slots that print at least one character, in order.
    std::vector<int> used_slots() const;
    // The characters one font slot prints, sorted by code point; the character at
    // index i has code code_for_index(i) and CID i + 1.
    const std::vector<char32_t>& characters(int slot) const;
    // The code of a character in a font slot (it must have been collected).
    std::uint16_t code(int slot, char32_t c) const;

private:
    const fonts::font_set& fonts_;
    std::vector<std::vector<char32_t>> characters_;  // per font slot
    std::vector<std::unordered_map<char32_t, std::uint16_t>> codes_;
};

// A stretch of a text run printed with one font slot.
struct sub_run {
    int slot = -1;          // slot_of(font file, vertical)
    double offset_mm = 0;   // from the run's start to the first character of the stretch:
                            // along x, or down the column for an upright run; side by side,
                            // each character is a stretch, at the middle of its width
    std::string codes;      // two bytes per character
};

std::vector<sub_run> split_run(const layout::text_run& run, const fonts::font_set& fonts,
                               const font_usage& usage);

}  // namespace kokuho::pdf
