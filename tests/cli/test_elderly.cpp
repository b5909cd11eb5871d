// The 高齢受給者証 family (--kind elderly, 5.2.1 - 5.2.4) on samples/snapshot-elderly.csv,
// as-of 2026-07-10 (cycle 2026-08-01 to 2027-07-31), against the decisions derived by hand
// in samples/expected-elderly.csv (samples/CASES.md explains each person).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>

#include "cli/project_copy.h"
#include "cli/run_steps.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

const std::string snapshot = "samples/snapshot-elderly.csv";

std::string elderly_arguments(const std::string& snapshot_path, const std::string& dir, const std::string& out,
                              const std::string& config = "samples/config") {
    return "annual certificates --kind elderly --snapshot " + snapshot_path + " --as-of 2026-07-10 --config " +
           config + " --db " + dir + "/h.sqlite --out " + dir + "/" + out;
}

// A copy of samples/config whose rules.yaml ends with `lines` (options under elderly:).
std::string config_with(const std::string& dir, const std::string& lines) {
    auto config = copy_sample_config(dir);
    std::ofstream(config + "/rules.yaml", std::ios::app) << lines;
    return config;
}

// A copy of samples/config whose rules.yaml has `from` replaced by `to`.
std::string config_replacing(const std::string& dir, const std::string& from, const std::string& to) {
    auto config = config_with(dir, "");
    auto rules = read_file(config + "/rules.yaml");
    std::ofstream(config + "/rules.yaml", std::ios::trunc) << replaced(rules, from, to);
    return config;
}


}  // namespace

TEST_CASE("elderly: the yearly run decides every sample person as derived by hand") {
    auto dir = temp_dir("elderly-yearly");
    auto r = run_kokuho(elderly_arguments(snapshot, dir, "out"));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("(elderly): 31 persons, 42 documents (elderly/standard 21, "
                                      "elderly_notice/standard 21); no document: age75 2, lost 3, under_70 5"));
    auto expected = by_person(read_csv(source_path("samples/expected-elderly.csv")));
    auto decided = by_person(read_jsonl(dir + "/out/decisions.jsonl"));
    REQUIRE(decided.size() == expected.size());
    for (const auto& [id, e] : expected) {
        INFO(id << ": " << e.at("why"));
        REQUIRE(decided.count(id));
        const auto& d = decided.at(id);
        for (const std::string key : {"form", "reason", "valid_from", "valid_until", "valid_until_reason", "ratio"})
            CHECK(d.at(key) == e.at(key));
    }
}

TEST_CASE("elderly: the card and its letter, the issue file and the list") {
    auto dir = temp_dir("elderly-outputs");
    REQUIRE(run_kokuho(elderly_arguments(snapshot, dir, "out")).status == 0);
    auto out = dir + "/out";
    auto manifest = read_file(out + "/manifest.json");
    for (const std::string part : {"\"elderly-cards-0001.pdf\"", "\"elderly-notices-0001.pdf\"", "\"issue-file.dat\"",
                                   "\"issue-list.csv\"", "\"decisions.jsonl\"", "\"exceptions.csv\""})
        CHECK_THAT(manifest, Catch::Contains(part));

    // 10030701 (seq by mailing order): born 1952-02-29, 3割, valid until 2027-02-28.
    auto list = read_csv(out + "/issue-list.csv");
    auto card = std::find_if(list.begin(), list.end(), [](const record& row) {
        return row.at("宛名番号") == "10030701" && row.at("様式") == "高齢受給者証";
    });
    REQUIRE(card != list.end());
    CHECK(card->at("割合") == "3割");
    CHECK(card->at("発効期日") == "令和8年8月1日");
    CHECK(card->at("有効期限") == "令和9年2月28日");
    CHECK(card->at("期限理由") == "age75");

    auto records = decode_vendor_file(source_path("layouts/records/elderly-issue-file.yaml"), out + "/issue-file.dat");
    auto data = std::find_if(records.begin(), records.end(), [](const record& row) {
        return row.at("@record") == "data" && row.at("person.person_id").rfind("10030701 ", 0) == 0 &&
               row.at("decision.form_code") == "3";
    });
    REQUIRE(data != records.end());
    CHECK(data->at("decision.valid_from") == "20260801");
    CHECK(data->at("decision.valid_until") == "20270228");
    CHECK(data->at("decision.ratio") == "3");

    auto cards = pdf_text(out + "/elderly-cards-0001.pdf");
    for (const std::string part : {"国民健康保険高齢受給者証", "発効期日", "令和9年2月28日", "３割", "229999"})
        CHECK_THAT(cards, Catch::Contains(part));
    auto letters = pdf_text(out + "/elderly-notices-0001.pdf");
    CHECK_THAT(letters, Catch::Contains("国民健康保険高齢受給者証の交付について"));
    CHECK_THAT(letters, !Catch::Contains("基準収入額適用申請"));  // no judgment asked for it
    CHECK(run("qpdf --check " + out + "/elderly-cards-0001.pdf").status == 0);
}

