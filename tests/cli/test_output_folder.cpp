// The output folder: a run writes into a fresh folder beside the target and renames it into
// place when complete; it never writes into a folder that holds other files, never through
// a link, and a failed run leaves neither the target nor its temporary folder.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

#include "cli/project_copy.h"
#include "support/run.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

run_result bulk(const std::string& out, const std::string& db) {
    return run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                      " --as-of 2026-07-10 --out " + out + " --db " + db);
}

// Everything in `dir` whose name starts with a dot: temporary folders left behind.
std::size_t hidden_entries(const std::string& dir) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.path().filename().string().front() == '.';
    return n;
}

unsigned mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::lstat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

}  // namespace

TEST_CASE("output folder: a finished run's files are private and nothing is left beside it") {
    auto dir = temp_dir("private-output");
    auto r = bulk(dir + "/out", dir + "/h.sqlite");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(mode_of(dir + "/out") == 0700);
    for (const auto& e : fs::directory_iterator(dir + "/out")) {
        INFO(e.path());
        CHECK(mode_of(e.path()) == 0600);
    }
    CHECK(hidden_entries(dir) == 0);
    // The history store and a preview hold personal data too.
    CHECK(mode_of(dir + "/h.sqlite") == 0600);
    auto preview = run_kokuho("preview --snapshot " + source_path("samples/snapshot.csv") +
                              " --as-of 2026-07-10 --person 10000101 --out " + dir + "/preview.pdf");
    REQUIRE(preview.status == 0);
    CHECK(mode_of(dir + "/preview.pdf") == 0600);
}

TEST_CASE("output folder: a folder holding other files is refused and left as it was") {
    auto dir = temp_dir("busy-output");
    fs::create_directories(dir + "/out");
    std::ofstream(dir + "/out/certificates-0001.pdf") << "someone else's file";
    auto r = bulk(dir + "/out", dir + "/h.sqlite");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("holds other files"));
    CHECK(read_file(dir + "/out/certificates-0001.pdf") == "someone else's file");
    CHECK(std::distance(fs::directory_iterator(dir + "/out"), fs::directory_iterator()) == 1);
    CHECK(hidden_entries(dir) == 0);
}

TEST_CASE("output folder: a link planted as the target is not followed") {
    auto dir = temp_dir("linked-output");
    fs::create_directories(dir + "/elsewhere");
    fs::create_directory_symlink(dir + "/elsewhere", dir + "/out");
    auto r = bulk(dir + "/out", dir + "/h.sqlite");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("not a folder"));
    CHECK(fs::is_empty(dir + "/elsewhere"));
    CHECK(hidden_entries(dir) == 0);
}

TEST_CASE("output folder: a run that fails after producing leaves no target and no temporary folder") {
    auto dir = temp_dir("failed-output");
    auto db = dir + "/h.sqlite";
    REQUIRE(bulk(dir + "/first", db).status == 0);
    // The store now holds the batch with other content than a rerun of the same input
    // gives: recording the rerun fails after every file was produced.
    auto changed = run("python3 -c \"import sqlite3; c = sqlite3.connect('" + db +
                       "'); c.execute(\\\"UPDATE documents SET valid_until_reason = 'x' WHERE seq = 1\\\"); c.commit()\"");
    REQUIRE(changed.status == 0);
    auto r = bulk(dir + "/second", db);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("already recorded with other content"));
    CHECK_FALSE(fs::exists(dir + "/second"));
    CHECK(hidden_entries(dir) == 0);
    CHECK(fs::exists(dir + "/first/manifest.json"));
}

TEST_CASE("output folder: . and .. are refused before anything is done") {
    auto dir = temp_dir("dot-output");
    for (const char* out : {".", ".."}) {
        auto r = run("(cd " + dir + " && " + KOKUHO_BINARY + " annual certificates --snapshot " +
                     source_path("samples/snapshot.csv") + " --as-of 2026-07-10 --out " + out + " --db h.sqlite)");
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("needs a name of its own"));
    }
    CHECK_FALSE(fs::exists(dir + "/h.sqlite"));
}

