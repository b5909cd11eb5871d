#pragma once
// Helpers shared by the tests of src/render/fixed.
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "core/values.h"
#include "render/fixed/record_layout.h"
#include "render/fixed/replacements.h"
#include "render/fixed/writer.h"

namespace fixed_test {

// Bytes from hex text: hex("8E 52") is the two bytes 0x8E 0x52.
inline std::string hex(std::string_view text) {
    std::string bytes;
    std::string digits;
    for (char c : text) {
        if (c == ' ') continue;
        digits += c;
        if (digits.size() == 2) {
            bytes += static_cast<char>(std::stoi(digits, nullptr, 16));
            digits.clear();
        }
    }
    return bytes;
}

inline std::string spaces(std::size_t count) { return std::string(count, ' '); }

inline std::string data_path(std::string_view name) {
    return std::string(KOKUHO_TEST_DATA) + "/fixed/" + std::string(name);
}

inline kokuho::values make_values(
    std::initializer_list<std::pair<const char*, const char*>> entries) {
    kokuho::values values;
    for (const auto& [name, text] : entries) values.set(name, text);
    return values;
}

inline kokuho::fixed::record_layout test_layout() {
    return kokuho::fixed::load_record_layout(data_path("test_layout.yaml"));
}

inline kokuho::fixed::replacement_table test_replacements() {
    return kokuho::fixed::load_replacements(data_path("replacements.yaml"));
}

// The test layout's text with one setting changed, e.g. ("separator: crlf", "separator: none").
inline kokuho::fixed::record_layout changed_layout(std::string_view from, std::string_view to) {
    std::ifstream in(data_path("test_layout.yaml"));
    std::stringstream text;
    text << in.rdbuf();
    auto yaml = text.str();
    yaml.replace(yaml.find(from), from.size(), to);
    return kokuho::fixed::parse_record_layout(yaml, "changed_layout.yaml");
}

// The header and four data records the golden-file tests write, then finish().
inline void write_sample_batch(kokuho::fixed::file_writer& writer) {
    writer.write_header(make_values(
        {{"insurer_number", "123456"}, {"created", "2026-07-31"}, {"batch_id", "B01"}}));
    writer.write_data("1", make_values({{"insured_number", "12345678"},
                                        {"name", "山田　太郎"},
                                        {"kana", "ヤマダ"},
                                        {"address", "東京1-2"},
                                        {"birth_date", "1989-01-07"},
                                        {"issued", "2019-05-01"},
                                        {"amount", "42"},
                                        {"city", "札幌"}}));
    writer.write_data("2", make_values({{"insured_number", "87654321"},
                                        {"name", "𠮷野\u301C"},
                                        {"kana", "ﾀﾛｳ"},
                                        {"address", "髙橋"},
                                        {"birth_date", "1989-01-08"},
                                        {"issued", "2019-04-30"},
                                        {"amount", "0000042"},
                                        {"city", ""}}));
    writer.write_data("3", make_values({{"insured_number", "1"},
                                        {"name", "𩸽太郎"},
                                        {"kana", "ＡＢＣ\u2212１"},
                                        {"address", "あいうえお"},
                                        {"birth_date", "2019-04-30"},
                                        {"issued", "2026-07-31"},
                                        {"amount", ""},
                                        {"city", "ab"}}));
    writer.write_data("4", make_values({{"insured_number", "99999999"},
                                        {"name", "寿限無寿限無"},
                                        {"kana", "ｶﾞｸｾｲｼｮｳﾋｮｳ"},
                                        {"address", "\u2016\u301C\u2212\u00A2"},
                                        {"birth_date", "1926-12-25"},
                                        {"issued", "1989-01-07"},
                                        {"amount", "9999"},
                                        {"city", "仙台"}}));
    writer.finish();
}

}  // namespace fixed_test
