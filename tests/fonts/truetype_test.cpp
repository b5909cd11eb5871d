#include <catch2/catch.hpp>

#include "core/error.h"
#include "fonts/truetype.h"
#include "fonts/test_support.h"

using kokuho::fonts::truetype_font;

namespace {

const char* const ipaex_mincho = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf";
const char* const ipamj_mincho = "/usr/share/fonts/truetype/ipamj/ipamjm.ttf";

const truetype_font& ipaex() {
    static auto font = truetype_font::load(ipaex_mincho);
    return *font;
}

const truetype_font& ipamj() {
    static auto font = truetype_font::load(ipamj_mincho);
    return *font;
}

}  // namespace

TEST_CASE("truetype: reads the header tables") {
    CHECK(ipaex().units_per_em() == 2048);
    CHECK(ipaex().glyph_count() == 12239);
    CHECK(ipamj().glyph_count() == 61179);
    CHECK(ipaex().ascender() > 0);
    CHECK(ipaex().descender() < 0);
}

TEST_CASE("truetype: maps characters inside and outside the BMP") {
    CHECK(ipaex().glyph(U'山') != 0);
    CHECK(ipaex().glyph(U'鷗') != 0);  // U+9DD7: in IPAex, not in CP932
    CHECK(ipaex().glyph(U'\U00020BB7') == 0);
    CHECK(ipamj().glyph(U'\U00020BB7') != 0);  // 𠮷
    CHECK(ipamj().glyph(U'\U00020BB7') != ipamj().glyph(U'吉'));
    CHECK(ipaex().glyph(0x10FFFF) == 0);
    CHECK(ipaex().glyph(0x110000) == 0);
    CHECK(ipaex().glyph(0xFFFF) == 0);
}

TEST_CASE("truetype: advance widths") {
    CHECK(ipaex().advance_1000(ipaex().glyph(U'あ')) == Approx(1000));
    CHECK(ipaex().advance_1000(ipaex().glyph(U'A')) < 1000);
    CHECK(ipamj().advance_1000(ipamj().glyph(U'\U00020BB7')) == Approx(1000));
    CHECK(ipaex().advance(60000) == ipaex().advance(0));  // beyond the font: .notdef
}

TEST_CASE("truetype: a small hand-made font (format 4 cmap, composites)") {
    // tests/data/fonts/make_tiny_ttf.py describes the font.
    auto tiny = truetype_font::load(std::string(KOKUHO_TEST_DATA) + "/fonts/tiny.ttf");
    CHECK(tiny->units_per_em() == 1000);
    CHECK(tiny->glyph_count() == 5);
    CHECK(tiny->glyph(U'A') == 1);
    CHECK(tiny->glyph(U'C') == 3);
    CHECK(tiny->glyph(U'D') == 0);
    CHECK(tiny->glyph(U'あ') == 4);
    CHECK(tiny->glyph(U'ぃ') == 0);
    CHECK(tiny->glyph(U'\U00020BB7') == 0);
    CHECK(tiny->advance(1) == 600);
    CHECK(tiny->advance(4) == 700);  // past the long metrics: the last advance repeats
    CHECK(tiny->components(1).empty());
    CHECK(tiny->components(3) == std::vector<std::uint16_t>{1, 2});
    CHECK(tiny->components(4) == std::vector<std::uint16_t>{3, 1, 2});
}

TEST_CASE("truetype: the IPA fonts have no composite glyphs") {
    for (std::uint16_t glyph = 0; glyph < ipaex().glyph_count(); ++glyph)
        REQUIRE(ipaex().components(glyph).empty());
}

TEST_CASE("truetype: bad files are input errors") {
    kokuho::test::scratch_dir dir("truetype");
    kokuho::test::write_all(dir.file("bad.ttf"), "not a font at all");
    CHECK_THROWS_AS(truetype_font::load(dir.file("bad.ttf")), kokuho::error);
    CHECK_THROWS_AS(truetype_font::load(dir.file("missing.ttf")), kokuho::error);
    try {
        truetype_font::load(dir.file("bad.ttf"));
    } catch (const kokuho::error& e) {
        CHECK(e.kind() == kokuho::error_kind::input);
        CHECK(e.diagnostics().front().where.file == dir.file("bad.ttf"));
    }
}

TEST_CASE("truetype: vertical forms come from the font's 'vert' substitutions") {
    // Glyph ids read by hand with fontTools from ipaexm.ttf (Debian fonts-ipaexfont-mincho
    // 00401): cmap and the GSUB 'vert' feature's single substitutions.
    struct row {
        char32_t c;
        std::uint16_t horizontal, vertical;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {U'「', 452, 7497}, {U'（', 440, 7485}, {U'ー', 426, 7477}, {U'、', 400, 7473},
        {U'ょ', 678, 7512},
        {U'山', 1943, 1943},  // no vertical form: the glyph itself
    }));
    CHECK(ipaex().glyph(r.c) == r.horizontal);
    CHECK(ipaex().vertical_glyph(r.c) == r.vertical);
}
