// Cross-check: the sample batch decoded field by field with Python's cp932 codec, an
// implementation independent of ICU, at the offsets the layout gives.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <unistd.h>

#include "fixed_test_support.h"

using namespace fixed_test;
using namespace kokuho::fixed;

namespace {

// Runs a command and returns its standard output, one string per line.
std::vector<std::string> output_lines(const std::string& command) {
    std::vector<std::string> lines;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string line;
    for (int c; (c = std::fgetc(pipe)) != EOF;) {
        if (c != '\n') {
            line += static_cast<char>(c);
            continue;
        }
        lines.push_back(line);
        line.clear();
    }
    CHECK(pclose(pipe) == 0);
    return lines;
}

// Expected texts of the data records' fields, as Python decodes them (padding included).
const std::map<std::string, std::vector<std::string>> data_texts{
    {"seq", {"000001", "000002", "000003", "000004"}},
    {"insured_number", {"12345678", "87654321", "00000001", "99999999"}},
    {"name", {"山田　太郎", "吉野～　　", "〓太郎　　", "寿限無寿限"}},
    {"kana", {"ﾔﾏﾀﾞ    ", "ﾀﾛｳ     ", "ABC-1   ", "ｶﾞｸｾｲｼｮｳ"}},
    {"address", {"東京1-2  ", "髙橋     ", "あいうえ ", "∥～－￠ "}},
    {"birth_date", {"3640107", "4010108", "4310430", "3011225"}},
    {"issued", {"20190501", "20190430", "20260731", "19890107"}},
    {"amount", {"0042", "0042", "0000", "9999"}},
    {"city", {"札幌", "　　", "ａｂ", "仙台"}},
};

}  // namespace

TEST_CASE("Python's cp932 codec reads every field back at its offset", "[writer][python]") {
    auto path = std::filesystem::temp_directory_path() /
                ("kokuho_fixed_" + std::to_string(getpid()) + ".dat");
    auto layout = test_layout();
    {
        std::ofstream out(path, std::ios::binary);
        file_writer writer(layout, test_replacements(), out);
        write_sample_batch(writer);
    }
    std::vector<const record_spec*> records{&layout.header, &layout.data, &layout.data,
                                            &layout.data,   &layout.data, &layout.trailer,
                                            &layout.end};
    std::string command = "python3 '" + data_path("decode_fields.py") + "' '" + path.string() +
                          "' " + std::to_string(layout.record_length + 2);
    std::vector<std::pair<std::size_t, const field_spec*>> asked;
    for (std::size_t r = 0; r < records.size(); ++r)
        for (const auto& field : records[r]->fields) {
            command += " " + std::to_string(r) + ":" + std::to_string(field.offset) + ":" +
                       std::to_string(field.length);
            asked.emplace_back(r, &field);
        }
    auto lines = output_lines(command);
    std::filesystem::remove(path);
    REQUIRE(lines.size() == asked.size());

    std::size_t compared = 0;
    for (std::size_t i = 0; i < asked.size(); ++i) {
        auto [record, field] = asked[i];
        INFO("record " << record << ", field " << field->name);
        CHECK(lines[i] != "!error");
        auto expected = data_texts.find(field->name);
        if (record >= 1 && record <= 4 && expected != data_texts.end()) {
            CHECK(lines[i] == expected->second[record - 1]);
            ++compared;
        }
    }
    CHECK(compared == 4 * data_texts.size());
    CHECK(lines[1] == "KOKUHO-ISSUE");
    CHECK(lines[lines.size() - 6] == "000004");
    CHECK(lines[lines.size() - 5] == "0199999999");
}
