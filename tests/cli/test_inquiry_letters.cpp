// kokuho inquiry letters (5.5.1) on samples/snapshot-judgment.csv, as-of 2026-07-10 (cycle
// 2026-08-01, income year 2025). Worked out by hand from the sample and samples/config:
//   10020201 北村 静子 (H0202) lived in 011002 札幌市 -> letter 001 to 札幌市
//   10020302 石原 節子 (H0203) lived in 141003 横浜市 -> letter 002 to 横浜市
//   10020401 堀 信義 (H0204) lived in 462012 鹿児島市, not in inquiry.yaml -> 宛先不明, no letter
// Each letter: the cover letter, the 照会対象者一覧 and one reply form: 3 pages. The reply is
// due 30 days after the letter's date: 令和8年8月9日.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cli/project_copy.h"
#include "cli/run_steps.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

const std::string sample = "samples/snapshot-judgment.csv";

std::string letters_arguments(const std::string& snapshot, const std::string& dir, const std::string& out,
                              const std::string& config = "samples/config") {
    return "inquiry letters --snapshot " + snapshot + " --as-of 2026-07-10 --config " + config + " --db " + dir +
           "/h.sqlite --out " + dir + "/" + out;
}

std::string pages_of(const std::string& pdf) {
    auto r = run("qpdf --show-npages " + pdf);
    REQUIRE(r.status == 0);
    return r.out;
}

// Each dispatch list row as "letter code municipality person note asked_before".
std::vector<std::string> dispatch_rows(const std::string& folder) {
    std::vector<std::string> rows;
    for (const auto& row : read_csv(folder + "/dispatch-list.csv"))
        rows.push_back(row.at("照会番号") + " " + row.at("団体コード") + " " + row.at("照会先") + " " +
                       row.at("宛名番号") + " " + row.at("備考") + " " + row.at("前回照会日"));
    return rows;
}

std::string run_id_of(const std::string& out) {
    auto at = out.find("inquiry L");
    REQUIRE(at != std::string::npos);
    return out.substr(at + 8, 18);
}

}  // namespace

TEST_CASE("inquiry letters: one letter per municipality, the dispatch list and the store") {
    auto dir = temp_dir("inquiry-letters");
    auto r = run_kokuho(letters_arguments(sample, dir, "out"));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("(income year 2025): 2 letters to 2 people (0 asked before); 1 people whose "
                                      "municipality is not in inquiry.yaml"));
    auto id = run_id_of(r.out);
    auto out = dir + "/out";

    CHECK(dispatch_rows(out) == std::vector<std::string>{id + "-001 011002 札幌市 10020201  ",
                                                         id + "-002 141003 横浜市 10020302  ",
                                                         " 462012 鹿児島市 10020401 宛先不明 "});
    auto exceptions = read_csv(out + "/exceptions.csv");
    REQUIRE(exceptions.size() == 1);
    CHECK(exceptions[0].at("person_id") == "10020401");
    CHECK(exceptions[0].at("original") == "462012 鹿児島市");

    CHECK(pages_of(out + "/inquiry-011002.pdf") == "3\n");
    CHECK(run("qpdf --check " + out + "/inquiry-011002.pdf").status == 0);
    auto sapporo = pdf_text(out + "/inquiry-011002.pdf");
    for (const std::string& part : std::vector<std::string>{"〒060-8611", "北海道札幌市中央区北1条西2丁目", "札幌市　保健福祉局保険年金課　御中", "照会番号 " + id + "-001",
          "令和8年7月10日", "国民健康保険被保険者の所得等について（照会）", "令和7年12月31日に貴市区町村にお住まいでした",
          "（1名）", "令和7年分", "令和8年8月9日", "照会対象者一覧", "北村　静子", "キタムラ　シズコ", "昭和27年6月18日",
          "北海道札幌市中央区南3条西5丁目12番地", "10020201", "（回答）", "令和7年12月31日に世帯主であったか"})
        CHECK_THAT(sapporo, Catch::Contains(unspaced(part)));
    CHECK_THAT(sapporo, !Catch::Contains("石原"));  // 横浜市's person is in her own letter only
    CHECK_THAT(pdf_text(out + "/inquiry-141003.pdf"), Catch::Contains("神奈川県横浜市港北区日吉本町2丁目18番7号"));
    CHECK_THAT(pdf_text(out + "/dispatch-list-0001.pdf"),
               Catch::Contains(unspaced("照会先 2 団体、照会対象者 2 名（うち再照会 0 名）宛先不明 1 名")));
    CHECK_FALSE(fs::exists(out + "/inquiry-462012.pdf"));

    auto manifest = read_file(out + "/manifest.json");
    for (const std::string role : {"\"inquiry_letter\"", "\"dispatch_list_csv\"", "\"dispatch_list_pdf\"", "\"exceptions\""})
        CHECK_THAT(manifest, Catch::Contains(role));

    CHECK(query(dir + "/h.sqlite",
                "SELECT group_concat(person_id || ' ' || municipality_code || ' ' || sent_on || ' ' || letter, '; ') "
                "FROM (SELECT * FROM inquiries ORDER BY person_id)") ==
          "10020201 011002 2026-07-10 " + id + "-001; 10020302 141003 2026-07-10 " + id + "-002");
}

