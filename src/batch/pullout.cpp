#include "batch/pullout.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "batch/sources.h"

namespace kokuho::batch {

namespace {

using trigger = families::pullout_reason::trigger;

const std::string* recorded(const record::document_row& doc, const std::string& name) {
    for (const auto& v : doc.compared)
        if (v.name == name) return &v.value;
    return nullptr;
}

std::vector<std::string> first_of(const families::family& f, trigger when) {
    for (const auto& r : f.pullout_reasons)
        if (r.when == when) return {r.id};
    return {};
}

std::vector<std::string> differences(const record::document_row& issued,
                                     const std::vector<record::named_value>& current) {
    std::vector<std::string> reasons;
    for (const auto& now : current) {
        const std::string* then = recorded(issued, now.name);
        if (then && *then != now.value) reasons.push_back(now.name);
    }
    return reasons;
}

// What the rules give now for an issued document: the person's outcome, or, for a
// companion of the form chosen now (its with:), that companion.
rules::outcome current_of(const families::family& f, const record::document_row& issued, rules::outcome now) {
    const auto* chosen = f.find_form(now.form);
    if (chosen && std::find(chosen->companions.begin(), chosen->companions.end(), issued.form) !=
                      chosen->companions.end())
        now.form = issued.form;
    return now;
}

bool go_together(const families::family& f, const std::string& a, const std::string& b) {
    auto with = [&](const std::string& form, const std::string& companion) {
        const auto* info = f.find_form(form);
        return info && std::find(info->companions.begin(), info->companions.end(), companion) !=
                           info->companions.end();
    };
    return with(a, b) || with(b, a);
}

// A document and its companions (a form's with:) leave the mailing together: pulling one
// pulls the others of the same person, for the same reasons.
std::vector<record::pullout_row> with_companions(const std::vector<record::document_row>& issued,
                                                 const families::family& f,
                                                 std::vector<record::pullout_row> pulls) {
    std::map<long, std::size_t> pulled;  // seq -> index in pulls
    for (std::size_t i = 0; i < pulls.size(); ++i) pulled.emplace(pulls[i].seq, i);
    std::map<long, const record::document_row*> by_seq;
    for (const auto& doc : issued) by_seq.emplace(doc.seq, &doc);
    for (std::size_t i = 0; i < pulls.size(); ++i) {
        const auto& doc = *by_seq.at(pulls[i].seq);
        for (const auto& other : issued)
            if (other.person_id == doc.person_id && !pulled.contains(other.seq) &&
                go_together(f, doc.form, other.form)) {
                pulled.emplace(other.seq, pulls.size());
                pulls.push_back({other.seq, other.person_id, pulls[i].reasons});
            }
    }
    std::sort(pulls.begin(), pulls.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    return pulls;
}

}  // namespace

std::vector<record::pullout_row> find_pullouts(const std::vector<record::document_row>& issued,
                                               const run_input& in, const families::family& f,
                                               const rules::outcome_list& now) {
    const auto& s = in.snapshot.data;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < s.persons.size(); ++i) index.emplace(s.persons[i].person_id, i);
    kokuho::era_formatter eras;
    std::vector<record::pullout_row> out;
    for (const auto& doc : issued) {
        auto it = index.find(doc.person_id);
        std::vector<std::string> reasons;
        if (it == index.end()) {
            reasons = first_of(f, trigger::not_in_snapshot);
        } else if (now[it->second].form.empty()) {
            reasons = first_of(f, trigger::no_document);
        } else {
            auto values = document_source(in, f, it->second, current_of(f, doc, now[it->second]),
                                          {"", in.cycle.issue_date, doc.seq, "", 0, 0, 0, ""});
            reasons = differences(doc, compared_values(f, values, eras));
        }
        if (!reasons.empty()) out.push_back({doc.seq, doc.person_id, std::move(reasons)});
    }
    return with_companions(issued, f, std::move(out));
}

std::string reason_codes(const families::family& f, const std::vector<std::string>& reasons) {
    std::string codes;
    for (const auto& r : reasons) {
        const auto* reason = f.find_reason(r);
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d", reason ? reason->code : 0);
        codes += buf;
    }
    return codes;
}

}  // namespace kokuho::batch
