#include "batch/monthly_run.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "batch/envelope_letters.h"
#include "batch/history.h"
#include "batch/plan.h"
#include "batch/sources.h"
#include "batch/store_inputs.h"
#include "core/json.h"

namespace kokuho::batch {

namespace {

using held_documents = std::vector<record::held_document>;

// Per person, the documents of the latest batch that gave them one (`all` in batch order).
std::unordered_map<std::string, held_documents> latest_held(held_documents all) {
    std::unordered_map<std::string, held_documents> held;
    for (auto& doc : all) {
        auto& mine = held[doc.row.person_id];
        if (!mine.empty() && mine.front().batch_id != doc.batch_id) mine.clear();
        mine.push_back(std::move(doc));
    }
    return held;
}

// The person's document of a form that is not another's companion (the card, not its letter).
const record::held_document& main_of(const held_documents& docs, const families::family& f) {
    for (const auto& d : docs)
        if (!f.is_companion(d.row.form)) return d;
    return docs.front();
}

std::string fact_or(const rules::outcome& d, const std::string& name, const std::string& otherwise) {
    for (const auto& [fact, v] : d.facts)
        if (fact == name && !v.empty()) return v.text();
    return otherwise;
}

std::string mapped(const std::map<std::string, std::string>& table, const std::string& key, const std::string& otherwise) {
    auto found = table.find(key);
    return found == table.end() ? otherwise : found->second;
}

struct change {
    std::vector<std::string> reasons;
    rules::outcome decided;  // the new document's decision
    held_documents held;     // what the person holds now (empty for new_member)
};

class comparer {
public:
    comparer(const run_input& in, const families::family& f) : in_(in), f_(f), m_(*f.monthly) {}

    // The content reasons whose printed value differs from the held document's.
    std::vector<std::string> content(std::size_t person, const rules::outcome& d, const record::held_document& held) {
        auto now = compared_values(f_, document_source(in_, f_, person, d, {}), eras_);
        auto unprinted = m_.not_printed.find(d.form);
        auto printed = [&](const std::string& reason) {
            return unprinted == m_.not_printed.end() ||
                   std::find(unprinted->second.begin(), unprinted->second.end(), reason) == unprinted->second.end();
        };
        std::vector<std::string> reasons;
        for (const auto& v : now) {
            if (std::find(m_.content.begin(), m_.content.end(), v.name) == m_.content.end() || !printed(v.name)) continue;
            for (const auto& then : held.row.compared)
                if (then.name == v.name && then.value != v.value) reasons.push_back(v.name);
        }
        return reasons;
    }

