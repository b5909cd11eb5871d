#include "batch/minors_run.h"

#include "batch/csv_input.h"
#include "batch/history.h"
#include "batch/plan.h"
#include "rules/judgment.h"

namespace kokuho::batch {

namespace {

std::vector<record::minors_row> read_given(const std::string& file, const date& cycle_start, std::string& sha) {
    std::vector<diagnostic> problems;
    const std::vector<std::string> header{"household_id", "under_16", "age_16_18"};
    auto table = read_input_table(file, header, problems);
    sha = table.sha256;
    std::vector<record::minors_row> rows;
    for (const auto& in : table.rows) {
        record::minors_row row{in.fields[0], cycle_start.iso(), 0, 0, "given", "", ""};
        if (row.household_id.empty()) add_problem(problems, file, in.line, 1, "household_id: required value missing");
        for (int column : {1, 2}) {
            auto value = whole_number(in.fields[std::size_t(column)], 99);
            if (!value)
                add_problem(problems, file, in.line, column + 1, header[std::size_t(column)] + ": not a count from 0 to 99");
            else
                (column == 1 ? row.under_16 : row.age_16_to_18) = long(*value);
        }
        rows.push_back(std::move(row));
    }
    if (!problems.empty()) throw error(error_kind::input, std::move(problems));
    return rows;
}

minors_registration registered(record::history_store& history, std::string id, std::vector<record::minors_row> rows) {
    for (auto& row : rows) row.registration_id = id;
    bool already = history.record_minors(id, rows).already_recorded;
    return {std::move(id), std::move(rows), already};
}

}  // namespace

minors_registration register_derived_minors(const input_options& input, const std::string& database,
                                            const families::registry& families) {
    run_input in = load_input(input, load_run_config(input, families));
    auto history = open_store(database, in.cfg);
    auto cycle = rules::make_judgment_cycle(in.cycle.start);
    const auto& s = in.snapshot.data;
    std::vector<record::minors_row> rows;
    for (const auto& [h, count] : rules::derive_minors(s, cycle, in.cfg.rules, in.cfg.judgment))
        rows.push_back({s.households[h].household_id, cycle.start.iso(), count.under_16, count.age_16_to_18, "derived",
                        "", ""});
    return registered(*history, make_input_id("M", input.as_of, {in.snapshot.sha256, cycle.start.iso()}), std::move(rows));
}

minors_registration register_given_minors(const std::string& file, const input_options& input,
                                          const std::string& database, const families::registry& families) {
    config cfg = load_run_config(input, families);
    auto cycle = rules::make_cycle(input.as_of, input.valid_from, cfg.rules);
    std::string sha;
    auto rows = read_given(file, cycle.start, sha);
    auto history = open_store(database, cfg);
    return registered(*history, make_input_id("M", input.as_of, {sha, cycle.start.iso()}), std::move(rows));
}

}  // namespace kokuho::batch
