#pragma once
// A small read-only TrueType reader: the facts the toolkit needs from a .ttf file, taken
// straight from its tables (head, hhea, maxp, hmtx, cmap, loca, glyf). The file is mapped
// into memory and stays mapped while the object lives. Immutable after loading, so one
// object may be shared between threads.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/vertical_forms.h"

namespace kokuho::fonts {

class truetype_font {
public:
    // Maps and parses the file; an unreadable or malformed file is an input error.
    static std::shared_ptr<const truetype_font> load(const std::string& path);

    ~truetype_font();
    truetype_font(const truetype_font&) = delete;
    truetype_font& operator=(const truetype_font&) = delete;

    const std::string& path() const { return path_; }
    std::uint16_t units_per_em() const { return units_per_em_; }
    std::int16_t ascender() const { return ascender_; }    // font units, hhea
    std::int16_t descender() const { return descender_; }  // font units, hhea (negative)
    std::uint16_t glyph_count() const { return glyph_count_; }

    // Glyph id for a character, 0 (.notdef) when the font does not map it.
    std::uint16_t glyph(char32_t c) const {
        if (c < bmp_.size()) return bmp_[c];
        return glyph_outside_bmp(c);
    }
    // The glyph that prints c upright in a column (縦書き): its 'vert' form, or glyph(c).
    std::uint16_t vertical_glyph(char32_t c) const { return vertical_->glyph(c); }
    // The file as HarfBuzz sees it (subset.h), with a reference the caller releases.
    hb_face_t* harfbuzz_face() const { return vertical_->face(); }
    // Advance width of a glyph in font units (hmtx; the last metric repeats).
    std::uint16_t advance(std::uint16_t glyph) const;
    // Advance width in 1/1000 em, the unit PDF widths use.
    double advance_1000(std::uint16_t glyph) const {
        return advance(glyph) * 1000.0 / units_per_em_;
    }
    // Glyph ids a composite glyph is built from, recursively, without duplicates;
    // empty for a simple or empty glyph.
    std::vector<std::uint16_t> components(std::uint16_t glyph) const;

private:
    struct mapping;  // the memory-mapped file
    struct group {   // one run of consecutive characters (cmap format 12)
        char32_t first = 0, last = 0;
        std::uint32_t first_glyph = 0;
    };
    struct table {
        std::size_t offset = 0, length = 0;
    };

    truetype_font(std::string path, std::unique_ptr<mapping> file);
    std::string_view bytes() const;
    table find_table(std::string_view tag) const;
    table require_table(std::string_view tag) const;
    [[noreturn]] void fail(const std::string& message) const;

    void parse_tables();
    void parse_metrics();
    void parse_cmap();
    void read_format12(std::size_t offset);
    void read_format4(std::size_t offset);
    std::uint16_t glyph_outside_bmp(char32_t c) const;
    std::string_view glyph_data(std::uint16_t glyph) const;
    void collect_components(std::uint16_t glyph, int depth,
                            std::vector<std::uint16_t>& out) const;

    std::string path_;
    std::unique_ptr<mapping> file_;
    std::vector<std::pair<std::string, table>> tables_;
    std::uint16_t units_per_em_ = 1000;
    std::int16_t ascender_ = 0, descender_ = 0;
    std::uint16_t glyph_count_ = 0;
    std::uint16_t metric_count_ = 0;
    bool long_loca_ = false;
    table hmtx_, loca_, glyf_;
    std::vector<std::uint16_t> bmp_;  // glyph id for every BMP code point
    std::vector<group> supplementary_;  // format 12 groups above U+FFFF, sorted
    std::unique_ptr<const vertical_forms> vertical_;
};

}  // namespace kokuho::fonts
