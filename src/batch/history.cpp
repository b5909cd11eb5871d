#include "batch/history.h"

#include <sys/stat.h>

#include <exception>
#include <filesystem>

#include "batch/store_inputs.h"
#include "core/error.h"
#include "core/json.h"
#include "core/process.h"

namespace kokuho::batch {

std::string database_path(const std::string& given, const config& cfg) {
    if (!given.empty()) return given;
    if (cfg.history_database.empty())
        fail_input({cfg.dir}, "no history database: give --db FILE or set database: in history.yaml");
    return cfg.history_database;
}

std::unique_ptr<record::history_store> open_store(const std::string& given, const config& cfg) {
    if (cfg.output.group_readable) ::umask(S_IRWXO | S_IWGRP);  // a new store: 0640
    return record::open_history_store(database_path(given, cfg), std::chrono::seconds(cfg.history_busy_seconds));
}

record::run_info run_of_this_process(const std::string& run_id, const std::string& kind,
                                     const std::string& batch_id, const output_dir& out) {
    return {run_id, kind, batch_id, this_process(), std::filesystem::absolute(out.path()).string(), "", ""};
}

record::reservation reserve(record::history_store& history, const std::string& run_id,
                            const std::string& kind, const std::string& batch_id,
                            const output_dir& out, bool again) {
    settle_ended_runs(history, batch_id);
    auto reserved = history.reserve_run(run_of_this_process(run_id, kind, batch_id, out), again);
    if (reserved.state == record::run_state::working) refuse_working(reserved.run);
    if (reserved.state == record::run_state::finished)
        fail_input({"history store"}, "run " + run_id + " (" + kind + ", batch " + batch_id + ") was done on " +
                                          reserved.run.finished_at + " into " + reserved.run.out_dir +
                                          ": nothing was written");
    return reserved;
}

release_on_failure::release_on_failure(record::history_store& history, const record::reservation& reserved)
    : history_(history), reserved_(reserved), exceptions_(std::uncaught_exceptions()) {}

release_on_failure::~release_on_failure() {
    if (std::uncaught_exceptions() <= exceptions_) return;
    try {
        history_.release_run(reserved_);
    } catch (const std::exception&) {
        // The store failed too: the run stays reserved, and the next run takes it over.
    }
}

void refuse_working(const record::run_info& run) {
    throw error(error_kind::busy, {"history store"},
                "run " + run.run_id + " (" + run.kind + ", batch " + run.batch_id + ") is being done by process " +
                    run.process + " into " + run.out_dir + " since " + run.started_at +
                    ": nothing was written; try again when it ends");
}

bool record_and_finish(record::history_store& history, const record::batch_info& batch,
                       const std::vector<record::document_row>& rows, output_dir& out,
                       manifest& files) {
    bool already = history.record_batch(batch, rows).already_recorded;
    finish(history, batch.batch_id, out, files);
    return already;
}

namespace {

// How a run's manifest.json names it.
std::string run_marker(const std::string& run_id) { return "\"run_id\": " + json_string(run_id); }

}  // namespace

void settle_ended_runs(record::history_store& history, const std::string& batch_id) {
    for (const auto& run : history.unfinished_runs(batch_id))
        if (!process_may_run(run.process) && output_dir::holds_finished_run(run.out_dir, run_marker(run.run_id)))
            history.finish_run(run.run_id);
}

namespace {

// The input of a run over the cycle `which` names.
run_input cycle_input(const input_options& input, const families::registry& families, cycle_run::which cycle) {
    config cfg = load_run_config(input, families);
    if (cycle == cycle_run::which::next) return load_input(input, std::move(cfg));
    const auto& o = cfg.rules;
    date start(input.as_of.year(), o.cycle_start_month, o.cycle_start_day);
    if (start > input.as_of) start = date(input.as_of.year() - 1, o.cycle_start_month, o.cycle_start_day);
    return load_input(input, std::move(cfg), start);
}

}  // namespace

cycle_run::cycle_run(const input_options& input, const std::string& out_dir, const std::string& database,
                     const families::registry& families, which cycle)
    : in(cycle_input(input, families, cycle)), out(out_dir), history(open_store(database, in.cfg)) {
    if (in.cfg.output.group_readable) out.share_with_group();
}

void finish(record::history_store& history, const std::string& run_id, output_dir& out,
            manifest& files) {
    files.set_fact("run_id", json_string(run_id));
    files.write(out);
    out.commit_all();
    history.finish_run(run_id);
}

continued_run continue_batch(const input_options& input, const std::string& database,
                             const std::string& batch_id, const families::registry& families,
                             output_dir& out) {
    config cfg = load_run_config(input, families);
    if (cfg.output.group_readable) out.share_with_group();
    auto history = open_store(database, cfg);
    auto batch = history->find_batch(batch_id);
    if (!batch) fail_input({"command line"}, "--batch " + batch_id + ": no such batch in the history store");
    const auto& f = families.get(batch->family);
    auto in = load_input(input, std::move(cfg), date::parse_iso(batch->cycle_start));
    use_store(in, *history, f);
    return {std::move(history), std::move(*batch), &f, std::move(in)};
}

}  // namespace kokuho::batch
