#include "batch/change_run.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "batch/history.h"
#include "batch/judgment_run.h"
#include "batch/store_inputs.h"
#include "batch/list_files.h"
#include "batch/pullout.h"
#include "bind/source.h"
#include "fonts/font_set.h"
#include "render/list/table.h"

namespace kokuho::batch {

namespace {

namespace fs = std::filesystem;

date first_of_next_month(const date& day) { return day.end_of_month().plus_days(1); }

// One person whose documents are superseded: the documents, and what differed.
struct change {
    std::vector<record::held_document> superseded;  // the person's held documents that changed
    std::vector<std::string> reasons;
};

bool is_change_reason(const families::change_rule& rule, const std::string& reason) {
    return std::find(rule.reasons.begin(), rule.reasons.end(), reason) != rule.reasons.end();
}

// The held documents whose change reasons differ now, by person, batch by batch as a
// pull-out compares them (a document's companions go with it).
std::map<std::string, change> changes_of(const std::vector<record::held_document>& held, const run_input& in,
                                         const families::family& f, const rules::outcome_list& now) {
    std::map<std::string, std::vector<record::document_row>> by_batch;
    for (const auto& h : held) by_batch[h.batch_id].push_back(h.row);
    std::map<std::string, change> changes;
    for (const auto& [batch_id, docs] : by_batch)
        for (const auto& pull : find_pullouts(docs, in, f, now)) {
            std::vector<std::string> reasons;
            for (const auto& r : pull.reasons)
                if (is_change_reason(*f.changes, r)) reasons.push_back(r);
            if (reasons.empty()) continue;
            auto& c = changes[pull.person_id];
            auto doc = std::find_if(docs.begin(), docs.end(), [&](const auto& d) { return d.seq == pull.seq; });
            c.superseded.push_back({batch_id, *doc});
            for (const auto& r : reasons)
                if (std::find(c.reasons.begin(), c.reasons.end(), r) == c.reasons.end()) c.reasons.push_back(r);
        }
    return changes;
}

// The people whose document of the other family prints the changed values and is
// reissued by that family's own run (changes: also_reissued:), when its flag is on.
std::set<std::string> also_reissued(const families::registry& families, const families::family& f,
                                    const config& cfg, record::history_store& history, const std::string& cycle_start) {
    std::set<std::string> people;
    const auto& rule = *f.changes;
    if (rule.also_family.empty()) return people;
    const auto& other = families.get(rule.also_family);
    if (!families::options_for(other, cfg).flag(rule.also_when)) return people;
    for (const auto& h : history.delivered_documents(other.id, cycle_start))
        if (std::find(rule.also_forms.begin(), rule.also_forms.end(), h.row.form) != rule.also_forms.end())
            people.insert(h.row.person_id);
    return people;
}

std::string joined(const std::vector<std::string>& parts, const std::string& between) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : between) + p;
    return out;
}

// The compared values of the change reasons of a document, joined: "2", or "2 / 3".
std::string values_of(const record::document_row& doc, const std::vector<std::string>& reasons) {
    std::vector<std::string> parts;
    for (const auto& r : reasons)
        for (const auto& v : doc.compared)
            if (v.name == r) parts.push_back(v.value);
    return joined(parts, " / ");
}

// Each new document supersedes the person's held document of the same form.
void link_superseded(std::vector<record::document_row>& rows, const std::map<std::string, change>& changes) {
    for (auto& row : rows)
        for (const auto& h : changes.at(row.person_id).superseded)
            if (h.row.form == row.form) row.supersedes = {h.batch_id, h.row.seq};
}

// The change list's values of one person (change.*, with the snapshot's): the superseded
// document of the family's first form, and its successor.
kokuho::values change_values(const snapshot& s, std::size_t person, const change& c, const families::family& f,
                             const std::vector<record::document_row>& made_rows, bool also) {
    const auto& p = s.persons[person];
    auto old = std::find_if(c.superseded.begin(), c.superseded.end(),
                            [&](const auto& h) { return h.row.form == f.forms.front().id; });
    const auto& before = old != c.superseded.end() ? *old : c.superseded.front();
    auto made = std::find_if(made_rows.begin(), made_rows.end(),
                             [&](const auto& r) { return r.person_id == p.person_id && r.form == before.row.form; });
    bool issued = made != made_rows.end();
    std::vector<std::string> labels;
    for (const auto& r : c.reasons) labels.push_back(f.find_reason(r)->label);
    auto v = bind::snapshot_values(p, s.households[p.household]);
    v.set("change.before", values_of(before.row, c.reasons));
    v.set("change.after", issued ? values_of(*made, c.reasons) : "");
    v.set("change.reasons", joined(labels, "、"));
    v.set("change.superseded", before.batch_id + ":" + std::to_string(before.row.seq));
    v.set("change.seq", issued ? std::to_string(made->seq) : "");
    v.set("change.valid_from", issued ? date::parse_iso(made->valid_from) : std::nullopt);
    v.set("change.also", also ? "1" : "");
    return v;
}

}  // namespace

