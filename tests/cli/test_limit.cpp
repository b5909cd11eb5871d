// The limit certificates (5.3: kokuho limit recommend, limit apply, annual certificates --kind
// limit) and the specified-disease certificates (5.4) on samples/snapshot-limit.csv, against
// the decisions derived by hand in samples/expected-limit.csv, expected-limit-notice.csv and
// expected-disease.csv (samples/CASES.md explains each person). The certificates are issued
// on 2026-08-20 for the cycle from 2026-08-01 (applications received until then); the
// 勧奨通知 on 2026-06-10.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>

#include "cli/project_copy.h"
#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

const std::string sample = "samples/snapshot-limit.csv";

std::string certificates(const std::string& kind, const std::string& snapshot, const std::string& dir,
                         const std::string& out, const std::string& as_of = "2026-08-20",
                         const std::string& valid_from = "2026-08-01") {
    return "annual certificates --kind " + kind + " --snapshot " + snapshot + " --as-of " + as_of +
           " --valid-from " + valid_from + " --db " + dir + "/h.sqlite --out " + dir + "/" + out;
}

std::string recommend(const std::string& snapshot, const std::string& dir, const std::string& out,
                      const std::string& as_of = "2026-06-10", const std::string& config = "samples/config") {
    return "limit recommend --snapshot " + snapshot + " --as-of " + as_of + " --config " + config + " --db " + dir +
           "/h.sqlite --out " + dir + "/" + out;
}

// Every expected column but person_id, household_id and why is checked in decisions.jsonl.
void check_against(const std::string& expected_csv, const std::string& decisions) {
    auto expected = read_csv(source_path(expected_csv));
    auto decided = by_person(read_jsonl(decisions));
    for (const auto& e : expected) {
        const auto& id = e.at("person_id");
        INFO(id << ": " << e.at("why"));
        REQUIRE(decided.count(id));
        for (const auto& [key, value] : e)
            if (key != "person_id" && key != "household_id" && key != "why" && key != "members")
                CHECK(decided.at(id).at(key) == value);
    }
}


}  // namespace

TEST_CASE("limit: the certificates of the sample decide and print as derived by hand") {
    auto dir = temp_dir("limit-sample");
    auto r = run_kokuho(certificates("limit", source_path(sample), dir, "out"));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("(limit): 22 persons, 10 documents (limit/standard 7, limit_reduced/standard 3); "
                                      "no document: arrears 1, earlier_cycle 1, lost 1, mynumber 1, not_applied 6, "
                                      "not_needed 2"));
    check_against("samples/expected-limit.csv", dir + "/out/decisions.jsonl");

    auto out = dir + "/out";
    auto cards = pdf_text(out + "/limit-cards-0001.pdf");
    for (const std::string part : {"国民健康保険限度額適用認定証", "適用区分", "現役並みII", "令和8年11月30日", "令和9年1月31日"})
        CHECK_THAT(cards, Catch::Contains(part));
    CHECK_THAT(cards, !Catch::Contains("長期入院該当年月日"));
    auto reduced = pdf_text(out + "/limit-reduced-cards-0001.pdf");
    for (const std::string part : {"国民健康保険限度額適用・標準負担額減額認定証", "食事療養標準負担額の減額対象",
                                   "長期入院該当年月日", "令和8年3月1日", "令和8年5月10日", "低所得I", "令和9年4月14日"})
        CHECK_THAT(reduced, Catch::Contains(part));
    CHECK(run("qpdf --check " + out + "/limit-reduced-cards-0001.pdf").status == 0);

    auto records = decode_vendor_file(source_path("layouts/records/limit-issue-file.yaml"), out + "/issue-file.dat");
    REQUIRE(records.size() == 13);  // header, 10 certificates, trailer, end
    auto oono = std::find_if(records.begin(), records.end(), [](const record& row) {
        return row.at("@record") == "data" && row.at("person.person_id").rfind("91000501 ", 0) == 0;
    });
    REQUIRE(oono != records.end());
    CHECK(oono->at("decision.form_code") == "7");
    CHECK(oono->at("decision.category").rfind("オ", 0) == 0);
    CHECK(oono->at("decision.long_term_from") == "20260301");
    CHECK(oono->at("decision.valid_until") == "20270731");

    auto list = read_csv(out + "/issue-list.csv");
    REQUIRE(list.size() == 10);
    auto seki = std::find_if(list.begin(), list.end(), [](const record& row) { return row.at("宛名番号") == "91001301"; });
    REQUIRE(seki != list.end());
    CHECK(seki->at("様式") == "限度額適用・標準負担額減額認定証");
    CHECK(seki->at("適用区分") == "低所得II");
    CHECK(seki->at("有効期限") == "令和9年4月14日");
    CHECK(seki->at("期限理由") == "age75");
}

