#pragma once
// Parses one cell of the snapshot according to its column and stores the value.
#include <optional>
#include <string>
#include <string_view>

#include "snapshot/columns.h"

namespace kokuho {

// "text" in double quotes, as values appear in messages.
std::string quoted(std::string_view text);

// True for the columns whose values a message may show: ids, codes and flags. Names,
// addresses, dates and amounts are personal data and stay out of messages (and logs).
bool shows_value(const column_def& column);

// The message for a problem with a cell: `sex "3": not one of 1, 2`, or for a personal
// column without its value: `birth_date: not a calendar date`.
std::string cell_message(const column_def& column, std::string_view text, std::string_view reason);

// Parses the non-empty `text` as a value of `column` and stores it in `home` or `member`,
// text in `texts`. On failure nothing is stored and the reason is returned, e.g. "not a
// calendar date".
std::optional<std::string> store_cell(const column_def& column, std::string_view text,
                                      household& home, person& member, text_store& texts);

}  // namespace kokuho
