#include "batch/history_rows.h"

#include "bind/source.h"
#include "core/error.h"
#include "core/text.h"

namespace kokuho::batch {

namespace {

std::string iso(const std::optional<date>& d) { return d ? d->iso() : std::string(); }


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
    row.address = join({h.postal_code, h.address, h.address_extra}, "|");
    // Only the 送付先 columns: a move of a household without one is an address change alone.
    row.mail_address = h.mail_address.empty()
                           ? std::string()
                           : join({h.mail_name, h.mail_postal_code, h.mail_address, h.mail_address_extra}, "|");
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

std::vector<record::document_row> issued_documents(record::store& history, const std::string& batch_id,
                                                   run_input& in, bool valid_from_given) {
    if (!history.find_batch(batch_id))
        fail_input({"command line"}, "--batch " + batch_id + ": no such batch in the history store");
    auto issued = history.documents(batch_id);
    if (!valid_from_given && !issued.empty())
        in.cycle = rules::make_cycle(in.cycle.issue_date, date::parse_iso(issued.front().valid_from), in.cfg.rules);
    return issued;
}

std::string database_path(const std::string& given, const config& cfg) {
    if (!given.empty()) return given;
    if (cfg.history_database.empty())
        fail_input({cfg.dir}, "no history database: give --db FILE or set database: in history.yaml");
    return cfg.history_database;
}

}  // namespace kokuho::batch
