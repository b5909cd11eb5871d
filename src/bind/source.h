#pragma once
// The source values of one document: the snapshot's columns, the rule decision with its
// facts, what the family says of the form, the insurer, the batch and the mailing address,
// under names templates refer to (person.name, household.address, decision.valid_until,
// form.title, insurer.name, batch.seq, mail.name).
#include <string>

#include "core/values.h"
#include "config/config.h"
#include "rules/outcome.h"
#include "snapshot/snapshot.h"

namespace kokuho::bind {

struct batch_context {
    std::string batch_id;
    date issue_date;   // 交付年月日
    long seq = 0;      // 通番
    std::string mail_class;  // 郵送区分
    long envelope = 0;           // the envelope's number in mailing order (封入番号)
    long envelope_size = 0;      // documents in it
    long envelope_position = 0;  // this document's place in it, from 1
    std::string mail_barcode;    // the envelope's customer barcode: 67 bars, or empty for none
};

// What the family's YAML says of the document's form and variant.
struct form_context {
    std::string form_code;     // decision.form_code, in the vendor file
    std::string variant_code;  // decision.variant_code
    std::string title;         // form.title: 資格確認書（特別療養）
    std::string name;          // form.name: 資格確認書
    std::string variant_label; // variant.label: 特別療養, or empty
};

values source_values(const person& p, const household& h, const rules::outcome& d,
                     const form_context& form, const insurer_settings& insurer,
                     const batch_context& batch);

// The snapshot's values of a person and their household alone (person.*, household.*), as
// source_values sets them, for lists that are not documents (the judgment list).
values snapshot_values(const person& p, const household& h);

// The insurer's values (insurer.number, insurer.name, ...), as source_values sets them, for
// letters that are not a person's documents (the inquiry letters).
void add_insurer(values& v, const insurer_settings& insurer);

// True for a name source_values sets (person.name, insurer.seal, ...) and for the facts a
// rule function adds (decision.*), which differ by family.
bool is_source_name(std::string_view name);

// 送付先: the mailing recipient and address, from 送付先 columns when given, else the head
// of household at the residence.
struct mailing_address {  // the household's text, held by its snapshot
    stored_text name;
    stored_text postal_code;
    stored_text address;
    stored_text address_extra;
};
mailing_address mailing_of(const household& h);

}  // namespace kokuho::bind
