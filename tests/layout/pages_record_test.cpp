// The project's layouts composed with full sets of values, recorded item by item (type,
// coordinates, size, text) with every double written to 17 significant digits, and compared
// with tests/data/layout/pages/*.txt.
//
// Those files were written by this test against the code as it was before the item types
// moved to src/layout/items/ (each type in its own folder, one registry), so the layouts
// must compose to exactly the same pages as before. Spot-checked by hand against the YAML:
// - certificate-card, page 1: the face's border box [0.8, 0.8, 84, 52.4] width 0.35, and
//   the line [2, 9.2, 83.6, 9.2] width 0.2;
// - certificate-card, standard: 𠮷田　花子 in the name box at x 15 (the box's left edge),
//   10 pt; the seal image at (3 + 70, 43.8 - 3.4) = (73, 40.4), 9 x 9;
// - certificate-postcard, page 1: the face part placed at (7.2, 10), so its border box at
//   (8, 10.8), and the insurer.section field at x 8, 8 pt;
// - notice-a4: the 切り取り線 from (10, 204) to (200, 204), width 0.25, dashed.
// When this test fails, the composed record is written to the temporary folder (its path is
// in the failure message) to compare with the expected file.
#include <cstdio>
#include <sstream>

#include "layout_test_support.h"

using namespace kokuho;
using namespace kokuho::layout_test;

namespace {

std::string num(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

struct item_writer {
    std::ostream& out;
    void operator()(const layout::text_run& r) const {
        out << "text x " << num(r.x) << " baseline " << num(r.baseline) << " size " << num(r.size)
            << " spacing " << num(r.char_spacing) << " " << r.family << " \"" << to_utf8(r.text) << "\"\n";
    }
    void operator()(const layout::line& l) const {
        out << "line " << num(l.x1) << " " << num(l.y1) << " -> " << num(l.x2) << " " << num(l.y2)
            << " width " << num(l.width) << (l.dashed ? " dashed" : "") << "\n";
    }
    void operator()(const layout::box& b) const {
        out << "box " << num(b.x) << " " << num(b.y) << " " << num(b.w) << " " << num(b.h)
            << " width " << num(b.line_width) << " fill " << num(b.fill_gray) << "\n";
    }
    void operator()(const layout::image& i) const {
        out << "image " << num(i.x) << " " << num(i.y) << " " << num(i.w) << " " << num(i.h) << " "
            << i.path << "\n";
    }
};

std::string record(const std::vector<layout::page>& pages, const std::vector<layout::fit_note>& notes) {
    std::ostringstream out;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        out << "page " << p + 1 << " " << num(pages[p].width) << " x " << num(pages[p].height) << "\n";
        for (const auto& it : pages[p].items) std::visit(item_writer{out}, it);
    }
    for (const auto& n : notes) out << "note " << n.field << " | " << n.original << " | " << n.action << "\n";
    return out.str();
}

// Every field of the three layouts; the standard variant leaves the special ones empty.
kokuho::values standard_values() {
    kokuho::values v;
    const char* fields[][2] = {
        {"title", "資格確認書"}, {"card_title", "資格確認書"}, {"valid_until", "令和10年7月31日"},
        {"symbol", "01"}, {"number", "1116548"}, {"branch", "01"},
        {"symbol_number", "01・1116548（枝番 01）"}, {"name", "𠮷田　花子"},
        {"name_kana", "ヨシダ　ハナコ"}, {"sex", "女"}, {"birth_date", "昭和58年2月14日"},
        {"acquired_on", "令和2年2月1日"}, {"ratio", "3割"}, {"ratio_effective_from", ""},
        {"limit_category", "＊"}, {"head_name", "𠮷田　花子"},
        {"address", "静岡県みどり市大字東山字西ノ谷2345番地の6　みどりヶ丘グリーンハイツ東棟　1203号室　山田様方"},
        {"issue_date", "令和8年7月10日"}, {"insurer.number", "229999"}, {"insurer.name", "みどり市"},
        {"insurer.section", "市民部保険年金課"}, {"insurer.address", "静岡県みどり市中央1-1-1"},
        {"insurer.phone", "電話 0000-00-0000"}, {"insurer.seal", "samples/config/seal.png"},
        {"insurer_line", "保険者番号 229999　みどり市"}, {"seq", "通番 0000123"},
        {"mail_postal_code", "〒400-0000"}, {"mail_address", "静岡県みどり市大字東山字西ノ谷2345番地の6"},
        {"mail_address_extra", "みどりヶ丘グリーンハイツ東棟　1203号室"}, {"mail_name", "𠮷田　花子　様"},
        {"special_mark", ""}, {"special_notice", ""},
        {"mail_barcode", ""},  // no barcode: items_test.cpp draws one
    };
    for (const auto& f : fields) v.set(f[0], f[1]);
    return v;
}

// Special: every when: shown, a name that shrinks and wraps, a section that overflows.
kokuho::values special_values() {
    auto v = standard_values();
    v.set("title", "資格確認書（特別療養）");
    v.set("special_mark", "特別療養費支給対象者");
    v.set("special_notice",
          "この資格確認書の被保険者は特別療養費の支給対象者です。医療機関等の窓口では費用の全額をお支払いいただき、後日、市役所に特別療養費（保険給付分）の支給を申請してください。");
    v.set("ratio", "2割");
    v.set("ratio_effective_from", "令和8年8月1日");
    v.set("limit_category", "一般Ⅰ");
    v.set("name", "ＭＡＲＩＡ　ＦＥＲＮＡＮＤＡ　ＤＯＳ　ＳＡＮＴＯＳ　ＯＬＩＶＥＩＲＡ");
    v.set("mail_address", "静岡県みどり市大字東山字西ノ谷2345番地の6　みどりヶ丘グリーンハイツ東棟　1203号室　山田様方");
    v.set("insurer.section", "市民部保険年金課国民健康保険係資格担当（資格確認書・資格情報のお知らせ・特別療養費に関するお問い合わせ窓口）");
    return v;
}

std::string record_of(const std::string& name) {
    auto form = layout::load_layout(project_layouts(), name);
    std::string out;
    struct run {
        const char* title;
        kokuho::values values;
        bool debug;
    };
    for (const auto& r : {run{"standard", standard_values(), false}, run{"special", special_values(), false},
                          run{"special, debug boxes", special_values(), true}}) {
        std::vector<layout::page> pages;
        std::vector<layout::fit_note> notes;
        layout::compose(form, r.values, project_fonts(), {r.debug}, pages, notes);
        out += std::string("== ") + r.title + "\n" + record(pages, notes);
    }
    return out;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("compose: the project's layouts give the recorded pages, item by item", "[compose][record]") {
    auto name = GENERATE(as<std::string>{}, "certificate-card", "certificate-postcard", "notice-a4");
    auto expected_path = data_dir() + "/pages/" + name + ".txt";
    auto actual = record_of(name);
    auto expected = lines_of(read_text(expected_path));
    auto got = lines_of(actual);
    bool same = got == expected;
    if (!same) {
        auto path = (std::filesystem::temp_directory_path() / ("kokuho-pages-" + name + ".txt")).string();
        std::ofstream(path, std::ios::binary) << actual;
        INFO(name << ": composed record written to " << path << ", expected " << expected_path);
        for (std::size_t i = 0; i < std::min(got.size(), expected.size()); ++i) {
            INFO("line " << i + 1);
            CHECK(got[i] == expected[i]);
            if (got[i] != expected[i]) break;
        }
        CHECK(got.size() == expected.size());
    }
    CHECK(same);
}
