// kokuho inquiry answers (5.5.1) and their use by kokuho ratio judge. A person who lived in
// 浜松市 on 31 December (prior_municipality) is pending until the answer is registered; the
// answer's figures then replace the snapshot's: taxable income 1,000,000 -> 2 below_145.
#include <catch2/catch.hpp>
#include <fstream>

#include "cli/run_steps.h"
#include "support/files.h"

using namespace kokuho::test;

namespace {

const std::string header =
    "person_id,answered_on,taxable_income,income,old_proviso_income,total_income,head_on_dec31,under_16,age_16_18\n";

// The judgment of person 20000901 in a judgment folder: "ratio rule taxable_income".
std::string j9(const std::string& folder) {
    return judged(folder, "20000901", "j[\"ratio\"], j[\"rule\"], j[\"figures\"][\"members\"][0][\"taxable_income\"]");
}

}  // namespace

TEST_CASE("inquiry answers: a person who lived elsewhere is judged on the answer") {
    auto dir = temp_dir("inquiry-answers");
    auto snapshot = dir + "/snapshot.csv";
    // J9: moved in from 浜松市 in 2026; the snapshot's taxable income (5,000,000) is not the
    // income year's figure of this municipality.
    std::ofstream(snapshot) << read_file(source_path("tests/data/judgment/snapshot.csv"))
                            << "J9,判定 九郎,419-0601,静岡県みどり市中央一丁目9番,22,20000901,0901,01,判定 九郎,"
                               "1955-03-10,1,2026-02-01,,,5000000,9000000,5000000,,,\n";
    // The columns of tests/data/judgment/snapshot.csv have no prior_municipality: add it.
    auto csv = read_file(snapshot);
    auto lines = split_lines(csv);
    std::string text = lines[0] + ",prior_municipality\n";
    for (std::size_t i = 1; i < lines.size(); ++i)
        text += lines[i] + (lines[i].starts_with("J9,") ? ",221309 浜松市\n" : ",\n");
    std::ofstream(snapshot) << text;
    auto judge = [&](const std::string& out) {
        auto r = run_kokuho("ratio judge --snapshot " + snapshot + " --as-of 2026-07-10 --db " + dir +
                            "/h.sqlite --out " + dir + "/" + out);
        INFO(r.err);
        REQUIRE(r.status == 0);
    };
    judge("before");
    CHECK(j9(dir + "/before") == "pending income_unknown 5000000");

    std::ofstream(dir + "/answers.csv") << header << "20000901,2026-06-20,1000000,2000000,800000,,1,0,0\n";
    auto answers = "inquiry answers --file " + dir + "/answers.csv --as-of 2026-07-10 --db " + dir + "/h.sqlite";
    auto r = run_kokuho(answers);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("for the cycle from 2026-08-01: 1 registered, 0 unchanged"));
    CHECK_THAT(run_kokuho(answers).out, Catch::Contains("0 registered, 1 unchanged"));

    judge("after");
    CHECK(j9(dir + "/after") == "2 below_145 1000000");
}

TEST_CASE("inquiry answers: a bad file is named row by row, and nothing is registered") {
    auto dir = temp_dir("inquiry-answers-bad");
    std::ofstream(dir + "/bad.csv") << header << "20000901,2026-02-30,1000000,,,,1,0,0\n"
                                    << ",2026-06-20,-5,1,2,3,yes,0,100\n";
    auto r = run_kokuho("inquiry answers --file " + dir + "/bad.csv --as-of 2026-07-10 --db " + dir + "/h.sqlite");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("bad.csv:2:2: answered_on: not a date in YYYY-MM-DD form"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:3:1: person_id: required value missing"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:3:3: taxable_income: not an amount in yen (digits only)"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:3:7: head_on_dec31: not a flag (1, 0, Y or N)"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:3:9: age_16_18: not a count from 0 to 99"));
    CHECK(query(dir + "/h.sqlite", "SELECT count(*) FROM sqlite_schema WHERE name = 'inquiry_answers'") == "0");
}
