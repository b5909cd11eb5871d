// Japan Post's customer barcode against the worked examples of 「郵便番号・バーコードマニュアル」:
// p17 and p21 (霞が関, check 9), p19 (the basic and supplementary rules, 3-20-5B604), p20 (the cut
// at 20 symbols: a trailing hyphen kept, a letter's lone control code kept), p22 (a large
// office's individual code, a PO box), and the test addresses of p25 with the 住所B split off
// by hand at the town name. The check symbols are worked out by hand with p21's table (sum of
// the 20 data symbols plus the check a multiple of 19); the bars are cross-checked with zint,
// which encodes data already extracted.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/customer_barcode.h"
#include "core/error.h"
#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;
using kokuho::barcode::encode;

namespace {

std::string joined(const std::vector<std::string>& symbols) {
    std::string out;
    for (const auto& s : symbols) out += (out.empty() ? "" : " ") + s;
    return out;
}

// zint's bars for data already extracted (postal code and 住所表示番号): its --dump rows are the
// ascender, tracker and descender modules, a bar and a space each.
std::string zint_bars(const std::string& data) {
    auto r = run("zint --barcode=76 --dump -d '" + data + "'");
    REQUIRE(r.status == 0);
    auto rows = split_lines(r.out);
    REQUIRE(rows.size() == 3);
    auto bits = [](const std::string& row) {
        std::string out;
        for (char c : row) {
            if (c == ' ') continue;
            int v = std::stoi(std::string(1, c), nullptr, 16);
            for (int b = 3; b >= 0; --b) out.push_back((v >> b) & 1 ? '1' : '0');
        }
        return out;
    };
    auto top = bits(rows[0]), bottom = bits(rows[2]);
    std::string bars;
    for (std::size_t i = 0; i < top.size() && bars.size() < 67; i += 2)
        bars.push_back(top[i] == '1' ? (bottom[i] == '1' ? '1' : '2') : (bottom[i] == '1' ? '3' : '4'));
    return bars;
}

}  // namespace

TEST_CASE("customer barcode: p17 and p21, 霞が関 (check 9) and its bars, symbol by symbol") {
    auto code = encode("100-0013", "1丁目3番2号 郵便プラザ503室");
    CHECK(code.postal_code == "1000013");
    CHECK(code.address_number == "1-3-2-503");
    CHECK(joined(code.symbols) == "1 0 0 0 0 1 3 1 - 3 - 2 - 5 0 3 CC4 CC4 CC4 CC4");
    CHECK(code.check == "9");  // 1+0+0+0+0+1+3 + 1+10+3+10+2+10+5+0+3 + 4x14 = 105; 105 + 9 = 114 = 6 x 19
    // STC 13, 1 114, 0 144 (x4), 1 114, 3 312, 1 114, - 414, 3 312, - 414, 2 132, - 414, 5 141, 0 144,
    // 3 312, CC4 432 (x4), check 9 411, SPC 31.
    CHECK(code.bars == "13" "114" "144144144144" "114" "312" "114" "414" "312" "414" "132" "414" "141" "144" "312"
                       "432432432432" "411" "31");
    CHECK(code.bars.size() == 67);
}

