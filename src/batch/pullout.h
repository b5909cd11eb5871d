#pragma once
// 抜取 (5.1.3, 5.2.2): which documents of an issued batch must be pulled out of the mailing,
// compared with the current snapshot by the family's reasons, each with its reasons.
#include <string>
#include <vector>

#include "batch/input.h"
#include "batch/plan.h"
#include "record/records.h"

namespace kokuho::batch {

// Compares each issued document with what the family's rules decide now for the same
// person: not in the snapshot, no document, or a compared value that differs from the one
// recorded (a value the batch did not record is not compared). `now` holds the decisions
// for the current snapshot (decide_all). Documents that still hold are not listed.
std::vector<record::pullout_row> find_pullouts(const std::vector<record::document_row>& issued,
                                               const run_input& in, const families::family& f,
                                               const rules::outcome_list& now);

// The reason codes of a pull-out as the pull-out file writes them: 2 digits each.
std::string reason_codes(const families::family& f, const std::vector<std::string>& reasons);

}  // namespace kokuho::batch
