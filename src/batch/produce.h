#pragma once
// Produces the files of a batch of documents of one family into an output folder: the
// documents PDFs, the issue file, the issue list, decisions.jsonl and exceptions.csv, each
// entered in the manifest, and the rows the history store records. The bulk run and the
// replacement run share it.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "batch/input.h"
#include "batch/manifest.h"
#include "batch/plan.h"
#include "batch/produce_options.h"
#include "record/history_store.h"
#include "record/records.h"

namespace kokuho::batch {

struct batch_summary {
    std::string batch_id;
    std::string family;
    std::size_t persons = 0;
    std::map<std::string, std::size_t> documents;  // "certificate/standard" -> count
    std::map<std::string, std::size_t> excluded;   // reason -> count
    std::map<std::string, std::size_t> envelopes;   // mail class -> envelopes (the mailing summary)
    std::size_t carrier_sheets = 0;                 // 宛名台紙, one per envelope without a window
    std::size_t printed_envelopes = 0;              // the same envelopes, addressed in print
    std::size_t exceptions = 0;
    std::size_t rejected_rows = 0;
    bool already_recorded = false;  // the history store had this batch already
    // The batch was produced before, by this run: finished into another folder, or ended
    // before it finished (killed); this run did it again.
    std::optional<record::run_info> earlier_run;
    // The config switches the family off (its off_when: option, e.g. elderly.target: none):
    // nothing was issued and nothing written; the option and value that did it.
    std::string switched_off_by;
};

struct produced_batch {
    batch_summary summary;
    std::vector<record::document_row> rows;  // for the history store, in seq order
};

// With a writer, each document's history row goes to it as the document is produced, and
// `rows` stays empty.
produced_batch produce_batch(const run_input& in, const batch_plan& plan, const std::string& batch_id,
                             const produce_options& options, output_dir& out, manifest& files,
                             record::batch_writer* writer = nullptr);

// The last steps of a run that produced a batch under `reserved`: records `batch` with the
// documents and finishes the run (record_and_finish, batch/history.h). Returns the summary,
// with the earlier run it redid and whether the store had the batch already.
batch_summary record_produced(record::history_store& history, produced_batch produced,
                              const record::reservation& reserved, const record::batch_info& batch, output_dir& out,
                              manifest& files);
// The same for a batch whose rows went to `writer`: commits it and finishes the run.
batch_summary record_streamed(record::history_store& history, record::batch_writer& writer, batch_summary summary,
                              const record::reservation& reserved, const std::string& batch_id, output_dir& out,
                              manifest& files);

}  // namespace kokuho::batch