TEST_CASE("elderly: target and turning_70 options, and a city that issues no card") {
    auto dir = temp_dir("elderly-options");
    auto mynumber = config_with(dir + "/a", "elderly:\n  target: without_mynumber\n");
    REQUIRE(run_kokuho(elderly_arguments(snapshot, dir + "/a", "out", mynumber)).status == 0);
    auto expected = by_person(read_csv(source_path("samples/expected-elderly.csv")));
    auto decided = by_person(read_jsonl(dir + "/a/out/decisions.jsonl"));
    int cards = 0;
    for (const auto& [id, e] : expected) {
        INFO(id);
        CHECK(decided.at(id).at("form") == e.at("without_mynumber"));
        cards += e.at("without_mynumber") == "elderly";
    }
    CHECK(cards == 15);

    auto monthly = config_with(dir + "/b", "elderly:\n  turning_70: monthly\n");
    auto r = run_kokuho(elderly_arguments(snapshot, dir + "/b", "out", monthly));
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("elderly/standard 17,"));
    CHECK(by_person(read_jsonl(dir + "/b/out/decisions.jsonl")).at("10030201").at("reason") == "monthly");

    auto none = config_with(dir + "/c", "elderly:\n  target: none\n");
    r = run_kokuho(elderly_arguments(snapshot, dir + "/c", "out", none));
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("family elderly is switched off in rules.yaml (elderly.target: none)"));
    CHECK_FALSE(fs::exists(dir + "/c/out"));
}

TEST_CASE("elderly: a 70-74 person without a ratio is refused by id and nothing is written") {
    auto dir = temp_dir("elderly-missing-ratio");
    auto path = dir + "/snapshot.csv";
    // 10030902 (born 1955-06-15, 70-74 all the cycle) loses the ratio 2 of her row.
    auto text = read_file(source_path(snapshot));
    auto row_start = text.find("\nH0309,");
    row_start = text.find("\nH0309,", row_start + 1);
    REQUIRE(row_start != std::string::npos);
    auto row_end = text.find('\n', row_start + 1);
    auto row = text.substr(row_start, row_end - row_start);
    REQUIRE(row.find(",10030902,") != std::string::npos);
    std::ofstream(path) << text.substr(0, row_start) << replaced(row, ",,2,,", ",,,,") << text.substr(row_end);
    auto r = run_kokuho(elderly_arguments(path, dir, "out"));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("person 10030902 is 70-74 and has no judged 負担割合"));
    CHECK_FALSE(fs::exists(dir + "/out"));
}

