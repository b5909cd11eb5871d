#include "batch/plan.h"

#include "batch/mailing.h"

#include "core/error.h"
#include "core/sha256.h"

namespace kokuho::batch {

namespace {

void check_declared(const families::family& f, const rules::outcome& d) {
    if (d.form.empty()) return;
    if (!f.find_form(d.form))
        fail_input(f.forms_where, "rule " + f.rule_name + " chose the form \"" + d.form +
                                 "\", which this family does not declare under forms:");
    if (!f.find_variant(d.variant))
        fail_input(f.variants_where, "rule " + f.rule_name + " chose the variant \"" + d.variant +
                                 "\", which this family does not declare under variants:");
}

// The config's class for this family's form, else for the form id, else the family's own.
std::string mail_class_of(const families::family& f, const families::form_info& form, const config& cfg) {
    const auto& given = cfg.output.mail_class;
    if (auto it = given.find(f.id + "." + form.id); it != given.end()) return it->second;
    if (auto it = given.find(form.id); it != given.end()) return it->second;
    return form.mail_class;
}

}  // namespace

void check_refusals(const snapshot& s, const rules::outcome_list& decisions, const std::vector<bool>& included) {
    std::vector<diagnostic> problems;
    for (std::size_t i = 0; i < s.persons.size(); ++i)
        if (included[i] && !decisions[i].refusal.empty()) {
            diagnostic d;
            auto column = s.column_of.find(decisions[i].refusal_column);
            d.where = {s.file, s.persons[i].row, column == s.column_of.end() ? 0 : column->second};
            d.message = decisions[i].refusal;
            problems.push_back(std::move(d));
        }
    if (!problems.empty()) throw error(error_kind::input, std::move(problems));
}

rules::outcome_list decide_all(const snapshot& s, const rules::cycle& c,
                                       const config& cfg, const families::family& f) {
    auto decisions = f.rule(s, c, cfg.rules, families::options_for(f, cfg));
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
    check_refusals(s, plan.decisions, plan.included);
    for (const auto& form : f.forms) plan.form_classes.push_back(mail_class_of(f, form, cfg));
    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        const auto& d = plan.decisions[i];
        if (!plan.included[i] || d.form.empty()) continue;
        const auto* form = f.find_form(d.form);
        plan.documents.push_back({i, 0, form, false, 0});
        for (const auto& id : form->companions) plan.documents.push_back({i, 0, f.find_form(id), true, 0});
    }
    put_in_envelopes(s, cfg, plan);
    return plan;
}

std::string make_batch_id(const std::string& prefix, const date& issue_date,
                          const families::family& f, const std::vector<std::string>& parts) {
    sha256 hash;
    hash.update(f.id);
    hash.update(std::string_view("\0", 1));
    hash.update(f.fingerprint);
    for (const auto& part : parts) hash.update(part);
    return prefix + issue_date.compact() + "-" + f.batch_code + "-" + hash.hex_digest().substr(0, 8);
}

std::string make_input_id(const std::string& prefix, const date& day, const std::vector<std::string>& parts) {
    sha256 hash;
    for (const auto& part : parts) {
        hash.update(part);
        hash.update(std::string_view("\0", 1));
    }
    return prefix + day.compact() + "-" + hash.hex_digest().substr(0, 8);
}

std::string annual_batch_id(const std::string& snapshot_sha256, const std::string& stored_inputs,
                            const config& cfg, const rules::cycle& c, const families::family& f) {
    std::vector<std::string> parts{snapshot_sha256, cfg.fingerprint, c.issue_date.iso(), c.start.iso()};
    if (!stored_inputs.empty()) parts.push_back(stored_inputs);  // ids of runs without any stay as they were
    return make_batch_id("A", c.issue_date, f, parts);
}

}  // namespace kokuho::batch
