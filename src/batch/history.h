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

// Records the batch and its documents (committed in the store), then writes manifest.json
// and keeps the folder: a folder with a manifest always has its batch in the store.
// Returns whether the store had the batch already.
bool record_and_finish(record::history_store& history, const record::batch_info& batch,
                       const std::vector<record::document_row>& rows, output_dir& out,
                       const manifest& files);

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
