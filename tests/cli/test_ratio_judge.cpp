// kokuho ratio judge (5.6.1) on tests/data/judgment/snapshot.csv, whose households cover
// every rule code (expected values worked out by hand from rules.md, cycle 2026-08-01,
// income year 2025):
//   J1 taxable 1,449,999                                  -> 2 below_145
//   J2 taxable 2,000,000, 旧ただし書 2,100,000                -> 2 old_proviso_210
//   J3 two members, 旧ただし書 2,500,000, income 5,199,999    -> 2 standard_income (both)
//   J4 旧ただし書 3,000,000, income 3,830,000                 -> 3 active_income
//   J5 head 1,779,999, a grandchild 13 on 2025-12-31        -> 2 minors_adjustment (1,449,999)
//   J6 no taxable income                                  -> pending income_unknown
//   J7 income 3,000,000 + former member 2,200,000          -> 3 active_income (limit 5,200,000)
//   J8 born 1956-11-20: elderly from 2026-12-01            -> 2 below_145, judged 2026-12-01
// The members under 70 and the former member are not judged.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>

#include "cli/run_steps.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

std::string judge_arguments(const std::string& snapshot, const std::string& dir, const std::string& out) {
    return "ratio judge --snapshot " + snapshot + " --as-of 2026-07-10 --db " + dir + "/h.sqlite --out " + dir + "/" + out;
}

// A fixed-width field without the spaces (half- or full-width) that pad it.
std::string trimmed(std::string text) {
    for (const std::string pad : {" ", "　"})
        while (text.size() >= pad.size() && text.compare(text.size() - pad.size(), pad.size(), pad) == 0)
            text.resize(text.size() - pad.size());
    return text;
}

// Each line of judgments.jsonl as "person_id ratio rule judgment_day", read by Python's json.
std::vector<std::string> judgment_lines(const std::string& file) {
    auto r = run("python3 -c 'import json, sys\nfor line in open(sys.argv[1]):\n    j = json.loads(line)\n    "
                 "f = j[\"figures\"]\n    print(j[\"person_id\"], j[\"household_id\"], j[\"ratio\"], j[\"rule\"], "
                 "j[\"judgment_day\"], len(f[\"members\"]), f[\"minors\"][\"under_16\"], f[\"income_total\"], "
                 "f[\"thresholds\"][\"taxable_income_limit\"])' " + file);
    REQUIRE(r.status == 0);
    return split_lines(r.out);
}

}  // namespace

TEST_CASE("ratio judge: every rule code, the list and the store") {
    auto dir = temp_dir("ratio-judge");
    auto snapshot = source_path("tests/data/judgment/snapshot.csv");
    auto r = run_kokuho(judge_arguments(snapshot, dir, "out"));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("for the cycle from 2026-08-01 (income year 2025): ratio 2 6, 3 2, pending 1"));

    CHECK(judgment_lines(dir + "/out/judgments.jsonl") == std::vector<std::string>{
              "20000101 J1 2 below_145 2026-08-01 1 0 5000000 1450000",
              "20000201 J2 2 old_proviso_210 2026-08-01 1 0 5000000 1450000",
              "20000301 J3 2 standard_income 2026-08-01 2 0 5199999 1450000",
              "20000302 J3 2 standard_income 2026-08-01 2 0 5199999 1450000",
              "20000401 J4 3 active_income 2026-08-01 1 0 3830000 1450000",
              "20000501 J5 2 minors_adjustment 2026-08-01 1 1 9000000 1450000",
              "20000601 J6 pending income_unknown 2026-08-01 1 0 None 1450000",
              "20000701 J7 3 active_income 2026-08-01 1 0 5200000 1450000",
              "20000801 J8 2 below_145 2026-12-01 1 0 1000000 1450000",
          });

    auto list = read_csv(dir + "/out/judgment-list.csv");
    REQUIRE(list.size() == 9);
    CHECK(list[5].at("宛名番号") == "20000501");
    CHECK(list[5].at("課税所得") == "1779999");
    CHECK(list[5].at("年少控除") == "330000");
    CHECK(list[5].at("調整後課税所得") == "1449999");
    CHECK(list[5].at("結果") == "2割");
    CHECK(list[5].at("判定理由") == "年少者控除後145万円未満 (minors_adjustment)");
    CHECK(list[6].at("結果") == "保留");
    CHECK(list[8].at("判定日") == "R8.12.1");
    CHECK(list[8].at("生年月日") == "S31.11.20");

    auto manifest = read_file(dir + "/out/manifest.json");
    for (const char* role : {"\"judgments\"", "\"judgment_list_pdf\"", "\"judgment_list_csv\""})
        CHECK_THAT(manifest, Catch::Contains(role));
    auto text = run("pdftotext -layout " + dir + "/out/judgment-list-0001.pdf -");
    CHECK_THAT(text.out, Catch::Contains("判定件数 2割 6 件、3割 2 件、保留 1 件"));

    CHECK(query(dir + "/h.sqlite", "SELECT count(*) FROM judgments") == "9");
    CHECK(query(dir + "/h.sqlite", "SELECT ratio || ' ' || rule FROM judgments WHERE person_id = '20000701'") ==
          "3 active_income");

    // The same judgment again changes nothing; another snapshot's judgment is kept beside it.
    auto again = run_kokuho(judge_arguments(snapshot, dir, "again"));
    REQUIRE(again.status == 0);
    CHECK_THAT(again.out, Catch::Contains("was already in the history store: unchanged"));
    auto changed = dir + "/changed.csv";
    auto csv = read_file(snapshot);
    std::ofstream(changed) << replaced(csv, ",1449999,", ",1450000,");
    REQUIRE(run_kokuho(judge_arguments(changed, dir, "changed")).status == 0);
    CHECK(query(dir + "/h.sqlite", "SELECT count(*) FROM judgments") == "18");
    CHECK(query(dir + "/h.sqlite", "SELECT count(DISTINCT run_id) FROM judgments WHERE person_id = '20000101'") == "2");
}

