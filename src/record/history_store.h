#pragma once
// The issue-history store (発行履歴) as the runs see it: records every batch of documents
// when it is generated, the pull-outs (抜取, 5.1.3), the replacements (差替分, 5.1.4) and
// the delivery (交付履歴登録, 5.1.5), and answers the history look-ups (5.1.6). SQLite is
// the one implementation today (record/sqlite/); another database goes beside it.
//
// Several processes may use one store at once: every write is one transaction. One store
// object is used by one thread at a time.
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "record/records.h"

namespace kokuho::record {

// A generated batch recorded one document at a time, so that the yearly run does not hold
// hundreds of thousands of rows: all in one write transaction, from start_batch to commit().
// A writer dropped before commit() records nothing.
class batch_writer {
public:
    virtual ~batch_writer() = default;
    // The next document, in seq order.
    virtual void add(const document_row& row) = 0;
    virtual record_result commit() = 0;
};

class history_store {
public:
    virtual ~history_store() = default;

    // Records a generated batch and its documents. Recording the same batch again is a
    // no-op (already_recorded); the same id with other content is an input error. A
    // replacement's documents are linked to the pulled-out documents of its parent.
    // Other writers of the store wait (their busy timeout) until the writer commits.
    virtual std::unique_ptr<batch_writer> start_batch(const batch_info& batch) = 0;
    // The same with every document at once, in any order.
    record_result record_batch(const batch_info& batch, const std::vector<document_row>& rows);

    virtual std::optional<batch_info> find_batch(const std::string& batch_id) = 0;
    virtual std::vector<document_row> documents(const std::string& batch_id) = 0;  // seq order

    // Reserves a run in one transaction (run.process is the caller's). Another run of the
    // same id whose process still works is returned as working, and nothing changes. One
    // whose process ended before it finished is reserved again for this process, and so is
    // a finished one when `again` says so (else it is returned as finished); the earlier
    // run is returned as `before`.
    virtual reservation reserve_run(const run_info& run, bool again) = 0;

    // A pull-out run (抜取): in one transaction, reserves the batch's next pull-out run
    // (run.run_id is chosen here) and marks the documents of `found` pulled out of the
    // mailing by it. A document pulled out before keeps its first date and run, and gains
    // the new reasons; only the others are the new run's pulls. When an earlier pull-out of
    // the batch is unfinished, nothing new is recorded: it is returned as working while its
    // process runs, and otherwise reserved for this process with its own pulls, so that
    // its files are written at last.
    virtual reservation reserve_pullout(const std::string& batch_id, const std::string& on_date,
                                        const std::vector<pullout_row>& found,
                                        const run_info& run) = 0;

    virtual std::optional<run_info> find_run(const std::string& run_id) = 0;
    // The runs that produce the batch or pull out of it, not finished, in id order.
    virtual std::vector<run_info> unfinished_runs(const std::string& batch_id) = 0;

    // The run failed: its reservation is undone, if this process still holds it. The
    // earlier run comes back as it was, or the run goes when there was none; a pull-out run
    // that recorded pulls stays, unfinished, for the next pull-out to take over.
    virtual void release_run(const reservation& reserved) = 0;

    // The run's folder is in place.
    virtual void finish_run(const std::string& run_id) = 0;

    // Registers the delivery of a batch and of all its replacements, all or nothing: what
    // was not pulled out is delivered. A second registration changes nothing. A second
    // batch of the same family and cycle is refused once one is registered, and so is a
    // batch with an unfinished run (its files, or a pull-out's, never reached the printer).
    virtual register_result register_delivery(const std::string& batch_id,
                                              const std::string& on_date) = 0;

    // Records the judgments of a judgment run (run_id of each row) in one transaction,
    // after the earlier ones, which are kept. The same run again changes nothing
    // (already_recorded); the same run with other judgments is an input error.
    virtual record_result record_judgments(const std::string& run_id,
                                           const std::vector<judgment_row>& rows) = 0;
    // The latest recorded judgment of each person for the cycle, in person_id order.
    virtual std::vector<judgment_row> latest_judgments(const std::string& cycle_start) = 0;

    // Records a registration of minors counts (5.5.2) in one transaction. The same
    // registration again changes nothing (already_recorded); recorded_at is ignored.
    virtual record_result record_minors(const std::string& registration_id,
                                        const std::vector<minors_row>& rows) = 0;
    // The counts in force for the cycle, one per household in household_id order: the latest
    // given, else the latest derived.
    virtual std::vector<minors_row> minors_in_force(const std::string& cycle_start) = 0;
    // Every count registered for the household, latest first.
    virtual std::vector<minors_row> minors_of_household(const std::string& household_id) = 0;

