// Pull-outs (抜取, 5.1.3) and the registration of delivery (交付履歴登録, 5.1.5).
#include <algorithm>

#include "core/error.h"
#include "core/process.h"
#include "core/text.h"
#include "record/checks.h"
#include "record/sqlite/sqlite_store.h"

namespace kokuho::record::sqlite {

namespace {

// The batch and the batches under it (its replacements, and theirs), by parent link.
constexpr const char* batch_and_children =
    "WITH RECURSIVE tree (id) AS (SELECT ?1 UNION ALL SELECT b.batch_id FROM batches AS b "
    "JOIN tree AS t ON b.parent_batch_id = t.id) ";

std::vector<std::string> split_reasons(const std::string& joined) {
    std::vector<std::string> reasons;
    std::size_t start = 0;
    while (start < joined.size()) {
        auto comma = std::min(joined.find(',', start), joined.size());
        reasons.push_back(joined.substr(start, comma - start));
        start = comma + 1;
    }
    return reasons;
}

// The recorded reasons followed by the new ones not yet among them.
std::string merge_reasons(const std::string& recorded, const std::vector<std::string>& added) {
    auto reasons = split_reasons(recorded);
    for (const auto& reason : added)
        if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
            reasons.push_back(reason);
    return join(reasons, ",");
}

}  // namespace

std::string sqlite_store::root_of(const std::string& batch_id) {
    std::string id = batch_id;
    for (auto batch = existing_batch(id); !batch.parent_batch_id.empty();
         batch = existing_batch(id))
        id = batch.parent_batch_id;
    return id;
}

std::optional<register_result> sqlite_store::registration(const std::string& root_id) {
    sql::statement s(db_, "SELECT delivered, pulled, on_date FROM registrations "
                          "WHERE batch_id = ?");
    s.bind(1, root_id);
    if (!s.step()) return std::nullopt;
    return register_result{s.integer(0), s.integer(1), false, s.text(2)};
}

void sqlite_store::refuse_if_registered(const std::string& batch_id, const std::string& action) {
    auto root = root_of(batch_id);
    if (auto done = registration(root))
        fail_input({db_.path()}, "batch " + root + " was registered as delivered on " +
                                     done->registered_on + ": cannot " + action);
}

reservation sqlite_store::reserve_pullout(const std::string& batch_id, const std::string& on_date,
                                          const std::vector<pullout_row>& found,
                                          const run_info& run) {
    check_date(db_.path(), on_date, "pull-out date");
    check_pullouts(db_.path(), batch_id, found);
    sql::write_transaction transaction(db_);
    existing_batch(batch_id);
    refuse_if_registered(batch_id, "pull out documents of batch " + batch_id);
    run_info mine = run;
    mine.kind = "pullout";
    mine.batch_id = batch_id;
    auto open = unfinished_pullout(batch_id);
    if (open && process_may_run(open->process)) return not_reserved(run_state::working, *open);
    auto result = open ? take_over_pullout(*open, mine, on_date) : start_pullout(mine, on_date, found);
    result.pulled_before = pulled_count(batch_id) - static_cast<long>(result.pulls.size());
    transaction.commit();
    return result;
}

// A pull-out run whose process ended unfinished, now this process's: its own pulls, with
// the date they were recorded with.
reservation sqlite_store::take_over_pullout(const run_info& open, run_info mine, const std::string& on_date) {
    reservation result;
    result.before = open;
    mine.run_id = open.run_id;
    take_over(mine);
    result.pulls = pulls_of(mine.run_id);
    sql::statement first(db_, "SELECT coalesce(min(pulled_on), ?2) FROM documents WHERE pulled_by = ?1");
    first.bind_all(mine.run_id, on_date).step();
    result.pulled_on = first.text(0);
    result.run = *find_run(mine.run_id);
    return result;
}

// The batch's next pull-out run (BATCH-P<n>), with the documents not pulled out before.
reservation sqlite_store::start_pullout(run_info mine, const std::string& on_date,
                                        const std::vector<pullout_row>& found) {
    reservation result;
    result.pulled_on = on_date;
    sql::statement count(db_, "SELECT count(*) FROM runs WHERE batch_id = ? AND kind = 'pullout'");
    count.bind(1, mine.batch_id).step();
    mine.run_id = mine.batch_id + "-P" + std::to_string(count.integer(0) + 1);
    insert_run(mine);
    for (const auto& row : found)
        if (pull_one(mine.batch_id, on_date, row, mine.run_id)) result.pulls.push_back(row);
    result.run = *find_run(mine.run_id);
    return result;
}

// Pulls one document out; false when it was pulled out before (it gains the new reasons).
bool sqlite_store::pull_one(const std::string& batch_id, const std::string& on_date,
                            const pullout_row& row, const std::string& run_id) {
    std::string where = "batch " + batch_id + " document " + std::to_string(row.seq);
    sql::statement found(db_, "SELECT person_id, pull_reasons, status = 'pulled' FROM documents "
                              "WHERE batch_id = ? AND seq = ?");
    found.bind_all(batch_id, row.seq);
    if (!found.step()) fail_input({db_.path()}, "no " + where + " to pull out");
    std::string person = found.text(0), reasons = found.text(1);
    bool pulled_before = found.integer(2) != 0;
    found.reset();
    if (person != row.person_id)
        fail_input({db_.path()}, where + " is for person " + person + ", not " + row.person_id);
    sql::statement pull(db_, "UPDATE documents SET status = 'pulled', "
                             "pulled_on = coalesce(pulled_on, ?), pull_reasons = ?, "
                             "pulled_by = CASE WHEN pulled_on IS NULL THEN ? ELSE pulled_by END "
                             "WHERE batch_id = ? AND seq = ?");
    pull.bind_all(on_date, merge_reasons(reasons, row.reasons), run_id, batch_id, row.seq);
    pull.run();
    return !pulled_before;
}

// The documents a pull-out run pulled, with every reason recorded for each.
std::vector<pullout_row> sqlite_store::pulls_of(const std::string& run_id) {
    sql::statement s(db_, "SELECT seq, person_id, pull_reasons FROM documents "
                          "WHERE pulled_by = ? ORDER BY seq");
    s.bind(1, run_id);
    return sql::all_rows(s, [](const sql::statement& row) {
        return pullout_row{row.integer(0), row.text(1), split_reasons(row.text(2))};
    });
}

long sqlite_store::pulled_count(const std::string& batch_id) {
    sql::statement s(db_, "SELECT count(*) FROM documents WHERE batch_id = ? AND status = 'pulled'");
    s.bind(1, batch_id).step();
    return s.integer(0);
}

// A batch whose files, or a pull-out's, were never put in place must not be registered as
// delivered: the printer would mail what the store says was pulled out.
void sqlite_store::refuse_unfinished_runs(const std::string& batch_id) {
    sql::statement s(db_, std::string(batch_and_children) +
                              "SELECT run_id, kind, batch_id, process FROM runs "
                              "WHERE batch_id IN tree AND finished_at IS NULL ORDER BY run_id LIMIT 1");
    s.bind(1, batch_id);
    if (!s.step()) return;
    bool working = process_may_run(s.text(3));
    fail_input({db_.path()}, "run " + s.text(0) + " (" + s.text(1) + ", batch " + s.text(2) +
                                 ") has not finished: " +
                                 (working ? "wait until it ends"
                                          : "its process ended first; run it again to write its files") +
                                 ", then register batch " + batch_id);
}

register_result sqlite_store::register_delivery(const std::string& batch_id,
                                                const std::string& on_date) {
    check_date(db_.path(), on_date, "delivery date");
    sql::write_transaction transaction(db_);
    auto batch = existing_batch(batch_id);
    if (!batch.parent_batch_id.empty()) refuse_child(batch);
    if (auto done = registration(batch_id)) {
        done->already_registered = true;
        return *done;
    }
    refuse_second_of_cycle(batch_id);
    refuse_unfinished_runs(batch_id);
    auto result = deliver_with_replacements(batch_id, on_date);
    transaction.commit();
    return result;
}

// A batch under another is registered with the batch at the top, never on its own.
void sqlite_store::refuse_child(const batch_info& batch) {
    std::string what =
        batch.kind == "replacement" ? "a replacement (差替分)" : "a " + batch.kind + " batch";
    fail_input({db_.path()}, "batch " + batch.batch_id + " is " + what + " of batch " +
                                 batch.parent_batch_id + ": register " + root_of(batch.batch_id) +
                                 ", which registers the batches under it too");
}

// A yearly cycle of a family is mailed once: when another annual batch of the same family
// and cycle is registered already, this one was a rerun that never went out. Monthly,
// reissue and on-demand batches of a cycle are many, and each is registered on its own.
void sqlite_store::refuse_second_of_cycle(const std::string& batch_id) {
    sql::statement other(db_,
                         "SELECT o.batch_id, r.on_date, o.family, o.cycle_start "
                         "FROM batches AS b JOIN batches AS o "
                         "ON o.family = b.family AND o.cycle_start = b.cycle_start "
                         "JOIN registrations AS r ON r.batch_id = o.batch_id "
                         "WHERE b.batch_id = ?1 AND o.batch_id <> ?1 "
                         "AND b.kind = 'annual' AND o.kind = 'annual' LIMIT 1");
    other.bind(1, batch_id);
    if (other.step())
        fail_input({db_.path()}, "batch " + other.text(0) + " of the same family and cycle (" +
                                     other.text(2) + ", starting " + other.text(3) +
                                     ") was registered on " + other.text(1) + "; batch " +
                                     batch_id + " is not registered");
}

// Delivers every document of the batch and its replacements that was not pulled out, and
// notes the registration.
register_result sqlite_store::deliver_with_replacements(const std::string& batch_id,
                                                        const std::string& on_date) {
    sql::statement deliver(db_, std::string(batch_and_children) +
                                    "UPDATE documents SET status = 'delivered', delivered_on = ?2 "
                                    "WHERE status = 'generated' AND batch_id IN tree");
    deliver.bind_all(batch_id, on_date).run();
    register_result result{db_.changes(), 0, false, on_date};
    sql::statement pulled(db_, std::string(batch_and_children) +
                                   "SELECT count(*) FROM documents "
                                   "WHERE status = 'pulled' AND batch_id IN tree");
    pulled.bind(1, batch_id);
    pulled.step();
    result.pulled = pulled.integer(0);
    sql::statement note(db_, "INSERT INTO registrations (batch_id, on_date, delivered, pulled) "
                             "VALUES (?, ?, ?, ?)");
    note.bind_all(batch_id, on_date, result.delivered, result.pulled).run();
    return result;
}

}  // namespace kokuho::record::sqlite
