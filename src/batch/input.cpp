#include "batch/input.h"

namespace kokuho::batch {

run_input load_input(const input_options& options) {
    config cfg = load_config(options.config_dir);
    read_options reading = options.reading;
    reading.reference_date = options.as_of;
    read_result snapshot = read_snapshot(options.snapshot_path, reading);
    auto cycle = rules::make_cycle(options.as_of, options.valid_from, cfg.rules);
    return {std::move(cfg), std::move(snapshot), cycle};
}

}  // namespace kokuho::batch
