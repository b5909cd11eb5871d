#include "batch/minors_run.h"

#include <charconv>

#include "batch/history.h"
#include "core/sha256.h"
#include "rules/judgment.h"
#include "snapshot/csv.h"
#include "snapshot/encoding.h"

namespace kokuho::batch {

namespace {

std::string registration_id(const date& day, const std::string& what_sha256, const date& cycle_start) {
    sha256 hash;
    hash.update(what_sha256);
    hash.update(std::string_view("\0", 1));
    hash.update(cycle_start.iso());
    return "M" + day.compact() + "-" + hash.hex_digest().substr(0, 8);
}

void add(std::vector<diagnostic>& problems, const std::string& file, int line, int column, std::string message) {
    diagnostic d;
    d.where = {file, line, column};
    d.message = std::move(message);
    problems.push_back(std::move(d));
}

// A count of 0 to 99 people, or a problem.
std::optional<long> count_of(std::string_view text) {
    long value = -1;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < 0 || value > 99) return std::nullopt;
    return value;
}

std::vector<record::minors_row> read_given(const std::string& file, const date& cycle_start, std::string& sha) {
    auto decoded = read_text_file(file, text_encoding::utf8);
    sha = decoded.sha256;
    std::vector<diagnostic> problems;
    for (const auto& fault : decoded.faults)
        add(problems, file, 0, 0, describe(fault, text_encoding::utf8));
    csv_parser parser(decoded.text());
    csv_record record;
    const std::vector<std::string> header{"household_id", "under_16", "age_16_18"};
    std::vector<record::minors_row> rows;
    bool first = true;
    while (parser.next(record)) {
        if (record.problem != csv_problem::none)
            add(problems, file, record.line, record.problem_column, std::string(describe(record.problem)));
        if (first) {
            first = false;
            bool same = record.fields.size() == header.size();
            for (std::size_t i = 0; same && i < header.size(); ++i) same = record.fields[i].text == header[i];
            if (!same) add(problems, file, record.line, 1, "the header must be household_id,under_16,age_16_18");
            continue;
        }
        if (record.fields.size() != header.size()) {
            add(problems, file, record.line, 0, "expected 3 fields, found " + std::to_string(record.fields.size()));
            continue;
        }
        record::minors_row row{std::string(record.fields[0].text), cycle_start.iso(), 0, 0, "given", "", ""};
        if (row.household_id.empty()) add(problems, file, record.line, 1, "household_id: required value missing");
        for (int column : {1, 2}) {
            auto value = count_of(record.fields[std::size_t(column)].text);
            if (!value)
                add(problems, file, record.line, column + 1, header[std::size_t(column)] + ": not a count from 0 to 99");
            else
                (column == 1 ? row.under_16 : row.age_16_to_18) = *value;
        }
        rows.push_back(std::move(row));
    }
    if (first) add(problems, file, 1, 0, "no header: expected household_id,under_16,age_16_18");
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
    return registered(*history, registration_id(input.as_of, in.snapshot.sha256, cycle.start), std::move(rows));
}

minors_registration register_given_minors(const std::string& file, const input_options& input,
                                          const std::string& database, const families::registry& families) {
    config cfg = load_run_config(input, families);
    auto cycle = rules::make_cycle(input.as_of, input.valid_from, cfg.rules);
    std::string sha;
    auto rows = read_given(file, cycle.start, sha);
    auto history = open_store(database, cfg);
    return registered(*history, registration_id(input.as_of, sha, cycle.start), std::move(rows));
}

}  // namespace kokuho::batch
