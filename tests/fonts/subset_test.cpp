// The font program a PDF embeds (fonts/subset.h): HarfBuzz's subset of the glyphs used,
// read back with the project's own TrueType reader. 𠮷 (U+20BB7) is glyph 32914 of IPAmj
// Mincho (read by hand with fontTools: cmap and post name mj032129).
#include <catch2/catch.hpp>

#include <fstream>
#include <set>

#include "fonts/subset.h"
#include "fonts/test_support.h"
#include "fonts/truetype.h"

using namespace kokuho;

namespace {

// The table tags of an sfnt, from its table directory.
std::set<std::string> table_tags(const std::string& sfnt) {
    REQUIRE(sfnt.size() >= 12);
    std::size_t count = std::size_t(static_cast<unsigned char>(sfnt[4])) << 8 | static_cast<unsigned char>(sfnt[5]);
    std::set<std::string> tags;
    for (std::size_t i = 0; i < count; ++i) tags.insert(sfnt.substr(12 + 16 * i, 4));
    return tags;
}

std::shared_ptr<const fonts::truetype_font> reload(const test::scratch_dir& dir, const std::string& program) {
    auto path = dir.file("subset.ttf");
    std::ofstream(path, std::ios::binary) << program;
    return fonts::truetype_font::load(path);
}

}  // namespace

TEST_CASE("subset: only the glyphs used, renumbered in order, with their widths") {
    test::scratch_dir dir("subset");
    auto mj = fonts::truetype_font::load("/usr/share/fonts/truetype/ipamj/ipamjm.ttf");
    std::uint16_t yoshi = mj->glyph(U'\U00020BB7'), ta = mj->glyph(U'田');
    REQUIRE(yoshi == 32914);
    auto subset = fonts::subset_font(*mj, {yoshi, ta}, false);
    auto font = reload(dir, subset.program);
    CHECK(font->glyph_count() == 3);  // .notdef, 田 and 𠮷 (in the order of their old ids)
    CHECK(subset.new_glyph.at(std::min(yoshi, ta)) == 1);
    CHECK(subset.new_glyph.at(std::max(yoshi, ta)) == 2);
    CHECK(font->advance(subset.new_glyph.at(yoshi)) == mj->advance(yoshi));
    CHECK(font->units_per_em() == mj->units_per_em());
    // Far smaller than the 61,179-glyph file it comes from.
    CHECK(subset.program.size() < 8 * 1024);
}

TEST_CASE("subset: no hinting, no layout or vertical tables, but hinting when asked") {
    auto ex = fonts::truetype_font::load("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");
    std::vector<std::uint16_t> glyphs{ex->glyph(U'山'), ex->glyph(U'川'), ex->vertical_glyph(U'「')};
    auto plain = table_tags(fonts::subset_font(*ex, glyphs, false).program);
    for (const char* tag : {"glyf", "loca", "hmtx", "hhea", "head", "maxp"}) CHECK(plain.count(tag) == 1);
    for (const char* tag : {"fpgm", "prep", "cvt ", "GSUB", "GPOS", "vmtx", "vhea"}) CHECK(plain.count(tag) == 0);
    auto hinted = table_tags(fonts::subset_font(*ex, glyphs, true).program);
    CHECK(hinted.count("fpgm") == 1);
    CHECK(hinted.count("prep") == 1);
}
