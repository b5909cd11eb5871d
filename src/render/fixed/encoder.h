#pragma once
// One character at a time into the target encoding, with ICU converters that stop on a
// character the target lacks (never a silent '?'). Results are cached per code point.
#include <array>
#include <memory>
#include <unordered_map>
#include <vector>

#include <unicode/ucnv.h>

#include "render/fixed/record_layout.h"

namespace kokuho::fixed {

// A character in the target: one byte or two; size 0 when the target lacks it.
struct target_char {
    unsigned char size = 0;
    std::array<char, 2> bytes{};

    bool found() const { return size != 0; }
    bool is_double() const { return size == 2; }
};

class encoder {
public:
    explicit encoder(encoding target);

    // The character in the target, trying the other JIS/CP932 spelling when the target
    // lacks the given one. Private use code points are always lacking (外字).
    target_char encode(char32_t c);

    // EBCDIC code pages shift into double-byte text with SO (0x0E) and out with SI (0x0F).
    bool shifts() const { return shifts_; }
    static constexpr char shift_out = 0x0E;
    static constexpr char shift_in = 0x0F;

    char space() const { return space_; }
    target_char full_space() const { return full_space_; }
    char digit(int value) const { return digits_[static_cast<std::size_t>(value)]; }

private:
    struct cache_entry {
        bool known = false;
        target_char result;
    };
    struct converter_closer {
        void operator()(UConverter* converter) const { ucnv_close(converter); }
    };

    target_char convert(char32_t c);
    target_char lookup(char32_t c);
    target_char required(char32_t c, const char* what);

    std::unique_ptr<UConverter, converter_closer> converter_;
    bool strict_jis_ = false;
    bool shifts_ = false;
    std::vector<cache_entry> bmp_cache_;
    std::unordered_map<char32_t, target_char> other_cache_;
    char space_ = ' ';
    target_char full_space_;
    std::array<char, 10> digits_{};
};

}  // namespace kokuho::fixed