TEST_CASE("disease: the certificates of the sample decide as derived by hand") {
    auto dir = temp_dir("disease-sample");
    auto r = run_kokuho(certificates("disease", source_path(sample), dir, "out"));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("(disease): 22 persons, 3 documents"));
    check_against("samples/expected-disease.csv", dir + "/out/decisions.jsonl");
}

TEST_CASE("limit: the wrong cells of snapshot-limit-wrong.csv are bad input, named by row and column") {
    auto dir = temp_dir("limit-wrong");
    auto wrong = source_path("samples/snapshot-limit-wrong.csv");
    auto disease = run_kokuho(certificates("disease", wrong, dir, "disease"));
    CHECK(disease.status == 2);
    CHECK_THAT(disease.err, Catch::Contains("snapshot-limit-wrong.csv:3:34: specified_disease_limit: 20000 is only for "
                                            "dialysis (人工透析) under 70; person 91002101"));
    CHECK_THAT(disease.err, !Catch::Contains(":2:"));  // 20,000 for dialysis under 70 is right
    auto limit = run_kokuho(certificates("limit", wrong, dir, "limit"));
    CHECK(limit.status == 2);
    CHECK_THAT(limit.err, Catch::Contains("snapshot-limit-wrong.csv:4:31: limit_category: ウ for a resident-tax-exempt "
                                          "household (resident_tax_exempt), which has オ or 低所得 (person 91000501)"));
    for (const auto& err : {disease.err, limit.err}) CHECK_THAT(err, !Catch::Contains("大野"));
    CHECK_FALSE(fs::exists(dir + "/disease"));
    CHECK_FALSE(fs::exists(dir + "/limit"));
}

TEST_CASE("limit recommend: one letter per household of last year's holders, and the 送付一覧") {
    auto dir = temp_dir("limit-recommend");
    auto r = run_kokuho(recommend(source_path(sample), dir, "out"));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("(limit_notice): 22 persons, 5 documents (limit_notice/standard 5)"));
    check_against("samples/expected-limit-notice.csv", dir + "/out/decisions.jsonl");

    auto list = read_csv(dir + "/out/issue-list.csv");
    auto expected = read_csv(source_path("samples/expected-limit-notice.csv"));
    std::vector<std::string> letters, listed;
    for (const auto& e : expected)
        if (e.at("form") == "limit_notice") letters.push_back(e.at("household_id") + " " + e.at("members"));
    for (const auto& row : list) listed.push_back(row.at("世帯番号") + " " + row.at("対象者"));
    CHECK(listed == letters);  // postal code order is the households' order here
    CHECK(list.at(1).at("現認定証有効期限") == "令和8年7月31日");

    auto pdf = pdf_text(dir + "/out/limit-notices-0001.pdf");
    for (const std::string part : {"限度額適用認定証等の更新申請のご案内", "清、大野", "和子", "きりとり線",
                                   "国民健康保険限度額適用認定・標準負担額減額認定申請書", "令和8年6月10日"})
        CHECK_THAT(pdf, Catch::Contains(part));
    CHECK(run("qpdf --check " + dir + "/out/limit-notices-0001.pdf").status == 0);
    auto records = decode_vendor_file(source_path("layouts/records/limit-notice-file.yaml"), dir + "/out/issue-file.dat");
    CHECK(records.size() == 8);  // header, 5 letters, trailer, end

    auto show = run_kokuho("history show --batch " + batch_in(dir + "/out") + " --format csv --db " + dir + "/h.sqlite");
    REQUIRE(show.status == 0);
    CHECK(split_lines(show.out).size() == 6);  // header and 5 letters
}

