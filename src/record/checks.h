#pragma once
// Checks of what callers hand to the store, before anything is written: each failure is an
// input error naming the database file and the batch.
#include <string>
#include <vector>

#include "record/records.h"

namespace kokuho::record {

void check_date(const std::string& db_path, const std::string& text, const std::string& what);
// The batch's own fields: id, family, kind and dates.
void check_batch_info(const std::string& db_path, const batch_info& batch);
// One document of a batch being recorded; `previous_seq` the seq of the document before it
// (documents come in seq order), 0 for the first.
void check_document(const std::string& db_path, const std::string& batch_id, const document_row& row,
                    long previous_seq);
void check_pullouts(const std::string& db_path, const std::string& batch_id,
                    const std::vector<pullout_row>& rows);

// What differs between a recorded batch and the same id recorded again, naming fields and
// compared values, never their content; "" when nothing. Both row lists are in seq order.
std::string difference(const batch_info& old_batch, const std::vector<document_row>& old_rows,
                       const batch_info& new_batch, const std::vector<document_row>& new_rows);

}  // namespace kokuho::record
