// Runs in the history store, end to end: runs of one batch at once produce it once; a run
// that another process holds is refused with exit 75 and its name; a run killed after
// recording is completed by the next one, which writes what the store says it recorded.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>

#include "cli/project_copy.h"
#include "cli/run_steps.h"
#include "core/process.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

// A store with the sample batch recorded, in a folder of its own.
std::string store_with_batch(const std::string& dir) {
    auto db = dir + "/h.sqlite";
    auto r = run_kokuho(bulk_arguments(db) + " --out " + dir + "/annual");
    INFO(r.err);
    REQUIRE(r.status == 0);
    return db;
}

// As if the store's pull-out runs were killed before they were marked finished.
void pretend_pullouts_killed(const std::string& db) {
    execute(db, "UPDATE runs SET finished_at = NULL, process = '" + ended_process() + "' WHERE kind = 'pullout'");
}

// The day-2 pull-out into `out`, which must succeed.
run_result pullout_into(const std::string& db, const std::string& out) {
    auto r = run_kokuho(pullout_arguments(db) + " --out " + out);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return r;
}

std::string pulled_in_store(const std::string& db) {
    return query(db, "SELECT count(*) FROM documents WHERE batch_id = '" + sample_batch + "' AND status = 'pulled'");
}

}  // namespace

