// Every kind of PDF the runs write gives its Japanese text back to three independent engines:
// poppler (pdftotext), MuPDF (mutool draw -F txt) and Ghostscript (txtwrite). A document, a
// card with 𠮷 from IPAmj, a list, a carrier sheet, the mailing summary, an inquiry letter and
// a vertical envelope.
#include <catch2/catch.hpp>

#include "cli/annual_run.h"
#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;

namespace {

struct engine {
    std::string name, command;  // the command reads page 1 of FILE to standard output
};

const std::vector<engine>& engines() {
    static const std::vector<engine> all{
        {"poppler", "pdftotext -f 1 -l 1 FILE -"},
        {"MuPDF", "mutool draw -F txt FILE 1 2>/dev/null"},
        {"Ghostscript", "gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=txtwrite -dFirstPage=1 -dLastPage=1 -sOutputFile=- FILE"},
    };
    return all;
}

std::string first_page_text(const engine& e, const std::string& file) {
    auto command = e.command;
    command.replace(command.find("FILE"), 4, "'" + file + "'");
    auto r = run(command);
    REQUIRE(r.status == 0);
    return unspaced(r.out);
}

void check_every_engine(const std::string& file, const std::vector<std::string>& phrases) {
    for (const auto& e : engines()) {
        auto text = first_page_text(e, file);
        for (const auto& phrase : phrases) {
            INFO(e.name << " on " << file << ":\n" << text);
            CHECK_THAT(text, Catch::Contains(phrase));
        }
    }
}

}  // namespace

TEST_CASE("pdf text: the yearly run's documents, list, sheets and summary read back in three engines") {
    const auto& r = samples_run();
    REQUIRE(r.result.status == 0);
    // The first notice is H0001's, 田中 一郎 at 中央一丁目3番12号 (samples/snapshot.csv).
    check_every_engine(r.out + "/notices-0001.pdf", {"資格情報のお知らせ", "静岡県みどり市中央一丁目3番12号", "田中"});
    check_every_engine(r.out + "/certificates-0001.pdf", {"資格確認書", "有効期限", "令和9年7月31日"});
    check_every_engine(r.out + "/issue-list-0001.pdf", {"交付一覧", "A20260710-EL-72357b57"});
    check_every_engine(r.out + "/carrier-sheets-0001.pdf", {"差出人", "特定記録", "転送不要"});
    check_every_engine(r.out + "/mailing-summary-0001.pdf", {"差出票", "郵送区分"});
}

TEST_CASE("pdf text: a name outside the BMP, a letter and a vertical envelope read back in three engines") {
    auto dir = temp_dir("pdf-text");
    auto preview = run_kokuho("preview --snapshot " + source_path("samples/snapshot.csv") +
                              " --as-of 2026-07-10 --person 10001201 --out " + dir + "/yoshida.pdf");
    REQUIRE(preview.status == 0);
    check_every_engine(dir + "/yoshida.pdf", {"田花子", "資格情報のお知らせ"});
    // 𠮷 (U+20BB7) maps to the surrogate pair <D842DFB7> in ToUnicode. Ghostscript 10.00's
    // txtwrite writes that pair as two broken characters; poppler and MuPDF read it right.
    for (const auto& e : engines())
        if (e.name != "Ghostscript") CHECK_THAT(first_page_text(e, dir + "/yoshida.pdf"), Catch::Contains("𠮷田花子"));
    auto letters = run_kokuho("inquiry letters --snapshot " + source_path("samples/snapshot-judgment.csv") +
                              " --as-of 2026-07-10 --db " + dir + "/h.sqlite --out " + dir + "/asked");
    REQUIRE(letters.status == 0);
    check_every_engine(dir + "/asked/inquiry-011002.pdf", {"照会番号", "札幌市保健福祉局保険年金課"});
    auto envelopes = run_kokuho("annual certificates --kind disease --snapshot " + source_path("samples/snapshot-limit.csv") +
                                " --as-of 2026-08-20 --valid-from 2026-08-01 --db " + dir + "/h.sqlite --out " + dir +
                                "/disease");
    REQUIRE(envelopes.status == 0);
    // The address is one column: every engine reads it whole, in order.
    check_every_engine(dir + "/disease/envelopes-0001.pdf", {"静岡県みどり市中央一丁目二〇番一号", "転送不要"});
}
