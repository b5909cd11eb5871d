#include "batch/history.h"

#include <sys/stat.h>

#include "core/error.h"

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

bool record_and_finish(record::history_store& history, const record::batch_info& batch,
                       const std::vector<record::document_row>& rows, output_dir& out,
                       const manifest& files) {
    bool already = history.record_batch(batch, rows).already_recorded;
    files.write(out);
    out.commit_all();
    return already;
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
    return {std::move(history), std::move(*batch), &f, std::move(in)};
}

}  // namespace kokuho::batch
