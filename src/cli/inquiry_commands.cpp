// kokuho inquiry answers (5.5.1): answers of other municipalities for the ratio judgment.
#include <iostream>

#include "batch/answers_run.h"
#include "cli/common.h"

namespace kokuho::cli {

int inquiry_answers(const std::vector<std::string>& argv) {
    args a(argv, {"file", "as-of", "valid-from", "config", "db", "project"}, {});
    auto r = batch::register_answers(a.required("file"), cycle_input_of(a), a.get("db").value_or(""),
                                     batch::load_families(paths_of(a)));
    std::cout << "answers " << r.registration_id << " for the cycle from " << r.cycle_start << ": "
              << r.result.registered << " registered, " << r.result.unchanged
              << " unchanged (the same answer was in force)\n";
    return 0;
}

}  // namespace kokuho::cli