TEST_CASE("limit recommend: limit.recommend chooses, none writes nothing") {
    auto dir = temp_dir("limit-recommend-options");
    auto all = copy_sample_config(dir + "/a");
    std::ofstream(all + "/rules.yaml", std::ios::app) << "limit:\n  recommend: all\n";
    REQUIRE(run_kokuho(recommend(source_path(sample), dir + "/a", "out", "2026-06-10", all)).status == 0);
    auto decided = by_person(read_jsonl(dir + "/a/out/decisions.jsonl"));
    CHECK(decided.at("91000301").at("reason") == "recommended");  // マイナ保険証 holder
    CHECK(decided.at("91001401").at("reason") == "recommended");

    auto long_term = copy_sample_config(dir + "/b");
    std::ofstream(long_term + "/rules.yaml", std::ios::app) << "limit:\n  recommend: long_term_only\n";
    REQUIRE(run_kokuho(recommend(source_path(sample), dir + "/b", "out", "2026-06-10", long_term)).status == 0);
    decided = by_person(read_jsonl(dir + "/b/out/decisions.jsonl"));
    CHECK(decided.at("91000501").at("reason") == "recommended");
    CHECK(decided.at("91001401").at("reason") == "recommended");
    CHECK(decided.at("91000101").at("reason") == "not_long_term");

    auto none = copy_sample_config(dir + "/c");
    std::ofstream(none + "/rules.yaml", std::ios::app) << "limit:\n  recommend: none\n";
    auto r = run_kokuho(recommend(source_path(sample), dir + "/c", "out", "2026-06-10", none));
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("family limit_notice is switched off in rules.yaml (limit.recommend: none)"));
    CHECK_FALSE(fs::exists(dir + "/c/out"));
}

TEST_CASE("limit apply: the whole file is checked, registered once, and fills empty cells only") {
    auto dir = temp_dir("limit-apply");
    auto db = " --db " + dir + "/h.sqlite";
    auto bad = dir + "/bad.csv";
    std::ofstream(bad) << "person_id,applied_on\n91000502,2026-08-14\n,2026-08-01\n91000502,2026-02-30\n"
                          "91001701,2999-01-01\n";
    auto refused = run_kokuho("limit apply --file " + bad + db);
    CHECK(refused.status == 2);
    for (const std::string part : {"bad.csv:3:1: person_id: required value missing",
                                   "bad.csv:4:1: person_id 91000502: given on line 2 too",
                                   "bad.csv:4:2: applied_on: not a date", "bad.csv:5:2: applied_on: 2999-01-01 is after today"})
        CHECK_THAT(refused.err, Catch::Contains(part));

    auto applications = source_path("samples/limit-applications.csv");
    auto first = run_kokuho("limit apply --file " + applications + db);
    INFO(first.err);
    REQUIRE(first.status == 0);
    CHECK_THAT(first.out, Catch::Contains(": 3 registered, 0 unchanged"));
    auto again = run_kokuho("limit apply --file " + applications + db);
    CHECK_THAT(again.out, Catch::Contains(": 0 registered, 3 unchanged"));

    // Without the store the sample gives 10 certificates; with it 91000502 (2026-08-14) and
    // 91001701 (2026-07-25, a renewal) apply too. 91000101's own cell (2026-07-05) wins over
    // the registered 2026-06-30: the same certificate either way.
    auto r = run_kokuho(certificates("limit", source_path(sample), dir, "out"));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("12 documents (limit/standard 8, limit_reduced/standard 4)"));
    auto decided = by_person(read_jsonl(dir + "/out/decisions.jsonl"));
    CHECK(decided.at("91000502").at("form") == "limit_reduced");
    CHECK(decided.at("91000502").at("reason") == "applied");
    CHECK(decided.at("91000502").at("valid_from") == "2026-08-01");
    CHECK(decided.at("91000502").at("long_term_from").empty());
    CHECK(decided.at("91001701").at("reason") == "renewal");
    CHECK(decided.at("91000101").at("reason") == "renewal");

    auto plain = temp_dir("limit-apply-plain");
    REQUIRE(run_kokuho(certificates("limit", source_path(sample), plain, "out")).status == 0);
    CHECK(batch_in(dir + "/out") != batch_in(plain + "/out"));  // the batch id covers what the store gave
}

