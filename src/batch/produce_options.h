#pragma once
// How a batch's files are produced: where the project's data is, and how the PDFs are made.
// None of it changes what a run produces: the same input gives the same files.
#include <cstddef>
#include <functional>

#include "batch/input.h"

namespace kokuho::batch {

struct produce_options {
    project_paths paths;
    bool debug_boxes = false;
    // The family's 宛名台紙 (carrier_sheet:) and printed envelopes (envelope:) for envelopes
    // without a window form; off where another sheet carries the address (the monthly run's
    // 変更理由のお知らせ).
    bool carrier_sheets = true;
    int jobs = 1;  // workers that compose and write the PDFs (--jobs; render_pool.h)
    std::function<void(std::size_t done, std::size_t total)> progress;  // may be empty
};

}  // namespace kokuho::batch
