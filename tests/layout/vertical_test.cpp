// Vertical text (縦書き): which characters stand, turn or sit side by side (UAX #50 through
// ICU), the length of a column, and where columns and their runs are placed. Lengths by hand:
// an upright glyph is one em, a kanji at 10 pt is 3.527778 mm; IPAex Mincho's Latin capitals
// and digits are checked against font_set widths, not assumed.
#include "layout/vertical.h"
#include "layout_test_support.h"

using namespace kokuho;
using namespace kokuho::layout_test;
using layout::orientation;

namespace {

layout::text_style vertical_style(double size, int upright_digits = 0,
                                  layout::align along = layout::align::left) {
    auto s = make_style(size, 0, false, 1.5, along);
    s.vertical = true;
    s.upright_digits = upright_digits;
    return s;
}

std::vector<layout::text_run> runs_of(const std::vector<layout::item>& out) {
    std::vector<layout::text_run> runs;
    for (const auto& it : out) {
        REQUIRE(std::holds_alternative<layout::text_run>(it));
        runs.push_back(std::get<layout::text_run>(it));
    }
    return runs;
}

std::string kinds(const std::vector<layout::column_piece>& pieces) {
    std::string out;
    for (const auto& p : pieces) {
        out += p.set == orientation::upright ? "U" : p.set == orientation::rotated ? "R" : "S";
        out += "(" + to_utf8(p.text) + ")";
    }
    return out;
}

}  // namespace

TEST_CASE("column_pieces: kana and kanji stand, Latin runs turn, short digit runs sit side by side",
          "[vertical]") {
    struct row {
        std::u32string text;
        int upright_digits;
        std::string expected;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {U"中央1丁目", 2, "U(中)U(央)S(1)U(丁)U(目)"},
        {U"12番", 2, "S(12)U(番)"},
        {U"123番", 2, "R(123)U(番)"},  // longer than the layout allows: turned
        {U"12番", 0, "R(12)U(番)"},     // no 縦中横 asked for
        {U"12番", 3, "S(12)U(番)"},
        {U"2F", 2, "R(2F)"},            // digits with a letter turn together
        {U"ABC 12F", 2, "R(ABC 12F)"},  // the space turns with them
        // Full-width letters and digits, brackets and the long vowel mark stand (their vertical
        // forms come from the font).
        {U"（ＡＢ）ー１", 2, "U(（)U(Ａ)U(Ｂ)U(）)U(ー)U(１)"},
        {U"0550-00-0000", 2, "R(0550-00-0000)"},
    }));
    INFO(to_utf8(r.text) << " upright_digits " << r.upright_digits);
    CHECK(kinds(layout::column_pieces(r.text, r.upright_digits)) == r.expected);
}

TEST_CASE("column_length_mm: one em per upright glyph and per 縦中横, the width of a turned run",
          "[vertical]") {
    const auto& fonts = project_fonts();
    CHECK(layout::column_length_mm(U"山田太郎", vertical_style(10), 10, fonts) == Approx(4 * em_mm(10)));
    CHECK(layout::column_length_mm(U"12番", vertical_style(10, 2), 10, fonts) == Approx(2 * em_mm(10)));
    CHECK(layout::column_length_mm(U"12番", vertical_style(10, 0), 10, fonts) ==
          Approx(fonts.width_mm("mincho", U"12", 10) + em_mm(10)));
}

TEST_CASE("place_columns: columns run right to left, each glyph run placed down its column",
          "[vertical][place]") {
    // Box x 20..50, y 10..110; 10 pt (3.527778 mm), column pitch 1.5 em = 5.291667 mm.
    // Two columns: block 3.527778 + 5.291667 = 8.819444 mm, centred: the first column's
    // centre at 50 - (30 - 8.819444) / 2 - 3.527778 / 2 = 37.645833, the second 5.291667 left.
    std::vector<layout::item> out;
    layout::place_columns({U"山田", U"太郎"}, 10, vertical_style(10), 20, 10, 30, 100, project_fonts(), out);
    auto runs = runs_of(out);
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].text == U"山田");
    CHECK(runs[0].set == orientation::upright);
    CHECK(runs[0].x == Approx(37.645833));
    CHECK(runs[0].baseline == Approx(10));  // top aligned: the em box starts at the box's top
    CHECK(runs[1].text == U"太郎");
    CHECK(runs[1].x == Approx(37.645833 - 5.291667));
}