TEST_CASE("limit: next year's holders come from the store when the snapshot has no end date") {
    auto dir = temp_dir("limit-holders");
    REQUIRE(run_kokuho(certificates("limit", source_path(sample), dir, "out")).status == 0);
    REQUIRE(run_kokuho("history register --batch " + batch_in(dir + "/out") + " --date 2026-08-25 --db " + dir +
                       "/h.sqlite")
                .status == 0);
    // A year on, the snapshot no longer gives limit_certificate_until: the store's 有効期限
    // 2027-07-31 makes the year's holders; 91000701 (to 2026-11-30) and 91000801 (to
    // 2027-01-31) are not, and nor is 91000301, who got none.
    auto snapshot = dir + "/next.csv";
    std::ofstream(snapshot) << replaced_all(read_file(source_path(sample)), ",2026-07-31,", ",,");
    auto r = run_kokuho(recommend(snapshot, dir, "next", "2027-06-10"));
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto decided = by_person(read_jsonl(dir + "/next/decisions.jsonl"));
    std::vector<std::string> invited;
    for (const auto& [id, d] : decided)
        if (d.at("reason") == "recommended" || d.at("reason") == "household_letter") invited.push_back(id);
    // 91001401 holds an お知らせ (limit.recommend: without_mynumber).
    CHECK(invited == std::vector<std::string>{"91000101", "91000201", "91000401", "91000501", "91000901", "91001001"});
    CHECK(decided.at("91001401").at("reason") == "mynumber");
    for (const std::string id : {"91000701", "91000801", "91000301"})  // ended before, or got none
        CHECK(decided.at(id).at("reason") == "not_holder");
    CHECK(decided.at("91001301").at("reason") == "age75");  // 75 on 2027-04-15
}

