// Bad input: a clear message with file:row, exit status 2, and nothing written or lost.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cli/annual_run.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

bool empty_or_missing(const std::string& dir) {
    return !fs::exists(dir) || fs::is_empty(dir);
}

}  // namespace

TEST_CASE("a snapshot with errors reports all of them with file:row and writes nothing") {
    auto out = temp_dir("errors") + "/out";
    auto r = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot-errors.csv") +
                    " --as-of 2026-07-10 --out " + out);
    CHECK(r.status == 2);
    // The rows of samples/CASES.md ("snapshot-errors.csv: expected diagnostics").
    for (const char* where : {"snapshot-errors.csv:3:", "snapshot-errors.csv:4:", "snapshot-errors.csv:5:",
                              "snapshot-errors.csv:6:", "snapshot-errors.csv:7:", "snapshot-errors.csv:8:",
                              "snapshot-errors.csv:9:", "snapshot-errors.csv:10:"})
        CHECK_THAT(r.err, Catch::Contains(where));
    CHECK_THAT(r.err, Catch::Contains("birth_date: not a calendar date"));
    // Messages name rows, columns and ids, never a person's name, address or birth date.
    CHECK_THAT(r.err, !Catch::Contains("山田"));
    CHECK_THAT(r.err, !Catch::Contains("2026-02-30"));
    CHECK(empty_or_missing(out));
}

TEST_CASE("70-74 people without a judged ratio stop the run, each named") {
    auto out = temp_dir("ratio") + "/out";
    auto r = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot-missing-ratio.csv") +
                    " --as-of 2026-07-10 --out " + out);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("10010101"));
    CHECK_THAT(r.err, Catch::Contains("10010201"));
    CHECK_THAT(r.err, !Catch::Contains("10010102"));
    CHECK_THAT(r.err, !Catch::Contains("10010301"));  // his certificate ends before 70
    CHECK(empty_or_missing(out));
}

TEST_CASE("an output folder that holds a finished run is refused and left as it was") {
    auto first = run_samples("twice");
    REQUIRE(first.result.status == 0);
    auto manifest = read_file(first.out + "/manifest.json");
    auto again = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                        " --as-of 2026-07-10 --out " + first.out);
    CHECK(again.status == 2);
    CHECK_THAT(again.err, Catch::Contains("manifest.json"));
    CHECK(read_file(first.out + "/manifest.json") == manifest);
}

TEST_CASE("bad command lines exit 2 with a message") {
    auto no_date = run_kokuho("annual certificates --snapshot x.csv --as-of 2026-13-01 --out /tmp/x");
    CHECK(no_date.status == 2);
    CHECK_THAT(no_date.err, Catch::Contains("--as-of"));
    auto missing = run_kokuho("annual certificates --as-of 2026-07-10 --out /tmp/x");
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err, Catch::Contains("--snapshot is required"));
    auto no_file = run_kokuho("annual certificates --snapshot /nonexistent.csv --as-of 2026-07-10 --out /tmp/x");
    CHECK(no_file.status == 2);
    CHECK_THAT(no_file.err, Catch::Contains("/nonexistent.csv"));
}

TEST_CASE("--help answers for each command") {
    auto main_help = run_kokuho("--help");
    CHECK(main_help.status == 0);
    CHECK_THAT(main_help.out, Catch::Contains("annual certificates"));
    auto annual = run_kokuho("annual certificates --help");
    CHECK(annual.status == 0);
    CHECK_THAT(annual.out, Catch::Contains("--valid-from"));
    CHECK_THAT(annual.out, Catch::Contains("manifest.json"));
}

TEST_CASE("a CP932 snapshot reads with --encoding cp932 and is refused as UTF-8") {
    auto snapshot = source_path("tests/data/cli/snapshot-cp932.csv");  // 12 rows of the samples
    auto dir = temp_dir("cp932");
    auto out = dir + "/out";
    auto ok = run_kokuho("annual certificates --encoding cp932 --snapshot " + snapshot +
                         " --as-of 2026-07-10 --out " + out + " --db " + dir + "/history.sqlite");
    INFO(ok.err);
    CHECK(ok.status == 0);
    CHECK_THAT(ok.out, Catch::Contains("12 persons"));
    auto as_utf8 = run_kokuho("annual certificates --snapshot " + snapshot +
                              " --as-of 2026-07-10 --out " + out + "2");
    CHECK(as_utf8.status == 2);
    CHECK_THAT(as_utf8.err, Catch::Contains("invalid UTF-8 at byte offset"));
    CHECK(empty_or_missing(out + "2"));
}