TEST_CASE("inquiry letters: the same input gives the same bytes, and an answered person is not asked again") {
    auto dir = temp_dir("inquiry-letters-again");
    auto first = run_kokuho(letters_arguments(sample, dir + "/a", "out"));
    auto same = run_kokuho(letters_arguments(sample, dir + "/b", "out"));
    REQUIRE(first.status == 0);
    REQUIRE(same.status == 0);
    for (const std::string file : {"inquiry-011002.pdf", "dispatch-list-0001.pdf", "dispatch-list.csv"})
        CHECK(read_file(dir + "/a/out/" + file) == read_file(dir + "/b/out/" + file));

    // 札幌市 answers for 10020201; asking again leaves her out and marks the 横浜市 person as
    // asked before (再照会), in a run of its own.
    std::ofstream(dir + "/answers.csv")
        << "person_id,answered_on,taxable_income,income,old_proviso_income,total_income,head_on_dec31,under_16,age_16_18\n"
        << "10020201,2026-07-25,800000,1800000,700000,700000,1,0,0\n";
    REQUIRE(run_kokuho("inquiry answers --file " + dir + "/answers.csv --as-of 2026-07-10 --db " + dir + "/a/h.sqlite")
                .status == 0);
    auto again = run_kokuho(letters_arguments(sample, dir + "/a", "again"));
    INFO(again.err);
    REQUIRE(again.status == 0);
    CHECK_THAT(again.out, Catch::Contains("1 letters to 1 people (1 asked before)"));
    auto id = run_id_of(again.out);
    CHECK(id != run_id_of(first.out));
    CHECK(dispatch_rows(dir + "/a/again") == std::vector<std::string>{id + "-001 141003 横浜市 10020302  R8.7.10",
                                                                     " 462012 鹿児島市 10020401 宛先不明 "});
    CHECK_FALSE(fs::exists(dir + "/a/again/inquiry-011002.pdf"));
    CHECK(query(dir + "/a/h.sqlite", "SELECT count(*) FROM inquiries") == "3");
}

TEST_CASE("inquiry letters: a wrong check digit and a bad municipalities table are named, nothing written") {
    auto dir = temp_dir("inquiry-letters-bad");
    auto snapshot = dir + "/snapshot.csv";
    std::ofstream(snapshot) << replaced(read_file(source_path(sample)), ",011002 札幌市,", ",011003 札幌市,");
    auto r = run_kokuho(letters_arguments(snapshot, dir, "out"));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("snapshot.csv:4:"));
    CHECK_THAT(r.err, Catch::Contains("the check digit should be 2"));
    CHECK_FALSE(fs::exists(dir + "/out"));

    copy_sample_config(dir);
    std::ofstream(dir + "/config/inquiry.yaml", std::ios::trunc)
        << replaced(read_file(source_path("samples/config/inquiry.yaml")), "\"141003\"", "\"141004\"");
    r = run_kokuho(letters_arguments(sample, dir, "out", dir + "/config"));
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("inquiry.yaml:9:3"));
    CHECK_THAT(r.err, Catch::Contains("141004: municipality code: the check digit should be 3"));
    CHECK_FALSE(fs::exists(dir + "/out"));
}
