// The real 資格確認書 card (layouts/certificate-card.yaml with its parts) composed with
// realistic values: every text run stays inside the box of the item it came from, and no two
// items' runs overlap, i.e. nothing is overprinted on the card.
#include <sstream>

#include "layout_test_support.h"

using namespace kokuho;
using namespace kokuho::layout_test;

namespace {

struct placed_run {
    layout::text_run run;
    const layout::layout_item* item;
    text_like box;
};

// The runs each item draws: the item composed alone (same values, same fonts), so that every
// run is attributed to its box.
std::vector<placed_run> runs_by_item(const layout::form_layout& form, std::size_t page_index,
                                     const kokuho::values& values) {
    std::vector<placed_run> out;
    const auto& source = form.pages.at(page_index);
    for (const auto& it : source.items) {
        auto box = text_like_of(it);
        if (!box) continue;
        layout::form_layout one{form.name, form.file, {layout::layout_page{source.width, source.height, {it}}}};
        auto c = compose_all(one, values);
        for (const auto& r : runs_of(c.pages.at(0))) out.push_back({r, &it, *box});
    }
    return out;
}

std::string describe(const placed_run& p) {
    std::ostringstream s;
    const auto& at = p.box.at;
    s << (p.box.is_field ? "field " : "text ") << p.box.name << " box [" << at.x << ", " << at.y
      << ", " << at.w << ", " << at.h << "] run \"" << to_utf8(p.run.text)
      << "\" x " << p.run.x << " extent " << run_extent_mm(p.run) << " baseline " << p.run.baseline
      << " size " << p.run.size << " spacing " << p.run.char_spacing;
    return s.str();
}

void check_inside_boxes(const std::vector<placed_run>& runs) {
    const double eps = 1e-6;
    for (const auto& p : runs) {
        INFO(describe(p));
        const auto& at = p.box.at;
        CHECK(p.run.x >= at.x - eps);
        CHECK(p.run.x + run_extent_mm(p.run) <= at.x + at.w + eps);
        CHECK(em_top(p.run) >= at.y - eps);
        CHECK(em_bottom(p.run) <= at.y + at.h + eps);
    }
}

// No two runs of different items share any area (their em boxes).
void check_no_overlap(const std::vector<placed_run>& runs) {
    for (std::size_t i = 0; i < runs.size(); ++i)
        for (std::size_t j = i + 1; j < runs.size(); ++j) {
            const auto& a = runs[i];
            const auto& b = runs[j];
            if (a.item == b.item) continue;
            bool apart_x = a.run.x + run_extent_mm(a.run) <= b.run.x + 1e-6 ||
                           b.run.x + run_extent_mm(b.run) <= a.run.x + 1e-6;
            bool apart_y = em_bottom(a.run) <= em_top(b.run) + 1e-6 ||
                           em_bottom(b.run) <= em_top(a.run) + 1e-6;
            INFO(describe(a) << "\n  vs " << describe(b));
            CHECK((apart_x || apart_y));
        }
}

kokuho::values standard_values() {
    kokuho::values v;
    v.set("title", "資格確認書");
    v.set("valid_until", "令和10年7月31日");
    v.set("symbol", "01");
    v.set("number", "1116548");
    v.set("branch", "01");
    v.set("name", "𠮷田　花子");
    v.set("sex", "女");
    v.set("birth_date", "昭和58年2月14日");
    v.set("acquired_on", "令和2年2月1日");
    v.set("ratio", "3割");
    v.set("ratio_effective_from", "");
    v.set("limit_category", "＊");
    v.set("head_name", "𠮷田　花子");
    // 46.6 em (9 half-width digits of 0.618 em): 73.9 mm even at the 4.5 pt minimum, more
    // than the 68.5 mm box, so it must take 2 lines.
    v.set("address", "静岡県みどり市大字東山字西ノ谷2345番地の6　みどりヶ丘グリーンハイツ東棟　1203号室　山田様方");
    v.set("issue_date", "令和8年7月10日");
    v.set("insurer.number", "229999");
    v.set("insurer.name", "みどり市");
    v.set("insurer.seal", std::string(KOKUHO_SOURCE_DIR) + "/samples/config/seal.png");
    v.set("seq", "通番 0000123");
    return v;
}

kokuho::values special_values() {
    auto v = standard_values();
    v.set("title", "資格確認書（特別療養）");
    v.set("special_mark", "特別療養費支給対象者");
    v.set("special_notice",
          "この資格確認書の被保険者は特別療養費の支給対象者です。医療機関等の窓口では費用の全額をお支払いいただき、後日、市役所に特別療養費（保険給付分）の支給を申請してください。");
    v.set("ratio", "2割");
    v.set("ratio_effective_from", "令和8年8月1日");
    v.set("limit_category", "一般Ⅰ");
    // 34 full-width characters: even 5 pt (60.0 mm) is wider than the 46 mm name box, so the
    // name wraps; 2 lines fit its 4.4 mm at 5.75 pt (5.75 * 0.352778 * 2.1 = 4.26 mm; at 6 pt
    // 4.45 mm), 22 characters a line (46 / 2.028472 = 22.7).
    v.set("name", "ＭＡＲＩＡ　ＦＥＲＮＡＮＤＡ　ＤＯＳ　ＳＡＮＴＯＳ　ＯＬＩＶＥＩＲＡ");
    return v;
}

std::vector<std::string> texts_of_item(const std::vector<placed_run>& runs, const std::string& value) {
    std::vector<std::string> out;
    for (const auto& p : runs)
        if (p.box.name == value) out.push_back(to_utf8(p.run.text));
    return out;
}

}  // namespace

