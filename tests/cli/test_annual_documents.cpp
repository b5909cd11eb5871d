// The documents and lists of the bulk run, read back with poppler's tools.
#include <catch2/catch.hpp>
#include <filesystem>

#include "cli/annual_run.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> pdfs_of(const std::string& out) {
    std::vector<std::string> pdfs;
    for (const auto& e : fs::directory_iterator(out))
        if (e.path().extension() == ".pdf") pdfs.push_back(e.path().string());
    std::sort(pdfs.begin(), pdfs.end());
    return pdfs;
}

}  // namespace

TEST_CASE("every font of every PDF is embedded") {
    const auto& r = samples_run();
    REQUIRE(r.result.status == 0);
    auto pdfs = pdfs_of(r.out);
    REQUIRE(pdfs.size() >= 3);
    for (const auto& pdf : pdfs) {
        INFO(pdf);
        auto fonts = run("pdffonts " + pdf);
        REQUIRE(fonts.status == 0);
        auto lines = split_lines(fonts.out);
        REQUIRE(lines.size() > 2);  // a header, a rule, then one line per font
        for (std::size_t i = 2; i < lines.size(); ++i) {
            INFO(lines[i]);
            CHECK_THAT(lines[i], Catch::Contains("CID TrueType"));
            CHECK_THAT(lines[i], Catch::Contains(" yes yes "));  // embedded, subset
        }
    }
}

TEST_CASE("the documents' text comes back from pdftotext, names outside CP932 included") {
    const auto& r = samples_run();
    REQUIRE(r.result.status == 0);
    // -layout keeps each line together (it turns the full-width space into ASCII spaces).
    auto certificates = run("pdftotext -layout " + r.out + "/certificates-0001.pdf -").out;
    auto notices = run("pdftotext -layout " + r.out + "/notices-0001.pdf -").out;
    CHECK_THAT(certificates, Catch::Contains("資格確認書"));
    CHECK_THAT(certificates, Catch::Contains("資格確認書（特別療養）"));
    CHECK_THAT(certificates, Catch::Contains("令和9年7月31日"));
    CHECK_THAT(certificates, Catch::Contains("鷗子"));  // 鷗 U+9DD7, not in CP932
    CHECK_THAT(certificates, Catch::Contains("𠮷田"));  // U+20BB7, outside the BMP
    CHECK_THAT(certificates, Catch::Contains("悠真"));
    CHECK_THAT(certificates, Catch::Contains("臓器提供"));
    CHECK_THAT(notices, Catch::Contains("資格情報のお知らせ"));
    CHECK_THAT(notices, Catch::Contains("𠮷田"));
    CHECK_THAT(notices, Catch::Contains("花子"));
    CHECK_THAT(notices, Catch::Contains("資格情報のお知らせ（特別療養）"));
}

TEST_CASE("the documents' text comes back from MuPDF too, without CMap warnings, and qpdf finds no error") {
    const auto& r = samples_run();
    REQUIRE(r.result.status == 0);
    for (const char* name : {"certificates-0001.pdf", "notices-0001.pdf", "issue-list-0001.pdf"}) {
        INFO(name);
        auto text = run("mutool draw -q -F txt -o - " + r.out + "/" + name);
        CHECK(text.status == 0);
        CHECK_THAT(text.err, !Catch::Contains("CMap"));
        CHECK_THAT(run("qpdf --check " + r.out + "/" + name).out, Catch::Contains("No syntax or stream encoding errors"));
    }
    auto certificates = run("mutool draw -q -F txt -o - " + r.out + "/certificates-0001.pdf").out;
    CHECK_THAT(certificates, Catch::Contains("資格確認書（特別療養）"));
    CHECK_THAT(certificates, Catch::Contains("𠮷田"));
    CHECK_THAT(certificates, Catch::Contains("鷗子"));
    CHECK_THAT(run("mutool draw -q -F txt -o - " + r.out + "/notices-0001.pdf").out, Catch::Contains("資格情報のお知らせ"));
}

TEST_CASE("the issue list has the same rows as PDF and CSV") {
    const auto& r = samples_run();
    REQUIRE(r.result.status == 0);
    auto csv_text = read_file(r.out + "/issue-list.csv");
    CHECK(csv_text.rfind("\xEF\xBB\xBF", 0) == 0);  // BOM for spreadsheet software
    auto rows = read_csv(r.out + "/issue-list.csv");
    REQUIRE(rows.size() == 116);
    CHECK(rows.front()["通番"] == "1");
    CHECK(rows.back()["通番"] == "116");
    auto list = run("pdftotext -layout " + r.out + "/issue-list-0001.pdf -").out;
    CHECK_THAT(list, Catch::Contains("交付一覧"));
    CHECK_THAT(list, Catch::Contains("交付件数 116 件"));
    for (const auto& row : {rows.front(), rows.back()}) CHECK_THAT(list, Catch::Contains(row.at("宛名番号")));
}
