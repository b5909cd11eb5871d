// The co-payment ratio judgments (負担割合判定, 5.6.1), every run's kept, the latest used; and
// the minors counts registered for them (5.5.2).
#include <algorithm>

#include "core/error.h"
#include "record/checks.h"
#include "record/sqlite/run_rows.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

constexpr const char* judgment_columns =
    "SELECT person_id, household_id, cycle_start, judgment_day, ratio, rule, figures, run_id FROM judgments ";

judgment_row judgment_of(const sql::statement& s) {
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)};
}

void check_judgment(const std::string& db_path, const std::string& run_id, const judgment_row& row) {
    std::string where = "judgment run " + run_id + " person " + row.person_id;
    if (row.run_id != run_id) fail_input({db_path}, where + ": recorded under run " + row.run_id);
    check_date(db_path, row.cycle_start, where + " cycle start");
    check_date(db_path, row.judgment_day, where + " judgment day");
    if (row.ratio != "2" && row.ratio != "3" && row.ratio != "pending")
        fail_input({db_path}, where + ": ratio '" + row.ratio + "' is not 2, 3 or pending");
}

}  // namespace

record_result sqlite_store::record_judgments(const std::string& run_id, const std::vector<judgment_row>& rows) {
    for (const auto& row : rows) check_judgment(db_.path(), run_id, row);
    sql::statement insert(db_, "INSERT INTO judgments (run_id, person_id, household_id, cycle_start, "
                               "judgment_day, ratio, rule, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto write = [&](const judgment_row& row) {
        insert.bind_all(run_id, row.person_id, row.household_id, row.cycle_start, row.judgment_day, row.ratio,
                        row.rule, row.figures)
            .run();
        insert.reset();
    };
    return record_run_rows(db_, std::string(judgment_columns) + "WHERE run_id = ? ORDER BY generation", run_id, rows,
                           judgment_of, write, "judgment run", "judgments");
}

std::vector<judgment_row> sqlite_store::latest_judgments(const std::string& cycle_start) {
    sql::statement s(db_, std::string(judgment_columns) +
                              "WHERE generation IN (SELECT max(generation) FROM judgments "
                              "WHERE cycle_start = ? GROUP BY person_id) ORDER BY person_id");
    s.bind(1, cycle_start);
    return sql::all_rows(s, judgment_of);
}

namespace {

constexpr const char* minors_columns =
    "SELECT household_id, cycle_start, under_16, age_16_to_18, source, registration_id, recorded_at "
    "FROM minors_counts ";

minors_row minors_of(const sql::statement& s) {
    return {s.text(0), s.text(1), s.integer(2), s.integer(3), s.text(4), s.text(5), s.text(6)};
}

bool same_counts(const minors_row& a, const minors_row& b) {
    return a.household_id == b.household_id && a.cycle_start == b.cycle_start && a.under_16 == b.under_16 &&
           a.age_16_to_18 == b.age_16_to_18 && a.source == b.source;
}

}  // namespace

record_result sqlite_store::record_minors(const std::string& registration_id, const std::vector<minors_row>& rows) {
    for (const auto& row : rows) {
        std::string where = "minors registration " + registration_id + " household " + row.household_id;
        check_date(db_.path(), row.cycle_start, where + " cycle start");
        if (row.under_16 < 0 || row.under_16 > 99 || row.age_16_to_18 < 0 || row.age_16_to_18 > 99)
            fail_input({db_.path()}, where + ": counts must be 0 to 99");
        if (row.source != "derived" && row.source != "given")
            fail_input({db_.path()}, where + ": source '" + row.source + "' is not derived or given");
    }
    sql::write_transaction transaction(db_);
    sql::statement recorded(db_, std::string(minors_columns) + "WHERE registration_id = ? ORDER BY generation");
    recorded.bind(1, registration_id);
    auto before = sql::all_rows(recorded, minors_of);
    if (!before.empty()) {
        bool same = before.size() == rows.size() && std::equal(before.begin(), before.end(), rows.begin(), same_counts);
        if (!same) fail_input({db_.path()}, "minors registration " + registration_id + " is recorded already with other counts");
        return {true, static_cast<long>(rows.size())};
    }
    sql::statement insert(db_, "INSERT INTO minors_counts (registration_id, household_id, cycle_start, under_16, "
                               "age_16_to_18, source) VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto& row : rows) {
        insert.bind_all(registration_id, row.household_id, row.cycle_start, row.under_16, row.age_16_to_18, row.source)
            .run();
        insert.reset();
    }
    transaction.commit();
    return {false, static_cast<long>(rows.size())};
}

std::vector<minors_row> sqlite_store::minors_in_force(const std::string& cycle_start) {
    sql::statement s(db_, std::string(minors_columns) +
                              "WHERE generation IN (SELECT (SELECT m.generation FROM minors_counts AS m "
                              "WHERE m.household_id = h.household_id AND m.cycle_start = ?1 "
                              "ORDER BY m.source = 'given' DESC, m.generation DESC LIMIT 1) "
                              "FROM (SELECT DISTINCT household_id FROM minors_counts WHERE cycle_start = ?1) AS h) "
                              "ORDER BY household_id");
    s.bind(1, cycle_start);
    return sql::all_rows(s, minors_of);
}

std::vector<minors_row> sqlite_store::minors_of_household(const std::string& household_id) {
    sql::statement s(db_, std::string(minors_columns) + "WHERE household_id = ? ORDER BY generation DESC");
    s.bind(1, household_id);
    return sql::all_rows(s, minors_of);
}

}  // namespace kokuho::record::sqlite
