// kokuho ratio judge (5.6.1): the co-payment ratio judgment for 70-74.
#include <iostream>

#include "batch/judgment_run.h"
#include "cli/common.h"

namespace kokuho::cli {

int ratio_judge(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "db"}), input_flags);
    auto o = cycle_run_of(a);
    auto s = batch::run_judgment(o, batch::load_families(o.paths));
    std::cout << "judgment " << s.run_id << " for the cycle from " << s.cycle_start << " (income year "
              << s.income_year << "): ratio " << counts(s.ratios) << "; rules " << counts(s.rules) << " -> "
              << o.out_dir << "\n";
    if (s.already_recorded) std::cout << "judgment " << s.run_id << " was already in the history store: unchanged\n";
    return 0;
}

}  // namespace kokuho::cli
