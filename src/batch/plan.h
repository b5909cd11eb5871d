#pragma once
// The documents of a batch: who gets what, in mailing order, with sequence numbers (通番).
#include <ranges>
#include <string>
#include <vector>

#include "config/config.h"
#include "families/family.h"
#include "rules/outcome_list.h"
#include "snapshot/snapshot.h"

namespace kokuho::batch {

struct planned_document {
    std::size_t person = 0;  // index into snapshot::persons
    long seq = 0;            // 通番, 1-based in mailing order
    const families::form_info* form = nullptr;  // this document's form
    bool companion = false;  // goes with the document before it (its form's with:)
    std::size_t envelope = 0;  // index into batch_plan::envelopes
};

// 封筒: the documents mailed together, in the order they are enclosed.
struct envelope {
    std::string mail_class;   // 郵送区分
    stored_text postal_code;  // of the mailing address, held by the snapshot
    // Indices into batch_plan::documents: an envelope's documents are consecutive.
    std::ranges::iota_view<std::size_t, std::size_t> documents;
    // The customer barcode of the mailing address (67 bars), or empty with the reason
    // (batch/towns.h): worked out once per envelope for every sheet and list that prints it.
    std::string barcode;
    std::string barcode_problem;
};

struct batch_plan {
    const families::family* family = nullptr;
    rules::cycle cycle;
    rules::outcome_list decisions;  // one per person, in snapshot order
    std::vector<planned_document> documents;  // mailing order: envelope by envelope
    std::vector<envelope> envelopes;          // mailing order
    std::vector<long> seq_of_person;          // the person's decided document; 0 for none
    std::vector<bool> included;               // the persons this batch is about
    // 郵送区分 of each of the family's forms, in its order: the config's, else the family's.
    std::vector<std::string> form_classes;

    const std::string& form_class(const planned_document& doc) const {
        return form_classes.at(std::size_t(doc.form - family->forms.data()));
    }
};

// The family's rule function for every person of the snapshot, in snapshot order. A form
// or variant the family does not declare is an input error naming the family file.
rules::outcome_list decide_all(const snapshot& s, const rules::cycle& c,
                                       const config& cfg, const families::family& f);

// Decides every person, adds each document's companions (its form's with:), puts the
// documents into envelopes by the config's envelope_by keys, and orders the envelopes for
// mailing: by mail class (in the order of the family's forms), then postal code of the
// mailing address, then the household and snapshot row of their first document. Inside an
// envelope: household, row, each document followed by its companions. Refuses (input
// error) the persons the rule refuses (5.1.2: a ratio that has not been judged). `include`
// limits the batch to some persons (a replacement batch); empty for everyone.
batch_plan plan_batch(const snapshot& s, const rules::cycle& c, const config& cfg,
                      const families::family& f, std::vector<bool> include = {});

// Refuses (input error, file:row:column) the included persons whose outcome is a refusal.
void check_refusals(const snapshot& s, const rules::outcome_list& decisions, const std::vector<bool>& included);

// A batch id that depends only on the inputs, so that a rerun reproduces it: the prefix
// (A bulk, R replacement), the issue date, the family's batch code and a hash of the
// family and the given parts: A20260710-EL-1a2b3c4d.
std::string make_batch_id(const std::string& prefix, const date& issue_date,
                          const families::family& f, const std::vector<std::string>& parts);
// The id of work done for no family (a judgment, a registration), depending only on its
// inputs: the prefix, the day and a hash of the parts, each ended by a NUL: J20260710-1a2b3c4d.
std::string make_input_id(const std::string& prefix, const date& day, const std::vector<std::string>& parts);
// The bulk batch's id: the snapshot's content (the SHA-256 of the bytes read), the config,
// the cycle and, when there are any, the cells the history store filled (`stored_inputs`).
std::string annual_batch_id(const std::string& snapshot_sha256, const std::string& stored_inputs,
                            const config& cfg, const rules::cycle& c, const families::family& f);

}  // namespace kokuho::batch
