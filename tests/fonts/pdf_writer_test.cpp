#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "core/error.h"
#include "fonts/test_support.h"
#include "layout/vertical.h"
#include "render/pdf/pdf_writer.h"

using namespace kokuho;

namespace {

const std::string stamp_png = std::string(KOKUHO_TEST_DATA) + "/fonts/stamp.png";

// A page with names that CP932 cannot print: 鷗 (U+9DD7, IPAex) and 𠮷 (U+20BB7, only
// in IPAmj), in both families, with a 切り取り線, a shaded box and a stamp image.
layout::page test_page() {
    layout::page page;
    page.items.emplace_back(layout::text_run{20, 30, 14, 0, "mincho", U"山田 鷗外"});
    page.items.emplace_back(layout::text_run{20, 50, 14, 0, "gothic", U"𠮷野 花子"});
    page.items.emplace_back(layout::text_run{20, 70, 12, 3, "mincho", U"𠮷野家"});
    page.items.emplace_back(layout::line{15, 85, 195, 85, 0.3, true, {}});
    page.items.emplace_back(layout::box{20, 95, 90, 30, 0.5, 0.85, {}});
    page.items.emplace_back(
        layout::text_run{25, 112, 11, 0, "gothic", U"国民健康保険 被保険者証"});
    page.items.emplace_back(layout::image{150, 95, 20, 20, stamp_png});
    page.items.emplace_back(layout::image{175, 95, 20, 20, stamp_png});
    return page;
}

std::string write_test_pdf(const test::scratch_dir& dir, const std::string& name) {
    std::string path = dir.file(name);
    pdf::write_pdf({test_page()}, test::project_fonts(), {"国保 テスト 𠮷", true}, path);
    return path;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// One field of pdfinfo's report, e.g. "Pages".
std::string info_field(const std::string& path, const std::string& name) {
    for (const auto& line : lines_of(test::run("pdfinfo '" + path + "'"))) {
        if (line.rfind(name + ":", 0) != 0) continue;
        std::size_t value = line.find_first_not_of(' ', name.size() + 1);
        return value == std::string::npos ? "" : line.substr(value);
    }
    return {};
}

}  // namespace

TEST_CASE("pdf_writer: fonts are embedded CID TrueType subsets with ToUnicode") {
    test::scratch_dir dir("pdf-fonts");
    std::string path = write_test_pdf(dir, "fonts.pdf");
    auto lines = lines_of(test::run("pdffonts '" + path + "'"));
    REQUIRE(lines.size() == 2 + 3);  // header, rule, IPAex Mincho, IPAmj Mincho, IPAex Gothic
    for (std::size_t i = 2; i < lines.size(); ++i) {
        INFO(lines[i]);
        CHECK_THAT(lines[i], Catch::Contains("CID TrueType"));
        std::istringstream columns(lines[i].substr(lines[i].find("TrueType") + 8));
        std::string encoding, embedded, subset, unicode;
        columns >> encoding >> embedded >> subset >> unicode;
        CHECK(embedded == "yes");
        CHECK(unicode == "yes");
    }
}

TEST_CASE("pdf_writer: pdftotext gets the text back, outside the BMP too") {
    test::scratch_dir dir("pdf-text");
    std::string path = write_test_pdf(dir, "text.pdf");
    std::string text = test::run("pdftotext -layout '" + path + "' -");
    CHECK_THAT(text, Catch::Contains("山田 鷗外"));
    CHECK_THAT(text, Catch::Contains("𠮷野 花子"));
    CHECK_THAT(text, Catch::Contains("国民健康保険 被保険者証"));
    CHECK(info_field(path, "Title") == "国保 テスト 𠮷");
}

TEST_CASE("pdf_writer: output is byte-identical and small") {
    test::scratch_dir dir("pdf-same");
    std::string first = test::read_all(write_test_pdf(dir, "first.pdf"));
    std::string second = test::read_all(write_test_pdf(dir, "second.pdf"));
    CHECK(first.size() > 1000);
    CHECK(first == second);
    CHECK(first.size() < 300 * 1024);
    CHECK(first.find("CreationDate") == std::string::npos);
}

TEST_CASE("pdf_writer: an image drawn twice is stored once") {
    test::scratch_dir dir("pdf-image");
    std::string path = write_test_pdf(dir, "image.pdf");
    auto lines = lines_of(test::run("pdfimages -list '" + path + "'"));
    REQUIRE(lines.size() == 2 + 2);  // header, rule, two placements
    CHECK(lines[2].substr(lines[2].find("image") + 5, 20) ==
          lines[3].substr(lines[3].find("image") + 5, 20));
    CHECK(test::run("pdfimages -list '" + path + "' | awk 'NR>2 {print $11}' | sort -u | wc -l")
              .front() == '1');
}

TEST_CASE("pdf_writer: many pages share one font subset") {
    test::scratch_dir dir("pdf-pages");
    std::vector<layout::page> pages(30, test_page());
    std::string path = dir.file("pages.pdf");
    pdf::write_pdf(pages, test::project_fonts(), {}, path);
    CHECK(info_field(path, "Pages") == "30");
    CHECK(lines_of(test::run("pdffonts '" + path + "'")).size() == 2 + 3);
}

TEST_CASE("pdf_writer: pages made one at a time give the same file as pages given whole") {
    test::scratch_dir dir("pdf-source");
    std::vector<layout::page> pages{test_page(), test_page()};
    pages[1].items.emplace_back(layout::text_run{20, 150, 12, 0, "gothic", U"二頁目だけの字"});
    std::string whole = dir.file("whole.pdf"), one_by_one = dir.file("source.pdf");
    pdf::write_pdf(pages, test::project_fonts(), {"T", true}, whole);
    std::vector<std::pair<std::size_t, pdf::page_use>> made;
    pdf::write_pdf(
        pages.size(),
        [&](std::size_t i, pdf::page_use use) {
            made.emplace_back(i, use);
            if (use == pdf::page_use::painting) return pages[i];
            layout::page text;  // the characters only, in one unplaced run
            for (const auto& item : pages[i].items)
                if (const auto* run = std::get_if<layout::text_run>(&item))
                    text.items.emplace_back(layout::text_run{0, 0, 10, 0, run->family, run->text});
            return text;
        },
        test::project_fonts(), {"T", true}, one_by_one);
    using use = pdf::page_use;
    CHECK(made == std::vector<std::pair<std::size_t, use>>{
                      {0, use::characters}, {1, use::characters}, {0, use::painting}, {1, use::painting}});
    CHECK(test::read_all(whole) == test::read_all(one_by_one));
    CHECK_THAT(test::run("pdftotext '" + one_by_one + "' -"), Catch::Contains("二頁目だけの字"));
}

TEST_CASE("pdf_writer: uncompressed output, zero-width text still shown") {
    // libharu drops a string it measures as zero wide; U+0361 has no advance in IPAex.
    test::scratch_dir dir("pdf-plain");
    layout::page page;
    page.items.emplace_back(layout::text_run{20, 20, 10, 0, "mincho", U"\u0361"});
    std::string path = dir.file("plain.pdf");
    pdf::write_pdf({page}, test::project_fonts(), {"", false}, path);
    std::string bytes = test::read_all(path);
    CHECK(bytes.find("FlateDecode") == std::string::npos);
    CHECK(bytes.find("<0101> Tj") != std::string::npos);
    CHECK(bytes.find("/Title") == std::string::npos);
}

TEST_CASE("pdf_writer: vertical text prints through a writing-mode-1 font and reads in column order") {
    test::scratch_dir dir("pdf-vertical");
    layout::page page;
    layout::text_style style;
    style.size = 12;
    style.vertical = true;
    style.upright_digits = 2;
    layout::place_columns({U"「山田」ー12号ABC"}, 12, style, 40, 20, 20, 100, test::project_fonts(), page.items);
    REQUIRE(page.items.size() == 4);  // upright, side by side, upright, turned
    std::string path = dir.file("vertical.pdf");
    pdf::write_pdf({page}, test::project_fonts(), {"", false}, path);
    std::string bytes = test::read_all(path);
    CHECK(bytes.find("/WMode 1") != std::string::npos);
    // The glyph's vertical origin 0.88 em above its baseline (IPAex's ascender 1802/2048), and
    // one em down to the next.
    CHECK(bytes.find("/DW2 [ 880 -1000 ]") != std::string::npos);
    CHECK(bytes.find("/Span <</ActualText <FEFF00310032>>> BDC") != std::string::npos);
    // The turned run: text matrix 0 -1 1 0, going down the page.
    CHECK(bytes.find("0 -1 1 0 ") != std::string::npos);
    // poppler reads the column on, with a space before the digits side by side; the turned
    // run comes on a line of its own after it.
    auto text = test::run("pdftotext '" + path + "' -");
    CHECK_THAT(text, Catch::Contains("「山田」ー 12号\n"));
    CHECK(text.find("ABC") > text.find("12号"));
    CHECK_THAT(test::run("mutool draw -F txt '" + path + "' 2>/dev/null"), Catch::Contains("「山田」ー1"));
    CHECK_THAT(test::run("qpdf --check '" + path + "'"), Catch::Contains("No syntax or stream encoding errors"));
}

TEST_CASE("pdf_writer: errors") {
    test::scratch_dir dir("pdf-errors");
    layout::page page;
    page.items.emplace_back(layout::image{0, 0, 10, 10, dir.file("missing.png")});
    try {
        pdf::write_pdf({page}, test::project_fonts(), {}, dir.file("x.pdf"));
        FAIL("no error");
    } catch (const kokuho::error& e) {
        CHECK(e.kind() == error_kind::input);
    }
    try {
        pdf::write_pdf({test_page()}, test::project_fonts(), {}, dir.file("no/such/dir/x.pdf"));
        FAIL("no error");
    } catch (const kokuho::error& e) {
        CHECK(e.kind() == error_kind::internal);
        CHECK_THAT(e.what(), Catch::Contains("libharu error"));
    }
    layout::page unknown;
    unknown.items.emplace_back(layout::text_run{0, 10, 10, 0, "kaisho", U"あ"});
    CHECK_THROWS_AS(pdf::write_pdf({unknown}, test::project_fonts(), {}, dir.file("y.pdf")),
                    kokuho::error);
}
