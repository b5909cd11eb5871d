#include "batch/mailing.h"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

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

// Where a document goes among the documents of its envelope: by its household, its
// snapshot row, and its place in the plan.
std::tuple<std::string_view, int, std::size_t> order_of(const snapshot& s, const batch_plan& plan, std::size_t i) {
    const auto& p = s.persons[plan.documents[i].person];
    return {s.households[p.household].household_id.view(), p.row, i};
}

struct open_envelope {
    envelope made;
    int class_rank = 0;
    std::size_t keyed_by = 0;            // the document whose envelope_by key the envelope has
    std::vector<std::size_t> documents;  // indices into plan.documents
};

std::map<std::string, int> class_ranks(const families::family& f, const batch_plan& plan) {
    std::map<std::string, int> ranks;
    for (const auto& form : f.forms)
        for (const auto& doc : plan.documents)
            if (doc.form == &form) ranks.try_emplace(plan.form_class(doc), int(ranks.size()));
    return ranks;
}

std::string key_of(const snapshot& s, const config& cfg, const batch_plan& plan, const planned_document& doc) {
    return envelope_key(cfg, s.households[s.persons[doc.person].household], plan.form_class(doc));
}

// Each document goes into the envelope of its key; a companion into its document's. The
// envelopes are found by the hash of their key, and two keys of one hash by the keys
// themselves: a million envelopes do not keep a million keys.
std::vector<open_envelope> group(const snapshot& s, const config& cfg, const batch_plan& plan) {
    auto ranks = class_ranks(*plan.family, plan);
    std::unordered_multimap<std::size_t, std::size_t> by_hash;
    std::vector<open_envelope> envelopes;
    std::size_t current = 0;
    for (std::size_t i = 0; i < plan.documents.size(); ++i) {
        const auto& doc = plan.documents[i];
        const auto& h = s.households[s.persons[doc.person].household];
        const std::string& form_class = plan.form_class(doc);
        if (!doc.companion) {
            auto key = key_of(s, cfg, plan, doc);
            auto hash = std::hash<std::string>{}(key);
            auto [from, to] = by_hash.equal_range(hash);
            auto found = std::find_if(from, to, [&](const auto& entry) {
                return key_of(s, cfg, plan, plan.documents[envelopes[entry.second].keyed_by]) == key;
            });
            if (found != to) {
                current = found->second;
            } else {
                current = envelopes.size();
                by_hash.emplace(hash, current);
                auto barcode = barcode_of(cfg.towns, h);
                open_envelope e;
                e.made.mail_class = form_class;
                e.made.postal_code = bind::mailing_of(h).postal_code;
                e.made.barcode = std::move(barcode.bars);
                e.made.barcode_problem = std::move(barcode.problem);
                e.class_rank = ranks.at(form_class);
                e.keyed_by = i;
                envelopes.push_back(std::move(e));
            }
        }
        auto& e = envelopes[current];
        // An envelope goes by the class of its first form in the family's order: a
        // 資格確認書 never leaves 特定記録 because a notice shares its envelope.
        if (!doc.companion && ranks.at(form_class) < e.class_rank) {
            e.class_rank = ranks.at(form_class);
            e.made.mail_class = form_class;
        }
        e.documents.push_back(i);
    }
    return envelopes;
}

// Puts the documents in the order `order` gives (new place -> old place) without a second
// vector of them: each cycle of the permutation is walked once.
void reorder(std::vector<planned_document>& documents, std::vector<std::size_t> order) {
    constexpr auto done = std::numeric_limits<std::size_t>::max();
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (order[start] == done) continue;
        planned_document first = std::move(documents[start]);
        for (std::size_t at = start;;) {
            std::size_t from = order[at];
            order[at] = done;
            if (from == start) {
                documents[at] = std::move(first);
                break;
            }
            documents[at] = std::move(documents[from]);
            at = from;
        }
    }
}

}  // namespace

void put_in_envelopes(const snapshot& s, const config& cfg, batch_plan& plan) {
    auto envelopes = group(s, cfg, plan);
    auto order = [&](std::size_t i) { return order_of(s, plan, i); };
    for (auto& e : envelopes)
        std::sort(e.documents.begin(), e.documents.end(),
                  [&](std::size_t a, std::size_t b) { return order(a) < order(b); });
    auto rank = [&](const open_envelope& e) {
        return std::tuple(e.class_rank, std::string_view(e.made.postal_code), order(e.documents.front()));
    };
    std::sort(envelopes.begin(), envelopes.end(),
              [&](const open_envelope& a, const open_envelope& b) { return rank(a) < rank(b); });
    std::vector<std::size_t> mailing_order;  // new place -> old place
    mailing_order.reserve(plan.documents.size());
    for (const auto& e : envelopes) mailing_order.insert(mailing_order.end(), e.documents.begin(), e.documents.end());
    reorder(plan.documents, std::move(mailing_order));
    plan.envelopes.clear();
    plan.envelopes.reserve(envelopes.size());
    plan.seq_of_person.assign(s.persons.size(), 0);
    std::size_t next = 0;
    for (auto& e : envelopes) {
        e.made.documents = std::views::iota(next, next + e.documents.size());
        next += e.documents.size();
        for (std::size_t i : e.made.documents) {
            auto& doc = plan.documents[i];
            doc.seq = long(i + 1);
            doc.envelope = plan.envelopes.size();
            if (!doc.companion) plan.seq_of_person[doc.person] = doc.seq;
        }
        e.documents = {};
        plan.envelopes.push_back(std::move(e.made));
    }
}

}  // namespace kokuho::batch
