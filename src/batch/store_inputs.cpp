#include "batch/store_inputs.h"

#include <unordered_map>

#include "batch/judgments.h"
#include "snapshot/columns.h"

namespace kokuho::batch {

namespace {

// Person id -> the date the store gives for one store input.
std::unordered_map<std::string, std::string> stored_dates(record::history_store& history,
                                                          const families::store_input& input) {
    std::unordered_map<std::string, std::string> dates;
    if (input.from == "applications")
        for (auto& row : history.applications_in_force(input.column)) dates.emplace(row.person_id, row.applied_on);
    else
        for (auto& row : history.latest_valid_until(input.from)) dates.emplace(row.person_id, row.valid_until);
    return dates;
}

}  // namespace

void use_store(run_input& in, record::history_store& history, const families::family& f) {
    use_judgments(in, history);
    for (const auto& input : f.store_inputs) {
        // families/load.cpp checked that the column is a member date column.
        auto cell = std::get<std::optional<date> person::*>(find_column(input.column)->target);
        auto dates = stored_dates(history, input);
        if (dates.empty()) continue;
        for (auto& p : in.snapshot.data.persons) {
            if (p.*cell) continue;
            auto found = dates.find(p.person_id);
            if (found == dates.end()) continue;
            p.*cell = date::parse_iso(found->second);
            in.stored_inputs += p.person_id + " " + input.column + " " + found->second + "\n";
        }
    }
}

}  // namespace kokuho::batch
