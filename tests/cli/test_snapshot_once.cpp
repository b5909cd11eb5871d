// The snapshot is read once, and the batch id covers the bytes that were read: a piped
// snapshot or a named pipe gives the id of the same file on disk, and never hangs on a
// second read.
#include <catch2/catch.hpp>
#include <regex>

#include "support/run.h"

using namespace kokuho::test;

namespace {

std::string batch_id_in(const std::string& output) {
    std::smatch m;
    return std::regex_search(output, m, std::regex("batch (A[0-9]{8}-EL-[0-9a-f]{8})")) ? m[1].str() : "";
}

std::string run_args(const std::string& dir, const std::string& name) {
    return " --as-of 2026-07-10 --out " + dir + "/" + name + " --db " + dir + "/" + name + ".sqlite";
}

}  // namespace

TEST_CASE("snapshot read once: a pipe and a named pipe give the file's batch id") {
    auto dir = temp_dir("snapshot-once");
    auto file = source_path("samples/snapshot.csv");
    auto from_file = run_kokuho("annual certificates --snapshot " + file + run_args(dir, "file"));
    REQUIRE(from_file.status == 0);
    auto id = batch_id_in(from_file.out);
    REQUIRE_FALSE(id.empty());

    // run() gives the command line's last command /dev/null as input: the pipe goes in ( ).
    auto piped = run("(cat " + file + " | " + KOKUHO_BINARY + std::string(" annual certificates --snapshot /dev/stdin") +
                     run_args(dir, "pipe") + ")");
    INFO(piped.err);
    CHECK(piped.status == 0);
    CHECK(batch_id_in(piped.out) == id);

    auto fifo = run("(mkfifo " + dir + "/snapshot.fifo && (cat " + file + " > " + dir + "/snapshot.fifo &) && timeout 60 " +
                    KOKUHO_BINARY + " annual certificates --snapshot " + dir + "/snapshot.fifo" + run_args(dir, "fifo") + ")");
    INFO(fifo.err);
    CHECK(fifo.status == 0);
    CHECK(batch_id_in(fifo.out) == id);

    // "-" is standard input, as in other tools.
    auto dash = run("(cat " + file + " | " + KOKUHO_BINARY + std::string(" annual certificates --snapshot -") +
                    run_args(dir, "dash") + ")");
    INFO(dash.err);
    CHECK(dash.status == 0);
    CHECK(batch_id_in(dash.out) == id);

    // Another snapshot through the same pipe gets another id.
    auto other = run("(cat " + source_path("samples/snapshot-day2.csv") + " | " + KOKUHO_BINARY +
                     " annual certificates --snapshot /dev/stdin" + run_args(dir, "other") + ")");
    CHECK(other.status == 0);
    CHECK_FALSE(batch_id_in(other.out).empty());
    CHECK(batch_id_in(other.out) != id);
}
