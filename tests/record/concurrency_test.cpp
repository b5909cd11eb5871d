// Two processes writing to one database at the same time: each opens the (new) file and
// records 200 small batches as fast as it can. Every write takes the write lock at its
// start and waits for it, so none fails with SQLITE_BUSY and nothing is lost.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "record_test_support.h"

using namespace record_test;

namespace {

constexpr int batches_per_writer = 200;

std::string batch_name(const std::string& writer, int i) {
    return writer + "-" + std::to_string(1000 + i);
}

long now_ns() {
    return long(std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now().time_since_epoch())
                    .count());
}

std::string times_file(const std::string& path, const std::string& writer) {
    return path + "." + writer + ".times";
}

// Runs in the child: waits until the parent closes the start pipe, then records its
// batches and writes when it started and ended (the steady clock is system-wide). Exits 0
// when all were recorded, 1 (with the error on stderr) otherwise.
[[noreturn]] void write_batches(const std::string& path, const std::string& writer, int start) {
    char byte;
    while (read(start, &byte, 1) > 0) {
    }
    try {
        long started = now_ns();
        auto db = open_history_store(path);
        for (int i = 0; i < batches_per_writer; ++i) {
            auto id = batch_name(writer, i);
            auto batch = annual(id);
            batch.config_fingerprint = "sha256:" + writer;
            db->record_batch(batch,
                             {doc(1, "H" + id, "P" + id), doc(2, "H" + id, "Q" + id, "notice")});
        }
        std::ofstream(times_file(path, writer)) << started << " " << now_ns() << "\n";
        _exit(0);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "writer %s: %s\n", writer.c_str(), e.what());
        _exit(1);
    }
}

pid_t spawn_writer(const std::string& path, const std::string& writer, int pipe_fds[2]) {
    pid_t pid = fork();
    if (pid == 0) {
        close(pipe_fds[1]);
        write_batches(path, writer, pipe_fds[0]);
    }
    return pid;
}

int exit_status(pid_t pid) {
    int raw_status = 0;
    if (waitpid(pid, &raw_status, 0) != pid) return -1;
    return WIFEXITED(raw_status) ? WEXITSTATUS(raw_status) : 128 + WTERMSIG(raw_status);
}

struct run_time {
    long started = 0, ended = 0;
};

run_time read_times(const std::string& path, const std::string& writer) {
    run_time t;
    std::ifstream(times_file(path, writer)) >> t.started >> t.ended;
    return t;
}

// How often the writer changes along the generation order: 1 when one writer's batches all
// came before the other's, more when the two writers' transactions interleaved.
long writer_changes(const std::string& path) {
    return raw(path).query_integer(
        "SELECT count(*) FROM (SELECT substr(batch_id, 1, 1) AS w, lag(substr(batch_id, 1, 1)) "
        "OVER (ORDER BY generation) AS before FROM batches) WHERE w <> before");
}

}  // namespace

TEST_CASE("two processes record 400 batches into one new database at the same time",
          "[record][concurrency]") {
    auto path = fresh_db("concurrency");
    int start[2];
    REQUIRE(pipe(start) == 0);
    pid_t a = spawn_writer(path, "a", start);
    pid_t b = spawn_writer(path, "b", start);
    REQUIRE(a > 0);
    REQUIRE(b > 0);
    close(start[0]);
    auto began = std::chrono::steady_clock::now();
    close(start[1]);  // both writers start now

    CHECK(exit_status(a) == 0);
    CHECK(exit_status(b) == 0);
    auto took = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    WARN("2 writers x " << batches_per_writer << " batches took " << took << " s; writer changes "
                        "along the generation order: " << writer_changes(path));

    // Both were running at once: each started before the other had finished, so the
    // second to need the lock waited for it.
    auto ta = read_times(path, "a"), tb = read_times(path, "b");
    CHECK(ta.started < tb.ended);
    CHECK(tb.started < ta.ended);

    auto db = open_history_store(path);
    for (const std::string writer : {"a", "b"})
        for (int i = 0; i < batches_per_writer; ++i) {
            auto id = batch_name(writer, i);
            INFO(id);
            auto batch = db->find_batch(id);
            REQUIRE(batch.has_value());
            CHECK(batch->config_fingerprint == "sha256:" + writer);
            auto rows = db->documents(id);
            REQUIRE(rows.size() == 2);
            CHECK(rows[1].person_id == "Q" + id);
        }
    auto check = raw(path);
    CHECK(check.query_integer("SELECT count(*) FROM batches") == 2 * batches_per_writer);
    CHECK(check.query_integer("SELECT count(*) FROM documents") == 4 * batches_per_writer);
    CHECK(check.query_integer("PRAGMA user_version") == 8);
    // Two writers, two documents a batch, five compared values a document.
    CHECK(check.query_integer("SELECT count(*) FROM document_values") ==
          2 * 2 * 5 * batches_per_writer);
    CHECK(check.query_text("PRAGMA integrity_check") == "ok");
    CHECK(check.query_integer("SELECT count(*) FROM pragma_foreign_key_check") == 0);
}
