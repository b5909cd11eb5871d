#pragma once
// Helpers for the issue-history store tests: a fresh database file per test, documents with
// sensible defaults, the 2026 annual batch with one replacement batch, and direct SQL on the
// file for what the store does not show (pragmas, triggers that inject failures).
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "core/process.h"
#include "record/history_store.h"
#include "record/records.h"
#include "record/sqlite/sql.h"
#include "support/run.h"

namespace record_test {

using kokuho::record::batch_info;
using kokuho::record::document_row;
using kokuho::record::history_row;
using kokuho::record::history_store;
using kokuho::record::named_value;
using kokuho::record::open_history_store;
using kokuho::record::pullout_row;
namespace sql = kokuho::record::sqlite::sql;

// Pulls documents out as the pull-out command does: through a pull-out run of this
// process, finished at once.
inline void record_pullouts(history_store& db, const std::string& batch_id,
                            const std::string& on_date, const std::vector<pullout_row>& rows) {
    kokuho::record::run_info run{"", "pullout", batch_id, kokuho::this_process(), "/nowhere", "", ""};
    auto reserved = db.reserve_pullout(batch_id, on_date, rows, run);
    REQUIRE(reserved.state == kokuho::record::run_state::reserved);
    db.finish_run(reserved.run.run_id);
}

// A path in a new empty folder under the system temp folder; the file does not exist yet.
inline std::string fresh_db(const std::string& name) {
    return (std::filesystem::path(kokuho::test::temp_dir("record-" + name)) / "history.db")
        .string();
}

// Direct SQL on the database file, outside the store.
inline sql::connection raw(const std::string& path) {
    return sql::connection(path, std::chrono::seconds(10));
}

// The compared value of a document by name; "" when it has none of that name.
inline std::string value_of(const document_row& row, const std::string& name) {
    for (const auto& value : row.compared)
        if (value.name == name) return value.value;
    return "";
}

// Changes a compared value that the document has.
inline void set_value(document_row& row, const std::string& name, const std::string& value) {
    for (auto& compared : row.compared)
        if (compared.name == name) compared.value = value;
}

// A 資格確認書 valid for the 2026 cycle, with the values the eligibility family compares:
// a name and address derived from the person, the head of household (世帯主) and the ratio.
inline document_row doc(long seq, const std::string& household, const std::string& person,
                        const std::string& form = "certificate") {
    document_row row;
    row.seq = seq;
    row.household_id = household;
    row.person_id = person;
    row.form = form;
    row.variant = "standard";
    row.valid_from = "2026-08-01";
    row.valid_until = form == "certificate" ? "2027-07-31" : "";
    row.valid_until_reason = form == "certificate" ? "annual" : "none";
    row.compared = {{"name", "氏名 " + person},
                    {"address", "東京都千代田区霞が関1-" + std::to_string(seq)},
                    {"mail_address", ""},
                    {"head", "世帯主 " + household},
                    {"ratio", "3割"}};
    return row;
}

// A batch of the eligibility family (資格確認書) for the cycle starting 2026-08-01.
inline batch_info batch_of(const std::string& id, const std::string& kind,
                           const std::string& parent = "") {
    return {id, "eligibility", kind, "2026-06-15", "sha256:aaaa", parent, "2026-08-01"};
}

inline batch_info annual(const std::string& id = "2026-annual") { return batch_of(id, "annual"); }

inline batch_info replacement(const std::string& id, const std::string& parent,
                              const std::string& on = "2026-07-10") {
    auto batch = batch_of(id, "replacement", parent);
    batch.reference_date = on;
    return batch;
}

// The annual batch: households H1 (P1 certificate, P2 notice), H2 (P3), H3 (P4).
inline std::vector<document_row> annual_rows() {
    return {doc(1, "H1", "P1"), doc(2, "H1", "P2", "notice"), doc(3, "H2", "P3"),
            doc(4, "H3", "P4")};
}

// Records the annual batch, pulls out P1 (moved) and P3 (now registered for the マイナ保険証,
// so a notice instead of a certificate) and records the replacement batch for both.
inline void annual_with_replacement(history_store& db) {
    db.record_batch(annual(), annual_rows());
    record_pullouts(db, "2026-annual", "2026-07-01",
                       {{1, "P1", {"address"}}, {3, "P3", {"form"}}});
    auto moved = doc(1, "H1", "P1");
    set_value(moved, "address", "大阪府大阪市北区1-1");
    db.record_batch(replacement("2026-annual-r1", "2026-annual"),
                    {moved, doc(2, "H2", "P3", "notice")});
}

// Status of each document of a batch in seq order, e.g. {"pulled", "delivered"}.
inline std::vector<std::string> statuses(history_store& db, const std::string& batch_id) {
    std::vector<std::string> out;
    for (const auto& row : db.history_of_batch(batch_id)) out.push_back(row.status);
    return out;
}

// Runs `action`, which must throw a kokuho::error of `kind` whose message contains `part`.
template <class F>
void require_error(F action, kokuho::error_kind kind, const std::string& part) {
    try {
        action();
        FAIL("expected an error containing: " << part);
    } catch (const kokuho::error& e) {
        INFO(e.what());
        CHECK(e.kind() == kind);
        CHECK(std::string(e.what()).find(part) != std::string::npos);
    }
}

}  // namespace record_test
