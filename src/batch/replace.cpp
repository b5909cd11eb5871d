#include "batch/replace.h"

#include <set>

#include "batch/history.h"
#include "core/json.h"
#include "core/process.h"
#include "core/sha256.h"

namespace kokuho::batch {

namespace {

// What is left to replace: the people with pulled-out documents that have no replacement
// yet, and how many such documents there are.
struct to_replace {
    std::set<std::string> people;
    std::size_t documents = 0;
    std::set<std::string> replaced_in;  // the replacement batches of the others
};

// A replacement recorded by a run that ended before its folder was in place is done again
// (its people are still to replace); one that another process works on ends this run.
bool unfinished(record::history_store& history, const std::string& replacement) {
    auto run = history.find_run(replacement);
    if (!run || !run->finished_at.empty()) return false;
    if (process_may_run(run->process)) refuse_working(*run);
    return true;
}

to_replace pulled_people(record::history_store& history, const std::string& batch_id) {
    to_replace left;
    for (const auto& row : history.history_of_batch(batch_id)) {
        if (row.batch_id != batch_id || row.status != "pulled") continue;
        if (!row.replaced_by.empty()) {
            auto replacement = row.replaced_by.substr(0, row.replaced_by.find(':'));
            if (!unfinished(history, replacement)) {
                left.replaced_in.insert(replacement);
                continue;
            }
        }
        left.people.insert(row.person_id);
        ++left.documents;
    }
    return left;
}

// The replacement's id covers the batch it replaces and the people it replaces.
std::string replacement_id(const std::string& parent, const std::set<std::string>& people,
                           const run_input& in, const families::family& f) {
    std::vector<std::string> parts{parent};
    for (const auto& person : people) parts.push_back(person + "\n");
    parts.insert(parts.end(), {in.snapshot.sha256, in.cfg.fingerprint, in.cycle.issue_date.iso()});
    return make_batch_id("R", in.cycle.issue_date, f, parts);
}

to_replace people_to_replace(record::history_store& history, const record::batch_info& parent) {
    const std::string& id = parent.batch_id;
    if (!parent.parent_batch_id.empty())
        fail_input({"command line"}, "--batch " + id + " is itself a replacement batch; give the issued batch " + parent.parent_batch_id);
    auto left = pulled_people(history, id);
    if (left.people.empty() && !left.replaced_in.empty())
        fail_input({"command line"}, "--batch " + id + ": every pulled-out document already has its replacement (in " + *left.replaced_in.begin() + ")");
    if (left.people.empty())
        fail_input({"command line"}, "--batch " + id + ": no documents pulled out; run kokuho annual pullout first");
    return left;
}

}  // namespace

replace_summary run_replace(const replace_options& options, const families::registry& families) {
    output_dir out(options.out_dir);
    auto run = continue_batch(options.input, options.database, options.batch_id, families, out);
    auto& history = run.history;
    const auto& f = *run.family;
    const auto& in = run.in;
    auto left = people_to_replace(*history, run.batch);
    const auto& people = left.people;

    const auto& s = in.snapshot.data;
    std::vector<bool> include(s.persons.size(), false);
    for (std::size_t i = 0; i < s.persons.size(); ++i) include[i] = people.contains(s.persons[i].person_id);
    batch_plan plan = plan_batch(s, in.cycle, in.cfg, f, include);
    if (plan.documents.empty())
        fail_input({"command line"}, "--batch " + options.batch_id + ": nothing to replace: the " +
                                         std::to_string(people.size()) + " pulled-out people without a replacement are no longer insured");
    std::string id = replacement_id(options.batch_id, people, in, f);

    auto reserved = reserve(*history, id, "replacement", id, out, false);
    release_on_failure release(*history, reserved);
    manifest files(id, "replacement");
    files.set_fact("replaces_batch_id", json_string(options.batch_id));
    replace_summary summary;
    auto produced = produce_batch(in, plan, id, options.produce, out, files);
    summary.batch = std::move(produced.summary);
    summary.batch.earlier_run = reserved.before;
    summary.pulled = left.documents;
    std::set<std::size_t> replaced_people;
    for (const auto& doc : plan.documents) replaced_people.insert(doc.person);
    summary.not_insured = people.size() - replaced_people.size();
    record::batch_info info{id, f.id, "replacement", in.cycle.issue_date.iso(), in.cfg.fingerprint,
                            options.batch_id, in.cycle.start.iso()};
    summary.batch.already_recorded = record_and_finish(*history, info, produced.rows, out, files);
    return summary;
}

}  // namespace kokuho::batch
