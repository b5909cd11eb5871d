#pragma once
// The issue-history store (発行履歴) in an SQLite database file.
//
// Several processes may use one database at once: every write is one transaction that
// takes the write lock at its start (BEGIN IMMEDIATE) and waits up to the busy timeout for
// it. One store is used by one thread at a time.
#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "record/history_store.h"
#include "record/sqlite/sql.h"

namespace kokuho::record::sqlite {

class sqlite_store final : public history_store {
public:
    // Opens the database, creating the file and its folder when missing, and migrates the
    // schema. Input error for a database of a newer program or a foreign file.
    static std::unique_ptr<sqlite_store> open(const std::string& path,
                                              std::chrono::milliseconds busy_timeout);

    std::unique_ptr<batch_writer> start_batch(const batch_info& batch) override;
    std::optional<batch_info> find_batch(const std::string& batch_id) override;
    std::vector<document_row> documents(const std::string& batch_id) override;
    reservation reserve_run(const run_info& run, bool again) override;
    reservation reserve_pullout(const std::string& batch_id, const std::string& on_date,
                                const std::vector<pullout_row>& found,
                                const run_info& run) override;
    std::optional<run_info> find_run(const std::string& run_id) override;
    std::vector<run_info> unfinished_runs(const std::string& batch_id) override;
    void release_run(const reservation& reserved) override;
    void finish_run(const std::string& run_id) override;
    register_result register_delivery(const std::string& batch_id,
                                      const std::string& on_date) override;
    record_result record_judgments(const std::string& run_id,
                                   const std::vector<judgment_row>& rows) override;
    std::vector<judgment_row> latest_judgments(const std::string& cycle_start) override;
    record_result record_minors(const std::string& registration_id,
                                const std::vector<minors_row>& rows) override;
    std::vector<minors_row> minors_in_force(const std::string& cycle_start) override;
    std::vector<minors_row> minors_of_household(const std::string& household_id) override;
    answers_result record_answers(const std::string& registration_id,
                                  const std::vector<answer_row>& rows) override;
    std::vector<answer_row> answers_in_force(const std::string& cycle_start) override;
    returns_result register_returns(const std::string& registration_id, const std::vector<return_row>& rows) override;
    std::vector<returned_document> returned_documents() override;
    void settle_returns(const std::vector<return_outcome>& outcomes, const std::string& on_date) override;
    answers_result record_applications(const std::string& registration_id,
                                       const std::vector<application_row>& rows) override;
    std::vector<application_row> applications_in_force(const std::string& column) override;
    std::vector<held_until> latest_valid_until(const std::string& family) override;
    record_result record_inquiries(const std::string& run_id,
                                   const std::vector<inquiry_row>& rows) override;
    std::vector<inquiry_row> inquiries_of_cycle(const std::string& cycle_start) override;
    std::vector<held_document> delivered_documents(const std::string& family, const std::string& cycle_start) override;
    std::vector<held_document> current_documents(const std::string& family, const std::string& cycle_start) override;
    std::vector<history_row> expired_documents(const std::string& family, const std::string& day) override;
    collect_result collect(const std::vector<document_ref>& documents, const std::string& on_date) override;
    std::vector<history_row> history_of_person(const std::string& person_id) override;
    std::vector<history_row> history_of_household(const std::string& household_id) override;
    std::vector<history_row> history_of_batch(const std::string& batch_id) override;
    std::vector<history_row> history_of_all() override;

private:
    class writer;  // documents.cpp
    std::vector<held_document> documents_in(const std::string& family, const std::string& cycle_start,
                                            const char* statuses);
    explicit sqlite_store(sql::connection db) : db_(std::move(db)) {}

    batch_info existing_batch(const std::string& batch_id);
    void check_parent(const batch_info& batch);
    std::string root_of(const std::string& batch_id);
    std::optional<register_result> registration(const std::string& root_id);
    [[noreturn]] void refuse_child(const batch_info& batch);
    void refuse_second_of_cycle(const std::string& batch_id);
    void refuse_if_registered(const std::string& batch_id, const std::string& action);
    void insert_batch(const batch_info& batch);
    void supersede(sql::statement& superseded, const batch_info& batch, const document_row& row);
    std::optional<long> replaced_seq(sql::statement& replaced, const batch_info& batch,
                                     const document_row& row, const std::set<std::string>& forms_given);
    void read_values(const std::string& batch_id, std::vector<document_row>& rows);
    register_result deliver_with_replacements(const std::string& batch_id,
                                              const std::string& on_date);
    bool pull_one(const std::string& batch_id, const std::string& on_date, const pullout_row& row,
                  const std::string& run_id);
    std::optional<run_info> unfinished_pullout(const std::string& batch_id);
    reservation take_over_pullout(const run_info& open, run_info mine, const std::string& on_date);
    reservation start_pullout(run_info mine, const std::string& on_date, const std::vector<pullout_row>& found);
    void insert_run(const run_info& run);
    void take_over(const run_info& run);
    std::vector<pullout_row> pulls_of(const std::string& run_id);
    long pulled_count(const std::string& batch_id);
    void refuse_unfinished_runs(const std::string& batch_id);
    std::vector<history_row> history(const std::string& where, const std::string& value);

    sql::connection db_;
};

}  // namespace kokuho::record::sqlite