TEST_CASE("limit: pull-out, replacement and registration work through the engine") {
    auto dir = temp_dir("limit-cycle");
    REQUIRE(run_kokuho(certificates("limit", source_path(sample), dir, "out")).status == 0);
    auto batch = batch_in(dir + "/out");
    // Day 2 (2026-08-25): 91000201 lost on 2026-08-22; 91000901's category 現役並みII -> 現役並みI;
    // 91001401's 長期入院 from 2026-06-01 instead of 2026-05-10.
    auto day2 = dir + "/day2.csv";
    auto text = read_file(source_path(sample));
    text = replaced(text, "91000201,2100201,01,石川　健,イシカワ　ケン,1980-09-30,1,世帯主,2015-04-01,,",
                    "91000201,2100201,01,石川　健,イシカワ　ケン,1980-09-30,1,世帯主,2015-04-01,2026-08-22,");
    text = replaced(text, ",現役並みII,", ",現役並みI,");
    text = replaced(text, ",2026-05-10,", ",2026-06-01,");
    std::ofstream(day2) << text;
    auto on_day2 = " --snapshot " + day2 + " --as-of 2026-08-25 --db " + dir + "/h.sqlite --out " + dir;
    auto r = run_kokuho("annual pullout --batch " + batch + on_day2 + "/pull");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("10 documents compared, 3 to pull out (category 2, lost 1)"));
    std::vector<std::string> pulled;
    for (const auto& row : read_csv(dir + "/pull/pullout-list.csv"))
        pulled.push_back(row.at("宛名番号") + " " + row.at("理由 (code)") + " " + row.at("理由コード"));
    CHECK(pulled == std::vector<std::string>{"91000201 lost 01", "91000901 category 12", "91001401 category 12"});

    r = run_kokuho("annual replace --batch " + batch + on_day2 + "/replace");
    REQUIRE(r.status == 0);
    auto replacements = by_person(read_jsonl(dir + "/replace/decisions.jsonl"));
    CHECK(replacements.at("91000901").at("category") == "現役並みI");
    CHECK(replacements.at("91001401").at("long_term_from") == "2026-06-01");
    CHECK(replacements.at("91000201").at("reason") == "lost");
    REQUIRE(run_kokuho("history register --batch " + batch + " --date 2026-08-28 --db " + dir + "/h.sqlite").status == 0);
    auto show = run_kokuho("history show --person 91000901 --format csv --db " + dir + "/h.sqlite");
    REQUIRE(show.status == 0);
    CHECK(split_lines(show.out).size() == 3);  // the header, the pulled certificate and its replacement
}

TEST_CASE("disease and limit: the monthly run issues the certificate from 70 and the missing one") {
    auto dir = temp_dir("disease-monthly");
    for (const std::string kind : {"disease", "limit"}) {
        REQUIRE(run_kokuho(certificates(kind, source_path(sample), dir, kind)).status == 0);
        REQUIRE(run_kokuho("history register --batch " + batch_in(dir + "/" + kind) + " --date 2026-08-25 --db " + dir +
                           "/h.sqlite")
                    .status == 0);
    }
    // 15 November: 91002101 (born 1956-12-01) holds a 受療証 ending 2026-11-30 (age70); from
    // 2026-12-01 it runs to the day before the 75th birthday, 2031-11-30. 91002301 (70-74) has
    // none: a missing one, from the day of the run to 2028-01-19. The limit certificates:
    // 91000701's ends 2026-11-30 too, but the snapshot still says limit_certificate_until
    // 2026-07-31, so nothing continues it; nothing else changed.
    auto r = run_kokuho("monthly changes --kind disease,limit --snapshot " + source_path(sample) +
                        " --as-of 2026-11-15 --db " + dir + "/h.sqlite --out " + dir + "/monthly");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("disease: the cycle from 2026-08-01, 3 people compared with the document they hold; "
                                      "new documents by reason: age70 1, new_member 1"));
    CHECK_THAT(r.out, Catch::Contains("limit: the cycle from 2026-08-01, 10 people compared with the document they hold; "
                                      "no changes"));
    auto decided = by_person(read_jsonl(dir + "/monthly/disease/decisions.jsonl"));
    REQUIRE(decided.size() == 2);
    CHECK(decided.at("91002101").at("valid_from") == "2026-12-01");
    CHECK(decided.at("91002101").at("valid_until") == "2031-11-30");
    CHECK(decided.at("91002101").at("valid_until_reason") == "age75");
    CHECK(decided.at("91002301").at("valid_from") == "2026-11-15");
    CHECK(decided.at("91002301").at("valid_until") == "2028-01-19");
    CHECK_FALSE(fs::exists(dir + "/monthly/limit"));
    auto letters = pdf_text(dir + "/monthly/disease/change-notices-0001.pdf");
    CHECK_THAT(letters, Catch::Contains("70歳となり、新しい受療証を交付するため"));
    CHECK_THAT(letters, Catch::Contains("新たに交付の対象となったため"));
}
