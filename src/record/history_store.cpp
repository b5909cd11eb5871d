// Opening the issue-history store: the location names an SQLite database file.
#include "record/history_store.h"

#include "record/sqlite/sqlite_store.h"

#include <algorithm>

namespace kokuho::record {

record_result history_store::record_batch(const batch_info& batch, const std::vector<document_row>& rows) {
    std::vector<const document_row*> sorted;
    for (const auto& row : rows) sorted.push_back(&row);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->seq < b->seq; });
    auto writer = start_batch(batch);
    for (const auto* row : sorted) writer->add(*row);
    return writer->commit();
}

std::unique_ptr<history_store> open_history_store(const std::string& location,
                                                  std::chrono::milliseconds busy_timeout) {
    return sqlite::sqlite_store::open(location, busy_timeout);
}

}  // namespace kokuho::record
