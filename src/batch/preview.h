#pragma once
// One person's document for a clerk to check, decided and numbered as in the bulk run.
#include <string>

#include "batch/input.h"
#include "layout/compose.h"

namespace kokuho::batch {

struct preview_options {
    input_options input;
    std::string person_id;
    std::string out_pdf;
    project_paths paths;
    bool debug_boxes = false;
};

struct preview_result {
    std::string form;     // certificate or notice
    std::string variant;  // standard or special
    long seq = 0;
    std::size_t pages = 0;
    std::vector<layout::fit_note> notes;  // values shrunk or not printed
};

preview_result run_preview(const preview_options& options);

}  // namespace kokuho::batch
