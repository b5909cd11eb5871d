// The 特定疾病療養受療証 family (--kind disease, 5.4) on tests/data/disease/snapshot.csv, as-of
// 2026-07-10 (cycle 2026-08-01 to 2027-07-31). Worked out by hand:
//   90000101 born 1980, dialysis 20,000           -> 2026-08-01 .. 2027-07-31 annual
//   90000201 born 1957-01-02, hemophilia 10,000   -> 70 on 2027-01-01: .. 2027-01-31 age70
//   90000301 born 1984-02-29, HIV from 2026-11-15 -> 2026-11-15 .. 2027-07-31 annual
//   90000401 born 1955-03-10 (70 already)         -> none, from_70 (runs to 75: the monthly run)
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

std::string disease_arguments(const std::string& snapshot, const std::string& dir) {
    return "annual certificates --kind disease --snapshot " + snapshot + " --as-of 2026-07-10 --db " + dir +
           "/h.sqlite --out " + dir + "/out";
}

}  // namespace

TEST_CASE("disease: the yearly run decides and prints as derived by hand") {
    auto dir = temp_dir("disease-yearly");
    auto r = run_kokuho(disease_arguments(source_path("tests/data/disease/snapshot.csv"), dir));
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::vector<std::string> decided;
    for (const auto& d : read_jsonl(dir + "/out/decisions.jsonl"))
        decided.push_back(d.at("person_id") + " " + d.at("form") + " " + d.at("reason") + " " + d.at("valid_from") +
                          " " + d.at("valid_until") + " " + d.at("valid_until_reason") + " " + d.at("limit"));
    CHECK(decided == std::vector<std::string>{
                         "90000101 disease dialysis 2026-08-01 2027-07-31 annual 20000",
                         "90000201 disease hemophilia 2026-08-01 2027-01-31 age70 10000",
                         "90000301 disease hiv 2026-11-15 2027-07-31 annual 10000",
                         "90000401 none from_70    ",
                     });
    auto cards = pdf_text(dir + "/out/disease-cards-0001.pdf");
    for (const std::string part : {"国民健康保険特定疾病療養受療証", "人工透析を要する慢性腎不全", "20,000円", "血友病",
                                   "令和9年1月31日", "令和8年11月15日"})
        CHECK_THAT(cards, Catch::Contains(part));
    auto records = decode_vendor_file(source_path("layouts/records/disease-issue-file.yaml"), dir + "/out/issue-file.dat");
    REQUIRE(records.size() == 6);  // header, 3 cards, trailer, end
    CHECK(records[1].at("decision.form_code") == "5");
    CHECK(records[1].at("decision.limit") == "20000");
}

TEST_CASE("disease: a 20,000 yen limit other than dialysis under 70 is bad input at its cell") {
    auto dir = temp_dir("disease-limit");
    auto snapshot = dir + "/snapshot.csv";
    // 90000201 (row 3) has hemophilia: 20,000 is not its limit.
    std::ofstream(snapshot) << replaced(read_file(source_path("tests/data/disease/snapshot.csv")),
                                        ",hemophilia,10000,", ",hemophilia,20000,");
    auto r = run_kokuho(disease_arguments(snapshot, dir));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("snapshot.csv:3:34: specified_disease_limit: 20000 is only for dialysis"));
    CHECK_THAT(r.err, !Catch::Contains("杉山"));  // 90000201 is named by id only
    CHECK_FALSE(fs::exists(dir + "/out"));
}
