// A history store written by the release before families (schema version 1, committed as
// tests/data/record/history-v1.sqlite) is migrated on first use, and `history show` gives
// the rows that release printed (tests/data/record/history-v1-batch.csv), with the family.
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
        now[i].erase("family");
        CHECK(now[i] == before[i]);
    }
}
