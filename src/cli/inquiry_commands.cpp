// kokuho inquiry letters and answers (5.5.1): income inquiries to other municipalities for
// the ratio judgment, and their answers.
#include <iostream>

#include "batch/answers_run.h"
#include "batch/inquiry_run.h"
#include "cli/common.h"

namespace kokuho::cli {

int inquiry_letters(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "db"}), input_flags);
    auto o = cycle_run_of(a);
    auto s = batch::run_inquiry_letters(o, batch::load_families(o.paths));
    std::cout << "inquiry " << s.run_id << " for the cycle from " << s.cycle_start << " (income year "
              << s.income_year << "): " << s.letters << " letters to " << s.people << " people ("
              << s.asked_before << " asked before); " << s.unknown
              << " people whose municipality is not in inquiry.yaml (宛先不明, see exceptions.csv) -> "
              << o.out_dir << "\n";
    if (s.already_recorded) std::cout << "inquiry " << s.run_id << " was already in the history store: unchanged\n";
    return 0;
}

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
