// The file writer against golden bytes worked out by hand from the CP932 code table.
#include <algorithm>

#include <catch2/catch.hpp>

#include "fixed_test_support.h"

using namespace fixed_test;
using kokuho::fixed::exception_entry;
using kokuho::fixed::file_writer;

namespace {

// The sample batch, record by record (72 bytes each), each followed by CRLF when asked.
std::string expected_sample(bool crlf) {
    std::string end_of_record = crlf ? "\r\n" : "";
    std::string header = "1" "KOKUHO-ISSUE" "00123456" "20260731" "B01   " + spaces(37);
    std::string data1 = "2" "000001" "12345678"
                        + hex("8E52 9363 8140 91BE 9859")         // 山田　太郎
                        + hex("D4 CF C0 DE") + spaces(4)          // ﾔﾏﾀﾞ
                        + hex("938C 8B9E") + "1-2" + spaces(2)    // 東京1-2
                        + "3640107" "20190501" "0042"             // 昭和64年1月7日
                        + hex("8E44 9679") + spaces(7);           // 札幌
    std::string data2 = "2" "000002" "87654321"
                        + hex("8B67 96EC 8160 8140 8140")         // 𠮷 -> 吉, 野, 〜 -> ～
                        + hex("C0 DB B3") + spaces(5)             // ﾀﾛｳ
                        + hex("FBFC 8BB4") + spaces(5)            // 髙 is in CP932: kept
                        + "4010108" "20190430" "0042"             // 平成元年1月8日
                        + hex("8140 8140") + spaces(7);           // empty N: full spaces
    std::string data3 = "2" "000003" "00000001"
                        + hex("81AC 91BE 9859 8140 8140")         // 𩸽 -> 〓
                        + "ABC-1" + spaces(3)                     // full-width, JIS minus
                        + hex("82A0 82A2 82A4 82A6") + spaces(1)  // あいうえ(お cut)
                        + "4310430" "20260731" "0000"             // 平成31年4月30日
                        + hex("8281 8282") + spaces(7);           // ａｂ
    std::string data4 = "2" "000004" "99999999"
                        + hex("8EF5 8CC0 96B3 8EF5 8CC0")         // 寿限無寿限(無 cut)
                        + hex("B6 DE B8 BE B2 BC AE B3")          // ｶﾞｸｾｲｼｮｳ(ﾋｮｳ cut)
                        + hex("8161 8160 817C 8191") + spaces(1)  // ‖～－￠
                        + "3011225" "19890107" "9999"             // 昭和元年12月25日
                        + hex("90E5 91E4") + spaces(7);           // 仙台
    std::string trailer = "8" "000004" "0199999999" "KOKUHO-ISSUE" + spaces(43);
    std::string end = "9" + spaces(71);
    std::string all;
    for (const auto& record : {header, data1, data2, data3, data4, trailer, end}) {
        REQUIRE(record.size() == 72);
        all += record + end_of_record;
    }
    return all;
}

// Compares record by record, so a failure names the record and the first differing byte.
void check_bytes(const std::string& actual, const std::string& expected, std::size_t stride) {
    REQUIRE(actual.size() == expected.size());
    for (std::size_t start = 0; start < expected.size(); start += stride) {
        auto want = expected.substr(start, stride);
        auto got = actual.substr(start, stride);
        auto [mismatch, _] = std::mismatch(want.begin(), want.end(), got.begin());
        INFO("record " << start / stride << ", first difference at byte "
                       << (mismatch - want.begin()));
        CHECK(got == want);
    }
}

bool same(const exception_entry& a, const exception_entry& b) {
    return a.seq == b.seq && a.field == b.field && a.original == b.original &&
           a.replaced == b.replaced && a.action == b.action;
}

}  // namespace

TEST_CASE("the sample batch matches the golden bytes, with CRLF", "[writer]") {
    std::ostringstream out;
    file_writer writer(test_layout(), test_replacements(), out);
    write_sample_batch(writer);
    check_bytes(out.str(), expected_sample(true), 74);
    CHECK(writer.data_count() == 4);
    CHECK(writer.record_count() == 7);
    CHECK(writer.bytes_written() == 7 * 74);
    CHECK(writer.errors().empty());
}

TEST_CASE("without a separator the records follow each other directly", "[writer]") {
    std::ostringstream out;
    file_writer writer(changed_layout("separator: crlf", "separator: none"), test_replacements(),
                       out);
    write_sample_batch(writer);
    check_bytes(out.str(), expected_sample(false), 72);
    CHECK(writer.bytes_written() == 7 * 72);
}

TEST_CASE("every replacement and truncation is an exception entry", "[writer]") {
    std::ostringstream out;
    file_writer writer(test_layout(), test_replacements(), out);
    write_sample_batch(writer);
    std::vector<exception_entry> expected{
        {"2", "name", "𠮷", "吉", "replaced"},
        {"3", "name", "𩸽", "〓", "replaced"},
        {"3", "address", "あいうえお", "あいうえ", "truncated"},
        {"4", "name", "寿限無寿限無", "寿限無寿限", "truncated"},
        {"4", "kana", "ｶﾞｸｾｲｼｮｳﾋｮｳ", "ｶﾞｸｾｲｼｮｳ", "truncated"},
    };
    const auto& listed = writer.exceptions();
    REQUIRE(listed.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("entry " << i << ": " << listed[i].seq << " " << listed[i].field << " "
                      << listed[i].original << " -> " << listed[i].replaced);
        CHECK(same(listed[i], expected[i]));
    }
}

