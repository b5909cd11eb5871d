#include "record/sqlite/schema.h"

#include <string>

#include "core/error.h"
#include "record/sqlite/migrations.h"

namespace kokuho::record::sqlite {

namespace {

// Marks the file as a kokuho issue-history database ("KOKU").
constexpr long application_id = 0x4B4F4B55;

// Foreign keys off while the schema steps run, on again afterwards, also on failure. The
// switch is per connection and works only outside a transaction.
class foreign_keys_off {
public:
    explicit foreign_keys_off(sql::connection& db) : db_(db) {
        db_.exec("PRAGMA foreign_keys = OFF");
    }
    foreign_keys_off(const foreign_keys_off&) = delete;
    foreign_keys_off& operator=(const foreign_keys_off&) = delete;
    ~foreign_keys_off() { db_.try_exec("PRAGMA foreign_keys = ON"); }

private:
    sql::connection& db_;
};

// A new file has no tables and no marks; anything else must carry our application id. One
// statement reads all three, so another process's migration committing in between cannot
// make a new file look foreign.
void check_ours(sql::connection& db) {
    sql::statement marks(db, "SELECT (SELECT application_id FROM pragma_application_id), "
                             "(SELECT user_version FROM pragma_user_version), "
                             "(SELECT count(*) FROM sqlite_schema)");
    marks.step();
    long id = marks.integer(0), version = marks.integer(1), tables = marks.integer(2);
    if (id == application_id) return;
    if (id != 0 || version != 0 || tables != 0)
        fail_input({db.path()}, "not a kokuho issue-history database");
}

void check_not_newer(sql::connection& db) {
    long version = db.query_integer("PRAGMA user_version");
    if (version > schema_version())
        fail_input({db.path()}, "database schema version " + std::to_string(version) +
                                    " is newer than this program's " +
                                    std::to_string(schema_version()));
}

// Every reference must still find its row before a step commits.
void check_keys(sql::connection& db, long version) {
    sql::statement broken(db, "SELECT \"table\", parent, count(*) FROM pragma_foreign_key_check "
                              "GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 1");
    if (broken.step())
        fail_internal(db.path() + ": the migration to schema version " +
                      std::to_string(version) + " stopped: rows of table " + broken.text(0) +
                      " refer to rows missing from table " + broken.text(1) + " (" +
                      std::to_string(broken.integer(2)) + " found); nothing was changed");
}

// Applies one step unless another process did while this one waited for the lock.
void apply(sql::connection& db, const migration& step) {
    sql::write_transaction transaction(db);
    check_ours(db);
    if (db.query_integer("PRAGMA user_version") >= step.version) return;
    db.exec(step.sql);
    check_keys(db, step.version);
    db.exec("PRAGMA application_id = " + std::to_string(application_id));
    db.exec("PRAGMA user_version = " + std::to_string(step.version));
    transaction.commit();
}

}  // namespace

long schema_version() { return migrations().back().version; }

void migrate(sql::connection& db) {
    check_ours(db);
    check_not_newer(db);
    foreign_keys_off off(db);
    for (const auto& step : migrations())
        if (db.query_integer("PRAGMA user_version") < step.version) apply(db, step);
}

}  // namespace kokuho::record::sqlite
