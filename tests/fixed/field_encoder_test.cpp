// One field at a time: each kind, padding, era dates, spellings, 縮退 and 〓, truncation,
// strict Shift_JIS and EBCDIC. Expected bytes are from the code tables, by hand.
#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

#include "fixed_test_support.h"
#include "render/fixed/field_encoder.h"

using namespace fixed_test;
using namespace kokuho::fixed;

namespace {

struct encoded {
    std::string bytes;
    field_report report;
};

struct field_case {
    field_kind kind = field_kind::mixed;
    std::size_t length = 10;
    overflow_policy overflow = overflow_policy::error;
    date_format format = date_format::yyyymmdd;
    encoding target = encoding::cp932;
};

encoded encode(const field_case& c, std::string_view value,
               const replacement_table& table = test_replacements()) {
    field_spec field;
    field.name = "f";
    field.kind = c.kind;
    field.length = c.length;
    field.overflow = c.overflow;
    field.format = c.format;
    field_encoder encoder(c.target, table);
    encoded result{std::string(c.length, '\0'), {}};
    encoder.write(field, value, result.bytes.data(), result.report);
    return result;
}

std::string bytes_of(const field_case& c, std::string_view value) {
    auto result = encode(c, value);
    INFO("value \"" << value << "\": " << result.report.error);
    CHECK(result.report.error.empty());
    return result.bytes;
}

std::string error_of(const field_case& c, std::string_view value) {
    return encode(c, value).report.error;
}

// Decodes EBCDIC bytes with ICU, to check the kanji codes this test does not spell out.
std::string from_ebcdic(const char* converter_name, const std::string& bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::string text(bytes.size() * 3 + 4, '\0');
    auto length = ucnv_convert("UTF-8", converter_name, text.data(),
                               static_cast<int32_t>(text.size()), bytes.data(),
                               static_cast<int32_t>(bytes.size()), &status);
    REQUIRE(U_SUCCESS(status));
    text.resize(static_cast<std::size_t>(length));
    return text;
}

const field_case x8{field_kind::single_byte, 8};
const field_case n6{field_kind::double_byte, 6};
const field_case m5{field_kind::mixed, 5};
const field_case nine4{field_kind::digits, 4};
const field_case era_date{field_kind::date, 7, overflow_policy::error, date_format::gyymmdd};

}  // namespace

TEST_CASE("X: single-byte, left-aligned, space padded", "[field]") {
    CHECK(bytes_of(x8, "AB") == "AB" + spaces(6));
    CHECK(bytes_of(x8, "ＡＢ　１") == "AB 1" + spaces(4));
    CHECK(bytes_of(x8, "ガッコー") == hex("B6 DE AF BA B0") + spaces(3));  // ｶﾞｯｺｰ
    CHECK(bytes_of(x8, "\u301C") == "~" + spaces(7));  // 〜 -> ～ -> ~
    CHECK(error_of(x8, "山") == "has \"山\", which has no single-byte form");
    CHECK(error_of(x8, "A\tB") == "has a control character");
    CHECK(error_of(x8, "\xff") == "is not valid UTF-8");
    CHECK(error_of(x8, "ABCDEFGHI") == "is 9 bytes, the field holds 8");
}

TEST_CASE("9: digits, right-aligned, zero padded", "[field]") {
    CHECK(bytes_of(nine4, "7") == "0007");
    CHECK(bytes_of(nine4, "") == "0000");
    CHECK(bytes_of(nine4, "000123") == "0123");
    CHECK(error_of(nine4, "-1") == "has a non-digit");
    CHECK(error_of(nine4, "１") == "has a non-digit");
    CHECK(error_of(nine4, "12345") == "has 5 digits, the field holds 4");
    auto cut = encode({field_kind::digits, 4, overflow_policy::truncate}, "12345");
    CHECK(cut.bytes == "2345");
    CHECK(cut.report.truncated);
    CHECK(cut.report.kept == "2345");
}

TEST_CASE("N: double-byte only, full-width space padded", "[field]") {
    CHECK(bytes_of(n6, "山") == hex("8E52 8140 8140"));
    CHECK(bytes_of(n6, "ｱｲ") == hex("8341 8343 8140"));   // アイ
    CHECK(bytes_of(n6, "ｶﾞA1") == hex("834B 8260 8250"));  // ガＡ１
    CHECK(bytes_of(n6, "") == hex("8140 8140 8140"));
    CHECK(error_of(n6, "山田太郎") == "is 8 bytes, the field holds 6");
}

TEST_CASE("M: mixed text, space padded, never split inside a character", "[field]") {
    CHECK(bytes_of(m5, "A山") == "A" + hex("8E52") + spaces(2));
    CHECK(error_of(m5, "山田太") == "is 6 bytes, the field holds 5");
    auto cut = encode({field_kind::mixed, 5, overflow_policy::truncate}, "山田太");
    CHECK(cut.bytes == hex("8E52 9363") + " ");
    CHECK(cut.report.kept == "山田");
    auto odd = encode({field_kind::mixed, 5, overflow_policy::truncate}, "A山田太");
    CHECK(odd.bytes == "A" + hex("8E52 9363"));
    auto none = encode({field_kind::mixed, 1, overflow_policy::truncate}, "山");
    CHECK(none.bytes == " ");
    CHECK(none.report.kept.empty());
}