    // Registers answers to inquiries (5.5.1) in one transaction: an answer the same as the
    // one in force for its person and cycle changes nothing; another replaces it, and the
    // earlier is kept.
    virtual answers_result record_answers(const std::string& registration_id,
                                          const std::vector<answer_row>& rows) = 0;
    // The answer in force of each person for the cycle (the latest), in person_id order.
    virtual std::vector<answer_row> answers_in_force(const std::string& cycle_start) = 0;

    // Registers applications (kokuho limit apply) in one transaction, as answers are
    // registered: the same date as the one in force for the person and column changes
    // nothing; another replaces it, and the earlier is kept.
    virtual answers_result record_applications(const std::string& registration_id,
                                               const std::vector<application_row>& rows) = 0;
    // The application in force (the latest registered) of each person for the column, in
    // person_id order.
    virtual std::vector<application_row> applications_in_force(const std::string& column) = 0;

    // Records the inquiries of an inquiry run (run_id of each row) in one transaction, after
    // the earlier ones, which are kept. The same run again changes nothing
    // (already_recorded); the same run with other inquiries is an input error.
    virtual record_result record_inquiries(const std::string& run_id,
                                           const std::vector<inquiry_row>& rows) = 0;
    // Every inquiry recorded for the cycle, in person_id order, then as recorded.
    virtual std::vector<inquiry_row> inquiries_of_cycle(const std::string& cycle_start) = 0;

    // The delivered documents of the family's batches of a cycle (every kind), with their
    // compared values, in batch and seq order: what people hold now.
    virtual std::vector<held_document> delivered_documents(const std::string& family,
                                                           const std::string& cycle_start) = 0;
    // Per person, the latest 有効期限 of the family's delivered or collected documents, in
    // person_id order: what a person held last.
    virtual std::vector<held_until> latest_valid_until(const std::string& family) = 0;
    // The generated or delivered documents of the family's batches of a cycle (neither
    // pulled out, returned nor superseded), with their compared values, in batch and seq
    // order: what people hold now or are about to receive (5.11).
    virtual std::vector<held_document> current_documents(const std::string& family,
                                                         const std::string& cycle_start) = 0;
    // The delivered or collected documents of the family whose 有効期限 is before `day`, in
    // batch and seq order.
    virtual std::vector<history_row> expired_documents(const std::string& family, const std::string& day) = 0;
    // Registers the collection (回収) of documents on a day, all or nothing, in one
    // transaction: a delivered document becomes collected; one collected before is counted
    // and left as it was; any other is an input error and nothing is registered.
    virtual collect_result collect(const std::vector<document_ref>& documents, const std::string& on_date) = 0;

    // Registers returned mail (5.7.1) in one transaction, all or nothing: each named document
    // and the other documents of its envelope (not pulled out) become returned. A document
    // returned before is counted and left as it was. An unknown batch or 通番, a pulled-out
    // document and a day before the batch's are input errors.
    virtual returns_result register_returns(const std::string& registration_id,
                                            const std::vector<return_row>& rows) = 0;
    // Every returned document, by return day, batch and 通番.
    virtual std::vector<returned_document> returned_documents() = 0;
    // Records what a reissue run decided for returns it does not reissue (held or closed), in
    // one transaction; only returns not dealt with change. Reissued ones are settled when the
    // reissue batch is recorded (its documents supersede them).
    virtual void settle_returns(const std::vector<return_outcome>& outcomes, const std::string& on_date) = 0;

    // Every document of a person, household or batch, in generation order, then seq.
    virtual std::vector<history_row> history_of_person(const std::string& person_id) = 0;
    virtual std::vector<history_row> history_of_household(const std::string& household_id) = 0;
    virtual std::vector<history_row> history_of_batch(const std::string& batch_id) = 0;
    // Every document of the store, in generation order, then seq (the status list, 5.10).
    virtual std::vector<history_row> history_of_all() = 0;
};

// Opens the store at a location: today a file path, an SQLite database created with its
// folder when missing and migrated to the current schema. Input error for a database of a
// newer program or a foreign file.
std::unique_ptr<history_store> open_history_store(
    const std::string& location, std::chrono::milliseconds busy_timeout = std::chrono::seconds(10));

}  // namespace kokuho::record
