#include "cli/annual_run.h"

namespace kokuho::test {

annual_run run_samples(const std::string& name) {
    annual_run r;
    auto dir = temp_dir(name);
    r.out = dir + "/out";
    r.database = dir + "/history.sqlite";
    r.result = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                          " --as-of 2026-07-10 --out " + r.out + " --db " + r.database);
    return r;
}

const annual_run& samples_run() {
    static const annual_run shared = run_samples("samples");
    return shared;
}

}  // namespace kokuho::test
