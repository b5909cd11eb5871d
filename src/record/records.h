#pragma once
// What the issue-history store (発行履歴) keeps: batches of generated documents, their
// pull-outs (抜取) and their delivery (交付). Dates are ISO text (2026-07-31).
#include <string>
#include <vector>

namespace kokuho::record {

struct batch_info {
    std::string batch_id;
    std::string kind;  // annual, replacement (差替分)
    std::string reference_date;
    std::string config_fingerprint;
    std::string parent_batch_id;  // empty unless a replacement

    friend bool operator==(const batch_info&, const batch_info&) = default;
};

// One generated document. The content fields are what the pull-out compares with the
// current data (5.1.3).
struct document_row {
    long seq = 0;
    std::string household_id, person_id, form, variant, valid_from, valid_until,
        valid_until_reason;
    std::string name, address, mail_address, head_name, ratio;

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
    std::string batch_id, batch_kind;
    long seq = 0;
    std::string person_id, household_id, form, variant, valid_from, valid_until;
    std::string status;  // generated, pulled, delivered
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
