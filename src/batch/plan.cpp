#include "batch/plan.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "bind/source.h"
#include "core/error.h"
#include "core/sha256.h"

namespace kokuho::batch {

namespace {

void refuse_missing_ratios(const snapshot& s, const std::vector<rules::decision>& decisions,
                           const std::vector<bool>& included, const rule_options& o) {
    auto ages = std::to_string(o.elderly_age) + "-" + std::to_string(o.later_elderly_age - 1);
    std::vector<diagnostic> problems;
    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        const auto& p = s.persons[i];
        if (!included[i] || !rules::needs_missing_ratio(p, decisions[i])) continue;
        diagnostic d;
        d.where = {s.file, p.row, 0};
        d.message = "ratio: person " + p.person_id + " (" + p.name +
                    ") is " + ages + " and has no judged 負担割合; run the ratio judgment (5.6) first";
        problems.push_back(std::move(d));
    }
    if (!problems.empty()) throw error(error_kind::input, std::move(problems));
}

}  // namespace

std::vector<rules::decision> decide_all(const snapshot& s, const rules::cycle& c, const config& cfg) {
    std::vector<rules::decision> decisions;
    decisions.reserve(s.persons.size());
    for (const auto& p : s.persons)
        decisions.push_back(rules::decide(p, s.households[p.household], c, cfg.rules));
    return decisions;
}

batch_plan plan_batch(const snapshot& s, const rules::cycle& c, const config& cfg,
                      std::vector<bool> include) {
    batch_plan plan;
    plan.cycle = c;
    plan.included = include.empty() ? std::vector<bool>(s.persons.size(), true) : std::move(include);
    plan.decisions = decide_all(s, c, cfg);
    refuse_missing_ratios(s, plan.decisions, plan.included, cfg.rules);

    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        const auto& d = plan.decisions[i];
        if (!plan.included[i] || d.chosen == rules::form::none) continue;
        auto it = cfg.output.mail_class.find(std::string(rules::name(d.chosen)));
        plan.documents.push_back({i, 0, it == cfg.output.mail_class.end() ? "" : it->second});
    }
    // Mail classes in the order of the forms that use them (certificates first).
    std::map<std::string, int> class_rank;
    for (auto f : {rules::form::certificate, rules::form::notice}) {
        auto it = cfg.output.mail_class.find(std::string(rules::name(f)));
        if (it != cfg.output.mail_class.end()) class_rank.try_emplace(it->second, int(class_rank.size()));
    }
    using sort_key = std::tuple<int, std::string, std::string, int>;
    std::vector<std::pair<sort_key, planned_document>> keyed;
    keyed.reserve(plan.documents.size());
    for (auto& doc : plan.documents) {
        const auto& p = s.persons[doc.person];
        const auto& h = s.households[p.household];
        auto rank = class_rank.find(doc.mail_class);
        int class_order = rank == class_rank.end() ? int(class_rank.size()) : rank->second;
        keyed.emplace_back(sort_key{class_order, bind::mailing_of(h).postal_code,
                                    h.household_id, p.row},
                           std::move(doc));
    }
    std::sort(keyed.begin(), keyed.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i) plan.documents[i] = std::move(keyed[i].second);
    plan.seq_of_person.assign(s.persons.size(), 0);
    long seq = 0;
    for (auto& doc : plan.documents) {
        doc.seq = ++seq;
        plan.seq_of_person[doc.person] = doc.seq;
    }
    return plan;
}

std::string make_batch_id(const std::string& prefix, const date& issue_date,
                          const std::vector<std::string>& parts) {
    sha256 hash;
    for (const auto& part : parts) hash.update(part);
    return prefix + issue_date.compact() + "-" + hash.hex_digest().substr(0, 8);
}

std::string annual_batch_id(const std::string& snapshot_path, const config& cfg, const rules::cycle& c) {
    return make_batch_id("A", c.issue_date,
                         {sha256_file(snapshot_path), cfg.fingerprint, c.issue_date.iso(), c.start.iso()});
}

}  // namespace kokuho::batch
