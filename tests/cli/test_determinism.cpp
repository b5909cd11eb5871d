// Same input and config: byte-identical output files.
#include <catch2/catch.hpp>
#include <filesystem>

#include "cli/annual_run.h"
#include "cli/project_copy.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

TEST_CASE("two runs on the same input give byte-identical files") {
    const auto& first = samples_run();
    auto second = run_samples("again");
    REQUIRE(first.result.status == 0);
    REQUIRE(second.result.status == 0);
    std::size_t compared = 0;
    for (const auto& e : fs::directory_iterator(first.out)) {
        auto name = e.path().filename().string();
        INFO(name);
        REQUIRE(fs::exists(second.out + "/" + name));
        CHECK(read_file(e.path().string()) == read_file(second.out + "/" + name));
        ++compared;
    }
    CHECK(compared >= 8);
}

TEST_CASE("preview writes one person's document as the bulk run numbers it") {
    auto pdf = temp_dir("preview") + "/person.pdf";
    auto r = run_kokuho("preview --snapshot " + source_path("samples/snapshot.csv") +
                    " --as-of 2026-07-10 --person 10001301 --out " + pdf);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("certificate/standard"));
    auto text = run("pdftotext -layout " + pdf + " -").out;
    CHECK_THAT(text, Catch::Contains("鷗子"));
    CHECK_THAT(run("pdfinfo " + pdf).out, Catch::Matches("[\\s\\S]*Pages: +2\\n[\\s\\S]*"));
    auto before = read_file(pdf);
    auto again = run_kokuho("preview --snapshot " + source_path("samples/snapshot.csv") +
                            " --as-of 2026-07-10 --person 10001201 --out " + pdf);
    CHECK(again.status == 2);  // an existing file is never overwritten
    CHECK_THAT(again.err, Catch::Contains("already exists"));
    CHECK(read_file(pdf) == before);
    auto lost = run_kokuho("preview --snapshot " + source_path("samples/snapshot.csv") +
                       " --as-of 2026-07-10 --person 10001001 --out " + pdf + ".lost");
    CHECK(lost.status == 2);
    CHECK_THAT(lost.err, Catch::Contains("reason lost"));
}

TEST_CASE("jobs: one worker or several give the same files, split the same way") {
    // PDFs of 7 documents and lists of 2 pages: every form's series runs to several files,
    // written by different workers, and the carrier sheets and the issue list too.
    auto dir = temp_dir("jobs");
    auto config = copy_sample_config(dir);
    auto output = read_file(config + "/output.yaml");
    auto at = output.find("documents_per_pdf: 500");
    REQUIRE(at != std::string::npos);
    output.replace(at, 22, "documents_per_pdf: 7");
    auto lists = output.find("list_pages_per_pdf: 500");
    REQUIRE(lists != std::string::npos);
    write_project_file(config, "output.yaml", output.replace(lists, 23, "list_pages_per_pdf: 2"));
    auto run_with = [&](const std::string& jobs) {
        return run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                          " --as-of 2026-07-10 --config " + config + " --db " + dir + "/h" + jobs +
                          ".sqlite --out " + dir + "/out" + jobs + " --jobs " + jobs);
    };
    auto one = run_with("1"), three = run_with("3");
    REQUIRE(one.status == 0);
    REQUIRE(three.status == 0);
    CHECK(one.out.substr(0, one.out.find(" -> ")) == three.out.substr(0, three.out.find(" -> ")));
    std::size_t pdfs = 0;
    for (const auto& e : fs::directory_iterator(dir + "/out1")) {
        auto name = e.path().filename().string();
        INFO(name);
        REQUIRE(fs::exists(dir + "/out3/" + name));
        CHECK(read_file(e.path().string()) == read_file(dir + "/out3/" + name));
        if (name.ends_with(".pdf")) ++pdfs;
    }
    // 69 certificates, 47 notices and 49 carrier sheets in files of 7: 10 + 7 + 7.
    CHECK(fs::exists(dir + "/out1/certificates-0010.pdf"));
    CHECK(fs::exists(dir + "/out1/carrier-sheets-0007.pdf"));
    CHECK(fs::exists(dir + "/out1/issue-list-0003.pdf"));  // 5 pages: 2 + 2 + 1
    CHECK(pdfs >= 24);
    auto bad = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                          " --as-of 2026-07-10 --out " + dir + "/bad --jobs 0");
    CHECK(bad.status == 2);
    CHECK_THAT(bad.err, Catch::Contains("--jobs: expected a number of workers from 1 to 256, got \"0\""));
    CHECK_FALSE(fs::exists(dir + "/bad"));
}
