// fit_text: shrink to fit in 0.25 pt steps down to min_size, then wrap (when allowed),
// else overflow. Every expected size is computed by hand from the 1-em full-width glyphs of
// IPAex: n kanji at s pt are n * s * 25.4/72 mm wide.
#include "layout_test_support.h"

using namespace kokuho;
using namespace kokuho::layout_test;
using layout::fit_text;

namespace {

std::u32string kanji(std::size_t n) {
    static const std::u32string pool = U"国民健康保険資格確認書交付年月日被保険者記号番号枝番氏名性別";
    std::u32string out;
    for (std::size_t i = 0; i < n; ++i) out += pool[i % pool.size()];
    return out;
}

void check_lines_fit(const layout::fitted_text& f, const layout::text_style& s, double box_w,
                     double box_h) {
    for (const auto& line : f.lines) {
        INFO("line \"" << to_utf8(line) << "\"");
        CHECK(project_fonts().width_mm(s.family, line, f.size) <= box_w + 1e-6);
    }
    CHECK(block_mm(f.lines.size(), f.size, s.line_spacing) <= box_h + 1e-6);
}

std::u32string joined(const std::vector<std::u32string>& lines) {
    std::u32string out;
    for (const auto& l : lines) out += l;
    return out;
}

}  // namespace

TEST_CASE("fit_text: the IPAex glyphs used by the hand computations are 1 em wide", "[fit]") {
    for (char32_t c : kanji(30) + U"、。「」（）ーッォあ　") {
        INFO("U+" << std::hex << unsigned(c));
        CHECK(project_fonts().advance("mincho", c) == Approx(1000));
        CHECK(project_fonts().advance("gothic", c) == Approx(1000));
    }
    // 10 kanji at 10 pt: 10 * 3.527778 mm.
    CHECK(project_fonts().width_mm("mincho", kanji(10), 10) == Approx(35.27778).margin(1e-5));
}

TEST_CASE("fit_text: a value that fits keeps its size on one line", "[fit]") {
    struct row {
        std::u32string text;
        double size, min_size;
        bool wrap;
        double w, h;
    };
    // 山田太郎 at 10 pt: 4 * 3.527778 = 14.111 mm <= 30; 1 em = 3.528 mm <= 5.
    // 20 kanji at 9 pt: 20 * 3.175 = 63.5 mm, exactly the box (allowed).
    // 7 kanji at 7 pt in the card's value box 24 x 3.4: 17.28 mm, 2.469 mm.
    auto rows = GENERATE(Catch::Generators::values<row>({
        {U"山田太郎", 10, 0, false, 30, 5},
        {U"山田太郎", 10, 6, true, 30, 5},
        {kanji(20), 9, 5, false, 63.5, 4},
        {kanji(7), 7, 5, false, 24, 3.4},
        {U"", 10, 5, true, 30, 5},
    }));
    auto s = make_style(rows.size, rows.min_size, rows.wrap);
    auto f = fit_text(rows.text, s, rows.w, rows.h, project_fonts());
    INFO("\"" << to_utf8(rows.text) << "\" in " << rows.w << " x " << rows.h);
    CHECK(f.size == rows.size);
    CHECK_FALSE(f.shrunk);
    CHECK_FALSE(f.overflow);
    REQUIRE(f.lines.size() == 1);
    CHECK(f.lines[0] == rows.text);
}

