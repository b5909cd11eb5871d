// kokuho status list (5.10): the 証交付状況一覧.
#include <iostream>

#include "batch/status_run.h"
#include "cli/common.h"

namespace kokuho::cli {

int status_list(const std::vector<std::string>& argv) {
    args a(argv, {"as-of", "kind", "household", "snapshot", "encoding", "out", "db", "config", "project"}, {});
    batch::status_options o;
    o.as_of = date_option(a, "as-of");
    o.family = a.get("kind").value_or("");
    o.household = a.get("household").value_or("");
    if (a.get("snapshot")) o.snapshot = input_of(a);
    o.config_dir = config_dir_of(a);
    o.database = a.get("db").value_or("");
    o.out_dir = a.required("out");
    o.paths = paths_of(a);
    auto s = batch::write_status_list(o, batch::load_families(o.paths));
    std::cout << "status list " << s.run_id << " on " << o.as_of.iso() << ": " << s.rows << " rows ("
              << counts(s.statuses) << ")";
    if (o.snapshot) std::cout << "; " << s.missing << " insured people hold no valid document";
    std::cout << " -> " << o.out_dir << "\n";
    return 0;
}

}  // namespace kokuho::cli
