#pragma once
// What the issue-history store (発行履歴) keeps: batches of generated documents of any
// document family, their pull-outs (抜取) and their delivery (交付). Dates are ISO text
// (2026-07-31). The store knows families and statuses, not content: what a family compares
// is kept as name and value pairs.
#include <string>
#include <vector>

namespace kokuho::record {

struct batch_info {
    std::string batch_id;
    std::string family;  // the family registry's id: eligibility, elderly, ...
    std::string kind;    // annual, replacement (差替分), monthly, reissue, on_demand, ...: one word
    std::string reference_date;
    std::string config_fingerprint;
    std::string parent_batch_id;  // the batch a replacement replaces; empty for an annual batch
    std::string cycle_start;      // the first day of the cycle the batch issues for

    friend bool operator==(const batch_info&, const batch_info&) = default;
};

// One value of a document that a later run compares with the current data (a pull-out,
// 5.1.3; a change, 5.11): the family's compare name and the value as it was printed.
struct named_value {
    std::string name;
    std::string value;

    friend bool operator==(const named_value&, const named_value&) = default;
};

// One generated document.
struct document_row {
    long seq = 0;
    std::string household_id, person_id, form, variant, valid_from, valid_until,
        valid_until_reason;
    std::vector<named_value> compared;  // in the family's compare order

    friend bool operator==(const document_row&, const document_row&) = default;
};

// A document to pull out of the mailing, with why (lost, name, address, ...).
struct pullout_row {
    long seq = 0;
    std::string person_id;
    std::vector<std::string> reasons;
};

// One document as the history shows it (5.1.6).
struct history_row {
    std::string batch_id, family, batch_kind;
    long seq = 0;
    std::string person_id, household_id, form, variant, valid_from, valid_until;
    std::string status;  // generated, pulled, delivered, returned, reissued, collected, expired
    std::string generated_on, pulled_on, delivered_on;
    std::string pull_reasons;  // comma-joined, in the order first recorded
    std::string replaced_by;   // "batch_id:seq" of the replacement, when any
};

struct record_result {
    bool already_recorded = false;  // the same batch was recorded before: nothing changed
    long documents = 0;
};

struct register_result {
    long delivered = 0;  // documents of the batch and its replacements now delivered
    long pulled = 0;     // pulled-out documents, never delivered
    bool already_registered = false;  // registered before: nothing changed
    std::string registered_on;        // the date of the (first) registration
};

}  // namespace kokuho::record
