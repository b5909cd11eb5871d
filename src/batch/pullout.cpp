#include "batch/pullout.h"

#include <unordered_map>

#include "batch/history_rows.h"

namespace kokuho::batch {

namespace {

std::vector<std::string> differences(const record::document_row& issued,
                                     const record::document_row& current) {
    std::vector<std::string> reasons;
    auto differ = [&](bool changed, const char* reason) {
        if (changed) reasons.emplace_back(reason);
    };
    differ(issued.name != current.name, "name");
    differ(issued.address != current.address, "address");
    differ(issued.mail_address != current.mail_address, "mail_address");
    differ(issued.head_name != current.head_name, "head");
    differ(issued.form != current.form, "form");
    differ(issued.variant != current.variant, "variant");
    differ(issued.ratio != current.ratio, "ratio");
    differ(issued.valid_from != current.valid_from || issued.valid_until != current.valid_until,
           "validity");
    return reasons;
}

}  // namespace

int pullout_code(const std::string& reason) {
    for (const auto& r : pullout_reasons)
        if (reason == r.name) return r.code;
    return 0;
}

std::string pullout_label(const std::string& reason) {
    for (const auto& r : pullout_reasons)
        if (reason == r.name) return r.label;
    return reason;
}

std::vector<record::pullout_row> find_pullouts(const std::vector<record::document_row>& issued,
                                               const snapshot& s,
                                               const std::vector<rules::decision>& now) {
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < s.persons.size(); ++i) index.emplace(s.persons[i].person_id, i);
    std::vector<record::pullout_row> out;
    for (const auto& doc : issued) {
        auto it = index.find(doc.person_id);
        std::vector<std::string> reasons;
        if (it == index.end()) {
            reasons = {"moved_out"};
        } else if (now[it->second].chosen == rules::form::none) {
            reasons = {"lost"};
        } else {
            const auto& p = s.persons[it->second];
            reasons = differences(doc, document_row_of(p, s.households[p.household],
                                                       now[it->second], doc.seq));
        }
        if (!reasons.empty()) out.push_back({doc.seq, doc.person_id, std::move(reasons)});
    }
    return out;
}

}  // namespace kokuho::batch
