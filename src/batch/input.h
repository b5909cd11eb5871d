#pragma once
// What every run starts from: the configuration, the snapshot as of a date, and the cycle.
#include <optional>
#include <string>

#include "config/config.h"
#include "rules/decide.h"
#include "snapshot/reader.h"

namespace kokuho::batch {

struct project_paths {
    std::string templates;  // templates/
    std::string layouts;    // layouts/
    std::string fonts;      // fonts/fonts.yaml
};

struct input_options {
    std::string snapshot_path;
    date as_of;                      // 基準日, printed as 交付年月日
    std::optional<date> valid_from;  // cycle start; default the next 1 August on or after as_of
    std::string config_dir;
    read_options reading;
};

struct run_input {
    config cfg;
    read_result snapshot;
    rules::cycle cycle;
};

// Loads the config and reads the snapshot (input errors name file:row:column).
run_input load_input(const input_options& options);

}  // namespace kokuho::batch
