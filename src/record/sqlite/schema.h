#pragma once
// The versioned schema of the issue-history database (PRAGMA user_version) and its
// migrations, applied in order, each in its own transaction.
#include "record/sqlite/sql.h"

namespace kokuho::record::sqlite {

// The schema version this program writes and reads.
long schema_version();

// Brings the database up to schema_version(). Refuses (input error) a database written by
// a newer program, or a file that is some other program's SQLite database. Safe when
// several processes open a new file at once: each step re-reads the version after taking
// the write lock. Runs with foreign keys off, as a rebuilt table is dropped and renamed;
// each step checks every key before it commits. Leaves foreign keys on.
void migrate(sql::connection& db);

}  // namespace kokuho::record::sqlite
