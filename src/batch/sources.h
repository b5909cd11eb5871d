#pragma once
// The source values of one planned document, with what its family says of its form, and
// the values a family compares (抜取, 5.1.3) taken from them.
#include <string>
#include <vector>

#include "batch/input.h"
#include "batch/plan.h"
#include "bind/source.h"
#include "record/records.h"

namespace kokuho::batch {

// What the family declares of a form and variant (codes, titles, labels).
bind::form_context form_context_of(const families::family& f, const rules::outcome& d);

// Source values of person `person` of the snapshot with the decision `d`.
kokuho::values document_source(const run_input& in, const families::family& f, std::size_t person,
                             const rules::outcome& d, const bind::batch_context& batch);

// The family's compared values of a document, evaluated over its values, in the family's
// order of reasons.
std::vector<record::named_value> compared_values(const families::family& f, const kokuho::values& values,
                                                 kokuho::era_formatter& eras);

// What the rules decided for a planned document: the person's outcome, with the
// document's own form when it is a companion.
rules::outcome outcome_of(const batch_plan& plan, const planned_document& doc);

// The batch facts of a planned document: its seq, mail class, envelope and the envelope's
// customer barcode.
bind::batch_context batch_context_of(const run_input& in, const batch_plan& plan, const planned_document& doc,
                                     const std::string& batch_id);

// What the history store keeps of one document: `doc` gives its seq and envelope.
record::document_row document_row_of(const snapshot& s, const planned_document& doc, const rules::outcome& d,
                                     std::vector<record::named_value> compared);

// The household's mailing address (送付先, else the residence) as one line: 〒, address, 方書.
std::string mailing_line(const household& h);

}  // namespace kokuho::batch
