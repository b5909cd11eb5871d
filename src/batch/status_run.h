#pragma once
// kokuho status list (証交付状況一覧, workflows.md 5.10): who holds what on a day. One row per
// person and family: the person's latest document of the family (its batch, 通番, form and
// variant, 交付日 and validity), its status on the day (generated, pulled, delivered, returned,
// held, closed, reissued, superseded, collected, or expired when its validity has ended) and
// what superseded it. With a snapshot, the people insured on the day who hold no valid
// document of the default family follow in a section of their own: they need one. Written as
// status-list.csv and status-list-NNNN.pdf (layouts/lists/status-list.yaml) with the totals
// per family, form and status on the last page.
#include <map>
#include <optional>
#include <string>

#include "batch/input.h"

namespace kokuho::batch {

struct status_options {
    date as_of;
    std::string family;     // empty: every family
    std::string household;  // empty: every household
    std::optional<input_options> snapshot;  // for the section of those who need a document
    std::string config_dir;
    std::string database;
    std::string out_dir;
    project_paths paths;
};

struct status_summary {
    std::string run_id;
    std::size_t rows = 0;
    std::size_t missing = 0;  // insured with no valid document of the default family
    std::map<std::string, std::size_t> statuses;  // status -> rows
};

status_summary write_status_list(const status_options& options, const families::registry& families);

}  // namespace kokuho::batch
