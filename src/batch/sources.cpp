#include "batch/sources.h"


namespace kokuho::batch {

namespace {

std::string iso(const std::optional<date>& d) { return d ? d->iso() : std::string(); }

}  // namespace

bind::form_context form_context_of(const families::family& f, const rules::outcome& d) {
    const auto* form = f.find_form(d.form);
    const auto* variant = f.find_variant(d.variant);
    if (!form || !variant) return {};
    return {form->code, variant->code, form->titles.at(variant->id), form->name, variant->label};
}

kokuho::values document_source(const run_input& in, const families::family& f, std::size_t person,
                             const rules::outcome& d, const bind::batch_context& batch) {
    const auto& s = in.snapshot.data;
    const auto& p = s.persons[person];
    return bind::source_values(p, s.households[p.household], d, form_context_of(f, d),
                               in.cfg.insurer, batch);
}

std::vector<record::named_value> compared_values(const families::family& f, const kokuho::values& values,
                                                 kokuho::era_formatter& eras) {
    std::vector<record::named_value> out;
    for (const auto& reason : f.pullout_reasons) {
        if (reason.when != families::pullout_reason::trigger::changed) continue;
        const value* gate = reason.only_when.empty() ? nullptr : values.find(reason.only_when);
        if (!reason.only_when.empty() && !gate)
            fail_input({f.file}, "reason " + reason.id + ": only_when names no value \"" +
                                     reason.only_when + "\"");
        bool counts = reason.only_when.empty() || !gate->empty();
        out.push_back({reason.id, counts ? reason.compare.evaluate(values, f.tables, eras) : ""});
    }
    return out;
}

rules::outcome outcome_of(const batch_plan& plan, const planned_document& doc) {
    rules::outcome d = plan.decisions[doc.person];
    if (doc.companion) d.form = doc.form->id;
    return d;
}

bind::batch_context batch_context_of(const run_input& in, const batch_plan& plan, const planned_document& doc,
                                     const std::string& batch_id) {
    const auto& e = plan.envelopes[doc.envelope];
    long position = 1;
    while (&plan.documents[e.documents[std::size_t(position - 1)]] != &doc) ++position;
    return {batch_id, in.cycle.issue_date, doc.seq, e.mail_class, long(doc.envelope + 1), long(e.documents.size()),
            position, e.barcode};
}

std::string mailing_line(const household& h) {
    auto m = bind::mailing_of(h);
    std::string line = "〒" + m.postal_code + " " + m.address;
    if (!m.address_extra.empty()) line += " " + m.address_extra;
    return line;
}

record::document_row document_row_of(const snapshot& s, const planned_document& doc, const rules::outcome& d,
                                     std::vector<record::named_value> compared) {
    const auto& p = s.persons[doc.person];
    record::document_row row;
    row.seq = doc.seq;
    row.envelope = long(doc.envelope + 1);
    row.mail_to = mailing_line(s.households[p.household]);
    row.household_id = s.households[p.household].household_id;
    row.person_id = p.person_id;
    row.form = d.form;
    row.variant = d.variant;
    row.valid_from = iso(d.valid_from);
    row.valid_until = iso(d.valid_until);
    row.valid_until_reason = d.until_reason;
    row.compared = std::move(compared);
    return row;
}

}  // namespace kokuho::batch
