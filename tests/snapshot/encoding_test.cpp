// The two encodings: UTF-8 checked byte by byte, CP932 (Windows-31J) converted by ICU, and
// bad bytes reported with their row, column and byte offset.
#include <catch2/catch.hpp>

#include <string>

#include "snapshot/reader.h"
#include "snapshot/sample.h"

using namespace kokuho;
using kokuho::test::read_problems;
using kokuho::test::sample_csv;
using kokuho::test::write_temp_file;
using problems = std::vector<std::string>;

namespace {

// 山田 太郎 and 氏名 in CP932.
const std::string yamada_taro_cp932 = "\x8E\x52\x93\x63 \x91\xBE\x98\x59";
const std::string shimei_cp932 = "\x8E\x81\x96\xBC";

// A sample whose Japanese defaults are replaced by CP932 bytes, its rows named by `names`.
std::string cp932_sample(const std::vector<std::string>& names) {
    sample_csv sample;
    for (const std::string& name : names)
        sample.row({{"head_name", yamada_taro_cp932}, {"address", "Tokyo"}, {"name", name}});
    return sample.text();
}

read_options cp932() {
    read_options options;
    options.encoding = text_encoding::cp932;
    return options;
}

std::string offset_of(const std::string& text, const std::string& bytes) {
    return std::to_string(text.find(bytes));
}

}  // namespace

TEST_CASE("encoding: CP932 is converted to UTF-8, labels included") {
    // 表 and ソ end in 0x5C, ① is an NEC special character, ～ is CP932's FF5E (not 301C)
    // and 髙 (0xFBFC) an IBM extension.
    std::string name = "\x95\x5C\x83\x5C\x87\x40\x81\x60\xFB\xFC";
    std::string text = cp932_sample({yamada_taro_cp932, name});
    auto header_end = text.find(",name,");
    text.replace(header_end, 6, "," + shimei_cp932 + ",");
    const snapshot data = read_snapshot(write_temp_file("cp932.csv", text), cp932()).data;
    REQUIRE(data.persons.size() == 2);
    CHECK(data.households[0].head_name == "山田 太郎");
    CHECK(data.persons[0].name == "山田 太郎");
    CHECK(data.persons[1].name == "表ソ①～髙");
}

TEST_CASE("encoding: an invalid CP932 sequence names row, column and byte offset") {
    struct example {
        std::string bad;
        std::string shown;
    };
    auto [bad, shown] = GENERATE(Catch::Generators::values<example>({
        {"\x85\x40", "0x85 0x40"},  // unassigned double-byte code
        {"\xA0", "0xA0"},           // unassigned single byte
        {"\xFF", "0xFF"},           // not a CP932 byte at all
        {"\x81", "0x81"},           // a lead byte followed by the comma
    }));
    std::string text = cp932_sample({yamada_taro_cp932, "a" + bad});
    std::string offset = std::to_string(text.find("a" + bad + ",") + 1);
    CHECK(read_problems(write_temp_file("bad_cp932.csv", text), cp932()) ==
          problems{"3:9: name: invalid CP932 (Windows-31J) at byte offset " + offset + " (" +
                   shown + ")"});
}

TEST_CASE("encoding: a CP932 lead byte at the very end of the file") {
    std::string text = cp932_sample({yamada_taro_cp932});
    text.back() = '\x81';  // in place of the last line end
    std::string offset = std::to_string(text.size() - 1);
    CHECK(read_problems(write_temp_file("truncated.csv", text), cp932()) ==
          problems{"2:12: acquired_on: invalid CP932 (Windows-31J) at byte offset " + offset +
                   " (0x81)"});
}

TEST_CASE("encoding: invalid UTF-8 names row, column and byte offset") {
    struct example {
        std::string bad;
        std::string shown;
    };
    auto [bad, shown] = GENERATE(Catch::Generators::values<example>({
        {"\xFF", "0xFF"},
        {"\xC0\xAF", "0xC0"},      // overlong form of '/'
        {"\xED\xA0\x80", "0xED"},  // a UTF-16 surrogate
        {"\xE5\xB1", "0xE5"},      // cut short by the comma
        {"\x80", "0x80"},          // a continuation byte alone
        {"\xF4\x90\x80\x80", "0xF4"},  // past U+10FFFF
    }));
    sample_csv sample;
    sample.row().row({{"name", "ab" + bad}}).row();
    std::string text = "\xEF\xBB\xBF" + sample.text();  // offsets count the BOM
    std::string offset = std::to_string(text.find("ab" + bad) + 2);
    CHECK(read_problems(write_temp_file("bad_utf8.csv", text)) ==
          problems{"3:9: name: invalid UTF-8 at byte offset " + offset + " (" + shown + ")"});
}

// A file in the wrong encoding gives one fault per line, not one per character.
TEST_CASE("encoding: a CP932 file read as UTF-8 is an error, not mojibake") {
    std::string text = cp932_sample({yamada_taro_cp932, yamada_taro_cp932});
    std::string second_row = std::to_string(text.find(yamada_taro_cp932, text.rfind("\nH0001")));
    CHECK(read_problems(write_temp_file("cp932_as_utf8.csv", text)) ==
          problems{"2:2: head_name: invalid UTF-8 at byte offset " +
                       offset_of(text, yamada_taro_cp932) + " (0x8E)",
                   "3:2: head_name: invalid UTF-8 at byte offset " + second_row + " (0x8E)"});
}

TEST_CASE("encoding: a bad byte in the header is a file error") {
    sample_csv sample;
    sample.row();
    std::string text = sample.text();
    text.replace(text.find("symbol"), 6, "sym\xFF" "bol");
    CHECK(read_problems(write_temp_file("bad_header.csv", text)) ==
          problems{"1:5: invalid UTF-8 at byte offset " + offset_of(text, "\xFF") + " (0xFF)",
                   "1:5: unknown column \"sym?bol\"",
                   "1:0: missing required column symbol (記号)"});
}
