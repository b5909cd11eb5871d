#include "batch/collect_run.h"

#include <algorithm>
#include <set>

#include "batch/csv_input.h"

namespace kokuho::batch {

namespace {

const std::vector<std::string> collect_header{"batch_id", "seq", "person_id"};

bool collected_form(const families::family& f, const record::history_row& row) {
    const auto* form = f.find_form(row.form);
    return row.family == f.id && form && form->collected;
}

bool collectable(const families::family& f, const record::history_row& row) {
    return collected_form(f, row) && (row.status == "delivered" || row.status == "collected");
}

// The forms the family collects, for messages: 高齢受給者証.
std::string collected_names(const families::family& f) {
    std::string names;
    for (const auto& form : f.forms)
        if (form.collected) names += (names.empty() ? "" : " or ") + form.name;
    return names;
}

// The documents one row of the file names, or a problem at its place.
std::vector<record::document_ref> named_by(record::history_store& history, const families::family& f,
                                           const std::string& file, const input_row& in,
                                           std::vector<diagnostic>& problems) {
    const auto& batch_id = in.fields[0];
    const auto& seq_text = in.fields[1];
    const auto& person_id = in.fields[2];
    std::vector<record::document_ref> found;
    if (!person_id.empty() && (!batch_id.empty() || !seq_text.empty())) {
        add_problem(problems, file, in.line, 3, "person_id: give a person or a batch and 通番, not both");
        return found;
    }
    if (!person_id.empty()) {
        for (const auto& row : history.history_of_person(person_id))
            if (collectable(f, row)) found.push_back({row.batch_id, row.seq});
        if (found.empty())
            add_problem(problems, file, in.line, 3,
                        "person_id: person " + person_id + " has no delivered " + collected_names(f));
        return found;
    }
    auto seq = whole_number(seq_text, 9'999'999);
    if (batch_id.empty()) add_problem(problems, file, in.line, 1, "batch_id: required value missing (or give person_id)");
    if (!seq || *seq == 0) add_problem(problems, file, in.line, 2, "seq: not a 通番 (digits, from 1)");
    if (batch_id.empty() || !seq || *seq == 0) return found;
    auto rows = history.history_of_batch(batch_id);
    auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.seq == *seq; });
    if (row == rows.end() || !collectable(f, *row))
        add_problem(problems, file, in.line, 2,
                    "seq: batch " + batch_id + " has no delivered " + collected_names(f) + " with 通番 " + seq_text);
    else
        found.push_back({row->batch_id, row->seq});
    return found;
}

std::vector<record::document_ref> named_by_file(record::history_store& history, const families::family& f,
                                                const std::string& file) {
    std::vector<diagnostic> problems;
    auto table = read_input_table(file, collect_header, problems);
    std::vector<record::document_ref> refs;
    std::set<std::pair<std::string, long>> seen;
    for (const auto& in : table.rows)
        for (const auto& ref : named_by(history, f, file, in, problems))
            if (seen.insert({ref.batch_id, ref.seq}).second) refs.push_back(ref);
    if (!problems.empty()) throw error(error_kind::input, std::move(problems));
    return refs;
}

}  // namespace

collect_summary collect_documents(record::history_store& history, const families::family& f,
                                  const collect_request& request) {
    if (collected_names(f).empty())
        fail_input({f.file}, "family " + f.id + " has no form it collects (collect: true)");
    std::vector<record::document_ref> refs;
    if (request.expired_by) {
        for (const auto& row : history.expired_documents(f.id, request.expired_by->iso()))
            if (collected_form(f, row)) refs.push_back({row.batch_id, row.seq});
    } else {
        refs = named_by_file(history, f, request.file);
    }
    return {refs.size(), history.collect(refs, request.on.iso())};
}

}  // namespace kokuho::batch
