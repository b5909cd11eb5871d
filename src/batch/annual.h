#pragma once
// The yearly bulk issue of 資格確認書 and 資格情報のお知らせ (5.1.1, 5.1.2):
// read -> decide -> bind -> render -> record, into one output folder.
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "core/date.h"
#include "snapshot/reader.h"

namespace kokuho::batch {

struct project_paths {
    std::string templates;  // templates/
    std::string layouts;    // layouts/
    std::string fonts;      // fonts/fonts.yaml
};

struct annual_options {
    std::string snapshot_path;
    date as_of;                     // 基準日 and 交付年月日
    std::optional<date> valid_from; // cycle start; default the next 1 August on or after as_of
    std::string config_dir;
    read_options reading;
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