TEST_CASE("elderly: pull-out, replacement and registration, beside an eligibility batch on one store") {
    auto dir = temp_dir("elderly-cycle");
    REQUIRE(run_kokuho(elderly_arguments(snapshot, dir, "elderly")).status == 0);
    REQUIRE(run_kokuho("annual certificates --snapshot " + source_path(snapshot) + " --as-of 2026-07-10 --db " + dir +
                       "/h.sqlite --out " + dir + "/eligibility")
                .status == 0);
    auto elderly = batch_in(dir + "/elderly"), eligibility = batch_in(dir + "/eligibility");
    CHECK(elderly.find("-EC-") != std::string::npos);
    CHECK(eligibility.find("-EL-") != std::string::npos);

    // Day 2 (2026-09-15): 10030101's ratio 2 -> 3, 10030201's 3 -> 2; 10031701 lost on 2026-07-11.
    auto day2 = " --snapshot " + source_path("samples/snapshot-elderly-day2.csv") + " --as-of 2026-09-15 --db " + dir +
                "/h.sqlite --out " + dir;
    auto r = run_kokuho("annual pullout --batch " + elderly + day2 + "/pull");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("42 documents compared, 6 to pull out (lost 2, ratio 4)"));
    std::vector<std::string> pulled;
    for (const auto& row : read_csv(dir + "/pull/pullout-list.csv"))
        pulled.push_back(row.at("宛名番号") + " " + row.at("様式") + " " + row.at("理由 (code)"));
    CHECK(pulled == std::vector<std::string>{"10030101 高齢受給者証 ratio", "10030101 高齢受給者証該当通知 ratio",
                                             "10030201 高齢受給者証 ratio", "10030201 高齢受給者証該当通知 ratio",
                                             "10031701 高齢受給者証 lost", "10031701 高齢受給者証該当通知 lost"});

    r = run_kokuho("annual replace --batch " + elderly + day2 + "/replace");
    REQUIRE(r.status == 0);
    auto replaced_by = by_person(read_jsonl(dir + "/replace/decisions.jsonl"));
    CHECK(replaced_by.at("10030101").at("ratio") == "3");
    CHECK(replaced_by.at("10030201").at("ratio") == "2");
    CHECK(replaced_by.at("10031701").at("reason") == "lost");

    for (const auto& batch : {elderly, eligibility}) {
        r = run_kokuho("history register --batch " + batch + " --date 2026-09-20 --db " + dir + "/h.sqlite");
        INFO(r.err);
        CHECK(r.status == 0);
    }
    CHECK(query(dir + "/h.sqlite", "SELECT group_concat(family || ':' || kind, ' ') FROM (SELECT family, kind FROM "
                                   "batches ORDER BY family, kind)") ==
          "elderly:annual elderly:replacement eligibility:annual");
}

TEST_CASE("elderly: a 3割 household that could apply for 基準収入額適用 is invited in the letter") {
    auto dir = temp_dir("elderly-invite");
    auto config = config_replacing(dir, "standard_income: ex_officio", "standard_income: application");
    // tests/data/judgment/snapshot.csv: J3 has two 70-74 members, income 5,199,999 in all,
    // under 520万: 2割 by 基準収入額適用 only when applied for, so 3割 and invited.
    auto data = source_path("tests/data/judgment/snapshot.csv");
    auto common = " --as-of 2026-07-10 --config " + config + " --db " + dir + "/h.sqlite --out " + dir;
    REQUIRE(run_kokuho("ratio judge --snapshot " + data + common + "/judged").status == 0);
    auto r = run_kokuho("annual certificates --kind elderly --snapshot " + data + common + "/cards");
    INFO(r.err);
    REQUIRE(r.status == 2);  // J6 is pending (income unknown): refused by id
    CHECK_THAT(r.err, Catch::Contains("person 20000601 is 70-74 and the ratio judgment of the cycle is pending"));

    auto without_j6 = dir + "/snapshot.csv";
    std::string kept;
    for (const auto& line : split_lines(read_file(data)))
        if (!line.starts_with("J6,")) kept += line + "\n";
    std::ofstream(without_j6) << kept;
    REQUIRE(run_kokuho("ratio judge --snapshot " + without_j6 + common + "/judged2").status == 0);
    r = run_kokuho("annual certificates --kind elderly --snapshot " + without_j6 + common + "/cards");
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto decided = by_person(read_jsonl(dir + "/cards/decisions.jsonl"));
    CHECK(decided.at("20000301").at("ratio") == "3");
    auto letters = pdf_text(dir + "/cards/elderly-notices-0001.pdf");
    CHECK_THAT(letters, Catch::Contains("基準収入額適用申請により一部負担金の割合が２割となる可能性があります"));
}