    std::vector<std::string> reasons(std::size_t person, const rules::outcome& d, const record::held_document& held) {
        std::vector<std::string> out;
        bool new_form = held.row.form != d.form;
        if (new_form) out.push_back(mapped(m_.form_reasons, fact_or(d, "form_cause", d.reason), "form"));
        else if (held.row.variant != d.variant) out.push_back(mapped(m_.variant_reasons, d.variant, "variant"));
        for (auto& r : content(person, d, held)) out.push_back(std::move(r));
        // A new form has its own validity (an お知らせ has no end date).
        if (!new_form && held.row.valid_until != (d.valid_until ? d.valid_until->iso() : "")) out.push_back("validity");
        return out;
    }

private:
    const run_input& in_;
    const families::family& f_;
    const families::monthly_rule& m_;
    kokuho::era_formatter eras_;
};

// People whose document of the family came back and is not reissued yet: returns reissue
// deals with them.
std::set<std::string> with_open_returns(record::history_store& history, const families::family& f) {
    std::set<std::string> people;
    for (const auto& r : history.returned_documents())
        if (r.document.family == f.id && (r.document.status == "returned" || r.document.status == "held"))
            people.insert(r.document.person_id);
    return people;
}

// Who gets a new document, and why.
std::map<std::size_t, change> find_changes(const run_input& in, const families::family& f, const rules::cycle& month,
                                           record::history_store& history, std::size_t& compared) {
    const snapshot& s = in.snapshot.data;
    const auto& m = *f.monthly;
    auto held = latest_held(history.current_documents(f.id, month.start.iso()));
    auto returned = with_open_returns(history, f);
    // The decisions from a day: the cycle's first, a held document's own first day when later
    // (one issued during the cycle is compared with what the rules give from that day), and
    // the first of next month for the age70 documents that end this month.
    std::map<date, rules::outcome_list> decided;
    auto from = [&](const date& start) -> const rules::outcome_list& {
        auto [it, fresh] = decided.try_emplace(start);
        if (fresh) {
            rules::cycle c = month;
            c.start = start;
            if (start != month.start) c.first_day = month.start;
            it->second = decide_all(s, c, in.cfg, f);
        }
        return it->second;
    };
    const auto& now = from(month.start);
    check_refusals(s, now, std::vector<bool>(s.persons.size(), true));
    comparer compare(in, f);
    std::map<std::size_t, change> changes;
    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        const auto& p = s.persons[i];
        if (now[i].form.empty() || returned.count(p.person_id)) continue;
        auto mine = held.find(p.person_id);
        if (mine == held.end()) {
            changes[i] = {{mapped(m.new_reasons, now[i].reason, "new_member")}, now[i], {}};
            continue;
        }
        ++compared;
        const auto& main = main_of(mine->second, f);
        auto held_from = date::parse_iso(main.row.valid_from);
        const auto& then = held_from && *held_from > month.start ? from(*held_from)[i] : now[i];
        if (then.form.empty()) continue;
        rules::outcome d = then;
        std::vector<std::string> reasons;
        if (m.age70 && main.row.valid_until_reason == "age70" && main.row.valid_until == month.issue_date.end_of_month().iso()) {
            const auto& next = from(month.issue_date.first_of_next_month())[i];
            if (next.form.empty() && next.refusal.empty()) continue;
            d = next;
            reasons.push_back("age70");
            // Compared as decided before the elderly status: what it changes is age70's.
            for (auto& r : compare.content(i, then, main)) reasons.push_back(std::move(r));
        } else {
            reasons = compare.reasons(i, d, main);
        }
        if (!reasons.empty()) changes[i] = {std::move(reasons), std::move(d), mine->second};
    }
    rules::outcome_list issued(s.persons.size());
    std::vector<bool> changed(s.persons.size(), false);
    for (const auto& [i, c] : changes) {
        issued.set(i, c.decided);
        changed[i] = true;
    }
    check_refusals(s, issued, changed);
    return changes;
}

// The new document's first day: the elderly status start (age70); the acquisition for
// someone who joined during the cycle and has none yet; else the day of the change.
void date_from(rules::outcome& d, const change& c, const person& p, const rules::cycle& month) {
    if (!d.valid_from || c.reasons.front() == "age70") return;
    bool joined = c.held.empty() && p.acquired_on >= month.start;
    d.valid_from = std::max(*d.valid_from, joined ? p.acquired_on : month.issue_date);
}

// Each new document supersedes the person's held document of the same form, else the main one.
void link_superseded(std::vector<record::document_row>& rows, const std::map<std::string, const change*>& by_person,
                     const families::family& f) {
    for (auto& row : rows) {
        const auto* c = by_person.at(row.person_id);
        if (c->held.empty()) continue;
        const record::held_document* old = nullptr;
        for (const auto& h : c->held)
            if (h.row.form == row.form) old = &h;
        if (!old && !f.is_companion(row.form)) old = &main_of(c->held, f);
        if (old) row.supersedes = {old->batch_id, old->row.seq};
    }
}

void write_changes(const std::vector<record::document_row>& rows, const std::map<std::string, const change*>& by_person,
                   const families::family& f, output_dir& out, manifest& files) {
    auto file = out.open("changes.jsonl");
    for (const auto& row : rows) {
        std::string reasons;
        for (const auto& r : by_person.at(row.person_id)->reasons) reasons += (reasons.empty() ? "" : ", ") + json_string(r);
        file << "{\"seq\": " << row.seq << ", \"person_id\": " << json_string(row.person_id)
             << ", \"family\": " << json_string(f.id) << ", \"form\": " << json_string(row.form)
             << ", \"variant\": " << json_string(row.variant) << ", \"reasons\": [" << reasons << "]"
             << ", \"supersedes\": "
             << json_string(row.supersedes.batch_id.empty() ? ""
                                                            : row.supersedes.batch_id + ":" + std::to_string(row.supersedes.seq))
             << "}\n";
    }
    out.close(file, "changes.jsonl");
    files.add(out, "changes.jsonl", "changes", "records", rows.size());
}

constexpr std::size_t letter_lines = 8;  // documents a 変更理由のお知らせ names one by one

// The values of an envelope's 変更理由のお知らせ: those of every envelope sheet, and per
// document a line (name, form: reasons) and what to do with the old one.
kokuho::values letter_values(const run_input& in, const batch_plan& plan, std::size_t envelope,
                             const std::map<std::string, const change*>& by_person, const std::string& batch_id) {
    const snapshot& s = in.snapshot.data;
    const auto& f = *plan.family;
    const auto& e = plan.envelopes[envelope];
    auto v = envelope_values(in, plan, envelope, batch_id);
    set_document_lines(v, plan, e, "notice.line", letter_lines, true, [&](const planned_document& doc) {
        const auto& p = s.persons[doc.person];
        std::string why;
        for (const auto& r : by_person.at(p.person_id)->reasons) why += (why.empty() ? "" : "、") + f.monthly->labels.at(r);
        return p.name + "　" + doc.form->name + "：" + why;
    });
    set_document_lines(v, plan, e, "notice.dispose", letter_lines, false, [](const planned_document& doc) {
        return std::string(doc.form->collected ? "return" : "destroy");
    });
    return v;
}

}  // namespace

