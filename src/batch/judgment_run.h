#pragma once
// kokuho ratio judge (5.6.1): judges the co-payment ratio of every 70-74 person for a cycle
// (rules/judgment.h), writes judgments.jsonl, the 判定結果一覧 (PDF and CSV) and
// manifest.json, and records the judgments in the history store, where the yearly runs
// find them.
#include <map>
#include <string>
#include <vector>

#include "batch/input.h"
#include "record/history_store.h"
#include "record/records.h"
#include "rules/judgment.h"

namespace kokuho::batch {

struct judgment_summary {
    std::string run_id;
    std::string cycle_start;
    int income_year = 0;
    std::map<std::string, std::size_t> ratios;  // 2, 3, pending -> persons
    std::map<std::string, std::size_t> rules;   // rule code -> persons
    bool already_recorded = false;
};

// What the office registered for the cycle (the minors counts of 5.5.2 and the answers of
// 5.5.1 in force), as the judgment reads it.
rules::registered_inputs registered_of(const std::vector<record::minors_row>& minors,
                                      const std::vector<record::answer_row>& answers);

// The judgment of the cycle of `in` with what the office registered: each person's
// judgment, household by household, the rows the store keeps, and their counts.
struct judged_cycle {
    judgment_summary summary;
    std::vector<rules::judgment> judged;
    std::vector<record::judgment_row> rows;
};
judged_cycle judge_cycle(const run_input& in, record::history_store& history);

judgment_summary run_judgment(const cycle_run_options& options, const families::registry& families);

}  // namespace kokuho::batch
