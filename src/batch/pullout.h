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
    const char* label;  // as the pull-out list prints it
};
inline constexpr pullout_reason pullout_reasons[] = {
    {"lost", 1, "資格喪失"},           {"moved_out", 2, "転出等"},       {"name", 3, "氏名変更"},
    {"address", 4, "住所変更"},        {"mail_address", 5, "送付先変更"}, {"head", 6, "世帯主変更"},
    {"form", 7, "様式変更"},           {"variant", 8, "特別療養の変更"}, {"ratio", 9, "負担割合変更"},
    {"validity", 10, "有効期限変更"},
};
int pullout_code(const std::string& reason);
std::string pullout_label(const std::string& reason);

// Compares each issued document with what the rules decide now for the same person.
// `now` holds the decisions for the current snapshot (decide_all). Documents that still
// hold are not listed.
std::vector<record::pullout_row> find_pullouts(const std::vector<record::document_row>& issued,
                                               const snapshot& s,
                                               const std::vector<rules::decision>& now);

}  // namespace kokuho::batch