change_summary run_changes(const change_options& options, const families::registry& families) {
    const auto& f = families.get(options.family);
    if (!f.changes) fail_input({f.file}, "family " + f.id + " has no mid-year changes (changes:)");
    cycle_run run(options.input, options.out_dir, options.database, families, cycle_run::which::current);
    auto& [in, out, history] = run;
    auto list_layout = list::load_table_layout(
        (fs::path(options.produce.paths.layouts) / "lists" / (f.changes->list + ".yaml")).string());
    auto fonts = fonts::font_set::load(options.produce.paths.fonts);

    change_summary summary;
    summary.cycle_start = in.cycle.start.iso();
    summary.effective_from = options.effective_from.value_or(first_of_next_month(options.input.as_of));
    if (f.changes->judge) {
        auto judged = judge_cycle(in, *history);
        history->record_judgments(judged.summary.run_id, judged.rows);
        summary.judgment_run = judged.summary.run_id;
    }
    use_store(in, *history, f);
    const snapshot& s = in.snapshot.data;

    auto held = history->delivered_documents(f.id, summary.cycle_start);
    summary.compared = held.size();
    auto changes = changes_of(held, in, f, decide_all(s, in.cycle, in.cfg, f));
    std::vector<bool> include(s.persons.size(), false);
    std::vector<std::string> parts{in.snapshot.sha256, in.cfg.fingerprint, options.input.as_of.iso(),
                                   summary.effective_from.iso(), summary.cycle_start};
    for (std::size_t i = 0; i < s.persons.size(); ++i)
        if (auto c = changes.find(s.persons[i].person_id); c != changes.end()) {
            include[i] = true;
            for (const auto& h : c->second.superseded) parts.push_back(h.batch_id + ":" + std::to_string(h.row.seq));
        }
    batch_plan plan = plan_batch(s, in.cycle, in.cfg, f, include);
    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        if (!include[i] || !plan.decisions[i].valid_from) continue;
        auto d = plan.decisions[i];
        d.valid_from = std::max(*d.valid_from, summary.effective_from);
        if (d.valid_until && *d.valid_until < *d.valid_from) plan.included[i] = false;  // ends before the change
        plan.decisions.set(i, d);
    }
    std::string batch_id = make_batch_id("C", options.input.as_of, f, parts);

    auto reserved = reserve(*history, batch_id, "change", batch_id, out, true);
    release_on_failure release(*history, reserved);
    manifest files(batch_id, "change");
    auto produced = produce_batch(in, plan, batch_id, options.produce, out, files);
    link_superseded(produced.rows, changes);

    auto also = also_reissued(families, f, in.cfg, *history, summary.cycle_start);
    summary.also_family = f.changes->also_family;
    std::vector<kokuho::values> rows;
    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        if (!include[i]) continue;
        bool also_this = also.count(s.persons[i].person_id) > 0;
        rows.push_back(change_values(s, i, changes.at(s.persons[i].person_id), f, produced.rows, also_this));
        summary.also_reissued += also_this;
    }
    summary.changed = rows.size();
    kokuho::era_formatter eras;
    list::row_source row = [&](std::size_t i) { return list::cells_of(list_layout, rows[i], eras); };
    list::table_context context{batch_id, eras.long_form(options.input.as_of),
                                {"変更 " + std::to_string(summary.changed) + " 名（比較した交付済みの証 " +
                                 std::to_string(summary.compared) + " 件）、うち資格確認書の再交付が必要 " +
                                 std::to_string(summary.also_reissued) + " 名"}};
    write_list_files({"change-list", "change_list", in.cfg.output.list_pages_per_pdf}, list_layout, rows.size(), row,
                     context, fonts, out, files);

    record::batch_info info{batch_id, f.id, "change", options.input.as_of.iso(), in.cfg.fingerprint, "",
                            summary.cycle_start};
    summary.batch = record_produced(*history, std::move(produced), reserved, info, out, files);
    return summary;
}

}  // namespace kokuho::batch
