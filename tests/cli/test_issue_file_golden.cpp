// One data record of the samples' issue file against bytes composed by hand: CP932 codes
// from the JIS tables (checked with Python's cp932 codec), offsets from
// layouts/records/issue-file.yaml.
#include <catch2/catch.hpp>

#include "cli/annual_run.h"

using namespace kokuho::test;

namespace {

std::string pad(std::string bytes, std::size_t length, const std::string& fill = " ") {
    while (bytes.size() < length) bytes += fill;
    return bytes;
}

const std::string fw_space = "\x81\x40";                        // 全角空白
const std::string mori_ougai = "\x90\x58\x81\x40\x89\xA8\x8E\x71";  // 森　鴎子 (鷗 -> 鴎, 縮退)
const std::string address =                                     // 静岡県みどり市緑町5番22号
    "\x90\xC3\x89\xAA\x8C\xA7\x82\xDD\x82\xC7\x82\xE8\x8E\x73\x97\xCE\x92\xAC" "5\x94\xD4" "22\x8D\x86";

}  // namespace

TEST_CASE("the record of 森　鷗子 (seq 14) matches hand-composed bytes") {
    const auto& r = samples_run();
    REQUIRE(r.result.status == 0);
    std::string expected;
    expected += "2";                                   // record kind: data
    expected += "0000014";                             // 通番
    expected += pad("H0013", 12);                      // 世帯番号
    expected += pad("10001301", 15);                   // 宛名番号
    expected += "1" "1";                               // 資格確認書, standard
    expected += pad("01", 8);                          // 記号
    expected += "0001117927";                          // 番号, zero padded
    expected += "01";                                  // 枝番
    expected += pad(mori_ougai, 40, fw_space);         // 氏名 (N)
    expected += pad("\xD3\xD8 \xB5\xB3\xBA", 40);      // ﾓﾘ ｵｳｺ (X, half-width kana)
    expected += "3541111";                             // 昭和54年11月11日
    expected += "2";                                   // 女
    expected += "5030915";                             // 令和3年9月15日
    expected += "5080710";                             // 交付 令和8年7月10日
    expected += "20260801" "20270731";                 // validity
    expected += pad("annual", 10);
    expected += "\x96\x40\x92\xE8\x95\x89\x92\x53\x8A\x84\x8D\x87\x82\xCC\x82\xC6\x82\xA8\x82\xE8";  // 法定負担割合のとおり
    expected += "00000000";                            // no 発効期日 under 70
    expected += pad("", 12);                           // 限度区分 not requested
    expected += pad(mori_ougai, 40, fw_space);         // 世帯主氏名
    expected += "419-0603";
    expected += pad(address, 100) + pad("", 60);       // 住所, 方書
    expected += pad(mori_ougai, 40, fw_space);         // 送付先氏名: the head
    expected += "419-0603";
    expected += pad(address, 100) + pad("", 60);
    expected += "\x93\xC1\x92\xE8\x8B\x4C\x98\x5E" + fw_space;  // 特定記録 (N10)
    expected += pad("", 49);                           // filler
    REQUIRE(expected.size() == 700);
    expected += "\r\n";

    auto file = read_file(r.out + "/issue-file.dat");
    REQUIRE(file.size() == 119 * 702);  // header, 116 data records, trailer, end
    CHECK(file.substr(14 * 702, 702) == expected);
}
