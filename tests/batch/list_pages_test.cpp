// A list's pages made one at a time (pdf::write_pdf's page source): the unplaced text of a
// page, which the PDF's fonts are built from, holds every character the laid-out page prints.
#include <catch2/catch.hpp>

#include <set>

#include "fonts/font_set.h"
#include "render/list/table.h"
#include "support/run.h"

using namespace kokuho;

namespace {

std::set<char32_t> characters_of(const layout::page& page) {
    std::set<char32_t> out;
    for (const auto& item : page.items)
        if (const auto* run = std::get_if<layout::text_run>(&item)) out.insert(run->text.begin(), run->text.end());
    return out;
}

std::set<std::pair<std::string, char32_t>> characters_by_family(const layout::page& page) {
    std::set<std::pair<std::string, char32_t>> out;
    for (const auto& item : page.items)
        if (const auto* run = std::get_if<layout::text_run>(&item))
            for (char32_t c : run->text) out.emplace(run->family, c);
    return out;
}

}  // namespace

TEST_CASE("list pages: the text of a page holds every character its laid-out page prints") {
    auto fonts = fonts::font_set::load(test::source_path("fonts/fonts.yaml"));
    auto layout = list::load_table_layout(test::source_path("layouts/lists/issue-list.yaml"));
    // Long values shrink or wrap in their cells; 𠮷 prints from the second font of the chain.
    list::row_source row = [&](std::size_t i) {
        std::vector<std::string> cells(layout.columns.size(), "𠮷野 花子 " + std::to_string(i));
        cells[0] = std::to_string(i + 1);
        cells.back() = "東京都千代田区千代田一丁目一番一号 国保マンション 一〇一号室 " + std::to_string(i);
        return cells;
    };
    std::size_t rows = std::size_t(list::rows_per_page(layout)) + 3;  // two pages, totals on the second
    list::table_context context{"A20260710-EL-00000000", "令和8年7月10日", {"合計 " + std::to_string(rows) + " 件"}};
    REQUIRE(list::page_count(layout, rows) == 2);
    for (int p = 0; p < 2; ++p) {
        INFO("page " << p + 1);
        auto laid_out = list::table_pages(layout, rows, row, context, fonts, p, 1).at(0);
        auto text = list::table_page_text(layout, rows, row, context, fonts, p);
        auto printed = characters_by_family(laid_out), collected = characters_by_family(text);
        REQUIRE(printed.size() > 20);
        for (const auto& c : printed) CHECK(collected.count(c) == 1);
        CHECK(characters_of(laid_out).count(U'\U00020BB7') == 1);
    }
    auto last = list::table_page_text(layout, rows, row, context, fonts, 1);
    CHECK(characters_of(last).count(U'合') == 1);
}