TEST_CASE("certificate card: every run of the face and the back stays in its box", "[card]") {
    auto form = layout::load_layout(project_layouts(), "certificate-card");
    REQUIRE(form.pages.size() == 2);
    auto variant = GENERATE(as<std::string>{}, "standard", "special");
    auto values = variant == "standard" ? standard_values() : special_values();
    INFO("variant " << variant);

    auto whole = compose_all(form, values);
    REQUIRE(whole.pages.size() == 2);
    for (std::size_t p = 0; p < 2; ++p) {
        INFO("page " << p + 1);
        auto runs = runs_by_item(form, p, values);
        CHECK(runs.size() == runs_of(whole.pages[p]).size());  // attribution covers the page
        check_inside_boxes(runs);
        check_no_overlap(runs);
        // Everything inside the card's printed border [0.8, 0.8, 84, 52.4].
        for (const auto& r : runs_of(whole.pages[p])) {
            INFO("\"" << to_utf8(r.text) << "\"");
            CHECK(r.x >= 0.8);
            CHECK(r.x + run_extent_mm(r) <= 84.8);
            CHECK(em_top(r) >= 0.8);
            CHECK(em_bottom(r) <= 53.2);
        }
    }

    std::string notes;
    for (const auto& n : whole.notes) notes += "\n  " + n.field + ": " + n.action;
    INFO("notes:" << notes);
    auto face = runs_by_item(form, 0, values);
    // The address takes 2 lines and loses nothing.
    auto address = texts_of_item(face, "address");
    CHECK(address.size() == 2);
    std::string joined;
    for (const auto& l : address) joined += l;
    CHECK(joined == *values.find("address"));
    // 𠮷 (IPAmj Mincho) counts 1 em like the rest.
    auto head = texts_of_item(face, "head_name");
    CHECK(head == std::vector<std::string>{"𠮷田　花子"});

    if (variant == "standard") {
        // 𠮷田　花子 at 10 pt: 5 * 3.527778 = 17.64 mm in the 46 mm name box, one line, left.
        auto name = texts_of_item(face, "name");
        CHECK(name == std::vector<std::string>{"𠮷田　花子"});
        for (const auto& p : face)
            if (p.box.name == "name") {
                CHECK(p.run.size == 10);
                CHECK(p.run.x == Approx(15));
            }
        // Nothing is shrunk or overflows on either side for these values: no exceptions.
        CHECK(whole.notes.empty());
        // The standard variant hides special_mark, special_notice and 発効期日.
        CHECK(texts_of_item(face, "special_mark").empty());
        CHECK(texts_of_item(face, "発効期日").empty());
    } else {
        auto name = texts_of_item(face, "name");
        CHECK(name.size() == 2);
        bool name_noted = false;
        for (const auto& n : whole.notes) {
            if (n.field == "name") {
                name_noted = true;
                CHECK(n.original == *values.find("name"));
                CHECK(n.action == "shrunk 10pt->5.75pt");
            }
        }
        CHECK(name_noted);
        CHECK(whole.notes.size() == 1);  // only the name
        CHECK(texts_of_item(face, "special_mark") == std::vector<std::string>{"特別療養費支給対象者"});
        CHECK(texts_of_item(face, "発効期日") == std::vector<std::string>{"発効期日"});
        auto back = runs_by_item(form, 1, values);
        CHECK_FALSE(texts_of_item(back, "special_notice").empty());
    }

    // The seal from the insurer block: at (3 + 70, 43.8 - 3.4), 9 x 9 mm.
    auto images = items_of<layout::image>(whole.pages[0]);
    REQUIRE(images.size() == 1);
    CHECK(images[0].path == *values.find("insurer.seal"));
    CHECK(images[0].x == Approx(73));
    CHECK(images[0].y == Approx(40.4));
}
