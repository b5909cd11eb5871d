// kokuho monthly changes (5.11): the month's new documents, with their reasons.
#include <iostream>

#include "batch/monthly_run.h"
#include "cli/common.h"

namespace kokuho::cli {

int monthly_changes(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "db", "kind"}), with(input_flags, {"debug-boxes"}));
    batch::monthly_options o{a.get("kind").value_or(""), input_of(a), a.required("out"), a.get("db").value_or(""),
                             produce_of(a)};
    auto s = batch::run_monthly(o, batch::load_families(o.produce.paths));
    std::cout << s.family << ": the cycle from " << s.cycle_start << ", " << s.compared
              << " people compared with the document they hold";
    if (!s.batch) {
        std::cout << "; no changes: nothing issued, nothing written to " << o.out_dir << "\n";
        return 0;
    }
    std::cout << "; new documents by reason: " << counts(s.reasons) << "; " << s.letters << " 変更理由のお知らせ\n";
    print_summary(*s.batch, o.out_dir);
    return 0;
}

}  // namespace kokuho::cli
