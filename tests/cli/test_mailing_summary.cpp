// The mailing summary (差出票 data) of the sample's bulk run, against envelopes counted here
// from the snapshot: documents of one mailing address (送付先, else the residence) and one mail
// class (samples/config/output.yaml: 資格確認書 特定記録, お知らせ 普通郵便) share an envelope.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>

#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;

TEST_CASE("mailing summary: envelopes by mail class, area and barcode, in the summary line and the manifest") {
    auto dir = temp_dir("mailing-summary");
    auto r = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                        " --as-of 2026-07-10 --db " + dir + "/h.sqlite --out " + dir + "/out");
    REQUIRE(r.status == 0);

    std::map<std::string, record> person;
    for (const auto& p : read_csv(source_path("samples/snapshot.csv"))) person[p.at("person_id")] = p;
    std::map<std::string, std::set<std::string>> envelopes;  // mail class -> mailing addresses
    std::map<std::string, std::size_t> documents;            // "class area" -> documents
    std::map<std::string, std::set<std::string>> by_area;     // "class area" -> mailing addresses
    for (const auto& d : read_jsonl(dir + "/out/decisions.jsonl")) {
        if (d.at("form") == "none") continue;
        const auto& p = person.at(d.at("person_id"));
        bool mail = !p.at("mail_address").empty();
        auto postal = mail ? p.at("mail_postal_code") : p.at("postal_code");
        auto address = postal + (mail ? p.at("mail_name") + p.at("mail_address") + p.at("mail_address_extra")
                                      : p.at("head_name") + p.at("address") + p.at("address_extra"));
        auto mail_class = d.at("form") == "certificate" ? "特定記録" : "普通郵便";
        envelopes[mail_class].insert(address);
        auto key = std::string(mail_class) + " " + postal.substr(0, 3);
        by_area[key].insert(address);
        ++documents[key];
    }
    CHECK_THAT(r.out, Catch::Contains("envelopes: 普通郵便 " + std::to_string(envelopes["普通郵便"].size()) +
                                      ", 特定記録 " + std::to_string(envelopes["特定記録"].size())));
    auto manifest = read_file(dir + "/out/manifest.json");
    CHECK_THAT(manifest, Catch::Contains("\"envelopes\": " + std::to_string(envelopes["普通郵便"].size() +
                                                                            envelopes["特定記録"].size())));

    auto rows = read_csv(dir + "/out/mailing-summary.csv");
    std::size_t listed_areas = 0;
    for (const auto& row : rows) {
        auto key = row.at("郵送区分") + " " + row.at("郵便番号上3桁");
        INFO(key);
        REQUIRE(by_area.count(key));
        CHECK(row.at("通数") == std::to_string(by_area.at(key).size()));
        CHECK(row.at("封入書類数") == std::to_string(documents.at(key)));
        CHECK(row.at("カスタマバーコード") == "あり");  // every sample town is in towns.csv
        ++listed_areas;
    }
    CHECK(listed_areas == by_area.size());
    CHECK(rows.front().at("郵送区分") == "特定記録");  // the family's forms' order: certificates first
    CHECK(run("qpdf --check " + dir + "/out/mailing-summary-0001.pdf").status == 0);
}

