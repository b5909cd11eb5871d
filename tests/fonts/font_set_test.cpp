#include <catch2/catch.hpp>

#include <filesystem>

#include "core/error.h"
#include "fonts/font_set.h"
#include "fonts/test_support.h"
#include "fonts/truetype.h"

using kokuho::fonts::font_set;
using kokuho::test::project_fonts;

namespace {

kokuho::error load_error(const std::string& yaml_path) {
    try {
        font_set::load(yaml_path);
    } catch (const kokuho::error& e) {
        return e;
    }
    FAIL("expected an error from " << yaml_path);
    throw;
}

}  // namespace

TEST_CASE("font_set: loads each distinct file once") {
    const font_set& fonts = project_fonts();
    REQUIRE(fonts.files().size() == 3);  // IPAex Mincho, IPAmj Mincho, IPAex Gothic
    CHECK(fonts.has_family("mincho"));
    CHECK(fonts.has_family("gothic"));
    CHECK_FALSE(fonts.has_family("kaisho"));
    CHECK(fonts.chain("mincho").size() == 2);
    CHECK(fonts.chain("mincho")[1] == fonts.chain("gothic")[1]);  // shared IPAmj
}

TEST_CASE("font_set: resolves through the fallback chain") {
    const font_set& fonts = project_fonts();
    auto primary = fonts.resolve("mincho", U'鷗');
    CHECK(primary.font == fonts.chain("mincho")[0]);
    CHECK(primary.glyph != 0);
    auto fallback = fonts.resolve("gothic", U'\U00020BB7');
    CHECK(fallback.font == fonts.chain("gothic")[1]);
    CHECK(fallback.glyph == fonts.files()[fallback.font]->glyph(U'\U00020BB7'));
    CHECK(fonts.resolve("mincho", U'\U0010FFFD').font == -1);
}

TEST_CASE("font_set: widths") {
    const font_set& fonts = project_fonts();
    CHECK(fonts.advance("mincho", U'あ') == Approx(1000));
    CHECK(fonts.advance("mincho", U'\U0010FFFD') == Approx(1000));  // missing: 1 em
    // 10 full-width characters at 72 pt are 10 inches.
    CHECK(fonts.width_mm("gothic", U"あいうえお𠮷野山田鷗", 72) == Approx(254));
    CHECK(fonts.width_mm("gothic", U"", 10) == 0);
}

TEST_CASE("font_set: unknown family is an input error naming the yaml") {
    try {
        project_fonts().advance("kaisho", U'あ');
        FAIL("no error");
    } catch (const kokuho::error& e) {
        CHECK(e.kind() == kokuho::error_kind::input);
        CHECK(e.diagnostics().front().where.file == kokuho::test::fonts_yaml());
        CHECK_THAT(e.what(), Catch::Contains("kaisho"));
    }
}

TEST_CASE("font_set: paths are relative to the yaml file") {
    kokuho::test::scratch_dir dir("font-set");
    std::filesystem::create_directory(dir.file("fonts"));
    std::filesystem::create_symlink("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
                                    dir.file("fonts/g.ttf"));
    kokuho::test::write_all(dir.file("ok.yaml"), "families:\n  gothic:\n    - fonts/g.ttf\n");
    font_set fonts = font_set::load(dir.file("ok.yaml"));
    CHECK(fonts.resolve("gothic", U'あ').font == 0);
}

TEST_CASE("font_set: a missing font file is an input error at its line") {
    kokuho::test::scratch_dir dir("font-set-missing");
    kokuho::test::write_all(dir.file("bad.yaml"),
                            "families:\n  mincho:\n    - nowhere/missing.ttf\n");
    kokuho::error e = load_error(dir.file("bad.yaml"));
    CHECK(e.kind() == kokuho::error_kind::input);
    CHECK(e.diagnostics().front().where.file == dir.file("bad.yaml"));
    CHECK(e.diagnostics().front().where.line == 3);
    CHECK_THAT(e.what(), Catch::Contains("missing.ttf"));
}

TEST_CASE("font_set: malformed configuration is an input error") {
    kokuho::test::scratch_dir dir("font-set-bad");
    kokuho::test::write_all(dir.file("empty.yaml"), "families:\n  mincho: []\n");
    CHECK(load_error(dir.file("empty.yaml")).kind() == kokuho::error_kind::input);
    kokuho::test::write_all(dir.file("keys.yaml"), "familes:\n  mincho: []\n");
    CHECK(load_error(dir.file("keys.yaml")).kind() == kokuho::error_kind::input);
    CHECK(load_error(dir.file("absent.yaml")).kind() == kokuho::error_kind::input);
}
