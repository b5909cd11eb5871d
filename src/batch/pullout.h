#pragma once
// 抜取 (5.1.3): which documents of an issued batch must be pulled out of the mailing,
// compared with the current snapshot, each with its reasons.
#include <string>
#include <vector>

#include "batch/plan.h"
#include "record/records.h"

namespace kokuho::batch {

// The reason codes, in the order they are listed; the number is the code in the
// pull-out file.
struct pullout_reason {
    const char* name;
    int code;
};
inline constexpr pullout_reason pullout_reasons[] = {
    {"lost", 1},   {"moved_out", 2}, {"name", 3},    {"address", 4}, {"mail_address", 5},
    {"head", 6},   {"form", 7},      {"variant", 8}, {"ratio", 9},   {"validity", 10},
};
int pullout_code(const std::string& reason);

// Compares each issued document with what the rules decide now for the same person.
// `now` holds the decisions for the current snapshot (decide_all). Documents that still
// hold are not listed.
std::vector<record::pullout_row> find_pullouts(const std::vector<record::document_row>& issued,
                                               const snapshot& s,
                                               const std::vector<rules::decision>& now);

}  // namespace kokuho::batch
