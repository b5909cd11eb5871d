#pragma once
// Produces the files of a batch of documents into an output folder: the documents PDFs,
// the issue file, the issue list, decisions.jsonl and exceptions.csv, each entered in the
// manifest. The bulk run and the replacement run share it.
#include <functional>
#include <map>
#include <string>

#include "batch/input.h"
#include "batch/manifest.h"
#include "batch/plan.h"

namespace kokuho::batch {

struct produce_options {
    project_paths paths;
    bool debug_boxes = false;
    std::function<void(std::size_t done, std::size_t total)> progress;  // may be empty
};

struct batch_summary {
    std::string batch_id;
    std::size_t persons = 0;
    std::map<std::string, std::size_t> documents;  // "certificate/standard" -> count
    std::map<std::string, std::size_t> excluded;   // reason -> count
    std::size_t exceptions = 0;
    std::size_t rejected_rows = 0;
    bool already_recorded = false;  // the history store had this batch already
};

batch_summary produce_batch(const run_input& in, const batch_plan& plan, const std::string& batch_id,
                            const produce_options& options, output_dir& out, manifest& files);

}  // namespace kokuho::batch