TEST_CASE("customer barcode: the test addresses of p25") {
    struct row {
        const char* postal;
        const char* address_b;  // after the town name
        const char* number;     // 住所表示番号
        const char* symbols;    // the 20 data symbols
        const char* check;
    };
    auto r = GENERATE(values<row>({
        {"263-0023", "3丁目30-8　郵便ビル403号", "3-30-8-403", "2 6 3 0 0 2 3 3 - 3 0 - 8 - 4 0 3 CC4 CC4 CC4", "5"},
        {"014-0113", "南田茂木　添60-1", "60-1", "0 1 4 0 1 1 3 6 0 - 1 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4", "CC8"},
        {"110-0016", "5-6-3　ABCビル10F", "5-6-3-10", "1 1 0 0 0 1 6 5 - 6 - 3 - 1 0 CC4 CC4 CC4 CC4 CC4", "9"},
        {"060-0906", "4丁目　郵便センター6号館", "4-6", "0 6 0 0 9 0 6 4 - 6 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4", "9"},
        {"065-0006", "8丁目　郵便センター10号館", "8-10", "0 6 5 0 0 0 6 8 - 1 0 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4", "9"},
        {"407-0033", "韮崎400", "400", "4 0 7 0 0 3 3 4 0 0 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4", "-"},
        {"273-0102", "東3丁目-20-5　郵便・A&bコーポB604号", "3-20-5B604",
         "2 7 3 0 1 0 2 3 - 2 0 - 5 CC1 1 6 0 4 CC4 CC4", "0"},
        {"198-0036", "十一丁目六番地一号　郵便タワー601", "11-6-1-601", "1 9 8 0 0 3 6 1 1 - 6 - 1 - 6 0 1 CC4 CC4 CC4", "CC8"},
        {"027-0203", "第二十一地割大淵川480", "21-480", "0 2 7 0 2 0 3 2 1 - 4 8 0 CC4 CC4 CC4 CC4 CC4 CC4 CC4", "CC5"},
        {"590-0016", "四丁六番十九号", "4-6-19", "5 9 0 0 0 1 6 4 - 6 - 1 9 CC4 CC4 CC4 CC4 CC4 CC4 CC4", "CC2"},
        {"080-0831", "南七線　西28", "7-28", "0 8 0 0 8 3 1 7 - 2 8 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4", "CC7"},
        {"317-0055", "6丁目7-14　ABCビル2F", "6-7-14-2", "3 1 7 0 0 5 5 6 - 7 - 1 4 - 2 CC4 CC4 CC4 CC4 CC4", "CC1"},
        {"650-0046", "9丁目7-6　郵便シティA棟1F1号", "9-7-6A1-1", "6 5 0 0 0 4 6 9 - 7 - 6 CC1 0 1 - 1 CC4 CC4 CC4", "5"},
        {"623-0011", "綾部6-7　LプラザB106", "6-7LB106", "6 2 3 0 0 1 1 6 - 7 CC2 1 CC1 1 1 0 6 CC4 CC4 CC4", "4"},
        // p20: 20 symbols exactly, the trailing hyphen kept and 501 cut.
        {"064-0804", "29丁目1524-23　第2郵便ハウス501", "29-1524-23-2-501", "0 6 4 0 8 0 4 2 9 - 1 5 2 4 - 2 3 - 2 -",
         "3"},
        // p20: B's control code falls on the 20th place: kept alone, its digit cut.
        {"910-0067", "3丁目80-25　J1ビル2-B", "3-80-25J1-2B", "9 1 0 0 0 6 7 3 - 8 0 - 2 5 CC1 9 1 - 2 CC1", "9"},
    }));
    INFO(r.postal << " " << r.address_b);
    auto code = encode(r.postal, r.address_b);
    CHECK(code.address_number == r.number);
    CHECK(joined(code.symbols) == r.symbols);
    CHECK(code.check == r.check);
    REQUIRE(code.bars.size() == 67);
    // zint refuses what the manual cuts: cross-checked where nothing is cut.
    std::string number = r.number;
    auto letters = std::count_if(number.begin(), number.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (7 + number.size() + std::size_t(letters) <= 20) CHECK(zint_bars(code.postal_code + number) == code.bars);
}

TEST_CASE("customer barcode: p22, a large office's individual code and a PO box") {
    auto office = encode("100-8792", "");  // 日本郵便株式会社: 13 x CC4, sum 27 + 182 = 209 = 11 x 19
    CHECK(office.address_number.empty());
    CHECK(joined(office.symbols) == "1 0 0 8 7 9 2 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4 CC4");
    CHECK(office.check == "0");
    auto box = encode("980-8691", "私書箱215号");  // 41 + 8 + 140 = 189; 189 + 1 = 190 = 10 x 19
    CHECK(box.address_number == "215");
    CHECK(box.check == "1");
    CHECK(zint_bars("9808691215") == box.bars);
}

TEST_CASE("customer barcode: the basic and supplementary rules one by one") {
    using kokuho::barcode::address_number;
    CHECK(address_number("1丁目3番2号") == "1-3-2");          // 4: kanji between digits, one hyphen
    CHECK(address_number("12番地の3") == "12-3");             // の between numbers
    CHECK(address_number("３丁目２０－５") == "3-20-5");      // full-width digits and hyphen
    CHECK(address_number("1丁目11ー32") == "1-11-32");        // a 長音符 after a digit is a hyphen
    CHECK(address_number("二十三番地") == "23");             // 補足1
    CHECK(address_number("二十三条西") == "");               // no marker after it: not a number
    CHECK(address_number("百五番") == "105");
    CHECK(address_number("5-2 コーポF棟") == "5-2F");         // F not after a digit: a letter
    CHECK(address_number("2F") == "2");                     // 補足2: a floor at the end goes
    CHECK(address_number("2F201") == "2-201");              // 補足3: a floor before more is a hyphen
    CHECK(address_number("1-2 ab 3") == "1-2-3");           // two letters: a hyphen
    CHECK(address_number("a-1") == "A1");                   // upper case; 補足4
    CHECK(address_number("１/２.３") == "123");              // 2: removed, nothing in between
    CHECK(address_number("東-1") == "1");                    // 6: no leading hyphen
}

TEST_CASE("customer barcode: a malformed or representative postal code is refused") {
    auto refused = [](const char* postal, const char* says) {
        try {
            encode(postal, "1-2");
            FAIL("no error for " << postal);
        } catch (const kokuho::error& e) {
            CHECK(e.kind() == kokuho::error_kind::input);
            CHECK_THAT(e.diagnostics().front().message, Catch::Contains(says));
        }
    };
    refused("100-0000", "representative postal code");
    refused("060-0000", "representative postal code");
    refused("10-00013", "expected NNN-NNNN or 7 digits");
    refused("", "expected NNN-NNNN or 7 digits");
    refused("１００-００１３", "expected NNN-NNNN or 7 digits");
}

TEST_CASE("customer barcode: the command prints the data, symbols, check and bars") {
    auto text = run_kokuho("barcode --postal-code 100-0013 --address '1丁目3番2号 郵便プラザ503室'");
    REQUIRE(text.status == 0);
    CHECK_THAT(text.out, Catch::Contains("data:    1000013 1-3-2-503\n"));
    CHECK_THAT(text.out, Catch::Contains("check:   9\n"));
    auto json = run_kokuho("barcode --postal-code 910-0067 --address '3丁目80-25　J1ビル2-B' --format json");
    REQUIRE(json.status == 0);
    CHECK_THAT(json.out, Catch::Contains("\"data\": \"91000673-80-25J1-2B\""));
    CHECK_THAT(json.out, Catch::Contains("\"2\", \"CC1\"], \"check\": \"9\""));
    auto bad = run_kokuho("barcode --postal-code 100-0000 --address 1");
    CHECK(bad.status == 2);
    CHECK_THAT(bad.err, Catch::Contains("100-0000 is a representative postal code"));
}
