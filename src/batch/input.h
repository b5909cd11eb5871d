#pragma once
// What every run starts from: the family registry, the configuration, the snapshot as of a
// date, and the cycle.
#include <optional>
#include <string>
#include <vector>

#include "batch/exceptions.h"
#include "config/config.h"
#include "families/registry.h"
#include "rules/decide.h"
#include "snapshot/reader.h"

namespace kokuho::batch {

struct project_paths {
    std::string templates;  // templates/
    std::string layouts;    // layouts/
    std::string fonts;      // fonts/fonts.yaml
    std::string families;   // families/
};

// The family registry of a project: families/ with the templates and layouts they name.
families::registry load_families(const project_paths& paths);

struct input_options {
    std::string snapshot_path;
    date as_of;                      // 基準日, printed as 交付年月日
    std::optional<date> valid_from;  // cycle start; default the next 1 August on or after as_of
    std::string config_dir;
    read_options reading;
};

// A run over a snapshot for one cycle that writes an output folder and records what it did
// in the history store (the ratio judgment, the inquiry letters).
struct cycle_run_options {
    input_options input;
    std::string out_dir;
    std::string database;  // empty: the config's
    project_paths paths;
};

struct run_input {
    config cfg;
    read_result snapshot;
    rules::cycle cycle;
    // Found before anything is produced, for the run's exceptions report: a snapshot ratio
    // that differs from the stored judgment (batch/judgments.h).
    std::vector<exception_row> exceptions;
    // The empty snapshot cells the history store filled (batch/store_inputs.h), one line each.
    std::string stored_inputs;
};

// Loads the config, its form names checked against the families.
config load_run_config(const input_options& options, const families::registry& families);

// Reads the snapshot (input errors name file:row:column). The cycle starts on
// --valid-from, else on `batch_cycle_start` (the cycle of an issued batch that a pull-out or
// replacement continues), else on the next cycle start.
run_input load_input(const input_options& options, config cfg,
                     std::optional<date> batch_cycle_start = std::nullopt);

}  // namespace kokuho::batch