TEST_CASE("ratio judge: bad input is named with row and column, and nothing is written") {
    auto dir = temp_dir("ratio-judge-bad");
    auto csv = read_file(source_path("tests/data/judgment/snapshot.csv"));
    auto bad = dir + "/bad.csv";
    // Row 12 is J7's former member: without lost_on; row 2 gets a taxable income with a comma.
    auto text = replaced(csv, ",2025-05-04,", ",,");
    text = replaced(text, ",1449999,", ",\"1,449,999\",");
    std::ofstream(bad) << text;
    auto r = run_kokuho(judge_arguments(bad, dir, "out"));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("bad.csv:12:20: former_member \"1\": a former member needs lost_on"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:2:15: taxable_income: not an amount in yen (digits only)"));
    CHECK_FALSE(fs::exists(dir + "/out"));
}

TEST_CASE("ratio judge: the yearly run prints the stored judgment, and lists a snapshot ratio that differs") {
    auto dir = temp_dir("ratio-judge-used");
    auto csv = read_file(source_path("tests/data/judgment/snapshot.csv"));
    auto without_pending = dir + "/snapshot.csv";
    auto lines = split_lines(csv);
    std::string text;
    for (const auto& line : lines)
        if (line.find(",20000601,") == std::string::npos) text += line + "\n";
    std::ofstream(without_pending) << text;

    // Before any judgment, the 70-74 people have no ratio: the run refuses and names them.
    auto bulk = "annual certificates --snapshot " + without_pending + " --as-of 2026-07-10 --db " + dir +
                "/h.sqlite --out " + dir + "/";
    auto refused = run_kokuho(bulk + "before");
    CHECK(refused.status == 2);
    CHECK_THAT(refused.err, Catch::Contains("person 20000101 is 70-74 and has no judged 負担割合; run kokuho ratio judge"));

    REQUIRE(run_kokuho(judge_arguments(without_pending, dir, "judged")).status == 0);
    auto r = run_kokuho(bulk + "bulk");
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::map<std::string, std::string> printed;
    for (const auto& record : decode_vendor_file(source_path("layouts/records/issue-file.yaml"), dir + "/bulk/issue-file.dat"))
        if (record.contains("person.person_id")) printed[trimmed(record.at("person.person_id"))] = trimmed(record.at("ratio"));
    CHECK(printed.at("20000101") == "2割");   // below_145
    CHECK(printed.at("20000401") == "3割");   // active_income
    CHECK(printed.at("20000701") == "3割");   // active_income, with the former member
    CHECK(printed.at("20000302") == "2割");   // standard_income
    CHECK_FALSE(printed.contains("20000702"));  // the former member gets no document

    // A preview prints what the bulk run prints; it reads a store, and never creates one.
    auto preview = "preview --snapshot " + without_pending + " --as-of 2026-07-10 --person 20000401 --out " + dir;
    auto previewed = run_kokuho(preview + "/preview.pdf --db " + dir + "/h.sqlite");
    INFO(previewed.err);
    REQUIRE(previewed.status == 0);
    CHECK_THAT(run("pdftotext " + dir + "/preview.pdf -").out, Catch::Contains("3割"));
    auto no_store = run_kokuho(preview + "/none.pdf --db " + dir + "/none.sqlite");
    CHECK(no_store.status == 2);
    CHECK_THAT(no_store.err, Catch::Contains("person 20000401 is 70-74 and has no judged 負担割合"));
    CHECK_FALSE(fs::exists(dir + "/none.sqlite"));

    // A snapshot ratio is used as given; where the judgment differs, the exceptions say so.
    auto with_ratio = dir + "/with-ratio.csv";
    std::string given;
    for (const auto& line : split_lines(text)) {
        std::string l = line;
        if (l.find(",20000101,") != std::string::npos) l = replaced(l, ",1955-03-10,1,2000-01-01,,,", ",1955-03-10,1,2000-01-01,,3,");
        given += l + "\n";
    }
    std::ofstream(with_ratio) << given;
    auto kept = run_kokuho("annual certificates --snapshot " + with_ratio + " --as-of 2026-07-10 --db " + dir +
                           "/h.sqlite --out " + dir + "/kept");
    INFO(kept.err);
    REQUIRE(kept.status == 0);
    auto exceptions = read_csv(dir + "/kept/exceptions.csv");
    bool listed = false;
    for (const auto& e : exceptions)
        if (e.at("person_id") == "20000101" && e.at("field") == "person.ratio") {
            listed = true;
            CHECK(e.at("original") == "3");
            CHECK(e.at("action") == "kept; the judgment differs");
            CHECK_THAT(e.at("replacement"), Catch::StartsWith("2 (below_145, J20260710-"));
        }
    CHECK(listed);
}

TEST_CASE("ratio judge: a pending judgment is named in the yearly run's refusal") {
    auto dir = temp_dir("ratio-judge-pending");
    auto snapshot = source_path("tests/data/judgment/snapshot.csv");
    REQUIRE(run_kokuho(judge_arguments(snapshot, dir, "judged")).status == 0);
    auto r = run_kokuho("annual certificates --snapshot " + snapshot + " --as-of 2026-07-10 --db " + dir +
                        "/h.sqlite --out " + dir + "/bulk");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("snapshot.csv:10: ratio: person 20000601 is 70-74 and the ratio judgment of "
                                      "the cycle is pending"));
    CHECK(r.err.find("person 20000101") == std::string::npos);
    CHECK_FALSE(fs::exists(dir + "/bulk"));
}