TEST_CASE("record errors are collected with seq, field and value", "[writer][errors]") {
    std::ostringstream out;
    file_writer writer(test_layout(), test_replacements(), out);
    writer.write_header(
        make_values({{"insurer_number", "1"}, {"created", "2026-07-31"}, {"batch_id", "B"}}));
    auto good = make_values({{"insured_number", "1"}, {"name", "山"}, {"kana", "A"},
                             {"address", ""}, {"birth_date", "2000-01-01"},
                             {"issued", "2026-07-31"}, {"amount", "1"}, {"city", ""}});
    auto with = [&](const char* name, const char* text) {
        auto changed = good;
        changed.set(name, text);
        return changed;
    };
    writer.write_data("1", good);
    writer.write_data("2", with("amount", "12a"));
    writer.write_data("3", with("amount", "12345"));
    writer.write_data("4", with("city", "名古屋市"));
    writer.write_data("5", with("kana", "山田"));
    writer.write_data("6", with("issued", "2026-02-30"));
    writer.write_data("7", make_values({{"insured_number", "1"}}));
    writer.write_data("8", good);

    const auto& errors = writer.errors();
    REQUIRE(errors.size() == 12);  // record 7 lacks seven values
    CHECK(errors[0].message == "record 2: field amount (\"12a\") has a non-digit");
    CHECK(errors[1].message ==
          "record 3: field amount (\"12345\") has 5 digits, the field holds 4");
    CHECK(errors[2].message == "record 4: field city (\"名古屋市\") is 8 bytes, the field holds 4");
    CHECK(errors[3].message ==
          "record 5: field kana (\"山田\") has \"山\", which has no single-byte form");
    CHECK(errors[4].message ==
          "record 6: field issued (\"2026-02-30\") is not a date (yyyy-mm-dd)");
    CHECK(errors[5].message == "record 7: field name has no value");
    CHECK(writer.data_count() == 2);

    try {
        writer.finish();
        FAIL("finish() should throw");
    } catch (const kokuho::error& e) {
        CHECK(e.kind() == kokuho::error_kind::input);
        CHECK(e.diagnostics().size() == 12);
    }
    // Header and the two good records only: no trailer, no end.
    CHECK(out.str().size() == 3 * 74);
}

TEST_CASE("a hash total too long for its trailer field is an error", "[writer][errors]") {
    std::ostringstream out;
    file_writer writer(test_layout(), test_replacements(), out);
    writer.write_header(
        make_values({{"insurer_number", "1"}, {"created", "2026-07-31"}, {"batch_id", "B"}}));
    auto values = make_values({{"insured_number", "99999999"}, {"name", ""}, {"kana", ""},
                               {"address", ""}, {"birth_date", ""}, {"issued", ""},
                               {"amount", ""}, {"city", ""}});
    for (int seq = 1; seq <= 101; ++seq) writer.write_data(std::to_string(seq), values);
    CHECK_THROWS_WITH(writer.finish(),
                      "record trailer: field hash_total (\"10099999899\") has 11 digits, the "
                      "field holds 10");
}

TEST_CASE("the hash total carries across many records", "[writer]") {
    std::ostringstream out;
    file_writer writer(test_layout(), test_replacements(), out);
    writer.write_header(
        make_values({{"insurer_number", "1"}, {"created", "2026-07-31"}, {"batch_id", "B"}}));
    auto values = make_values({{"insured_number", "99999999"}, {"name", ""}, {"kana", ""},
                               {"address", ""}, {"birth_date", ""}, {"issued", ""},
                               {"amount", ""}, {"city", ""}});
    for (int seq = 1; seq <= 100; ++seq) writer.write_data(std::to_string(seq), values);
    writer.finish();
    auto trailer = out.str().substr(101 * 74, 72);
    CHECK(trailer.substr(0, 17) == "8" "000100" "9999999900");
    // Empty dates and amounts are zeros.
    CHECK(out.str().substr(74 + 42, 19) == "0000000" "00000000" "0000");
}

TEST_CASE("layout constants the target cannot write fail at construction", "[writer][errors]") {
    auto layout = changed_layout("file_id: KOKUHO-ISSUE", "file_id: 国保");
    std::ostringstream out;
    CHECK_THROWS_WITH(file_writer(layout, {}, out),
                      "changed_layout.yaml:10:7: the value \"国保\" of file_id has \"国\", which "
                      "has no single-byte form");
}

TEST_CASE("records must come in order", "[writer][errors]") {
    std::ostringstream out;
    file_writer writer(test_layout(), test_replacements(), out);
    CHECK_THROWS_AS(writer.write_data("1", {}), kokuho::error);
    CHECK_THROWS_AS(writer.finish(), kokuho::error);
}
