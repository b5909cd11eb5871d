#pragma once
// One person's document for a clerk to check, decided and numbered as in the bulk run.
#include <string>

#include "batch/input.h"
#include "layout/compose.h"

namespace kokuho::batch {

struct preview_options {
    std::string family;  // --kind; empty: the default family
    input_options input;
    std::string person_id;
    std::string out_pdf;
    project_paths paths;
    bool debug_boxes = false;
    std::string database;  // --db; empty: the config's. Read only when the file exists.
};

struct preview_result {
    std::string form;     // the family's form id: certificate, notice, ...
    std::string variant;  // the family's variant id: standard, special, ...
    long seq = 0;
    std::size_t pages = 0;
    std::vector<layout::fit_note> notes;  // values shrunk or not printed
};

preview_result run_preview(const preview_options& options, const families::registry& families);

}  // namespace kokuho::batch
