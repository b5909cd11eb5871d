#include "batch/applications_run.h"

#include <map>

#include "batch/csv_input.h"
#include "batch/plan.h"

namespace kokuho::batch {

namespace {

const std::vector<std::string> application_header{"person_id", "applied_on"};

}  // namespace

applications_registration register_applications(const std::string& file, const std::string& column,
                                                const date& today, record::history_store& history) {
    std::vector<diagnostic> problems;
    auto table = read_input_table(file, application_header, problems);
    std::vector<record::application_row> rows;
    std::map<std::string, int> line_of;  // person_id -> the line that gave it first
    for (const auto& in : table.rows) {
        record::application_row row{in.fields[0], column, "", ""};
        if (row.person_id.empty()) add_problem(problems, file, in.line, 1, "person_id: required value missing");
        else if (auto [first, fresh] = line_of.emplace(row.person_id, in.line); !fresh)
            add_problem(problems, file, in.line, 1,
                        "person_id " + row.person_id + ": given on line " + std::to_string(first->second) + " too");
        auto day = date::parse_iso(in.fields[1]);
        if (!day) add_problem(problems, file, in.line, 2, "applied_on: not a date in YYYY-MM-DD form");
        else if (*day > today)
            add_problem(problems, file, in.line, 2, "applied_on: " + day->iso() + " is after today (" + today.iso() + ")");
        else row.applied_on = day->iso();
        rows.push_back(std::move(row));
    }
    if (!problems.empty()) throw error(error_kind::input, std::move(problems));
    std::string id = make_input_id("P", today, {table.sha256, column});
    return {id, history.record_applications(id, rows)};
}

}  // namespace kokuho::batch
