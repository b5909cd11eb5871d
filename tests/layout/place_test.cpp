// place_text: horizontal alignment (left, center, right, distribute = 均等割付) and the
// vertical position of the baselines. Widths by hand: a kanji at 10 pt is 3.527778 mm.
#include "layout_test_support.h"

using namespace kokuho;
using namespace kokuho::layout_test;
using layout::align;

namespace {

std::vector<layout::text_run> place(const std::vector<std::u32string>& lines, double size,
                                    const layout::text_style& s, double x, double y, double w,
                                    double h) {
    std::vector<layout::item> out;
    layout::place_text(lines, size, s, x, y, w, h, project_fonts(), out);
    std::vector<layout::text_run> runs;
    for (const auto& it : out) {
        REQUIRE(std::holds_alternative<layout::text_run>(it));
        runs.push_back(std::get<layout::text_run>(it));
    }
    REQUIRE(runs.size() == lines.size());
    return runs;
}

}  // namespace

TEST_CASE("place_text: horizontal alignment of a 4-kanji name in a 30 mm box at 10 pt",
          "[place][align]") {
    // 山田太郎: 4 * 3.527778 = 14.111111 mm; box x = 20, w = 30 (right edge 50).
    struct row {
        align a;
        double x, char_spacing;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {align::left, 20, 0},
        {align::right, 50 - 14.111111, 0},              // 35.888889
        {align::center, 20 + (30 - 14.111111) / 2, 0},  // 27.944444
        // 均等割付: first glyph at the box's x, 3 gaps share the 15.888889 mm left over.
        {align::distribute, 20, (30 - 4 * 3.527778) / 3},  // 5.296296
    }));
    auto s = make_style(10, 0, false, 1.2, r.a);
    auto runs = place({U"山田太郎"}, 10, s, 20, 30, 30, 6);
    const auto& run = runs[0];
    CHECK(run.x == Approx(r.x).margin(1e-5));
    CHECK(run.char_spacing == Approx(r.char_spacing).margin(1e-5));
    CHECK(run.size == 10);
    CHECK(run.family == "mincho");
    CHECK(run.text == U"山田太郎");
    // The right edge of the last glyph: 50 for right and distribute.
    double right_edge = run.x + 4 * 3.527778 + 3 * run.char_spacing;
    if (r.a == align::right || r.a == align::distribute) CHECK(right_edge == Approx(50).margin(1e-5));
    if (r.a == align::center) CHECK(run.x - 20 == Approx(50 - right_edge).margin(1e-5));
}

TEST_CASE("place_text: 均等割付 of names of 2 to 6 characters ends at the box's right edge",
          "[place][align]") {
    struct row {
        std::u32string name;
        double w;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {U"林修", 30},
        {U"𠮷田花子", 30},    // 𠮷 from IPAmj Mincho, also 1 em
        {U"佐々木太郎", 46},  // the card's name box width
        {U"長谷川真理子", 46},
    }));
    auto s = make_style(10, 0, false, 1.2, align::distribute);
    auto runs = place({r.name}, 10, s, 15, 13.6, r.w, 4.4);
    double n = double(r.name.size());
    double expected_spacing = (r.w - n * em_mm(10)) / (n - 1);
    CHECK(runs[0].x == Approx(15).margin(1e-9));
    CHECK(runs[0].char_spacing == Approx(expected_spacing).margin(1e-5));
    CHECK(runs[0].x + n * em_mm(10) + (n - 1) * runs[0].char_spacing ==
          Approx(15 + r.w).margin(1e-5));
}

TEST_CASE("place_text: a single character under distribute is centred", "[place][align]") {
    // 誠: 3.527778 mm in a 30 mm box at x 20: x = 20 + (30 - 3.527778) / 2 = 33.236111.
    auto s = make_style(10, 0, false, 1.2, align::distribute);
    auto runs = place({U"誠"}, 10, s, 20, 30, 30, 6);
    CHECK(runs[0].x == Approx(33.236111).margin(1e-5));
    CHECK(runs[0].char_spacing == 0);
}

