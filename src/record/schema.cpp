#include "record/schema.h"

#include <string>
#include <vector>

#include "core/error.h"

namespace kokuho::record {

namespace {

// Marks the file as a kokuho issue-history database ("KOKU").
constexpr long application_id = 0x4B4F4B55;

struct migration {
    long version;  // user_version after this step
    const char* sql;
};

// Version 1: batches in generation order, their documents with status, pull-out and
// delivery, the link of a replacement (差替分) to the document it replaces, and the
// registrations of delivery (交付履歴登録).
const char* const version_1 = R"sql(
CREATE TABLE batches (
    generation INTEGER PRIMARY KEY,
    batch_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('annual', 'replacement')),
    reference_date TEXT NOT NULL,
    config_fingerprint TEXT NOT NULL,
    parent_batch_id TEXT REFERENCES batches (batch_id),
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((kind = 'replacement') = (parent_batch_id IS NOT NULL))
);
CREATE INDEX batches_parent ON batches (parent_batch_id);

CREATE TABLE documents (
    batch_id TEXT NOT NULL REFERENCES batches (batch_id),
    seq INTEGER NOT NULL,
    household_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    form TEXT NOT NULL,
    variant TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    valid_until_reason TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    mail_address TEXT NOT NULL,
    head_name TEXT NOT NULL,
    ratio TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'generated'
        CHECK (status IN ('generated', 'pulled', 'delivered')),
    pulled_on TEXT,
    pull_reasons TEXT NOT NULL DEFAULT '',
    delivered_on TEXT,
    replaces_batch TEXT,
    replaces_seq INTEGER,
    PRIMARY KEY (batch_id, seq),
    FOREIGN KEY (replaces_batch, replaces_seq) REFERENCES documents (batch_id, seq)
) WITHOUT ROWID;
CREATE INDEX documents_person ON documents (person_id);
CREATE INDEX documents_household ON documents (household_id);
CREATE UNIQUE INDEX documents_replaces ON documents (replaces_batch, replaces_seq)
    WHERE replaces_batch IS NOT NULL;

CREATE TABLE registrations (
    batch_id TEXT PRIMARY KEY REFERENCES batches (batch_id),
    on_date TEXT NOT NULL,
    delivered INTEGER NOT NULL,
    pulled INTEGER NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
)sql";

const std::vector<migration>& migrations() {
    static const std::vector<migration> steps = {{1, version_1}};
    return steps;
}

// A new file has no tables and no marks; anything else must carry our application id.
void check_ours(sql::connection& db) {
    long id = db.query_integer("PRAGMA application_id");
    if (id == application_id) return;
    long version = db.query_integer("PRAGMA user_version");
    long tables = db.query_integer("SELECT count(*) FROM sqlite_schema");
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

// Applies one step unless another process did while this one waited for the lock.
void apply(sql::connection& db, const migration& step) {
    sql::write_transaction transaction(db);
    check_ours(db);
    if (db.query_integer("PRAGMA user_version") >= step.version) return;
    db.exec(step.sql);
    db.exec("PRAGMA application_id = " + std::to_string(application_id));
    db.exec("PRAGMA user_version = " + std::to_string(step.version));
    transaction.commit();
}

}  // namespace

long schema_version() { return migrations().back().version; }

void migrate(sql::connection& db) {
    check_ours(db);
    check_not_newer(db);
    for (const auto& step : migrations())
        if (db.query_integer("PRAGMA user_version") < step.version) apply(db, step);
}

}  // namespace kokuho::record
