// Runs (実行): reserved in the store before they produce anything, so that one run does each
// piece of work; taken over when their process ended unfinished; and what registration says
// of a batch whose files never reached the printer.
#include <unistd.h>

#include "record_test_support.h"

using namespace record_test;
using kokuho::error_kind;
using kokuho::record::reservation;
using kokuho::record::run_info;
using kokuho::record::run_state;

namespace {

// This process, as a run's process: it runs.
std::string alive() { return kokuho::this_process(); }

// A process of this host that cannot run: the same token with a process id above the
// kernel's largest (4194304), so that kill() answers ESRCH.
std::string ended() {
    auto token = kokuho::this_process();
    auto last = token.rfind(':');
    auto middle = token.rfind(':', last - 1);
    return token.substr(0, middle) + ":4194305" + token.substr(last);
}

run_info annual_run(const std::string& process, const std::string& out = "/srv/out/a") {
    return {"2026-annual", "annual", "2026-annual", process, out, "", ""};
}

run_info pullout_run(const std::string& process, const std::string& out = "/srv/out/p") {
    return {"", "pullout", "2026-annual", process, out, "", ""};
}

}  // namespace

TEST_CASE("process tokens: this process runs, an ended one does not, another host's may",
          "[record][runs]") {
    CHECK(kokuho::process_may_run(alive()));
    CHECK_FALSE(kokuho::process_may_run(ended()));
    // The same process id with another start time: the id was reused, the process ended.
    auto token = alive();
    CHECK_FALSE(kokuho::process_may_run(token.substr(0, token.rfind(':')) + ":1"));
    CHECK(kokuho::process_may_run("another-host:4194305:1"));
    CHECK(kokuho::process_may_run("not a token"));
}

TEST_CASE("a run is reserved once: a second is told who works on it", "[record][runs]") {
    auto db = open_history_store(fresh_db("runs-once"));
    auto first = db->reserve_run(annual_run(alive()), true);
    CHECK(first.state == run_state::reserved);
    CHECK_FALSE(first.before);
    CHECK(first.run.finished_at.empty());
    CHECK(first.run.out_dir == "/srv/out/a");

    auto second = db->reserve_run(annual_run(alive(), "/srv/out/b"), true);
    CHECK(second.state == run_state::working);
    CHECK(second.run.out_dir == "/srv/out/a");  // the working run, unchanged

    db->finish_run("2026-annual");
    CHECK_FALSE(db->find_run("2026-annual")->finished_at.empty());
    CHECK(db->unfinished_runs("2026-annual").empty());
}

TEST_CASE("a finished run is done again only when asked", "[record][runs]") {
    auto db = open_history_store(fresh_db("runs-again"));
    db->reserve_run(annual_run(alive()), true);
    db->finish_run("2026-annual");

    auto refused = db->reserve_run(annual_run(alive(), "/srv/out/b"), false);
    CHECK(refused.state == run_state::finished);
    CHECK(refused.run.out_dir == "/srv/out/a");

    auto again = db->reserve_run(annual_run(alive(), "/srv/out/b"), true);
    CHECK(again.state == run_state::reserved);
    REQUIRE(again.before);
    CHECK(again.before->out_dir == "/srv/out/a");
    CHECK_FALSE(again.before->finished_at.empty());
    CHECK(again.run.out_dir == "/srv/out/b");
    CHECK(again.run.finished_at.empty());
}

TEST_CASE("a run whose process ended unfinished is taken over", "[record][runs]") {
    auto db = open_history_store(fresh_db("runs-ended"));
    db->reserve_run(annual_run(ended()), true);
    REQUIRE(db->unfinished_runs("2026-annual").size() == 1);

    auto taken = db->reserve_run(annual_run(alive(), "/srv/out/b"), false);
    CHECK(taken.state == run_state::reserved);
    REQUIRE(taken.before);
    CHECK(taken.before->finished_at.empty());
    CHECK(taken.before->process == ended());
    CHECK(taken.run.process == alive());

    db->finish_run("2026-annual");
    require_error([&] { db->reserve_run({"2026-annual", "replacement", "2026-annual", alive(), "/x", "", ""}, true); },
                  error_kind::input, "is the annual run of batch 2026-annual, not the replacement run");
}

TEST_CASE("pull-out runs: numbered, recorded at once, each document pulled by one run",
          "[record][runs][pullout]") {
    auto db = open_history_store(fresh_db("runs-pullout"));
    db->record_batch(annual(), annual_rows());

    auto p1 = db->reserve_pullout("2026-annual", "2026-07-01",
                                  {{1, "P1", {"address"}}, {3, "P3", {"form"}}}, pullout_run(alive()));
    CHECK(p1.state == run_state::reserved);
    CHECK(p1.run.run_id == "2026-annual-P1");
    CHECK(p1.pulls.size() == 2);
    CHECK(p1.pulled_before == 0);
    CHECK(statuses(*db, "2026-annual") ==
          std::vector<std::string>{"pulled", "generated", "pulled", "generated"});

    // A second pull-out while the first works records nothing and names the first.
    auto busy = db->reserve_pullout("2026-annual", "2026-07-02",
                                    {{1, "P1", {"address"}}, {4, "P4", {"lost"}}}, pullout_run(alive()));
    CHECK(busy.state == run_state::working);
    CHECK(busy.run.run_id == "2026-annual-P1");
    CHECK(statuses(*db, "2026-annual")[3] == "generated");

    db->finish_run("2026-annual-P1");
    auto p2 = db->reserve_pullout("2026-annual", "2026-07-02",
                                  {{1, "P1", {"address", "name"}}, {4, "P4", {"lost"}}}, pullout_run(alive()));
    CHECK(p2.state == run_state::reserved);
    CHECK(p2.run.run_id == "2026-annual-P2");
    REQUIRE(p2.pulls.size() == 1);  // P1 was pulled by the first run
    CHECK(p2.pulls[0].seq == 4);
    CHECK(p2.pulled_before == 2);
    auto rows = db->history_of_batch("2026-annual");
    CHECK(rows[0].pull_reasons == "address,name");  // the new reason is kept
    CHECK(rows[0].pulled_on == "2026-07-01");       // with the first date
}

