#pragma once
// The issue history (5.1.6) as a clerk's table (text), CSV or JSON.
#include <ostream>
#include <string>
#include <vector>

#include "record/records.h"

namespace kokuho::batch {

enum class history_format { text, csv, json };

void write_history(const std::vector<record::history_row>& rows, history_format format,
                   std::ostream& out);

}  // namespace kokuho::batch
