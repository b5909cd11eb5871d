// The runs of a batch (実行): reserved before they produce anything, finished when their
// folder is in place, taken over when their process ended before that.
#include "core/error.h"
#include "core/process.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

constexpr const char* run_columns =
    "SELECT run_id, kind, batch_id, process, out_dir, started_at, finished_at FROM runs ";

run_info run_of(const sql::statement& s) {
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)};
}

bool still_working(const run_info& run) {
    return run.finished_at.empty() && process_may_run(run.process);
}

}  // namespace

std::optional<run_info> sqlite_store::find_run(const std::string& run_id) {
    sql::statement s(db_, std::string(run_columns) + "WHERE run_id = ?");
    s.bind(1, run_id);
    if (!s.step()) return std::nullopt;
    return run_of(s);
}

std::vector<run_info> sqlite_store::unfinished_runs(const std::string& batch_id) {
    sql::statement s(db_, std::string(run_columns) +
                              "WHERE batch_id = ? AND finished_at IS NULL ORDER BY run_id");
    s.bind(1, batch_id);
    return sql::all_rows(s, run_of);
}

std::optional<run_info> sqlite_store::unfinished_pullout(const std::string& batch_id) {
    sql::statement s(db_, std::string(run_columns) +
                              "WHERE batch_id = ? AND kind = 'pullout' AND finished_at IS NULL "
                              "ORDER BY started_at, run_id LIMIT 1");
    s.bind(1, batch_id);
    if (!s.step()) return std::nullopt;
    return run_of(s);
}

void sqlite_store::insert_run(const run_info& run) {
    sql::statement s(db_, "INSERT INTO runs (run_id, kind, batch_id, process, out_dir) "
                          "VALUES (?, ?, ?, ?, ?)");
    s.bind_all(run.run_id, run.kind, run.batch_id, run.process, run.out_dir).run();
}

// This process works on the run now: a new start, not finished.
void sqlite_store::take_over(const run_info& run) {
    sql::statement s(db_, "UPDATE runs SET process = ?, out_dir = ?, finished_at = NULL, "
                          "started_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE run_id = ?");
    s.bind_all(run.process, run.out_dir, run.run_id).run();
}

reservation sqlite_store::reserve_run(const run_info& run, bool again) {
    sql::write_transaction transaction(db_);
    reservation result;
    if (auto existing = find_run(run.run_id)) {
        if (still_working(*existing)) return not_reserved(run_state::working, *existing);
        if (!existing->finished_at.empty() && !again)
            return not_reserved(run_state::finished, *existing);
        if (existing->kind != run.kind || existing->batch_id != run.batch_id)
            fail_input({db_.path()}, "run " + run.run_id + " is the " + existing->kind + " run of batch " +
                                         existing->batch_id + ", not the " + run.kind + " run of batch " + run.batch_id);
        result.before = *existing;
        take_over(run);
    } else {
        insert_run(run);
    }
    result.run = *find_run(run.run_id);
    transaction.commit();
    return result;
}

void sqlite_store::release_run(const reservation& reserved) {
    const auto& run = reserved.run;
    sql::write_transaction transaction(db_);
    if (reserved.before) {
        const auto& b = *reserved.before;
        sql::statement s(db_, "UPDATE runs SET process = ?, out_dir = ?, started_at = ?, "
                              "finished_at = nullif(?, '') WHERE run_id = ? AND process = ?");
        s.bind_all(b.process, b.out_dir, b.started_at, b.finished_at, run.run_id, run.process).run();
    } else {
        sql::statement s(db_, "DELETE FROM runs WHERE run_id = ?1 AND process = ?2 AND NOT EXISTS "
                              "(SELECT 1 FROM documents WHERE pulled_by = ?1)");
        s.bind_all(run.run_id, run.process).run();
    }
    transaction.commit();
}

void sqlite_store::finish_run(const std::string& run_id) {
    sql::write_transaction transaction(db_);
    sql::statement s(db_, "UPDATE runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                          "WHERE run_id = ?");
    s.bind(1, run_id).run();
    if (db_.changes() != 1) fail_internal(db_.path() + ": no run " + run_id + " to finish");
    transaction.commit();
}

}  // namespace kokuho::record::sqlite
