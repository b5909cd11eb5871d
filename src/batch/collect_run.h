#pragma once
// kokuho history collect (回収, 5.2.4): registers in bulk the collection of a family's
// delivered documents of the forms it collects (collect: true), all or nothing.
#include <optional>
#include <string>

#include "core/date.h"
#include "families/family.h"
#include "record/history_store.h"

namespace kokuho::batch {

struct collect_request {
    std::optional<date> expired_by;  // every delivered document whose 有効期限 is before it
    std::string file;                // or the documents a CSV file names
    date on;                         // the day of the collection
};

struct collect_summary {
    std::size_t named = 0;  // documents found: expired, or named by the file
    record::collect_result result;
};

// The file is UTF-8 with the header batch_id,seq,person_id: each row names a document by its
// batch and 通番, or a person, whose delivered documents of the family's collected forms it
// names. It is checked whole first: every problem with file:row:column, nothing registered.
collect_summary collect_documents(record::history_store& history, const families::family& f,
                                  const collect_request& request);

}  // namespace kokuho::batch
