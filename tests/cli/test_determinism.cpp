// Same input and config: byte-identical output files.
#include <catch2/catch.hpp>
#include <filesystem>

#include "cli/annual_run.h"
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
