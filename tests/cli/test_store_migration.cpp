// A history store written by the release before families (schema version 1, committed as
// tests/data/record/history-v1.sqlite) is migrated on first use, and `history show` gives
// the rows that release printed (tests/data/record/history-v1-batch.csv), with the family and
// an empty collection date.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

TEST_CASE("store migration: history show returns the rows of the release before families") {
    auto dir = temp_dir("migrated-store");
    fs::copy(source_path("tests/data/record/history-v1.sqlite"), dir + "/history.sqlite");
    auto shown = run_kokuho("history show --batch A20260710-ec7583c8 --format csv --db " + dir + "/history.sqlite");
    INFO(shown.err);
    REQUIRE(shown.status == 0);
    std::ofstream(dir + "/shown.csv", std::ios::binary) << shown.out;
    auto now = read_csv(dir + "/shown.csv");
    auto before = read_csv(source_path("tests/data/record/history-v1-batch.csv"));
    REQUIRE(now.size() == 116);
    REQUIRE(now.size() == before.size());
    for (std::size_t i = 0; i < now.size(); ++i) {
        INFO("row " << i + 1);
        CHECK(now[i]["family"] == "eligibility");
        CHECK(now[i]["collected_on"].empty());  // collections came later (schema 6)
        now[i].erase("family");
        now[i].erase("collected_on");
        CHECK(now[i] == before[i]);
    }
}

TEST_CASE("store migration: a batch of the release before families is pulled out as that release did") {
    // history-v1-unregistered.sqlite: the sample bulk batch as the release before families
    // recorded it; pullouts-v1.jsonl: what that release's pull-out of snapshot-day2.csv wrote.
    auto dir = temp_dir("migrated-pullout");
    fs::copy(source_path("tests/data/record/history-v1-unregistered.sqlite"), dir + "/history.sqlite");
    auto args = " --batch A20260710-ec7583c8 --db " + dir + "/history.sqlite";
    auto same_day = run_kokuho("annual pullout --snapshot " + source_path("samples/snapshot.csv") +
                               " --as-of 2026-07-10 --out " + dir + "/same" + args);
    INFO(same_day.err);
    REQUIRE(same_day.status == 0);
    CHECK(read_file(dir + "/same/pullouts.jsonl").empty());  // the unchanged snapshot pulls nothing
    auto day2 = run_kokuho("annual pullout --snapshot " + source_path("samples/snapshot-day2.csv") +
                           " --as-of 2026-07-15 --out " + dir + "/day2" + args);
    INFO(day2.err);
    REQUIRE(day2.status == 0);
    CHECK(read_file(dir + "/day2/pullouts.jsonl") == read_file(source_path("tests/data/record/pullouts-v1.jsonl")));
}
