#pragma once
// The issue-history store (発行履歴): an SQLite database that records every batch of
// documents when it is generated, the pull-outs (抜取, 5.1.3), the replacements (差替分,
// 5.1.4) and the delivery (交付履歴登録, 5.1.5), and answers the history look-ups (5.1.6).
//
// Several processes may use one database at once: every write is one transaction that
// takes the write lock at its start (BEGIN IMMEDIATE) and waits up to the busy timeout for
// it. One store is used by one thread at a time.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "record/records.h"
#include "record/sql.h"

namespace kokuho::record {

class store {
public:
    // Opens the database, creating the file and its folder when missing, and migrates the
    // schema. Input error for a database of a newer program or a foreign file.
    static store open(const std::string& path,
                      std::chrono::milliseconds busy_timeout = std::chrono::seconds(10));

    // Records a generated batch and its documents. Recording the same batch again is a
    // no-op (already_recorded); the same id with other content is an input error. A
    // replacement's documents are linked to the pulled-out documents of its parent.
    record_result record_batch(const batch_info& batch, const std::vector<document_row>& rows);

    std::optional<batch_info> find_batch(const std::string& batch_id);
    std::vector<document_row> documents(const std::string& batch_id);  // in seq order
    std::vector<std::string> replacement_batches(const std::string& parent_id);

    // Marks documents pulled out of the mailing. Pulling again adds reasons and documents;
    // a document once pulled stays pulled with its first date.
    void record_pullouts(const std::string& batch_id, const std::string& on_date,
                         const std::vector<pullout_row>& rows);

    // Registers the delivery of a batch and of all its replacements, all or nothing: what
    // was not pulled out is delivered. A second registration changes nothing.
    register_result register_delivery(const std::string& batch_id, const std::string& on_date);

    // Every document of a person, household or batch, in generation order, then seq.
    std::vector<history_row> history_of_person(const std::string& person_id);
    std::vector<history_row> history_of_household(const std::string& household_id);
    std::vector<history_row> history_of_batch(const std::string& batch_id);

private:
    explicit store(sql::connection db) : db_(std::move(db)) {}

    batch_info existing_batch(const std::string& batch_id);
    std::string root_of(const std::string& batch_id);
    std::optional<register_result> registration(const std::string& root_id);
    void refuse_second_of_cycle(const std::string& batch_id);
    void refuse_if_registered(const std::string& batch_id, const std::string& action);
    void insert_batch(const batch_info& batch);
    void insert_documents(const batch_info& batch, const std::vector<document_row>& rows);
    register_result deliver_family(const std::string& batch_id, const std::string& on_date);
    void pull_one(const std::string& batch_id, const std::string& on_date, const pullout_row& row);
    std::vector<history_row> history(const std::string& where, const std::string& value);

    sql::connection db_;
};

}  // namespace kokuho::record