TEST_CASE("fit_text: a value slightly too wide shrinks in 0.25 pt steps to the first size that fits",
          "[fit]") {
    struct row {
        std::size_t n;  // kanji
        double w, h;    // box, mm
        double size, min_size;
        double expected;  // largest multiple-of-0.25 step below size with n * s * 25.4/72 <= w
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        // 30 / (10 * 0.352778) = 8.504 pt -> 8.5 (29.986 mm); 8.75 would be 30.868 mm.
        {10, 30, 10, 10, 5, 8.5},
        // 25 / (8 * 0.352778) = 8.858 -> 8.75 (24.694 mm); 9 would be 25.4 mm.
        {8, 25, 10, 10, 5, 8.75},
        // 40 / (12 * 0.352778) = 9.449 -> 9.25 (39.158 mm); 9.5 would be 40.217 mm.
        {12, 40, 10, 12, 6, 9.25},
        // 4 kanji at 9 pt are exactly 12.7 mm: the box edge itself still fits.
        {4, 12.7, 10, 10, 5, 9},
        // 11 kanji, 30 mm: 30 / 3.880556 = 7.731 -> 7.5 (29.104 mm); 7.75 is 30.075 mm.
        {11, 30, 10, 10, 5, 7.5},
        // The card's valid_until style (7.5 pt, min 5) with a 10-character date in 23.5 mm:
        // 23.5 / 3.527778 = 6.661 -> 6.5 (22.931 mm).
        {10, 23.5, 3.2, 7.5, 5, 6.5},
    }));
    auto s = make_style(r.size, r.min_size);
    auto text = kanji(r.n);
    auto f = fit_text(text, s, r.w, r.h, project_fonts());
    INFO(r.n << " kanji at " << r.size << " pt in " << r.w << " mm");
    CHECK(f.size == r.expected);
    CHECK(f.shrunk);
    CHECK_FALSE(f.overflow);
    REQUIRE(f.lines.size() == 1);
    CHECK(f.lines[0] == text);
    // The hand rule: fits at the expected size, not at the step above it.
    CHECK(double(r.n) * em_mm(r.expected) <= r.w + 1e-6);
    CHECK(double(r.n) * em_mm(r.expected + 0.25) > r.w);
}

TEST_CASE("fit_text: a box lower than the size shrinks the text to the box height", "[fit]") {
    // 山田 (7.06 mm wide) in 30 x 3 mm at 10 pt: 1 em must be <= 3 mm, 3 / 0.352778 = 8.504 pt
    // -> 8.5 pt (2.999 mm).
    auto f = fit_text(U"山田", make_style(10, 5), 30, 3, project_fonts());
    CHECK(f.size == 8.5);
    CHECK(f.shrunk);
    CHECK_FALSE(f.overflow);
    CHECK(f.lines == std::vector<std::u32string>{U"山田"});
}

TEST_CASE("fit_text: shrinking stops at min_size and reports overflow", "[fit]") {
    struct row {
        std::size_t n;
        double w, h, size, min_size;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        // 20 kanji in 30 mm would need 4.25 pt; min 7 pt gives 49.4 mm.
        {20, 30, 5, 10, 7},
        // min_size 0: no shrinking at all, 10 kanji at 10 pt (35.3 mm) in 20 mm.
        {10, 20, 5, 10, 0},
        // The organ-donation style (4.6 pt, min 3.8) with 60 kanji in 79.6 mm: 80.4 mm at 3.8.
        {60, 79.6, 3, 4.6, 3.8},
    }));
    auto s = make_style(r.size, r.min_size);
    auto text = kanji(r.n);
    auto f = fit_text(text, s, r.w, r.h, project_fonts());
    double expected_size = r.min_size > 0 ? r.min_size : r.size;
    CHECK(f.overflow);
    CHECK(f.size == expected_size);
    CHECK(f.shrunk == (expected_size < r.size));
    CHECK(f.lines == std::vector<std::u32string>{text});  // no wrap: the value is kept whole
}

TEST_CASE("fit_text: min_size itself is tried even when it is not a 0.25 pt step from size",
          "[fit]") {
    // The organ-donation style: 4.6 pt, min 3.8 pt. Steps 4.6, 4.35, 4.1, 3.85, then 3.8.
    // 10 kanji in 13.41 mm: 13.4056 mm at 3.8 pt fits, 13.5819 mm at 3.85 pt does not.
    auto text = kanji(10);
    REQUIRE(project_fonts().width_mm("mincho", text, 3.8) <= 13.41);
    REQUIRE(project_fonts().width_mm("mincho", text, 3.85) > 13.41);
    auto f = fit_text(text, make_style(4.6, 3.8), 13.41, 3, project_fonts());
    CHECK(f.size == Approx(3.8));
    CHECK(f.shrunk);
    CHECK_FALSE(f.overflow);  // it fits at the minimum size: not an exception
}