TEST_CASE("elderly: collecting expired cards in bulk, or by a file checked row by row") {
    auto dir = temp_dir("elderly-collect");
    REQUIRE(run_kokuho(elderly_arguments(snapshot, dir, "out")).status == 0);
    auto batch = batch_in(dir + "/out");
    auto db = " --db " + dir + "/h.sqlite";
    REQUIRE(run_kokuho("history register --batch " + batch + " --date 2026-07-20" + db).status == 0);

    // Cards ending before 2026-09-01: 10031001 (2026-08-01) and 10032001 (2026-08-31), not
    // 10032101 (2026-09-01); their letters are not collected.
    auto r = run_kokuho("history collect --kind elderly --expired-by 2026-09-01 --date 2026-09-05" + db);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "elderly: 2 collected on 2026-09-05, 0 collected before (unchanged), of 2 named\n");
    CHECK(query(dir + "/h.sqlite", "SELECT group_concat(person_id || ' ' || form || ' ' || collected_on, '; ') FROM "
                                   "(SELECT * FROM documents WHERE status = 'collected' ORDER BY person_id)") ==
          "10031001 elderly 2026-09-05; 10032001 elderly 2026-09-05");
    r = run_kokuho("history collect --kind elderly --expired-by 2026-09-01 --date 2026-09-06" + db);
    CHECK(r.out == "elderly: 0 collected on 2026-09-06, 2 collected before (unchanged), of 2 named\n");
    auto shown = run_kokuho("history show --person 10032001 --format csv" + db);
    CHECK_THAT(shown.out, Catch::Contains(",elderly,standard,2026-08-01,2026-08-31,collected,2026-07-10,,2026-07-20,2026-09-05,"));

    std::ofstream(dir + "/bad.csv") << "batch_id,seq,person_id\n,,10030101\n" << batch << ",999,\n,,10030102\n"
                                    << batch << ",1,10030101\n";
    r = run_kokuho("history collect --kind elderly --file " + dir + "/bad.csv" + db);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("bad.csv:3:2: seq: batch " + batch + " has no delivered 高齢受給者証 with 通番 999"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:4:3: person_id: person 10030102 has no delivered 高齢受給者証"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv:5:3: person_id: give a person or a batch and 通番, not both"));
    CHECK(query(dir + "/h.sqlite", "SELECT count(*) FROM documents WHERE status = 'collected'") == "2");

    std::ofstream(dir + "/good.csv") << "batch_id,seq,person_id\n,,10030101\n,,10031001\n";
    r = run_kokuho("history collect --kind elderly --file " + dir + "/good.csv --date 2026-09-10" + db);
    INFO(r.err);
    CHECK(r.out == "elderly: 1 collected on 2026-09-10, 1 collected before (unchanged), of 2 named\n");
}

namespace {

// The yearly elderly and eligibility batches of the sample, delivered on 2026-07-20.
void delivered_cycle(const std::string& dir, const std::string& config = "samples/config") {
    REQUIRE(run_kokuho(elderly_arguments(snapshot, dir, "elderly", config)).status == 0);
    REQUIRE(run_kokuho("annual certificates --snapshot " + source_path(snapshot) + " --as-of 2026-07-10 --config " +
                       config + " --db " + dir + "/h.sqlite --out " + dir + "/eligibility")
                .status == 0);
    for (const std::string folder : {"/elderly", "/eligibility"})
        REQUIRE(run_kokuho("history register --batch " + batch_in(dir + folder) + " --date 2026-07-20 --db " + dir +
                           "/h.sqlite")
                    .status == 0);
}

std::string changes_arguments(const std::string& dir, const std::string& out, const std::string& config = "samples/config") {
    return "elderly changes --snapshot " + source_path("samples/snapshot-elderly-day2.csv") +
           " --as-of 2026-09-15 --config " + config + " --db " + dir + "/h.sqlite --out " + dir + "/" + out;
}

}  // namespace