TEST_CASE("with --skip-invalid-rows the bad rows are left out and listed as exceptions") {
    auto dir = temp_dir("skip");
    auto out = dir + "/out";
    auto r = run_kokuho("annual certificates --skip-invalid-rows --snapshot " +
                        source_path("samples/snapshot-errors.csv") + " --as-of 2026-07-10 --out " + out +
                        " --db " + dir + "/history.sqlite");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("snapshot rows skipped"));
    auto exceptions = read_csv(out + "/exceptions.csv");
    std::size_t rejected = 0;
    for (auto& e : exceptions)
        if (e["output"] == "snapshot" && e["action"] == "rejected") ++rejected;
    CHECK(rejected >= 8);  // the eight rows of samples/CASES.md, at least
}

TEST_CASE("a snapshot without data rows and a cycle before the issue date are refused") {
    auto dir = temp_dir("empty");
    auto header = split_lines(read_file(source_path("samples/snapshot.csv"))).front();
    {
        std::ofstream(dir + "/header-only.csv") << header << "\n";
    }
    auto empty = run_kokuho("annual certificates --snapshot " + dir + "/header-only.csv --as-of 2026-07-10 --out " +
                            dir + "/out --db " + dir + "/history.sqlite");
    CHECK(empty.status == 2);
    CHECK_THAT(empty.err, Catch::Contains("header-only.csv: no data rows"));
    CHECK(empty_or_missing(dir + "/out"));
    CHECK_FALSE(fs::exists(dir + "/history.sqlite"));

    auto early = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                            " --as-of 2026-07-10 --valid-from 2020-01-01 --out " + dir + "/out2");
    CHECK(early.status == 2);
    CHECK_THAT(early.err, Catch::Contains("--valid-from 2020-01-01: must be within a year of --as-of 2026-07-10"));
}

TEST_CASE("resource limits: many problems are cut to 100 and a count, long values to 80 characters") {
    auto dir = temp_dir("limits");
    auto lines = split_lines(read_file(source_path("samples/snapshot.csv")));
    std::string header = lines.front();
    for (int i = 0; i < 1000; ++i) header += ",unknown_" + std::to_string(i);
    {
        std::ofstream out(dir + "/wide.csv");
        out << header << "\n";
        for (std::size_t i = 1; i < lines.size(); ++i) out << lines[i] << std::string(1000, ',') << "\n";
    }
    auto wide = run_kokuho("annual certificates --snapshot " + dir + "/wide.csv --as-of 2026-07-10 --out " + dir +
                           "/out --db " + dir + "/h.sqlite");
    CHECK(wide.status == 2);
    CHECK(split_lines(wide.err).size() <= 102);
    CHECK_THAT(wide.err, Catch::Contains("more problems"));

    auto row = split_lines(read_file(source_path("samples/snapshot.csv")));
    auto text = row[0] + "\n" + row[1] + "\n";
    auto at = text.find(",1,世帯主,");  // the first person's sex (a code: shown in messages)
    REQUIRE(at != std::string::npos);
    text.replace(at + 1, 1, std::string(300, '9'));
    { std::ofstream(dir + "/long.csv") << text; }
    auto long_value = run_kokuho("annual certificates --snapshot " + dir + "/long.csv --as-of 2026-07-10 --out " +
                                 dir + "/out --db " + dir + "/h.sqlite");
    CHECK(long_value.status == 2);
    CHECK_THAT(long_value.err, Catch::Contains(std::string(80, '9') + "\"..."));
    CHECK_THAT(long_value.err, !Catch::Contains(std::string(81, '9')));

    auto zero = run("timeout 20 " + std::string(KOKUHO_BINARY) + " annual certificates --snapshot /dev/zero --as-of 2026-07-10 --out " +
                    dir + "/out --db " + dir + "/h.sqlite");
    CHECK(zero.status == 2);
    CHECK_THAT(zero.err, Catch::Contains("holds NUL bytes"));
}
