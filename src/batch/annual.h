#pragma once
// The yearly bulk issue of 資格確認書 and 資格情報のお知らせ (5.1.1, 5.1.2):
// read -> decide -> bind -> render -> record, into one output folder.
#include <functional>
#include <map>
#include <string>

#include "batch/input.h"

namespace kokuho::batch {

struct annual_options {
    input_options input;
    std::string out_dir;
    project_paths paths;
    bool debug_boxes = false;
    std::function<void(std::size_t done, std::size_t total)> progress;  // may be empty
};

struct annual_summary {
    std::string batch_id;
    std::size_t persons = 0;
    std::map<std::string, std::size_t> documents;  // "certificate/standard" -> count
    std::map<std::string, std::size_t> excluded;   // reason -> count
    std::size_t exceptions = 0;
    std::size_t rejected_rows = 0;
};

annual_summary run_annual(const annual_options& options);

}  // namespace kokuho::batch
