// kokuho minors register | show (5.5.2) and their use by kokuho ratio judge, on
// tests/data/judgment/snapshot.csv. Household J5's head (head_on_dec31) is 70-74 with a
// grandchild born 2012-04-01 (13 on 2025-12-31): one member under 16. With it, the head's
// taxable income of 1,779,999 falls to 1,449,999 (minors_adjustment); given as 0 instead, it
// stays above 145万円 and the 旧ただし書所得 of 2,000,000 decides (old_proviso_210).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cli/run_steps.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

std::string with_input(const std::string& dir) {
    return " --as-of 2026-07-10 --db " + dir + "/h.sqlite";
}

// J5's judgment in a judgment folder: "rule minors-source under_16".
std::string j5_judgment(const std::string& folder) {
    return judged(folder, "20000501", "j[\"rule\"], j[\"figures\"][\"minors\"][\"source\"], "
                                      "j[\"figures\"][\"minors\"][\"under_16\"]");
}

}  // namespace

TEST_CASE("minors: derived, then given counts replace them in the judgment") {
    auto dir = temp_dir("minors");
    auto snapshot = source_path("tests/data/judgment/snapshot.csv");
    auto derived = run_kokuho("minors register --snapshot " + snapshot + with_input(dir));
    INFO(derived.err);
    REQUIRE(derived.status == 0);
    CHECK_THAT(derived.out, Catch::Contains("J5\t2026-08-01\tunder 16: 1\t16-18: 0\tderived\n"));
    CHECK_THAT(derived.out, Catch::Contains(": 1 households\n"));

    REQUIRE(run_kokuho("ratio judge --snapshot " + snapshot + with_input(dir) + " --out " + dir + "/first").status == 0);
    CHECK(j5_judgment(dir + "/first") == "minors_adjustment registered 1");

    std::ofstream(dir + "/given.csv") << "household_id,under_16,age_16_18\nJ5,0,0\n";
    auto given = run_kokuho("minors register --file " + dir + "/given.csv" + with_input(dir));
    INFO(given.err);
    REQUIRE(given.status == 0);
    CHECK_THAT(given.out, Catch::Contains("J5\t2026-08-01\tunder 16: 0\t16-18: 0\tgiven\n"));
    // Deriving again does not replace what was given.
    REQUIRE(run_kokuho("minors register --snapshot " + snapshot + with_input(dir)).status == 0);

    REQUIRE(run_kokuho("ratio judge --snapshot " + snapshot + with_input(dir) + " --out " + dir + "/second").status == 0);
    CHECK(j5_judgment(dir + "/second") == "old_proviso_210 registered 0");

    auto shown = run_kokuho("minors show --household J5 --db " + dir + "/h.sqlite");
    REQUIRE(shown.status == 0);
    auto lines = split_lines(shown.out);
    REQUIRE(lines.size() == 3);  // the header, the given count, the derived one (registered twice: once)
    CHECK_THAT(lines[1], Catch::StartsWith("2026-08-01\t0\t0\tgiven\tM20260710-"));
    CHECK_THAT(lines[1], Catch::EndsWith("\tyes"));
    CHECK_THAT(lines[2], Catch::StartsWith("2026-08-01\t1\t0\tderived\tM20260710-"));
    CHECK_THAT(lines[2], Catch::EndsWith("\t"));
}

TEST_CASE("minors: a bad counts file is named row by row, and nothing is registered") {
    auto dir = temp_dir("minors-bad");
    std::ofstream(dir + "/bad.csv") << "household_id,under_16,age_16_18\nJ5,x,0\n,1,100\nJ6,1\n";
    auto r = run_kokuho("minors register --file " + dir + "/bad.csv" + with_input(dir));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("bad.csv:2:2: under_16: not a count from 0 to 99"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:3:1: household_id: required value missing"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:3:3: age_16_18: not a count from 0 to 99"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:4: expected 3 fields, found 2"));
    auto shown = run_kokuho("minors show --household J5 --db " + dir + "/h.sqlite");
    CHECK(shown.out == "household J5: no minors counts registered\n");

    std::ofstream(dir + "/header.csv") << "household,under_16,age_16_18\nJ5,1,0\n";
    auto header = run_kokuho("minors register --file " + dir + "/header.csv" + with_input(dir));
    CHECK(header.status == 2);
    CHECK_THAT(header.err, Catch::Contains("header.csv:1:1: the header must be household_id,under_16,age_16_18"));
}
