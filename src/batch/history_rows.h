#pragma once
// What the history store keeps of each document: its identity, validity and the printed
// content that the pull-out compares (name, addresses, head of household, ratio).
#include <string>
#include <vector>

#include "batch/input.h"
#include "batch/plan.h"
#include "record/records.h"
#include "record/store.h"

namespace kokuho::batch {

record::document_row document_row_of(const person& p, const household& h,
                                     const rules::decision& d, long seq);

// The rows of a plan's documents, in seq order.
std::vector<record::document_row> document_rows(const snapshot& s, const batch_plan& plan);

// The documents of an issued batch (an input error when the store does not have it). The
// input's cycle becomes the batch's own, unless --valid-from was given.
std::vector<record::document_row> issued_documents(record::store& history, const std::string& batch_id,
                                                   run_input& in, bool valid_from_given);

// The store to use: --db when given, else the config's history database.
std::string database_path(const std::string& given, const config& cfg);

}  // namespace kokuho::batch
