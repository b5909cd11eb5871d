// CSV formula injection: a name that a spreadsheet would run as a formula is written to the
// lists a person opens with a leading ', and to the contractor's vendor file as it is.
#include <catch2/catch.hpp>
#include <fstream>

#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;

TEST_CASE("csv formulas: names starting with = + - @ are neutralised in the lists, not in the vendor file") {
    auto dir = temp_dir("csv-formulas");
    auto text = read_file(source_path("samples/snapshot.csv"));
    // The name cells of 10000101 (枝番 01, 田中　一郎) and 10000102 (枝番 02, 田中　美咲).
    auto rename = [&](const std::string& branch_and_name, const std::string& to) {
        auto at = text.find(branch_and_name);
        REQUIRE(at != std::string::npos);
        text.replace(at + 4, branch_and_name.size() - 5, to);
    };
    rename(",01,田中　一郎,", "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"");
    rename(",02,田中　美咲,", "@SUM(1)");
    std::ofstream(dir + "/snapshot.csv", std::ios::binary) << text;
    auto r = run_kokuho("annual certificates --snapshot " + dir + "/snapshot.csv --as-of 2026-07-10 --out " + dir +
                        "/out --db " + dir + "/h.sqlite");
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::map<std::string, std::string> names;
    for (auto& row : read_csv(dir + "/out/issue-list.csv")) names[row["宛名番号"]] = row["氏名"];
    CHECK(names.at("10000101") == "'=HYPERLINK(\"http://example.invalid\",\"x\")");
    CHECK(names.at("10000102") == "'@SUM(1)");
    auto vendor = read_file(dir + "/out/issue-file.dat");
    CHECK(vendor.find("'@") == std::string::npos);
    CHECK(vendor.find("'=") == std::string::npos);
}
