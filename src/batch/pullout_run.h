#pragma once
// kokuho annual pullout (5.1.3, 5.2.2): compares an issued batch with the current snapshot, writes
// the pull-out list (抜取対象者一覧, PDF and CSV), the pull-out file (抜取用ファイル),
// pullouts.jsonl and manifest.json, and records the pull-outs in the history store.
#include <map>
#include <optional>
#include <string>

#include "batch/input.h"
#include "record/records.h"

namespace kokuho::batch {

struct pullout_options {
    input_options input;  // valid_from defaults to the batch's own
    std::string batch_id;
    std::string out_dir;
    std::string database;  // empty: the config's
    project_paths paths;
};

struct pullout_summary {
    std::string batch_id;
    std::string run_id;         // this pull-out's run: BATCH-P<n>
    std::size_t documents = 0;  // documents of the batch compared
    std::size_t pulled = 0;          // newly pulled out by this run
    std::size_t pulled_before = 0;   // pulled out by earlier runs, not listed again
    std::map<std::string, std::size_t> reasons;  // reason -> documents
    // A pull-out run that ended before its files were in place, taken over by this one:
    // its pulls are what this run wrote.
    std::optional<record::run_info> taken_over;
};

// The family comes from the issued batch.
pullout_summary run_pullout(const pullout_options& options, const families::registry& families);

}  // namespace kokuho::batch
