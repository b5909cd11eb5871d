#pragma once
// The documents as the history shows them (history_row): the SELECT and the row reader that
// the look-ups, the collection and the returns share. The statement ends with the joins, so
// a caller adds its WHERE and ORDER BY; the history status is the document's.
#include "record/records.h"
#include "record/sqlite/sql.h"

namespace kokuho::record::sqlite {

// SELECT ... FROM documents AS d JOIN batches AS b ... LEFT JOIN documents AS r (the
// replacement of d), with a trailing space.
extern const char* const history_columns;

history_row read_history(const sql::statement& s);

}  // namespace kokuho::record::sqlite
