#include "core/customer_barcode.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/error.h"
#include "core/utf.h"

namespace kokuho::barcode {

namespace {

constexpr std::size_t data_symbols = 20;  // 7 postal code digits and 13 of the 住所表示番号

// The bars of each symbol (1 full, 2 ascender, 3 descender, 4 timing), by the manual's table.
constexpr std::array<std::pair<std::string_view, std::string_view>, 21> bar_table{{
    {"1", "114"},   {"2", "132"},   {"3", "312"},   {"4", "123"},   {"5", "141"},   {"6", "321"},
    {"7", "213"},   {"8", "231"},   {"9", "411"},   {"0", "144"},   {"-", "414"},   {"CC1", "324"},
    {"CC2", "342"}, {"CC3", "234"}, {"CC4", "432"}, {"CC5", "243"}, {"CC6", "423"}, {"CC7", "441"},
    {"CC8", "111"}, {"STC", "13"},  {"SPC", "31"},
}};

std::string_view bars_of(std::string_view symbol) {
    for (const auto& [name, bars] : bar_table)
        if (name == symbol) return bars;
    fail_internal("customer barcode: no bars for the symbol " + std::string(symbol));
}

// チェック用数字: 0-9, - 10, CC1-CC8 11-18.
int value_of(const std::string& symbol) {
    if (symbol == "-") return 10;
    if (symbol.rfind("CC", 0) == 0) return 10 + (symbol[2] - '0');
    return symbol[0] - '0';
}

std::string symbol_of(int value) {
    if (value < 10) return std::string(1, char('0' + value));
    if (value == 10) return "-";
    return "CC" + std::to_string(value - 10);
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_letter(char32_t c) { return c >= U'A' && c <= U'Z'; }

// Full-width digits, letters and symbols as their half-width forms; a 長音符 after a digit is
// a hyphen (11ー32).
std::u32string half_width(const std::u32string& text) {
    std::u32string out;
    for (char32_t c : text) {
        if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ||
            c == 0xFF06 || c == 0xFF0F || c == 0xFF0E)
            c = c - 0xFF00 + 0x20;
        else if (c == 0xFF0D || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2212)
            c = U'-';
        else if (c == 0xFF65)
            c = U'・';
        else if ((c == U'ー' || c == 0xFF70) && !out.empty() && is_digit(out.back()))
            c = U'-';
        if (c >= U'a' && c <= U'z') c = c - U'a' + U'A';  // 1: upper case
        if (c == U'&' || c == U'/' || c == U'・' || c == U'.') continue;  // 2: removed
        out.push_back(c);
    }
    return out;
}

constexpr std::u32string_view kanji_digits = U"〇一二三四五六七八九";
bool is_kanji_numeral(char32_t c) {
    return kanji_digits.find(c) != std::u32string_view::npos || c == U'十' || c == U'百' || c == U'千';
}

// 十一 -> 11, 二十一 -> 21, 四 -> 4, 一〇 -> 10 (digits without 十百千 are read one by one).
std::u32string arabic(std::u32string_view numeral) {
    bool positional = numeral.find_first_of(U"十百千") != std::u32string_view::npos;
    if (!positional) {
        std::u32string digits;
        for (char32_t c : numeral) digits.push_back(U'0' + char32_t(kanji_digits.find(c)));
        return digits;
    }
    long total = 0, digit = -1;
    for (char32_t c : numeral) {
        auto at = kanji_digits.find(c);
        if (at != std::u32string_view::npos) {
            digit = long(at);
            continue;
        }
        long unit = c == U'十' ? 10 : c == U'百' ? 100 : 1000;
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
    }
    if (digit > 0) total += digit;
    std::u32string out;
    for (char c : std::to_string(total)) out.push_back(char32_t(c));
    return out;
}

// 補足1: kanji numerals right before 丁目, 丁, 番地, 番, 号, 地割, 線, の or ノ are digits.
std::u32string kanji_numbers(const std::u32string& text) {
    static constexpr std::u32string_view markers[] = {U"丁", U"番", U"号", U"地割", U"線", U"の", U"ノ"};
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_kanji_numeral(text[i])) {
            out.push_back(text[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_kanji_numeral(text[end])) ++end;
        std::u32string_view rest(text.data() + end, text.size() - end);
        bool marked = std::any_of(std::begin(markers), std::end(markers),
                                  [&](std::u32string_view m) { return rest.substr(0, m.size()) == m; });
        std::u32string_view run(text.data() + i, end - i);
        out += marked ? arabic(run) : std::u32string(run);
        i = end;
    }
    return out;
}

// 3: digits, hyphens and lone letters are taken; not an F right after a digit (補足2).
std::vector<bool> taken(const std::u32string& text) {
    std::vector<bool> take(text.size(), false);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if (is_digit(c) || c == U'-') {
            take[i] = true;
        } else if (is_letter(c)) {
            bool alone = (i == 0 || !is_letter(text[i - 1])) && (i + 1 == text.size() || !is_letter(text[i + 1]));
            bool floor = c == U'F' && i > 0 && is_digit(text[i - 1]);
            take[i] = alone && !floor;
        }
    }
    return take;
}

}  // namespace

