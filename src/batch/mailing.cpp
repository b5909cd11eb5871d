#include "batch/mailing.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "batch/towns.h"
#include "bind/source.h"

namespace kokuho::batch {

namespace {

// What decides that two documents share an envelope: the values of the envelope_by keys.
std::string envelope_key(const config& cfg, const household& h, const std::string& mail_class) {
    std::string key;
    for (const auto& by : cfg.output.envelope_by) {
        if (by == "mail_class") key += mail_class;
        else if (by == "household") key += h.household_id;
        else {
            auto m = bind::mailing_of(h);
            for (const stored_text* part : {&m.name, &m.postal_code, &m.address, &m.address_extra})
                key.append(*part).append(1, '\x1f');
        }
        key += '\x1e';
    }
    return key;
}

using document_order = std::tuple<std::string, int, std::size_t>;  // household, row, position

struct open_envelope {
    envelope made;
    int class_rank = 0;
    std::vector<std::pair<document_order, std::size_t>> documents;
};

std::map<std::string, int> class_ranks(const families::family& f, const batch_plan& plan) {
    std::map<std::string, int> ranks;
    for (const auto& form : f.forms)
        for (const auto& doc : plan.documents)
            if (doc.form == &form) ranks.try_emplace(doc.mail_class, int(ranks.size()));
    return ranks;
}

std::vector<open_envelope> group(const snapshot& s, const config& cfg, const batch_plan& plan) {
    auto ranks = class_ranks(*plan.family, plan);
    std::map<std::string, std::size_t> index;
    std::vector<open_envelope> envelopes;
    std::string key;
    for (std::size_t i = 0; i < plan.documents.size(); ++i) {
        const auto& doc = plan.documents[i];
        const auto& p = s.persons[doc.person];
        const auto& h = s.households[p.household];
        if (!doc.companion) key = envelope_key(cfg, h, doc.mail_class);
        auto [it, added] = index.try_emplace(key, envelopes.size());
        if (added) {
            auto barcode = barcode_of(cfg.towns, h);
            envelopes.push_back({{doc.mail_class, bind::mailing_of(h).postal_code, {}, barcode.bars, barcode.problem},
                                 ranks.at(doc.mail_class),
                                 {}});
        }
        auto& e = envelopes[it->second];
        // An envelope goes by the class of its first form in the family's order: a
        // 資格確認書 never leaves 特定記録 because a notice shares its envelope.
        if (!doc.companion && ranks.at(doc.mail_class) < e.class_rank) {
            e.class_rank = ranks.at(doc.mail_class);
            e.made.mail_class = doc.mail_class;
        }
        e.documents.push_back({{h.household_id, p.row, i}, i});
    }
    return envelopes;
}

}  // namespace

void put_in_envelopes(const snapshot& s, const config& cfg, batch_plan& plan) {
    auto envelopes = group(s, cfg, plan);
    for (auto& e : envelopes) std::sort(e.documents.begin(), e.documents.end());
    std::sort(envelopes.begin(), envelopes.end(), [](const open_envelope& a, const open_envelope& b) {
        return std::tie(a.class_rank, a.made.postal_code, a.documents.front().first) <
               std::tie(b.class_rank, b.made.postal_code, b.documents.front().first);
    });
    std::vector<planned_document> ordered;
    ordered.reserve(plan.documents.size());
    plan.envelopes.clear();
    plan.envelopes.reserve(envelopes.size());
    plan.seq_of_person.assign(s.persons.size(), 0);
    for (auto& e : envelopes) {
        for (const auto& [order, i] : e.documents) {
            auto doc = std::move(plan.documents[i]);
            doc.seq = long(ordered.size() + 1);
            doc.envelope = plan.envelopes.size();
            doc.mail_class = e.made.mail_class;
            if (!doc.companion) plan.seq_of_person[doc.person] = doc.seq;
            e.made.documents.push_back(ordered.size());
            ordered.push_back(std::move(doc));
        }
        plan.envelopes.push_back(std::move(e.made));
    }
    plan.documents = std::move(ordered);
}

}  // namespace kokuho::batch
