// kokuho minors register | show (5.5.2): the minors counts of the ratio judgment.
#include <iostream>

#include "batch/minors_run.h"
#include "cli/common.h"
#include "core/error.h"

namespace kokuho::cli {

int minors_register(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"db", "file"}), input_flags);
    auto database = a.get("db").value_or("");
    auto families = batch::load_families(paths_of(a));
    batch::minors_registration r;
    if (auto file = a.get("file")) {
        if (a.get("snapshot")) fail_input({"command line"}, "give --snapshot or --file, not both");
        r = batch::register_given_minors(*file, cycle_input_of(a), database, families);
    } else {
        r = batch::register_derived_minors(input_of(a), database, families);
    }
    for (const auto& row : r.rows)
        std::cout << row.household_id << "\t" << row.cycle_start << "\tunder 16: " << row.under_16
                  << "\t16-18: " << row.age_16_to_18 << "\t" << row.source << "\n";
    std::cout << "minors registration " << r.registration_id << ": " << r.rows.size() << " households"
              << (r.already_recorded ? " (already in the history store: unchanged)" : "") << "\n";
    return 0;
}

int minors_show(const std::vector<std::string>& argv) {
    args a(argv, {"household", "db", "config", "project"}, {});
    auto household = a.required("household");
    auto history = store_of(a);
    auto rows = history->minors_of_household(household);
    if (rows.empty()) {
        std::cout << "household " << household << ": no minors counts registered\n";
        return 0;
    }
    std::map<std::string, std::string> in_force;  // cycle -> the registration in force
    for (const auto& row : rows)
        if (!in_force.contains(row.cycle_start))
            for (const auto& f : history->minors_in_force(row.cycle_start))
                if (f.household_id == household) in_force[row.cycle_start] = f.registration_id;
    std::cout << "cycle_start\tunder_16\tage_16_18\tsource\tregistration\trecorded_at\tin_force\n";
    for (const auto& row : rows)
        std::cout << row.cycle_start << "\t" << row.under_16 << "\t" << row.age_16_to_18 << "\t" << row.source << "\t"
                  << row.registration_id << "\t" << row.recorded_at << "\t"
                  << (in_force[row.cycle_start] == row.registration_id ? "yes" : "") << "\n";
    return 0;
}

}  // namespace kokuho::cli