std::string address_number(std::string_view address_b) {
    auto text = kanji_numbers(half_width(to_utf32(address_b)));
    auto take = taken(text);
    std::string out;
    bool between = false;  // something not taken since the last character taken
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!take[i]) {
            between = true;
            continue;
        }
        // 4, 5: what lies between becomes one hyphen (補足3: so does a floor's F before more).
        if (between && (out.empty() || out.back() != '-')) out.push_back('-');
        between = false;
        if (text[i] == U'-' && !out.empty() && out.back() == '-') continue;
        out.push_back(char(text[i]));
    }
    // 6: no leading hyphen; 補足4: no hyphen next to a letter (補足5: the letters then stay together).
    std::string clean;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '-' && (clean.empty() || is_letter(char32_t(clean.back())) ||
                              (i + 1 < out.size() && is_letter(char32_t(out[i + 1])))))
            continue;
        clean.push_back(out[i]);
    }
    return clean;
}

std::optional<std::string> after_town(const std::vector<town>& towns, std::string_view postal_code,
                                      std::string_view address) {
    std::string digits;
    for (char c : postal_code)
        if (c != '-') digits.push_back(c);
    std::size_t longest = 0;
    bool found = false;
    for (const auto& t : towns) {
        if (t.postal_code != digits) continue;
        auto name = t.name.substr(0, t.name.find("（"));
        for (const auto& full : {t.prefecture + t.city + name, t.city + name})
            if (address.substr(0, full.size()) == full && (!found || full.size() > longest)) {
                longest = full.size();
                found = true;
            }
    }
    if (!found) return std::nullopt;
    return std::string(address.substr(longest));
}

bool is_representative(std::string_view postal_code) {
    return postal_code.size() >= 2 && postal_code.substr(postal_code.size() - 2) == "00";
}

customer_barcode encode(std::string_view postal_code, std::string_view address_b) {
    std::string digits;
    for (char c : postal_code)
        if (c != '-') digits.push_back(c);
    bool well_formed = digits.size() == 7 && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                       (postal_code.size() == 7 || (postal_code.size() == 8 && postal_code[3] == '-'));
    if (!well_formed)
        fail_input({"postal code"}, "\"" + std::string(postal_code) + "\": expected NNN-NNNN or 7 digits");
    if (is_representative(digits))
        fail_input({"postal code"}, std::string(postal_code) + " is a representative postal code (…00): it gets no "
                                                               "customer barcode");
    customer_barcode code;
    code.postal_code = digits;
    code.address_number = address_number(address_b);
    for (char c : digits) code.symbols.emplace_back(1, c);
    for (char c : code.address_number) {
        if (is_letter(char32_t(c))) {
            int index = c - 'A';
            code.symbols.push_back("CC" + std::to_string(1 + index / 10));
            code.symbols.emplace_back(1, char('0' + index % 10));
        } else {
            code.symbols.emplace_back(1, c);
        }
    }
    // Cut at 20 (a letter's control code on the 20th place stays, its digit goes), or fill with CC4.
    code.symbols.resize(std::min(code.symbols.size(), data_symbols));
    code.symbols.resize(data_symbols, "CC4");
    int sum = 0;
    for (const auto& s : code.symbols) sum += value_of(s);
    code.check = symbol_of((19 - sum % 19) % 19);
    code.bars = std::string(bars_of("STC"));
    for (const auto& s : code.symbols) code.bars += bars_of(s);
    code.bars += bars_of(code.check);
    code.bars += bars_of("SPC");
    return code;
}

}  // namespace kokuho::barcode
