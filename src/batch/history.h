#pragma once
// The runs' use of the history store: which store, and the last steps of a run that makes a
// batch: record the batch, then write the manifest, then keep the folder.
#include <memory>
#include <string>
#include <vector>

#include "batch/input.h"
#include "batch/manifest.h"
#include "config/config.h"
#include "core/output_dir.h"
#include "record/history_store.h"

namespace kokuho::batch {

// The store to use: --db when given, else the config's history database.
std::string database_path(const std::string& given, const config& cfg);
std::unique_ptr<record::history_store> open_store(const std::string& given, const config& cfg);

// A run of this process writing into `out` (its absolute path), for the store's reservation.
record::run_info run_of_this_process(const std::string& run_id, const std::string& kind,
                                     const std::string& batch_id, const output_dir& out);

// Reserves the run in the store before anything is produced (record::history_store::
// reserve_run), for this process and the output folder. A run that another process works on
// ends this one with a busy error (exit 75) naming that run. One whose process ended before
// it finished is done again, and so is a finished one when `again` says so (else an input
// error names it and its folder); the earlier run is returned as `before`.
record::reservation reserve(record::history_store& history, const std::string& run_id,
                            const std::string& kind, const std::string& batch_id,
                            const output_dir& out, bool again);

// The runs of the batch whose process ended after their folder was finished, before they
// were marked finished (a kill): each is marked finished, its folder put in place first if
// it was left beside its target. Those without a finished folder are left to be done again.
void settle_ended_runs(record::history_store& history, const std::string& batch_id);

// Undoes a reservation when the run ends by an error before it finished (history_store::
// release_run), so that a failed run leaves no unfinished run behind it.
class release_on_failure {
public:
    release_on_failure(record::history_store& history, const record::reservation& reserved);
    ~release_on_failure();
    release_on_failure(const release_on_failure&) = delete;
    release_on_failure& operator=(const release_on_failure&) = delete;

private:
    record::history_store& history_;
    const record::reservation& reserved_;
    int exceptions_;  // uncaught at construction: more at destruction means a failure
};

// Another process works on the run: a busy error naming it, so that a scheduler retries.
[[noreturn]] void refuse_working(const record::run_info& run);

// Records the batch and its documents (committed in the store), then writes manifest.json,
// keeps the folder and marks the run finished: a folder with a manifest always has its batch
// in the store. Returns whether the store had the batch already.
bool record_and_finish(record::history_store& history, const record::batch_info& batch,
                       const std::vector<record::document_row>& rows, output_dir& out,
                       manifest& files);

// A run over a snapshot for one cycle that records in the store (the judgment, the inquiry
// letters, the mid-year changes), started: its input read, its output folder (nothing written
// yet) and the history store opened, so that a wrong --db fails before anything is produced.
struct cycle_run {
    // Which cycle: the one starting on or after --as-of (or --valid-from), or the one --as-of
    // falls in (a run during the cycle).
    enum class which { next, current };
    cycle_run(const input_options& input, const std::string& out_dir, const std::string& database,
              const families::registry& families, which cycle = which::next);
    cycle_run(const cycle_run_options& options, const families::registry& families)
        : cycle_run(options.input, options.out_dir, options.database, families) {}
    run_input in;
    output_dir out;
    std::unique_ptr<record::history_store> history;
};

// Writes manifest.json (naming the run), keeps the folder and marks the run finished.
void finish(record::history_store& history, const std::string& run_id, output_dir& out,
            manifest& files);

// A run that continues an issued batch (a pull-out, a replacement): the store, the batch,
// its family, and the input read within the batch's own cycle unless --valid-from says
// otherwise. An input error when the store lacks the batch. The output folder is shared with
// the office's print group when the config says so.
struct continued_run {
    std::unique_ptr<record::history_store> history;
    record::batch_info batch;
    const families::family* family = nullptr;
    run_input in;
};
continued_run continue_batch(const input_options& input, const std::string& database,
                             const std::string& batch_id, const families::registry& families,
                             output_dir& out);

}  // namespace kokuho::batch
