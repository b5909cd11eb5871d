// Speed of the writer: 100,000 data records of 30 fields. Hidden; run with
//   test_fixed "[.speed]"
#include <catch2/catch.hpp>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "fixed_test_support.h"

using namespace fixed_test;
using namespace kokuho::fixed;

namespace {

struct field_row {
    const char* name;
    const char* spec;  // the rest of the YAML field map
    std::size_t length;
};

const std::vector<field_row> data_fields{
    {"household_id", "kind: \"9\", length: 10", 10},   {"person_id", "kind: \"9\", length: 10", 10},
    {"form_code", "kind: X, length: 4", 4},           {"variant", "kind: X, length: 2", 2},
    {"insured_number", "kind: \"9\", length: 8", 8},  {"symbol", "kind: M, length: 20", 20},
    {"name", "kind: N, length: 30, overflow: truncate", 30},
    {"kana", "kind: X, length: 30, overflow: truncate", 30},
    {"birth_date", "kind: date, format: gyymmdd", 7}, {"sex", "kind: \"9\", length: 1", 1},
    {"postal", "kind: X, length: 8", 8},
    {"address", "kind: N, length: 60, overflow: truncate", 60},
    {"building", "kind: M, length: 40, overflow: truncate", 40},
    {"issued", "kind: date, format: yyyymmdd", 8},
    {"valid_from", "kind: date, format: gyymmdd", 7},
    {"valid_to", "kind: date, format: gyymmdd", 7},
    {"insurer_number", "kind: \"9\", length: 8", 8},
    {"insurer_name", "kind: N, length: 30", 30},      {"relation", "kind: N, length: 10", 10},
    {"head_name", "kind: N, length: 30, overflow: truncate", 30},
    {"copay_rate", "kind: \"9\", length: 2", 2},      {"amount1", "kind: \"9\", length: 9", 9},
    {"amount2", "kind: \"9\", length: 9", 9},         {"amount3", "kind: \"9\", length: 9", 9},
    {"reason_code", "kind: X, length: 2", 2},
    {"note", "kind: M, length: 40, overflow: truncate", 40},
    {"office", "kind: N, length: 20", 20},            {"phone", "kind: X, length: 13", 13},
};

std::string speed_layout() {
    std::string yaml =
        "file_id: SPEED\nrecord_length: 500\nseparator: crlf\nhash_total: insured_number\n"
        "records:\n  header: [{name: kind, kind: \"9\", length: 1, value: \"1\"}, "
        "{name: file_id, kind: X, length: 8}, {filler: 491}]\n"
        "  data:\n    - {name: kind, kind: \"9\", length: 1, value: \"2\"}\n"
        "    - {name: seq, kind: \"9\", length: 7}\n";
    std::size_t used = 8;
    for (const auto& row : data_fields) {
        yaml += "    - {name: " + std::string(row.name) + ", " + row.spec + "}\n";
        used += row.length;
    }
    yaml += "    - {filler: " + std::to_string(500 - used) + "}\n";
    yaml += "  trailer: [{name: kind, kind: \"9\", length: 1, value: \"8\"}, "
            "{name: count, kind: \"9\", length: 7}, {name: hash_total, kind: \"9\", length: 15},"
            " {filler: 477}]\n"
            "  end: [{name: kind, kind: \"9\", length: 1, value: \"9\"}, {filler: 499}]\n";
    return yaml;
}

kokuho::values person(int i) {
    static const char* names[] = {"山田　太郎", "鈴木　花子", "髙橋　一郎", "渡邊　美咲", "𠮷田　健"};
    static const char* kana[] = {"ヤマダ　タロウ", "ｽｽﾞｷ ﾊﾅｺ", "タカハシ　イチロウ", "ワタナベ　ミサキ",
                                 "ヨシダ　ケン"};
    auto n = std::to_string(i);
    auto values = make_values({{"household_id", "1234567"}, {"form_code", "K01"},
                               {"variant", "A"}, {"symbol", "市01"},
                               {"name", names[i % 5]}, {"kana", kana[i % 5]},
                               {"birth_date", i % 2 ? "1989-01-07" : "2019-05-01"},
                               {"sex", i % 2 ? "1" : "2"}, {"postal", "060-0001"},
                               {"address", "北海道札幌市中央区北一条西二丁目１番地"},
                               {"building", "札幌ﾀﾜｰ 12F"}, {"issued", "2026-07-31"},
                               {"valid_from", "2026-08-01"}, {"valid_to", "2027-07-31"},
                               {"insurer_number", "00123456"}, {"insurer_name", "札幌市"},
                               {"relation", "世帯主"}, {"head_name", names[(i + 1) % 5]},
                               {"copay_rate", "30"}, {"amount3", "0"}, {"reason_code", "01"},
                               {"note", "再交付〜郵送"}, {"office", "中央区役所"},
                               {"phone", "011-211-2000"}});
    values.set("person_id", n);
    values.set("insured_number", n);
    values.set("amount1", std::to_string(i * 37 % 1000000));
    values.set("amount2", std::to_string(i * 91 % 100000));
    return values;
}

}  // namespace

TEST_CASE("100,000 records of 30 fields", "[.speed]") {
    auto layout = parse_record_layout(speed_layout(), "speed.yaml");
    REQUIRE(layout.data.fields.size() == 31);  // 30 fields and a filler
    std::vector<kokuho::values> pool;
    for (int i = 0; i < 1000; ++i) pool.push_back(person(i));
    auto path = std::filesystem::temp_directory_path() /
                ("kokuho_fixed_speed_" + std::to_string(getpid()) + ".dat");
    std::ofstream out(path, std::ios::binary);
    auto start = std::chrono::steady_clock::now();
    auto cpu_start = std::clock();
    file_writer writer(layout, test_replacements(), out);
    writer.write_header(make_values({}));
    for (int i = 0; i < 100000; ++i)
        writer.write_data(std::to_string(i + 1), pool[static_cast<std::size_t>(i % 1000)]);
    writer.finish();
    out.close();
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    double cpu = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::filesystem::remove(path);
    WARN("100,000 records: " << took.count() << " s (CPU " << cpu << " s), "
                             << writer.exceptions().size() << " exception entries");
    CHECK(writer.data_count() == 100000);
    CHECK(writer.bytes_written() == 100003 * 502);
}
