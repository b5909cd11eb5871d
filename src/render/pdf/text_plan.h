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

// The font file that prints c in the family: the first of its chain with the glyph, or
// the primary font (which then prints .notdef) when none has it.
int file_for(const fonts::font_set& fonts, const std::string& family, char32_t c);

class font_usage {
public:
    font_usage(const std::vector<layout::page>& pages, const fonts::font_set& fonts);

    // Font files that print at least one character, in font_set::files() order.
    std::vector<int> used_files() const;
    // The characters one font file prints, sorted by code point; the character at
    // index i has code code_for_index(i) and CID i + 1.
    const std::vector<char32_t>& characters(int file) const;
    // The code of a character in a font file (it must have been collected).
    std::uint16_t code(int file, char32_t c) const;

private:
    std::vector<std::vector<char32_t>> characters_;  // per font file
    std::vector<std::unordered_map<char32_t, std::uint16_t>> codes_;
};

// A stretch of a text run printed with one font file.
struct sub_run {
    int file = -1;          // index into font_set::files()
    double offset_mm = 0;   // from the run's x to the first character of the stretch
    std::string codes;      // two bytes per character
};

std::vector<sub_run> split_run(const layout::text_run& run, const fonts::font_set& fonts,
                               const font_usage& usage);

}  // namespace kokuho::pdf