TEST_CASE("carrier sheets: one per envelope without a window letter, naming its documents") {
    auto dir = temp_dir("carrier-sheets");
    auto r = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                        " --as-of 2026-07-10 --db " + dir + "/h.sqlite --out " + dir + "/out");
    REQUIRE(r.status == 0);
    // The お知らせ is an A4 letter with an address window; 資格確認書 cards go alone, by 特定記録.
    auto summary = read_csv(dir + "/out/mailing-summary.csv");
    std::size_t certificate_envelopes = 0;
    for (const auto& row : summary)
        if (row.at("郵送区分") == "特定記録") certificate_envelopes += std::stoul(row.at("通数"));
    CHECK_THAT(r.out, Catch::Contains("(" + std::to_string(certificate_envelopes) + " carrier sheets)"));
    auto info = run("pdfinfo " + dir + "/out/carrier-sheets-0001.pdf");
    CHECK_THAT(info.out, Catch::Contains("Pages:           " + std::to_string(certificate_envelopes)));
    // Every certificate's 通番 is on a sheet, no notice's (pdftotext may set the form's name
    // apart from its 通番).
    auto sheets = pdf_text(dir + "/out/carrier-sheets-0001.pdf");
    for (const auto& row : read_csv(dir + "/out/issue-list.csv")) {
        auto seq = row.at("通番");
        auto line = "通番" + std::string(7 - seq.size(), '0') + seq;
        INFO(line << " " << row.at("様式"));
        CHECK((sheets.find(line) != std::string::npos) == (row.at("様式").rfind("資格確認書", 0) == 0));
    }
    for (const std::string part : {"特定記録", "転送不要", "差出人", "在中", "資格確認書"})
        CHECK_THAT(sheets, Catch::Contains(part));
    CHECK_THAT(sheets, !Catch::Contains("資格情報のお知らせ"));
    CHECK(run("qpdf --check " + dir + "/out/carrier-sheets-0001.pdf").status == 0);

    // A 高齢受給者証 goes with its letter: no sheet.
    auto elderly = run_kokuho("annual certificates --kind elderly --snapshot " + source_path("samples/snapshot-elderly.csv") +
                              " --as-of 2026-07-10 --db " + dir + "/h.sqlite --out " + dir + "/elderly");
    REQUIRE(elderly.status == 0);
    CHECK_THAT(elderly.out, !Catch::Contains("carrier sheets"));
    CHECK_FALSE(std::filesystem::exists(dir + "/elderly/carrier-sheets-0001.pdf"));
}

TEST_CASE("printed envelopes: a 長形3号 page per envelope without a window letter, addressed in columns") {
    auto dir = temp_dir("printed-envelopes");
    auto r = run_kokuho("annual certificates --kind disease --snapshot " + source_path("samples/snapshot-limit.csv") +
                        " --as-of 2026-08-20 --valid-from 2026-08-01 --db " + dir + "/h.sqlite --out " + dir + "/out");
    REQUIRE(r.status == 0);
    // Two households get 特定疾病療養受療証 (samples/expected-disease.csv): 中島 厚 (L20) and the
    // two of 西田 (L21), each household one envelope.
    CHECK_THAT(r.out, Catch::Contains("(2 carrier sheets) (2 printed envelopes)"));
    auto path = dir + "/out/envelopes-0001.pdf";
    auto info = run("pdfinfo " + path);
    CHECK_THAT(info.out, Catch::Contains("Pages:           2"));
    // 120 x 235 mm in points: 340.157 x 666.142.
    CHECK_THAT(info.out, Catch::Contains("Page size:       340.157 x 666.142 pts"));
    // The snapshot's 中央一丁目20番1号 and 21番2号 in kanji numerals, each address one column;
    // the postal codes 419-0720 and 419-0721 a digit to a box, in mailing order.
    auto text = pdf_text(path);
    CHECK_THAT(text, Catch::Contains("静岡県みどり市中央一丁目二〇番一号"));
    CHECK_THAT(text, Catch::Contains("静岡県みどり市中央一丁目二一番二号"));
    CHECK(text.find("4190720") < text.find("4190721"));
    for (const std::string part : {"特定記録", "転送不要", "封入番号1", "封入番号2"}) CHECK_THAT(text, Catch::Contains(part));
    // MuPDF reads the columns in order as well, the name with its spaces.
    auto mupdf = run("mutool draw -F txt " + path + " 2>/dev/null").out;
    CHECK_THAT(mupdf, Catch::Contains("中島 厚 様"));
    CHECK_THAT(mupdf, Catch::Contains("静岡県みどり市中央一丁目二〇番一号"));
    CHECK(run("qpdf --check " + path).status == 0);
    auto fonts = run("pdffonts " + path).out;
    CHECK_THAT(fonts, Catch::Contains("IPAexMincho"));
    auto manifest = read_file(dir + "/out/manifest.json");
    CHECK_THAT(manifest, Catch::Contains("{\"name\": \"envelopes-0001.pdf\", \"role\": \"envelopes\""));
}
