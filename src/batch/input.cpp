#include "batch/input.h"

namespace kokuho::batch {

run_input load_input(const input_options& options) {
    if (options.valid_from && (*options.valid_from < options.as_of ||
                               *options.valid_from > options.as_of.plus_years(1)))
        fail_input({"command line"}, "--valid-from " + options.valid_from->iso() +
                                         ": must be on or after --as-of " + options.as_of.iso() +
                                         " and within a year of it");
    config cfg = load_config(options.config_dir);
    read_options reading = options.reading;
    reading.reference_date = options.as_of;
    read_result snapshot = read_snapshot(options.snapshot_path, reading);
    // An export with no rows is an upstream failure, not a municipality without insured:
    // issuing or comparing against it would pull out every document.
    if (snapshot.data.persons.empty())
        fail_input({options.snapshot_path}, snapshot.rejected.empty()
                                                ? "no data rows: the snapshot has a header only"
                                                : "no valid rows: every row was rejected");
    auto cycle = rules::make_cycle(options.as_of, options.valid_from, cfg.rules);
    return {std::move(cfg), std::move(snapshot), cycle};
}

}  // namespace kokuho::batch