TEST_CASE("place_text: distribute never gives negative spacing to a line wider than the box",
          "[place][align]") {
    // 10 kanji = 35.28 mm in a 30 mm box (an overflowing value): no squeezing by negative
    // spacing; the run is centred on the box.
    auto s = make_style(10, 0, false, 1.2, align::distribute);
    auto runs = place({U"国民健康保険資格確認書"}, 10, s, 20, 30, 30, 6);
    CHECK(runs[0].char_spacing >= 0);
    CHECK(runs[0].x == Approx(20 + (30 - 11 * em_mm(10)) / 2).margin(1e-5));
}

TEST_CASE("place_text: right alignment of ASCII digits uses the font's advances", "[place][align]") {
    // IPAex Gothic: '1', '2', '3' advance 1290/2048 em = 629.883/1000 (hmtx); "123" at 10 pt is
    // 3 * 0.629883 * 3.527778 = 6.666266 mm, so x = 50 - 6.666266 = 43.333734.
    for (char32_t c : std::u32string(U"123"))
        REQUIRE(project_fonts().advance("gothic", c) == Approx(629.883).margin(0.001));
    auto s = make_style(10, 0, false, 1.2, align::right, "gothic");
    auto runs = place({U"123"}, 10, s, 20, 30, 30, 6);
    CHECK(runs[0].x == Approx(43.333734).margin(1e-4));
    CHECK(runs[0].family == "gothic");
}

TEST_CASE("place_text: a single line's em box lies inside a box at least the size tall",
          "[place][baseline]") {
    struct row {
        double size, y, h;
        double baseline;  // by hand: y + h/2 - em/2 + 0.88 em (em box centred in the box)
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        // 10 pt = 3.527778 mm in 6 mm: top 30 + 1.236111, baseline 31.236111 + 3.104444.
        {10, 30, 6, 34.340556},
        // Exactly 1 em tall: the em box is the box; baseline 30 + 0.88 * 3.527778.
        {10, 30, 3.527778, 33.104444},
        // The card's 7 pt values in 3.4 mm boxes at y 9.8: em 2.469444, top 10.265278.
        {7, 9.8, 3.4, 12.438389},
        // The card's 5 pt labels in 2.6 mm boxes at y 6.2: em 1.763889, top 6.618056.
        {5, 6.2, 2.6, 8.170278},
    }));
    auto s = make_style(r.size);
    auto runs = place({U"国民"}, r.size, s, 3, r.y, 30, r.h);
    const auto& run = runs[0];
    CHECK(run.baseline == Approx(r.baseline).margin(1e-5));
    CHECK(em_top(run) >= r.y - 1e-6);
    CHECK(em_bottom(run) <= r.y + r.h + 1e-6);
    CHECK(run.baseline > r.y);
    CHECK(run.baseline < r.y + r.h);
    // Centred: equal space above and below the em box.
    CHECK(em_top(run) - r.y == Approx(r.y + r.h - em_bottom(run)).margin(1e-6));
}

TEST_CASE("place_text: wrapped lines step by size * line_spacing and stay inside the box",
          "[place][baseline]") {
    // 2 lines at 10 pt, spacing 1.2 in a 9 mm box at y 40: block 3.527778 + 4.233333 =
    // 7.761111 mm, top margin 0.619444; baselines 40 + 0.619444 + 3.104444 = 43.723889 and
    // 43.723889 + 4.233333 = 47.957222.
    auto s = make_style(10, 0, true, 1.2);
    auto runs = place({U"国民健康", U"保険"}, 10, s, 10, 40, 36, 9);
    CHECK(runs[0].baseline == Approx(43.723889).margin(1e-5));
    CHECK(runs[1].baseline == Approx(47.957222).margin(1e-5));
    CHECK(runs[0].x == 10);
    CHECK(runs[1].x == 10);
    CHECK(em_top(runs[0]) >= 40);
    CHECK(em_bottom(runs[1]) <= 49);
}
