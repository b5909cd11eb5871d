#include "batch/plan.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "bind/source.h"
#include "core/error.h"
#include "core/sha256.h"

namespace kokuho::batch {

namespace {

void refuse(const snapshot& s, const std::vector<rules::outcome>& decisions,
            const std::vector<bool>& included) {
    std::vector<diagnostic> problems;
    for (std::size_t i = 0; i < s.persons.size(); ++i)
        if (included[i] && !decisions[i].refusal.empty())
            problems.push_back({{s.file, s.persons[i].row, 0}, decisions[i].refusal});
    if (!problems.empty()) throw error(error_kind::input, std::move(problems));
}

void check_declared(const families::family& f, const rules::outcome& d) {
    if (d.form.empty()) return;
    if (!f.find_form(d.form))
        fail_input({f.file}, "rule " + f.rule_name + " chose the form \"" + d.form +
                                 "\", which this family does not declare under forms:");
    if (!f.find_variant(d.variant))
        fail_input({f.file}, "rule " + f.rule_name + " chose the variant \"" + d.variant +
                                 "\", which this family does not declare under variants:");
}

std::string mail_class_of(const families::form_info& form, const config& cfg) {
    auto it = cfg.output.mail_class.find(form.id);
    return it == cfg.output.mail_class.end() ? form.mail_class : it->second;
}

// Sorts the documents for mailing and numbers them.
void order_and_number(const snapshot& s, const families::family& f, const config& cfg,
                      batch_plan& plan) {
    std::map<std::string, int> class_rank;
    for (const auto& form : f.forms) class_rank.try_emplace(mail_class_of(form, cfg), int(class_rank.size()));
    using sort_key = std::tuple<int, std::string, std::string, int>;
    std::vector<std::pair<sort_key, planned_document>> keyed;
    keyed.reserve(plan.documents.size());
    for (auto& doc : plan.documents) {
        const auto& p = s.persons[doc.person];
        const auto& h = s.households[p.household];
        keyed.emplace_back(sort_key{class_rank.at(doc.mail_class), bind::mailing_of(h).postal_code,
                                    h.household_id, p.row},
                           std::move(doc));
    }
    std::sort(keyed.begin(), keyed.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    plan.seq_of_person.assign(s.persons.size(), 0);
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        plan.documents[i] = std::move(keyed[i].second);
        plan.documents[i].seq = long(i + 1);
        plan.seq_of_person[plan.documents[i].person] = plan.documents[i].seq;
    }
}

}  // namespace

std::vector<rules::outcome> decide_all(const snapshot& s, const rules::cycle& c,
                                       const config& cfg, const families::family& f) {
    auto decisions = f.rule(s, c, cfg.rules);
    if (decisions.size() != s.persons.size())
        fail_internal("rule " + f.rule_name + " decided " + std::to_string(decisions.size()) +
                      " of " + std::to_string(s.persons.size()) + " persons");
    for (const auto& d : decisions) check_declared(f, d);
    return decisions;
}

batch_plan plan_batch(const snapshot& s, const rules::cycle& c, const config& cfg,
                      const families::family& f, std::vector<bool> include) {
    batch_plan plan;
    plan.family = &f;
    plan.cycle = c;
    plan.included = include.empty() ? std::vector<bool>(s.persons.size(), true) : std::move(include);
    plan.decisions = decide_all(s, c, cfg, f);
    refuse(s, plan.decisions, plan.included);
    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        const auto& d = plan.decisions[i];
        if (!plan.included[i] || d.form.empty()) continue;
        const auto* form = f.find_form(d.form);
        plan.documents.push_back({i, 0, mail_class_of(*form, cfg), form});
    }
    order_and_number(s, f, cfg, plan);
    return plan;
}

std::string make_batch_id(const std::string& prefix, const date& issue_date,
                          const families::family& f, const std::vector<std::string>& parts) {
    sha256 hash;
    hash.update(f.id);
    hash.update(std::string_view("\0", 1));
    for (const auto& part : parts) hash.update(part);
    return prefix + issue_date.compact() + "-" + f.batch_code + "-" + hash.hex_digest().substr(0, 8);
}

std::string annual_batch_id(const std::string& snapshot_path, const config& cfg,
                            const rules::cycle& c, const families::family& f) {
    return make_batch_id("A", c.issue_date, f,
                         {sha256_file(snapshot_path), cfg.fingerprint, c.issue_date.iso(), c.start.iso()});
}

}  // namespace kokuho::batch
