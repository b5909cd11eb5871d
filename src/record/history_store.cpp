// Opening the issue-history store: the location names an SQLite database file.
#include "record/history_store.h"

#include "record/sqlite/sqlite_store.h"

namespace kokuho::record {

std::unique_ptr<history_store> open_history_store(const std::string& location,
                                                  std::chrono::milliseconds busy_timeout) {
    return sqlite::sqlite_store::open(location, busy_timeout);
}

}  // namespace kokuho::record