TEST_CASE("a pull-out run that ended unfinished is taken over with its own pulls",
          "[record][runs][pullout]") {
    auto db = open_history_store(fresh_db("runs-pullout-ended"));
    db->record_batch(annual(), annual_rows());
    db->reserve_pullout("2026-annual", "2026-07-01", {{1, "P1", {"address"}}, {3, "P3", {"form"}}},
                        pullout_run(ended()));

    // The next run finds other changes, but first writes what the killed run recorded.
    auto taken = db->reserve_pullout("2026-annual", "2026-07-02", {{4, "P4", {"lost"}}},
                                     pullout_run(alive(), "/srv/out/p2"));
    CHECK(taken.state == run_state::reserved);
    CHECK(taken.run.run_id == "2026-annual-P1");
    REQUIRE(taken.before);
    CHECK(taken.before->out_dir == "/srv/out/p");
    REQUIRE(taken.pulls.size() == 2);
    CHECK(taken.pulls[0].seq == 1);
    CHECK(taken.pulls[0].reasons == std::vector<std::string>{"address"});
    CHECK(taken.pulls[1].seq == 3);
    CHECK(taken.pulled_before == 0);
    CHECK(statuses(*db, "2026-annual")[3] == "generated");  // P4 waits for the next run
}

TEST_CASE("registration waits for every run of the batch to finish", "[record][runs][delivery]") {
    auto db = open_history_store(fresh_db("runs-register"));
    db->record_batch(annual(), annual_rows());
    db->reserve_run(annual_run(alive()), true);
    require_error([&] { db->register_delivery("2026-annual", "2026-07-31"); }, error_kind::input,
                  "run 2026-annual (annual, batch 2026-annual) has not finished: wait until it ends");
    db->finish_run("2026-annual");

    db->reserve_pullout("2026-annual", "2026-07-01", {{1, "P1", {"address"}}}, pullout_run(ended()));
    require_error([&] { db->register_delivery("2026-annual", "2026-07-31"); }, error_kind::input,
                  "its process ended first; run it again to write its files");
    CHECK(statuses(*db, "2026-annual") ==
          std::vector<std::string>{"pulled", "generated", "generated", "generated"});

    db->finish_run("2026-annual-P1");
    auto registered = db->register_delivery("2026-annual", "2026-07-31");
    CHECK(registered.delivered == 3);
    CHECK(registered.pulled == 1);
}

TEST_CASE("a failed run's reservation is undone: the earlier run comes back, or the run goes",
          "[record][runs]") {
    auto db = open_history_store(fresh_db("runs-release"));
    auto first = db->reserve_run(annual_run(alive()), true);
    db->release_run(first);
    CHECK_FALSE(db->find_run("2026-annual"));

    db->reserve_run(annual_run(alive()), true);
    db->finish_run("2026-annual");
    auto finished = *db->find_run("2026-annual");
    auto again = db->reserve_run(annual_run(alive(), "/srv/out/b"), true);
    db->release_run(again);
    auto restored = db->find_run("2026-annual");
    REQUIRE(restored);
    CHECK(restored->out_dir == finished.out_dir);
    CHECK(restored->finished_at == finished.finished_at);
    CHECK(restored->started_at == finished.started_at);

    // Taken over meanwhile by another process: not this one's to undo.
    auto taken = db->reserve_run(annual_run(ended(), "/srv/out/c"), true);
    auto mine = db->reserve_run(annual_run(alive(), "/srv/out/d"), true);
    REQUIRE(mine.state == run_state::reserved);
    auto stale = taken;
    db->release_run(stale);
    CHECK(db->find_run("2026-annual")->out_dir == "/srv/out/d");
}

TEST_CASE("a failed pull-out run keeps the pulls it recorded, for the next run to write",
          "[record][runs][pullout]") {
    auto db = open_history_store(fresh_db("runs-release-pullout"));
    db->record_batch(annual(), annual_rows());
    auto empty = db->reserve_pullout("2026-annual", "2026-07-01", {}, pullout_run(alive()));
    db->release_run(empty);
    CHECK_FALSE(db->find_run("2026-annual-P1"));

    auto pulled = db->reserve_pullout("2026-annual", "2026-07-01", {{1, "P1", {"address"}}}, pullout_run(alive()));
    CHECK(pulled.run.run_id == "2026-annual-P1");
    db->release_run(pulled);
    REQUIRE(db->find_run("2026-annual-P1"));
    CHECK(db->unfinished_runs("2026-annual").size() == 1);
}