TEST_CASE("gyymmdd dates across era boundaries", "[field][date]") {
    CHECK(bytes_of(era_date, "1912-07-29") == "1450729");  // 明治45年
    CHECK(bytes_of(era_date, "1912-07-30") == "2010730");  // 大正元年
    CHECK(bytes_of(era_date, "1926-12-24") == "2151224");  // 大正15年
    CHECK(bytes_of(era_date, "1926-12-25") == "3011225");  // 昭和元年
    CHECK(bytes_of(era_date, "1989-01-07") == "3640107");  // 昭和64年
    CHECK(bytes_of(era_date, "1989-01-08") == "4010108");  // 平成元年
    CHECK(bytes_of(era_date, "2019-04-30") == "4310430");  // 平成31年
    CHECK(bytes_of(era_date, "2019-05-01") == "5010501");  // 令和元年
    CHECK(bytes_of(era_date, "2026-07-31") == "5080731");
    CHECK(bytes_of(era_date, "") == "0000000");
    CHECK(error_of(era_date, "1850-01-01") == "has no era code (before 明治)");
    CHECK(error_of(era_date, "1989/01/08") == "is not a date (yyyy-mm-dd)");
    CHECK(bytes_of({field_kind::date, 8}, "1989-01-08") == "19890108");
}

TEST_CASE("JIS spellings become the CP932 ones", "[field][encoding]") {
    const field_case m2{field_kind::mixed, 2};
    CHECK(bytes_of(m2, "\u301C") == hex("8160"));  // 〜
    CHECK(bytes_of(m2, "\u2016") == hex("8161"));  // ‖
    CHECK(bytes_of(m2, "\u2212") == hex("817C"));  // −
    CHECK(bytes_of(m2, "\u00A2") == hex("8191"));  // ¢
    CHECK(bytes_of(m2, "\u00A3") == hex("8192"));  // £
    CHECK(bytes_of(m2, "\u00AC") == hex("81CA"));  // ¬
    CHECK(bytes_of(m2, "\u2014") == hex("815C"));  // —
    CHECK(encode(m2, "\u2014").report.replacements.empty());
}

TEST_CASE("縮退, then 〓, each reported", "[field][encoding]") {
    auto table = encode(n6, "鷗外");
    CHECK(table.bytes == hex("89A8 8A4F 8140"));  // 鴎外
    REQUIRE(table.report.replacements.size() == 1);
    CHECK(table.report.replacements[0].original == "鷗");
    CHECK(table.report.replacements[0].replaced == "鴎");
    auto geta = encode(n6, "\U0002A6A4");
    CHECK(geta.bytes == hex("81AC 8140 8140"));
    REQUIRE(geta.report.replacements.size() == 1);
    CHECK(geta.report.replacements[0].replaced == "〓");
    auto private_use = encode(n6, "\uE000");  // a source system's 外字: never F040
    CHECK(private_use.bytes == hex("81AC 8140 8140"));
    CHECK(error_of(x8, "𠮷") == "has \"𠮷\", which has no single-byte form");
}

TEST_CASE("a variation selector is dropped, and reported", "[field][encoding]") {
    auto result = encode(n6, "葛\U000E0100城");
    CHECK(result.bytes == hex("8A8B 8FE9 8140"));
    REQUIRE(result.report.replacements.size() == 1);
    CHECK(result.report.replacements[0].original == "葛\U000E0100");
    CHECK(result.report.replacements[0].replaced == "葛");
}

TEST_CASE("replacements of characters cut off are not reported", "[field][encoding]") {
    auto result = encode({field_kind::mixed, 2, overflow_policy::truncate}, "山𠮷");
    CHECK(result.bytes == hex("8E52"));
    CHECK(result.report.replacements.empty());
    CHECK(result.report.truncated);
}

TEST_CASE("strict Shift_JIS has no NEC or IBM extensions", "[field][encoding]") {
    field_case strict{field_kind::mixed, 4, overflow_policy::error, date_format::yyyymmdd,
                      encoding::shift_jis};
    CHECK(bytes_of(strict, "山田") == hex("8E52 9363"));
    auto taka = encode(strict, "髙");
    CHECK(taka.bytes == hex("8D82") + spaces(2));  // 高, from the table
    REQUIRE(taka.report.replacements.size() == 1);
    CHECK(encode(strict, "①").bytes == hex("81AC") + spaces(2));  // NEC row 13: 〓
    field_case cp932{field_kind::mixed, 4};
    CHECK(bytes_of(cp932, "①髙") == hex("8740 FBFC"));
}

TEST_CASE("EBCDIC: SO/SI in M, pure double-byte in N", "[field][encoding]") {
    const auto target = encoding::ibm939;
    CHECK(bytes_of({field_kind::single_byte, 3, {}, {}, target}, "AB") == hex("C1 C2 40"));
    CHECK(bytes_of({field_kind::digits, 3, {}, {}, target}, "12") == hex("F0 F1 F2"));
    auto n = bytes_of({field_kind::double_byte, 4, {}, {}, target}, "山");
    CHECK(n.substr(2) == hex("4040"));
    CHECK(from_ebcdic("ibm-939", hex("0E") + n + hex("0F")) == "山\u3000");
    auto m = bytes_of({field_kind::mixed, 8, {}, {}, target}, "A山B");
    CHECK(m.substr(0, 2) == hex("C1 0E"));
    CHECK(m.substr(4) == hex("0F C2 40 40"));
    CHECK(from_ebcdic("ibm-939", m) == "A山B  ");
    auto cut = encode({field_kind::mixed, 7, overflow_policy::truncate, {}, target}, "山田太郎");
    CHECK(cut.bytes[0] == '\x0E');
    CHECK(cut.bytes.substr(5) == hex("0F 40"));  // SO 山田 SI: 太 and its SI would not fit
    CHECK(cut.report.kept == "山田");
    CHECK(error_of({field_kind::mixed, 5, {}, {}, target}, "A山B") ==
          "is 6 bytes, the field holds 5");
    auto wave = bytes_of({field_kind::double_byte, 2, {}, {}, target}, "\uFF5E");
    CHECK(from_ebcdic("ibm-939", hex("0E") + wave + hex("0F")) == "\u301C");
}
