// break_lines: ICU line-break opportunities (UAX #14 with Japanese rules) filled greedily.
// Each case is built so that naive breaking after every 3rd character would put a forbidden
// character at the start (or an opening bracket at the end) of a line.
#include "layout_test_support.h"

using namespace kokuho;
using namespace kokuho::layout_test;

namespace {

// 行頭禁則: closing brackets and punctuation, the prolonged sound mark, small kana,
// iteration marks. 行末禁則: opening brackets.
const std::u32string no_line_start =
    U"、。，．・：；！？）」』】〕〉》ー〜ッャュョァィゥェォヮヵヶっゃゅょぁぃぅぇぉゎゝゞヽヾ々";
const std::u32string no_line_end = U"（「『【〔〈《";

double width_of(const std::u32string& s) { return project_fonts().width_mm("mincho", s, 10); }

void check_kinsoku(const std::u32string& text, const std::vector<std::u32string>& lines,
                   double width) {
    std::u32string all;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& l = lines[i];
        INFO("line " << i + 1 << " \"" << to_utf8(l) << "\"");
        REQUIRE_FALSE(l.empty());
        if (i > 0) CHECK(no_line_start.find(l.front()) == std::u32string::npos);
        if (i + 1 < lines.size()) CHECK(no_line_end.find(l.back()) == std::u32string::npos);
        CHECK(width_of(l) <= width + 1e-6);
        all += l;
    }
    CHECK(all == text);  // nothing lost, nothing added
}

}  // namespace

TEST_CASE("break_lines: no line starts with closing punctuation, ー or small kana, none ends "
          "with an opening bracket",
          "[wrap][kinsoku]") {
    // 3 full-width characters a line at 10 pt: 3 * 3.527778 = 10.583 mm <= 10.593 < 14.111.
    const double width = 10.593;
    struct row {
        std::u32string text;
        std::vector<std::u32string> expected;
    };
    // Naive 3 + 3 breaking would give "あいう" / "Xえお"; with X forbidden at a line start, the
    // breaker keeps X with う, and greedy filling then gives "あい" / "うXえ" / "お".
    auto r = GENERATE(Catch::Generators::values<row>({
        {U"あいう、えお", {U"あい", U"う、え", U"お"}},
        {U"あいう。えお", {U"あい", U"う。え", U"お"}},
        {U"あいう」えお", {U"あい", U"う」え", U"お"}},
        {U"あいう）えお", {U"あい", U"う）え", U"お"}},
        {U"あいうーえお", {U"あい", U"うーえ", U"お"}},
        {U"あいうッえお", {U"あい", U"うッえ", U"お"}},
        {U"あいうォえお", {U"あい", U"うォえ", U"お"}},
        {U"あいうょえお", {U"あい", U"うょえ", U"お"}},
        {U"あいう々えお", {U"あい", U"う々え", U"お"}},
        {U"あいう」。えお", {U"あい", U"う」。", U"えお"}},
        // Naive: "あい「" / "うえお": the opening bracket goes down with the next character.
        {U"あい「うえお", {U"あい", U"「うえ", U"お"}},
        {U"あい（うえお", {U"あい", U"（うえ", U"お"}},
        // Naive: "ラーメ" / "ンとカ" / "ッパ".
        {U"ラーメンとカッパ", {U"ラーメ", U"ンと", U"カッパ"}},
        // Naive: "シャー" / "ペンを" / "使う": here the naive break happens to be allowed.
        {U"シャーペンを使う", {U"シャー", U"ペンを", U"使う"}},
    }));
    auto lines = layout::break_lines(r.text, layout::text_style{}, 10, width, project_fonts());
    INFO("\"" << to_utf8(r.text) << "\"");
    check_kinsoku(r.text, lines, width);
    CHECK(lines == r.expected);
}

TEST_CASE("break_lines: real notice sentences at several widths keep the rules", "[wrap][kinsoku]") {
    auto text = GENERATE(as<std::u32string>{},
        U"この資格確認書は、医療機関等を受診する際に窓口で提示してください。記載事項に変更があったとき、資格を喪失したときは、14日以内に届け出てください。",
        U"《1又は2を選んだ方で、提供したくない臓器があれば、×をつけてください。》",
        U"マイナンバーカードを健康保険証として利用する登録（マイナ保険証の利用登録）がされています。",
        U"費用の全額をお支払いいただき、後日、市役所に特別療養費（保険給付分）の支給を申請してください。");
    auto ems = GENERATE(range(4, 16));
    // ems full-width characters a line at 10 pt, plus a hair.
    double width = double(ems) * em_mm(10) + 0.01;
    auto lines = layout::break_lines(text, layout::text_style{}, 10, width, project_fonts());
    INFO("\"" << to_utf8(text) << "\" at " << ems << " em");
    check_kinsoku(text, lines, width);
}

TEST_CASE("break_lines: a text that fits stays one line", "[wrap]") {
    auto lines = layout::break_lines(U"山田太郎", layout::text_style{}, 10, 4 * em_mm(10), project_fonts());
    CHECK(lines == std::vector<std::u32string>{U"山田太郎"});
}
