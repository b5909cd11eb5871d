// kokuho limit apply (5.3): applications for a 限度額適用(・標準負担額減額)認定証 entered in this
// tool. (kokuho limit recommend is a bulk run: annual_commands.cpp.)
#include <iostream>

#include "batch/applications_run.h"
#include "cli/common.h"
#include "core/clock.h"

namespace kokuho::cli {

int limit_apply(const std::vector<std::string>& argv) {
    args a(argv, {"file", "db", "config", "project"}, {});
    auto history = store_of(a);
    auto r = batch::register_applications(a.required("file"), "limit_applied_on", today(), *history);
    std::cout << "applications " << r.registration_id << ": " << r.result.registered << " registered, "
              << r.result.unchanged << " unchanged (the same application was registered before)\n";
    return 0;
}

}  // namespace kokuho::cli