TEST_CASE("output folder: what a killed run left beside the target is cleaned or reported") {
    auto dir = temp_dir("stale-output");
    // A partial run of a process that is gone (pid 999999 does not run): removed.
    fs::create_directories(dir + "/.out.kokuho-999999-abcdef");
    std::ofstream(dir + "/.out.kokuho-999999-abcdef/certificates-0001.pdf") << "partial";
    auto r = bulk(dir + "/out", dir + "/h.sqlite");
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK_FALSE(fs::exists(dir + "/.out.kokuho-999999-abcdef"));
    // A finished run that was killed before it was put in place: kept and reported.
    fs::create_directories(dir + "/.again.kokuho-999999-fedcba");
    std::ofstream(dir + "/.again.kokuho-999999-fedcba/manifest.json") << "{}";
    auto again = bulk(dir + "/again", dir + "/h.sqlite");
    CHECK(again.status == 2);
    CHECK_THAT(again.err, Catch::Contains("holds a finished run that was not put in place"));
    CHECK(fs::exists(dir + "/.again.kokuho-999999-fedcba/manifest.json"));
    CHECK_FALSE(fs::exists(dir + "/again"));
}

TEST_CASE("output folder: a store kept locked by another run ends with exit 75 and writes nothing") {
    auto dir = temp_dir("busy-store");
    copy_sample_config(dir);
    std::ofstream(dir + "/config/history.yaml", std::ios::trunc) << "database: h.sqlite\nbusy_timeout_seconds: 1\n";
    REQUIRE(run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                       " --as-of 2026-07-10 --config " + dir + "/config --out " + dir + "/first").status == 0);
    // Another process holds the write lock for 20 s; the run waits 1 s, then gives up.
    auto r = run("(python3 -c \"import sqlite3, sys, time; c = sqlite3.connect('" + dir +
                 "/config/h.sqlite', isolation_level=None); c.execute('BEGIN IMMEDIATE'); print('held', flush=True); "
                 "time.sleep(20)\" > " + dir + "/held & holder=$!; while ! grep -q held " + dir + "/held 2>/dev/null; do sleep 0.1; done; " +
                 KOKUHO_BINARY + " annual certificates --snapshot " + source_path("samples/snapshot-day2.csv") +
                 " --as-of 2026-07-15 --config " + dir + "/config --out " + dir + "/second; status=$?; "
                 "kill $holder; exit $status)");
    CHECK(r.status == 75);
    CHECK_THAT(r.err, Catch::Contains("locked"));
    CHECK_THAT(r.err, Catch::Contains("nothing was written"));
    CHECK_FALSE(fs::exists(dir + "/second"));
    CHECK(hidden_entries(dir) == 0);
}

TEST_CASE("output folder: group_readable lets the office's print group read the run and the store") {
    auto dir = temp_dir("group-output");
    copy_sample_config(dir);
    std::ofstream(dir + "/config/output.yaml", std::ios::app) << "group_readable: true\n";
    auto r = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                        " --as-of 2026-07-10 --config " + dir + "/config --out " + dir + "/out --db " + dir + "/h.sqlite");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(mode_of(dir + "/out") == 0750);
    for (const auto& e : fs::directory_iterator(dir + "/out")) CHECK(mode_of(e.path()) == 0640);
    CHECK(mode_of(dir + "/h.sqlite") == 0640);
}

TEST_CASE("output folder: a run interrupted by SIGTERM or Ctrl-C leaves no temporary folder") {
    auto dir = temp_dir("interrupted-output");
    REQUIRE(run("(python3 " + source_path("bench/generate_snapshot.py") + " --seed 3 3000 > " + dir +
                "/snapshot.csv)").status == 0);
    for (const char* signal : {"TERM", "INT"}) {
        // Start the run, wait until its temporary folder exists, then interrupt it.
        auto r = run("(" + std::string(KOKUHO_BINARY) + " annual certificates --snapshot " + dir +
                     "/snapshot.csv --as-of 2026-07-10 --out " + dir + "/out --db " + dir + "/h.sqlite & pid=$!; "
                     "for i in $(seq 200); do ls -a " + dir + " | grep -q kokuho- && break; sleep 0.05; done; "
                     "kill -" + signal + " $pid; wait $pid)");
        INFO(signal << ": " << r.err);
        CHECK((r.status == 128 + 15 || r.status == 128 + 2));
        CHECK(hidden_entries(dir) == 0);
        CHECK_FALSE(fs::exists(dir + "/out"));
    }
}