monthly_summary run_monthly(const monthly_options& options, const families::registry& families) {
    const auto& f = options.family.empty() ? families.default_family() : families.get(options.family);
    if (!f.monthly) fail_input({f.file}, "family " + f.id + " has no monthly changes (monthly:)");
    cycle_run run(options.input, options.out_dir, options.database, families, cycle_run::which::current);
    auto& [in, out, history] = run;
    use_store(in, *history, f);
    monthly_summary summary;
    summary.family = f.id;
    summary.cycle_start = in.cycle.start.iso();
    rules::cycle month = in.cycle;
    month.monthly = true;

    auto changes = find_changes(in, f, month, *history, summary.compared);
    if (changes.empty()) return summary;
    const snapshot& s = in.snapshot.data;
    std::vector<bool> include(s.persons.size(), false);
    std::map<std::string, const change*> by_person;
    std::vector<std::string> parts{in.snapshot.sha256, in.stored_inputs, in.cfg.fingerprint, options.input.as_of.iso(),
                                   summary.cycle_start};
    for (const auto& [i, c] : changes) {
        include[i] = true;
        by_person[s.persons[i].person_id] = &c;
        for (const auto& h : c.held) parts.push_back(h.batch_id + ":" + std::to_string(h.row.seq));
    }
    batch_plan plan = plan_batch(s, month, in.cfg, f, include);
    for (const auto& [i, c] : changes) {
        auto d = c.decided;
        date_from(d, c, s.persons[i], month);
        plan.decisions.set(i, d);
    }
    std::string batch_id = make_batch_id("M", options.input.as_of, f, parts);

    auto reserved = reserve(*history, batch_id, "monthly", batch_id, out, true);
    release_on_failure release(*history, reserved);
    manifest files(batch_id, "monthly");
    // The letters first: what they shrink goes to the batch's exceptions.
    std::vector<std::size_t> every(plan.envelopes.size());
    for (std::size_t e = 0; e < every.size(); ++e) every[e] = e;
    summary.letters = write_envelope_sheets(
        in, plan, every, {f.monthly->letter, "change-notices", "change_notice", "変更理由のお知らせ " + batch_id},
        [&](std::size_t e) { return letter_values(in, plan, e, by_person, batch_id); }, options.produce, out, files,
        in.exceptions);
    auto produce = options.produce;
    produce.carrier_sheets = false;  // the 変更理由のお知らせ carries the address
    auto produced = produce_batch(in, plan, batch_id, produce, out, files);
    link_superseded(produced.rows, by_person, f);
    write_changes(produced.rows, by_person, f, out, files);
    for (const auto& row : produced.rows)
        for (const auto& r : by_person.at(row.person_id)->reasons) ++summary.reasons[r];

    record::batch_info info{batch_id, f.id, "monthly", options.input.as_of.iso(), in.cfg.fingerprint, "",
                            summary.cycle_start};
    summary.batch = record_produced(*history, std::move(produced), reserved, info, out, files);
    return summary;
}

}  // namespace kokuho::batch