TEST_CASE("fit_text: with wrap the value breaks into lines that each fit", "[fit][wrap]") {
    struct row {
        std::size_t n;
        double w, h, size, min_size, spacing;
        double expected_size;
        std::vector<std::size_t> expected_lines;  // characters per line
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        // No shrinking allowed (min 0): 20 kanji, 10 per line (36 / 3.527778 = 10.2);
        // 2 lines are 3.528 + 4.233 = 7.761 mm <= 9.
        {20, 36, 9, 10, 0, 1.2, 10, {10, 10}},
        // One line never fits (30 kanji at 6 pt = 63.5 mm > 36). 3 lines fit 9 mm up to
        // 9 / (3.4 * 0.352778) = 7.503 pt -> 7.5 pt: 36 / 2.645833 = 13.6 -> 13 a line,
        // 13 + 13 + 4; 3 lines are 8.996 mm. At 7.75 pt they would be 9.296 mm.
        {30, 36, 9, 10, 6, 1.2, 7.5, {13, 13, 4}},
        // The card's address box (68.5 x 5.8, 6.5 pt, min 4.5, spacing 1.15) with 48 kanji:
        // 48 at 4.5 pt = 76.2 mm, so one line never fits; at 6.5 pt 29 a line
        // (68.5 / 2.293056 = 29.87), 2 lines = 2.293 * 2.15 = 4.930 mm <= 5.8.
        {48, 68.5, 5.8, 6.5, 4.5, 1.15, 6.5, {29, 19}},
    }));
    auto s = make_style(r.size, r.min_size, true, r.spacing);
    auto text = kanji(r.n);
    auto f = fit_text(text, s, r.w, r.h, project_fonts());
    INFO(r.n << " kanji in " << r.w << " x " << r.h);
    CHECK(f.size == r.expected_size);
    CHECK(f.shrunk == (r.expected_size < r.size));
    CHECK_FALSE(f.overflow);
    std::vector<std::size_t> counts;
    for (const auto& l : f.lines) counts.push_back(l.size());
    CHECK(counts == r.expected_lines);
    CHECK(joined(f.lines) == text);
    check_lines_fit(f, s, r.w, r.h);
}

TEST_CASE("fit_text: a wrapping field first shrinks to one line, and wraps only below min_size",
          "[fit][wrap]") {
    // forms.md: "it shrinks to fit down to a minimum size set in the layout, then wraps if
    // the field allows it" (and fit.h says the same). 12 kanji in 36 x 9 mm, 10 pt, min 6:
    // one line fits at 36 / (12 * 0.352778) = 8.504 -> 8.5 pt (35.98 mm), which is above
    // min_size, so the value is shrunk, not wrapped into 10 + 2 at 10 pt.
    auto text = kanji(12);
    auto s = make_style(10, 6, true);
    auto f = fit_text(text, s, 36, 9, project_fonts());
    CHECK(f.lines == std::vector<std::u32string>{text});
    CHECK(f.size == 8.5);
    CHECK(f.shrunk);
    CHECK_FALSE(f.overflow);
}

TEST_CASE("fit_text: overflow when even the wrapped lines at min_size do not fit", "[fit][wrap]") {
    // 100 kanji in 20 x 5 mm at min 6 pt: 9 a line (20 / 2.116667 = 9.45), 12 lines = 2.117 *
    // (1 + 11 * 1.2) = 30.06 mm > 5.
    auto text = kanji(100);
    auto s = make_style(10, 6, true);
    auto f = fit_text(text, s, 20, 5, project_fonts());
    CHECK(f.overflow);
    CHECK(f.size == 6);
    CHECK(f.shrunk);
    CHECK(joined(f.lines) == text);
    REQUIRE(f.lines.size() == 12);  // 11 * 9 + 1
    for (const auto& l : f.lines) CHECK(project_fonts().width_mm("mincho", l, 6) <= 20 + 1e-6);
}

TEST_CASE("fit_text: a field that wraps keeps Japanese line-break rules", "[fit][wrap][kinsoku]") {
    // 3 kanji a line at 10 pt (10.593 mm box); a tall box so that height is no constraint and
    // min_size = size so that nothing shrinks: the lines are exactly the line breaker's.
    auto s = make_style(10, 10, true);
    auto f = fit_text(U"あいうッえおかき", s, 10.593, 50, project_fonts());
    CHECK_FALSE(f.overflow);
    for (const auto& l : f.lines) {
        INFO("line \"" << to_utf8(l) << "\"");
        CHECK(l.front() != U'ッ');
    }
}
