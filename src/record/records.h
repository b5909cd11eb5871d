#pragma once
// What the issue-history store (発行履歴) keeps: batches of generated documents of any
// document family, their pull-outs (抜取) and their delivery (交付). Dates are ISO text
// (2026-07-31). The store knows families and statuses, not content: what a family compares
// is kept as name and value pairs.
#include <optional>
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
// A document of a batch by its 通番, as a collection (回収, 5.2.4) or a change
// (5.9.1) names it.
struct document_ref {
    std::string batch_id;
    long seq = 0;

    friend bool operator==(const document_ref&, const document_ref&) = default;
};

struct document_row {
    long seq = 0;
    std::string household_id, person_id, form, variant, valid_from, valid_until,
        valid_until_reason;
    std::vector<named_value> compared;  // in the family's compare order
    // A delivered document of the same person that this one supersedes (a mid-year change,
    // 5.9.1): it becomes reissued. Empty batch_id for none; a replacement's link to the
    // pulled-out document it replaces is the store's, not this.
    document_ref supersedes;
    long envelope = 0;    // the envelope (封筒) of the batch it went in, 1-based; 0 unknown
    std::string mail_to;  // the mailing address it was sent to (〒, address, 方書), for returns

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
    // generated, pulled, delivered, returned, held, closed, reissued, superseded, collected
    std::string status;
    std::string generated_on, pulled_on, delivered_on, collected_on;
    std::string pull_reasons;  // comma-joined, in the order first recorded
    std::string replaced_by;   // "batch_id:seq" of the replacement, when any
};

// Mail that came back (返送, 5.7.1): a document of a batch, the day and the reason code.
struct return_row {
    std::string batch_id;
    long seq = 0;
    std::string returned_on;
    std::string reason;  // unknown_address, moved_no_forward, unclaimed, refused, other
};

struct returns_result {
    long registered = 0;  // documents now returned, envelope mates included
    long already = 0;     // returned before: unchanged
    // Documents registered because an envelope mate was named, not themselves.
    std::vector<document_ref> mates;
};

// A returned document as the 返送分一覧 (5.7.3) and the reissue (5.7.2) see it: the document,
// where it was sent, the return, and what was done about it.
struct returned_document {
    history_row document;
    std::string mail_to;
    std::string returned_on, reason;
    std::string outcome;  // empty while not dealt with; reissued, held or closed
    std::string dealt_on;
    document_ref reissued_as;  // the document of the reissue batch
    std::string new_address;   // where the reissue went
};

// What a reissue run decided for a returned document it does not reissue.
struct return_outcome {
    document_ref document;
    std::string outcome;  // held or closed
};

// A delivered document and its batch, as a change run compares it (5.9.1).
struct held_document {
    std::string batch_id;
    document_row row;
};

struct collect_result {
    long collected = 0;  // delivered documents now collected
    long already = 0;    // collected before: unchanged
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

// One person's co-payment ratio judgment for a cycle (負担割合判定, 5.6.1).
struct judgment_row {
    std::string person_id, household_id;
    std::string cycle_start;   // the first day of the cycle judged
    std::string judgment_day;
    std::string ratio;         // 2, 3 or pending
    std::string rule;          // the rule code of rules.md
    std::string figures;       // a JSON object: what the rule used
    std::string run_id;        // the judgment run that recorded it

    friend bool operator==(const judgment_row&, const judgment_row&) = default;
};

// The minors counts of a household for a cycle's judgment (年少被保険者数登録, 5.5.2): derived
// from a snapshot, or given by the office, which replace the derived ones.
struct minors_row {
    std::string household_id;
    std::string cycle_start;
    long under_16 = 0;
    long age_16_to_18 = 0;
    std::string source;           // derived or given
    std::string registration_id;  // the registration that recorded it
    std::string recorded_at;      // UTC, set by the store

    friend bool operator==(const minors_row&, const minors_row&) = default;
};

// An answer to an inquiry to another municipality (資格照会, 5.5.1) for one person and cycle:
// the income year's figures (empty when not given), whether the person was head on 31
// December, and the minors counts of that household.
struct answer_row {
    std::string person_id;
    std::string cycle_start;
    std::string answered_on;
    std::optional<long long> taxable_income, income, old_proviso_income, total_income;
    bool head_on_dec31 = false;
    long under_16 = 0, age_16_to_18 = 0;
    std::string registration_id;  // set by the store: the registration that recorded it

    friend bool operator==(const answer_row&, const answer_row&) = default;
};

// An inquiry sent to another municipality (資格照会, 5.5.1) about one person for a cycle: to
// which municipality (its 全国地方公共団体コード), on which day, in which letter (empty when
// the municipality is not in the config's table: 宛先不明, nothing was sent).
struct inquiry_row {
    std::string person_id;
    std::string household_id;
    std::string cycle_start;
    std::string municipality_code;
    std::string sent_on;
    std::string letter;  // the letter's number within its run, "" for none
    std::string run_id;  // the run that wrote it

    friend bool operator==(const inquiry_row&, const inquiry_row&) = default;
};

// An application an office registered in this tool (kokuho limit apply): the date of a
// person's application, for the snapshot column it fills when the snapshot leaves it empty.
struct application_row {
    std::string person_id;
    std::string column;      // limit_applied_on
    std::string applied_on;  // YYYY-MM-DD
    std::string registration_id;  // set by the store: the registration that recorded it

    friend bool operator==(const application_row&, const application_row&) = default;
};

// The latest 有効期限 of a person's delivered (or since collected) documents of a family.
struct held_until {
    std::string person_id;
    std::string valid_until;
};

struct answers_result {
    long registered = 0;  // new, or replacing an earlier answer (which is kept)
    long unchanged = 0;   // the same as the answer in force
};

// A run that produces a batch's files or a pull-out's (実行). It is reserved in the store
// before it produces anything, so that one run does each piece of work, and marked finished
// once its folder is in place.
struct run_info {
    std::string run_id;    // the batch's id for a run that produces a batch; BATCH-P<n> for
                           // the n-th pull-out of a batch
    std::string kind;      // annual, replacement, pullout, ...: one word
    std::string batch_id;  // the batch it produces, or pulls documents out of
    std::string process;   // which process works on it (core/process.h)
    std::string out_dir;   // the folder it writes
    std::string started_at, finished_at;  // UTC, ISO; finished_at is empty until it finishes
};

enum class run_state {
    reserved,  // this process does the work now
    working,   // another process works on it: nothing was changed
    finished,  // it was done, and is not to be done again: nothing was changed
};

struct reservation {
    run_state state = run_state::reserved;
    run_info run;  // the run reserved, or the run working on it
    // Reserved again: the earlier run of the same id, finished or ended unfinished.
    std::optional<run_info> before;
    std::vector<pullout_row> pulls;  // a pull-out: the documents this run writes
    long pulled_before = 0;          // a pull-out: documents pulled out by earlier runs
    std::string pulled_on;           // a pull-out: the date its pulls were recorded with
};

// A reservation this process did not get: the run that works on it, or that did it.
inline reservation not_reserved(run_state state, run_info run) {
    reservation r;
    r.state = state;
    r.run = std::move(run);
    return r;
}

}  // namespace kokuho::record
