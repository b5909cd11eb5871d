#include "batch/history_rows.h"

#include "bind/source.h"
#include "core/error.h"

namespace kokuho::batch {

namespace {

std::string iso(const std::optional<date>& d) { return d ? d->iso() : std::string(); }

std::string joined(std::initializer_list<std::string> parts) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : "|") + part;
    return out;
}

}  // namespace

record::document_row document_row_of(const person& p, const household& h,
                                     const rules::decision& d, long seq) {
    record::document_row row;
    row.seq = seq;
    row.household_id = h.household_id;
    row.person_id = p.person_id;
    row.form = std::string(rules::name(d.chosen));
    row.variant = std::string(rules::name(d.kind));
    row.valid_from = iso(d.valid_from);
    row.valid_until = iso(d.valid_until);
    row.valid_until_reason = std::string(rules::name(d.until));
    row.name = p.name;
    row.address = joined({h.postal_code, h.address, h.address_extra});
    // Only the 送付先 columns: a move of a household without one is an address change alone.
    row.mail_address = h.mail_address.empty()
                           ? std::string()
                           : joined({h.mail_name, h.mail_postal_code, h.mail_address, h.mail_address_extra});
    row.head_name = h.head_name;
    row.ratio = std::string(rules::name(d.ratio));
    return row;
}

std::vector<record::document_row> document_rows(const snapshot& s, const batch_plan& plan) {
    std::vector<record::document_row> rows;
    rows.reserve(plan.documents.size());
    for (const auto& doc : plan.documents) {
        const auto& p = s.persons[doc.person];
        rows.push_back(document_row_of(p, s.households[p.household], plan.decisions[doc.person], doc.seq));
    }
    return rows;
}

std::string database_path(const std::string& given, const config& cfg) {
    if (!given.empty()) return given;
    if (cfg.history_database.empty())
        fail_input({cfg.dir}, "no history database: give --db FILE or set database: in history.yaml");
    return cfg.history_database;
}

}  // namespace kokuho::batch
