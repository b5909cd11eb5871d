#pragma once
// Mid-year changes of a family (高齢受給者証変更分作成, 5.9.1; the family's changes:): every
// delivered document of the current cycle is compared with what the rules give now, by the
// family's change reasons (for the 高齢受給者証: the ratio, from the snapshot or from the
// judgment this run makes and records). Those that changed get a new document, with its
// companions, from the effective day; the new batch (kind change) supersedes the old ones,
// which the history shows as reissued. Writes the documents, the issue file and list,
// decisions.jsonl, the change list (PDF and CSV), exceptions.csv and manifest.json.
#include <optional>
#include <string>

#include "batch/input.h"
#include "batch/produce.h"

namespace kokuho::batch {

struct change_options {
    std::string family;
    input_options input;  // as_of: the run's day; the cycle is the one it falls in
    std::optional<date> effective_from;  // default: the first day of the month after as_of
    std::string out_dir;
    std::string database;
    produce_options produce;
};

struct change_summary {
    batch_summary batch;          // of the new documents
    std::string cycle_start;
    date effective_from;
    std::size_t compared = 0;     // delivered documents of the cycle
    std::size_t changed = 0;      // people whose documents are superseded
    std::size_t also_reissued = 0;  // of them, people whose other family's document is reissued too
    std::string also_family;
    std::string judgment_run;     // the judgment the run made and recorded, when it judged
};

change_summary run_changes(const change_options& options, const families::registry& families);

}  // namespace kokuho::batch
