#pragma once
// The bulk run on the shipped samples, made once and shared by the tests that read it.
#include <string>

#include "support/run.h"

namespace kokuho::test {

struct annual_run {
    std::string out;       // the output folder
    std::string database;  // the history store of the run
    run_result result;
};

// kokuho annual certificates --snapshot samples/snapshot.csv --as-of 2026-07-10 into `name`.
annual_run run_samples(const std::string& name);

// The shared run (made on first use).
const annual_run& samples_run();

}  // namespace kokuho::test
