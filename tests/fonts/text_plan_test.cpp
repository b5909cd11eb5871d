#include <catch2/catch.hpp>

#include "fonts/test_support.h"
#include "render/pdf/text_plan.h"

using namespace kokuho;

namespace {

layout::page page_with(std::vector<layout::text_run> runs) {
    layout::page page;
    for (auto& run : runs) page.items.emplace_back(std::move(run));
    return page;
}

pdf::font_usage usage_of(const std::vector<layout::page>& pages, const fonts::font_set& fonts) {
    pdf::font_usage usage(fonts);
    for (const auto& page : pages) usage.add(page);
    usage.finish();
    return usage;
}

}  // namespace

TEST_CASE("text_plan: codes are two bytes without zero bytes") {
    CHECK(pdf::code_for_index(0) == 0x0101);
    CHECK(pdf::code_for_index(254) == 0x01FF);
    CHECK(pdf::code_for_index(255) == 0x0201);
    for (std::size_t i = 0; i < 255 * 99; ++i) {
        auto code = pdf::code_for_index(i);
        REQUIRE((code >> 8) != 0);
        REQUIRE((code & 0xFF) != 0);
    }
}

TEST_CASE("text_plan: characters are collected per font file and direction, sorted, over every page") {
    const auto& fonts = test::project_fonts();
    std::vector<layout::page> pages{page_with({{10, 10, 10, 0, "mincho", U"野𠮷山"},
                                               {10, 20, 10, 0, "gothic", U"山𠮷"}}),
                                    page_with({{10, 30, 10, 0, "mincho", U"「山」", layout::orientation::upright}})};
    auto usage = usage_of(pages, fonts);
    int ex_mincho = pdf::slot_of(fonts.chain("mincho")[0], false), mj = pdf::slot_of(fonts.chain("mincho")[1], false);
    int ex_gothic = pdf::slot_of(fonts.chain("gothic")[0], false);
    int ex_mincho_vertical = pdf::slot_of(fonts.chain("mincho")[0], true);
    CHECK(usage.used_slots() == std::vector<int>{ex_mincho, ex_mincho_vertical, mj, ex_gothic});
    CHECK(usage.characters(ex_mincho) == std::vector<char32_t>{U'山', U'野'});
    CHECK(usage.characters(mj) == std::vector<char32_t>{U'\U00020BB7'});
    CHECK(usage.characters(ex_gothic) == std::vector<char32_t>{U'山'});
    CHECK(usage.characters(ex_mincho_vertical) == std::vector<char32_t>{U'「', U'」', U'山'});
    CHECK(usage.code(ex_mincho, U'野') == 0x0102);
}

TEST_CASE("text_plan: runs split where the font file changes") {
    const auto& fonts = test::project_fonts();
    layout::text_run run{10, 10, 12, 1, "mincho", U"𠮷野家"};
    std::vector<layout::page> pages{page_with({run})};
    auto usage = usage_of(pages, fonts);
    auto parts = pdf::split_run(run, fonts, usage);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].slot == pdf::slot_of(fonts.chain("mincho")[1], false));
    CHECK(parts[0].offset_mm == 0);
    CHECK(parts[0].codes.size() == 2);
    CHECK(parts[1].slot == pdf::slot_of(fonts.chain("mincho")[0], false));
    // One 12 pt em plus 1 mm character spacing.
    CHECK(parts[1].offset_mm == Approx(12 * 25.4 / 72 + 1));
    CHECK(parts[1].codes.size() == 4);
}

TEST_CASE("text_plan: a character no font has goes to the primary font") {
    const auto& fonts = test::project_fonts();
    layout::text_run run{0, 0, 10, 0, "gothic", U"\U0010FFFD"};
    std::vector<layout::page> pages{page_with({run})};
    auto usage = usage_of(pages, fonts);
    CHECK(usage.characters(pdf::slot_of(fonts.chain("gothic")[0], false)).size() == 1);
}
