#include "cli/annual_run.h"

namespace kokuho::test {

annual_run run_samples(const std::string& name) {
    annual_run r;
    r.out = temp_dir(name) + "/out";
    r.result = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                      " --as-of 2026-07-10 --out " + r.out);
    return r;
}

const annual_run& samples_run() {
    static const annual_run shared = run_samples("samples");
    return shared;
}

}  // namespace kokuho::test