TEST_CASE("place_columns: alignment along the column", "[vertical][place]") {
    // 山田太郎 at 10 pt is 14.111111 mm long; the box is 100 mm tall from y = 10.
    struct row {
        layout::align along;
        double top, spacing;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {layout::align::left, 10, 0},
        {layout::align::center, 10 + (100 - 14.111111) / 2, 0},
        {layout::align::right, 110 - 14.111111, 0},
        {layout::align::distribute, 10, (100 - 14.111111) / 3},  // 3 gaps: 28.629630
    }));
    std::vector<layout::item> out;
    layout::place_columns({U"山田太郎"}, 10, vertical_style(10, 0, r.along), 20, 10, 30, 100, project_fonts(), out);
    auto runs = runs_of(out);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].baseline == Approx(r.top));
    CHECK(runs[0].char_spacing == Approx(r.spacing).margin(1e-9));
}

TEST_CASE("place_columns: a turned run sits on a baseline 0.38 em left of the centre, 縦中横 in one em",
          "[vertical][place]") {
    const auto& fonts = project_fonts();
    double em = em_mm(10);
    std::vector<layout::item> out;
    layout::place_columns({U"第12号ABC"}, 10, vertical_style(10, 2), 20, 10, 10, 100, fonts, out);
    auto runs = runs_of(out);
    REQUIRE(runs.size() == 4);
    double centre = 25;  // one column in a 10 mm box from x = 20
    CHECK(runs[0].text == U"第");
    CHECK(runs[0].x == Approx(centre));
    // 12: IPAex Mincho's digits are wider than half an em, so the pair is set smaller to fit
    // one em, centred in the column and in its em box.
    double pair = fonts.width_mm("mincho", U"12", 10);
    REQUIRE(pair > em);
    double size = 10 * em / pair;
    CHECK(runs[1].text == U"12");
    CHECK(runs[1].set == orientation::side_by_side);
    CHECK(runs[1].size == Approx(size));
    CHECK(runs[1].x == Approx(centre - em / 2));
    CHECK(runs[1].baseline == Approx(10 + em + (em - em_mm(size)) / 2));
    CHECK(runs[2].text == U"号");
    CHECK(runs[2].baseline == Approx(10 + 2 * em));
    CHECK(runs[3].text == U"ABC");
    CHECK(runs[3].set == orientation::rotated);
    CHECK(runs[3].x == Approx(centre - 0.38 * em));
    CHECK(runs[3].baseline == Approx(10 + 3 * em));
}

TEST_CASE("fit_text: vertical text measures its column against the box's height and wraps into "
          "more columns to the left",
          "[vertical][fit]") {
    const auto& fonts = project_fonts();
    auto s = vertical_style(10);
    s.min_size = 8;
    s.wrap = true;
    // 6 kanji at 10 pt: 21.17 mm. In a box 5 mm wide and 25 mm tall it fits as it is.
    auto fitted = layout::fit_text(U"静岡県中央区", s, 5, 25, fonts);
    CHECK_FALSE(fitted.shrunk);
    CHECK(fitted.lines.size() == 1);
    // 18 mm tall: shrinks to 8.5 pt (6 * 8.5 pt = 17.99 mm), though the box is far wider than
    // 21 mm would need horizontally.
    fitted = layout::fit_text(U"静岡県中央区", s, 5, 18, fonts);
    CHECK(fitted.size == Approx(8.5));
    CHECK(fitted.lines.size() == 1);
    // 12 mm tall and 12 mm wide: no single column fits at 8 pt (16.9 mm), so it wraps into two
    // columns at 10 pt (3 kanji = 10.6 mm each; 2 columns 3.53 + 5.29 = 8.8 mm wide).
    fitted = layout::fit_text(U"静岡県中央区", s, 12, 12, fonts);
    CHECK(fitted.size == Approx(10));
    CHECK(fitted.lines == std::vector<std::u32string>{U"静岡県", U"中央区"});
}