TEST_CASE("runs: four pull-outs at once list each pulled document once") {
    auto dir = temp_dir("runs-pullouts-at-once");
    auto db = store_with_batch(dir);
    auto results = run_at_once(std::string(KOKUHO_BINARY) + " " + pullout_arguments(db), dir, "p", 4);
    std::multiset<std::string> listed;
    int finished = 0;
    for (int i = 0; i < 4; ++i) {
        auto out = dir + "/p" + std::to_string(i + 1);
        INFO(results[i].err);
        if (results[i].status == 0) {
            ++finished;
            for (const auto& seq : pulled_seqs(out)) listed.insert(seq);
        } else {
            CHECK(results[i].status == 75);
            // The run at work then: the first, or a later one that found nothing new.
            CHECK_THAT(results[i].err, Catch::Contains("run " + sample_batch + "-P"));
            CHECK_THAT(results[i].err, Catch::Contains("(pullout, batch " + sample_batch + ") is being done by process"));
            CHECK_FALSE(fs::exists(out));
        }
    }
    CHECK(finished >= 1);
    // The day-2 snapshot pulls 10 documents (samples/CASES.md); each is in one folder only.
    CHECK(pulled_in_store(db) == "10");
    CHECK(listed.size() == 10);
    CHECK(std::set<std::string>(listed.begin(), listed.end()).size() == 10);
    CHECK(query(db, "SELECT count(*) FROM runs WHERE kind = 'pullout'") == std::to_string(finished));
    CHECK(query(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL") == "0");
}

TEST_CASE("runs: four replacements at once give one folder") {
    auto dir = temp_dir("runs-replacements-at-once");
    auto db = store_with_batch(dir);
    REQUIRE(run_kokuho(pullout_arguments(db) + " --out " + dir + "/pullout").status == 0);
    auto results = run_at_once(std::string(KOKUHO_BINARY) + " " + replace_arguments(db), dir, "r", 4);
    int finished = 0;
    for (int i = 0; i < 4; ++i) {
        auto out = dir + "/r" + std::to_string(i + 1);
        INFO(results[i].err);
        if (results[i].status == 0) {
            ++finished;
            CHECK(fs::exists(out + "/manifest.json"));
            continue;
        }
        CHECK_FALSE(fs::exists(out));
        if (results[i].status == 75)
            CHECK_THAT(results[i].err, Catch::Contains("(replacement, batch R20260715-EL-"));
        else
            CHECK((results[i].status == 2 &&
                   (results[i].err.find("already has its replacement") != std::string::npos ||
                    results[i].err.find("was done on") != std::string::npos)));
    }
    CHECK(finished == 1);
    CHECK(query(db, "SELECT count(*) FROM batches WHERE kind = 'replacement'") == "1");
}

TEST_CASE("runs: a pull-out that another process works on is refused with exit 75 and writes nothing") {
    auto dir = temp_dir("runs-held");
    auto db = store_with_batch(dir);
    execute(db, "INSERT INTO runs (run_id, kind, batch_id, process, out_dir) VALUES ('" + sample_batch +
                    "-P1', 'pullout', '" + sample_batch + "', '" + kokuho::this_process() + "', '/srv/elsewhere')");
    auto r = run_kokuho(pullout_arguments(db) + " --out " + dir + "/p");
    CHECK(r.status == 75);
    CHECK_THAT(r.err, Catch::Contains("run " + sample_batch + "-P1 (pullout, batch " + sample_batch +
                                      ") is being done by process"));
    CHECK_THAT(r.err, Catch::Contains("into /srv/elsewhere"));
    CHECK_FALSE(fs::exists(dir + "/p"));
    CHECK(pulled_in_store(db) == "0");
    // The annual batch cannot be registered while the pull-out works.
    auto registered = run_kokuho("history register --batch " + sample_batch + " --date 2026-07-31 --db " + db);
    CHECK(registered.status == 2);
    CHECK_THAT(registered.err, Catch::Contains("has not finished: wait until it ends"));
}

TEST_CASE("runs: a pull-out killed after recording is written by the next run") {
    auto dir = temp_dir("runs-killed-pullout");
    auto db = store_with_batch(dir);
    pullout_into(db, dir + "/p1");
    auto first = pulled_seqs(dir + "/p1");
    REQUIRE(first.size() == 10);
    // As if killed after recording, before its folder was in place: its process is gone
    // and its temporary folder was removed (by a signal or by the next run on the target).
    fs::remove_all(dir + "/p1");
    pretend_pullouts_killed(db);

    // Taken over on a later day, the pulls keep the date they were recorded with.
    auto r = run_kokuho("annual pullout --batch " + sample_batch + " --snapshot " +
                        source_path("samples/snapshot-day2.csv") + " --as-of 2026-07-17 --db " + db + " --out " + dir + "/p2");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(read_file(dir + "/p2/manifest.json"), Catch::Contains("\"pullout_date\": \"2026-07-15\""));
    CHECK_THAT(r.out, Catch::Contains("run " + sample_batch + "-P1, started"));
    CHECK_THAT(r.out, Catch::Contains("ended before its folder was in place: its 10 pull-outs were written now"));
    CHECK(pulled_seqs(dir + "/p2") == first);
    CHECK_THAT(read_file(dir + "/p2/manifest.json"), Catch::Contains("\"run_id\": \"" + sample_batch + "-P1\""));
    CHECK(query(db, "SELECT out_dir FROM runs WHERE kind = 'pullout' AND finished_at IS NOT NULL") == dir + "/p2");
    CHECK(run_kokuho("history register --batch " + sample_batch + " --date 2026-07-31 --db " + db).status == 0);
}

TEST_CASE("runs: a run killed after its folder was finished is put in place and not done again") {
    auto dir = temp_dir("runs-killed-finished");
    auto db = store_with_batch(dir);
    pullout_into(db, dir + "/p1");
    auto manifest = read_file(dir + "/p1/manifest.json");
    SECTION("killed after the rename") {}
    SECTION("killed between the manifest and the rename: the folder is beside its target") {
        fs::rename(dir + "/p1", dir + "/.p1.kokuho-4194305-AbCdEf");
    }
    pretend_pullouts_killed(db);

    auto r = pullout_into(db, dir + "/p2");
    CHECK_THAT(r.out, Catch::Contains("pull-out " + sample_batch + "-P2: 116 documents compared, 0 to pull out"));
    CHECK_THAT(r.out, Catch::Contains("10 pulled out before"));
    CHECK(read_file(dir + "/p1/manifest.json") == manifest);
    CHECK_FALSE(fs::exists(dir + "/.p1.kokuho-4194305-AbCdEf"));
    CHECK(query(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL") == "0");
}

TEST_CASE("runs: a bulk run is done again on request of the same batch, and says which run did it before") {
    auto dir = temp_dir("runs-bulk-again");
    auto db = store_with_batch(dir);
    auto r = run_kokuho(bulk_arguments(db) + " --out " + dir + "/again");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("run " + sample_batch + " was done before, on "));
    CHECK_THAT(r.out, Catch::Contains("into " + dir + "/annual; its files were written again"));
    CHECK(read_file(dir + "/again/manifest.json") == read_file(dir + "/annual/manifest.json"));
}

TEST_CASE("runs: a pull-out whose file layout is broken stops before it records anything") {
    auto dir = temp_dir("runs-broken-layout");
    auto db = store_with_batch(dir);
    auto project = copy_project("runs-broken-layout-project");
    auto layout = read_file(project + "/layouts/records/pullout-file.yaml");
    write_project_file(project, "layouts/records/pullout-file.yaml",
                       replaced(layout, "record_length: 80", "record_length: 81"));
    auto r = run_kokuho(pullout_arguments(db) + " --project " + project + " --config " +
                        source_path("samples/config") + " --out " + dir + "/p");
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("pullout-file.yaml:"));
    CHECK_FALSE(fs::exists(dir + "/p"));
    CHECK(pulled_in_store(db) == "0");
    CHECK(query(db, "SELECT count(*) FROM runs WHERE kind = 'pullout'") == "0");
}

TEST_CASE("runs: a bulk run that fails leaves the store's runs as it found them") {
    auto dir = temp_dir("runs-failed-bulk");
    auto project = copy_project("runs-failed-bulk-project");
    auto layout = read_file(project + "/layouts/certificate-card.yaml");
    write_project_file(project, "layouts/certificate-card.yaml", layout + "colour: red\n");
    auto broken = " --project " + project + " --config " + source_path("samples/config");

    auto failed = run_kokuho(bulk_arguments(dir + "/h.sqlite") + broken + " --out " + dir + "/a");
    INFO(failed.err);
    CHECK(failed.status == 2);
    CHECK_FALSE(fs::exists(dir + "/a"));
    CHECK(query(dir + "/h.sqlite", "SELECT count(*) FROM runs") == "0");

    // Beside a finished batch, a failed run (of another batch: the broken layout changes the
    // family's fingerprint) leaves only the finished run, which can still be registered. The
    // store's tests check that a failed run of the same batch gives the earlier run back.
    auto db = store_with_batch(dir);
    auto before = query(db, "SELECT run_id || ' ' || out_dir || ' ' || finished_at FROM runs");
    CHECK(run_kokuho(bulk_arguments(db) + broken + " --out " + dir + "/b").status == 2);
    CHECK(query(db, "SELECT count(*) FROM runs") == "1");
    CHECK(query(db, "SELECT run_id || ' ' || out_dir || ' ' || finished_at FROM runs") == before);
    CHECK(run_kokuho("history register --batch " + sample_batch + " --date 2026-07-31 --db " + db).status == 0);
}
