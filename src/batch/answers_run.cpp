#include "batch/answers_run.h"

#include "batch/csv_input.h"
#include "batch/history.h"
#include "batch/plan.h"

namespace kokuho::batch {

namespace {

const std::vector<std::string> answer_header{"person_id",          "answered_on",  "taxable_income",
                                             "income",             "old_proviso_income", "total_income",
                                             "head_on_dec31",      "under_16",     "age_16_18"};

constexpr long long largest_amount = 999'999'999'999;  // yen: 12 digits

record::answer_row read_row(const std::string& file, const input_row& in, const std::string& cycle_start,
                            std::vector<diagnostic>& problems) {
    auto problem = [&](std::size_t column, const std::string& message) {
        add_problem(problems, file, in.line, int(column) + 1, answer_header[column] + ": " + message);
    };
    record::answer_row row;
    row.person_id = in.fields[0];
    row.cycle_start = cycle_start;
    if (row.person_id.empty()) problem(0, "required value missing");
    if (auto day = date::parse_iso(in.fields[1])) row.answered_on = day->iso();
    else problem(1, "not a date in YYYY-MM-DD form");
    std::optional<long long>* amounts[] = {&row.taxable_income, &row.income, &row.old_proviso_income, &row.total_income};
    for (std::size_t k = 0; k < 4; ++k) {
        const auto& text = in.fields[2 + k];
        if (text.empty()) continue;
        *amounts[k] = whole_number(text, largest_amount);
        if (!*amounts[k]) problem(2 + k, "not an amount in yen (digits only)");
    }
    const auto& head = in.fields[6];
    row.head_on_dec31 = head == "1" || head == "Y";
    if (!head.empty() && !row.head_on_dec31 && head != "0" && head != "N") problem(6, "not a flag (1, 0, Y or N)");
    for (std::size_t column : {std::size_t(7), std::size_t(8)}) {
        const auto& text = in.fields[column];
        auto count = text.empty() ? std::optional<long long>(0) : whole_number(text, 99);
        if (!count) problem(column, "not a count from 0 to 99");
        else (column == 7 ? row.under_16 : row.age_16_to_18) = long(*count);
    }
    return row;
}

}  // namespace

answers_registration register_answers(const std::string& file, const input_options& input,
                                      const std::string& database, const families::registry& families) {
    config cfg = load_run_config(input, families);
    auto cycle = rules::make_cycle(input.as_of, input.valid_from, cfg.rules);
    std::vector<diagnostic> problems;
    auto table = read_input_table(file, answer_header, problems);
    std::vector<record::answer_row> rows;
    for (const auto& in : table.rows) rows.push_back(read_row(file, in, cycle.start.iso(), problems));
    if (!problems.empty()) throw error(error_kind::input, std::move(problems));
    std::string id = make_input_id("Q", input.as_of, {table.sha256, cycle.start.iso()});
    auto history = open_store(database, cfg);
    return {id, cycle.start.iso(), history->record_answers(id, rows)};
}

}  // namespace kokuho::batch