TEST_CASE("elderly changes: a ratio changed mid-year supersedes the card from the next month") {
    auto dir = temp_dir("elderly-changes");
    delivered_cycle(dir);
    auto yearly = batch_in(dir + "/elderly");
    // Day 2 (samples/CASES.md): 10030101 2 -> 3 (holds a 資格確認書, which prints the ratio),
    // 10030201 3 -> 2 (holds a 資格情報のお知らせ). New cards from 2026-10-01.
    auto r = run_kokuho(changes_arguments(dir, "changes"));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("42 delivered documents compared, 2 people changed, new documents from 2026-10-01"));
    CHECK_THAT(r.out, Catch::Contains("1 of them hold a eligibility document that prints the ratio"));
    auto change = batch_in(dir + "/changes");
    CHECK(change.rfind("C20260915-EC-", 0) == 0);

    std::vector<std::string> listed;
    for (const auto& row : read_csv(dir + "/changes/change-list.csv"))
        listed.push_back(row.at("宛名番号") + " " + row.at("変更前") + "->" + row.at("変更後") + " " +
                         row.at("旧証（バッチ:通番）") + " " + row.at("新発効期日") + " " + row.at("資格確認書再交付"));
    CHECK(listed == std::vector<std::string>{"10030101 2割->3割 " + yearly + ":1 令和8年10月1日 要（月次で再交付）",
                                             "10030201 3割->2割 " + yearly + ":5 令和8年10月1日 "});
    auto decided = by_person(read_jsonl(dir + "/changes/decisions.jsonl"));
    REQUIRE(decided.size() == 2);
    CHECK(decided.at("10030101").at("valid_from") == "2026-10-01");
    CHECK(decided.at("10030101").at("valid_until") == "2027-07-31");
    CHECK(decided.at("10030101").at("ratio") == "3");
    CHECK(decided.at("10030201").at("ratio") == "2");

    // The old card and letter are reissued, each pointing at its successor.
    CHECK(query(dir + "/h.sqlite", "SELECT group_concat(d.seq || ' ' || d.status || ' ' || r.batch_id || ':' || r.seq, '; ') "
                                   "FROM documents AS d JOIN documents AS r ON r.replaces_batch = d.batch_id AND "
                                   "r.replaces_seq = d.seq WHERE d.batch_id = '" + yearly + "' ORDER BY d.seq") ==
          "1 reissued " + change + ":1; 2 reissued " + change + ":2; 5 reissued " + change + ":3; 6 reissued " + change + ":4");
    r = run_kokuho("history register --batch " + change + " --date 2026-09-25 --db " + dir + "/h.sqlite");
    INFO(r.err);
    CHECK(r.status == 0);

    // Once the new cards are delivered, nothing differs any more.
    r = run_kokuho(changes_arguments(dir, "again"));
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("42 delivered documents compared, 0 people changed"));
}

TEST_CASE("elderly changes: --effective-from, and no 資格確認書 listed when it prints no ratio") {
    auto dir = temp_dir("elderly-changes-options");
    auto config = config_replacing(dir, "ratio_on_certificate: true", "ratio_on_certificate: false");
    delivered_cycle(dir, config);
    auto r = run_kokuho(changes_arguments(dir, "changes", config) + " --effective-from 2026-11-01");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, !Catch::Contains("monthly run"));
    for (const auto& row : read_csv(dir + "/changes/change-list.csv")) {
        CHECK(row.at("新発効期日") == "令和8年11月1日");
        CHECK(row.at("資格確認書再交付").empty());
    }
}

TEST_CASE("elderly changes: without a snapshot ratio the run judges again and records it") {
    auto dir = temp_dir("elderly-changes-judged");
    // tests/data/judgment/snapshot.csv without J6 (pending): J1 taxable 1,449,999 -> 2割.
    auto data = source_path("tests/data/judgment/snapshot.csv");
    std::string kept;
    for (const auto& line : split_lines(read_file(data)))
        if (!line.starts_with("J6,")) kept += line + "\n";
    std::ofstream(dir + "/yearly.csv") << kept;
    auto common = " --as-of 2026-07-10 --db " + dir + "/h.sqlite --out " + dir;
    REQUIRE(run_kokuho("ratio judge --snapshot " + dir + "/yearly.csv" + common + "/judged").status == 0);
    REQUIRE(run_kokuho("annual certificates --kind elderly --snapshot " + dir + "/yearly.csv" + common + "/cards").status == 0);
    REQUIRE(run_kokuho("history register --batch " + batch_in(dir + "/cards") + " --date 2026-07-20 --db " + dir +
                       "/h.sqlite")
                .status == 0);
    // An income correction: J1's taxable income becomes 1,450,000 (his 旧ただし書所得 3,000,000
    // and income 5,000,000, alone): 3割 active_income.
    std::ofstream(dir + "/corrected.csv") << replaced(kept, ",1449999,5000000,3000000,", ",1450000,5000000,3000000,");
    auto r = run_kokuho("elderly changes --snapshot " + dir + "/corrected.csv --as-of 2026-09-15 --db " + dir +
                        "/h.sqlite --out " + dir + "/changes");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("judged the cycle from 2026-08-01 again: judgment J20260915-"));
    CHECK_THAT(r.out, Catch::Contains("1 people changed"));
    auto decided = by_person(read_jsonl(dir + "/changes/decisions.jsonl"));
    REQUIRE(decided.size() == 1);
    CHECK(decided.at("20000101").at("ratio") == "3");
    CHECK(query(dir + "/h.sqlite", "SELECT ratio || ' ' || rule FROM judgments WHERE person_id = '20000101' "
                                   "ORDER BY generation DESC LIMIT 1") == "3 active_income");
}
