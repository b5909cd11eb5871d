#pragma once
// kokuho ratio judge (5.6.1): judges the co-payment ratio of every 70-74 person for a cycle
// (rules/judgment.h), writes judgments.jsonl, the 判定結果一覧 (PDF and CSV) and
// manifest.json, and records the judgments in the history store, where the yearly runs
// find them.
#include <map>
#include <string>

#include "batch/input.h"

namespace kokuho::batch {

struct judgment_options {
    input_options input;
    std::string out_dir;
    std::string database;  // empty: the config's
    project_paths paths;
};

struct judgment_summary {
    std::string run_id;
    std::string cycle_start;
    int income_year = 0;
    std::map<std::string, std::size_t> ratios;  // 2, 3, pending -> persons
    std::map<std::string, std::size_t> rules;   // rule code -> persons
    bool already_recorded = false;
};

judgment_summary run_judgment(const judgment_options& options, const families::registry& families);

}  // namespace kokuho::batch
