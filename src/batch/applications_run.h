#pragma once
// kokuho limit apply (5.3): registers applications received at an office that enters them in
// this tool, for the snapshot column they fill when the snapshot leaves it empty (a family's
// store_inputs: from applications). The CSV file (UTF-8) has the header
//   person_id,applied_on
// with the date as YYYY-MM-DD. The whole file is checked first: every problem with
// file:row:column, and nothing registered. Registering the same file again changes nothing.
#include <string>

#include "core/date.h"
#include "record/history_store.h"

namespace kokuho::batch {

struct applications_registration {
    std::string registration_id;
    record::answers_result result;
};

applications_registration register_applications(const std::string& file, const std::string& column,
                                                const date& today, record::history_store& history);

}  // namespace kokuho::batch
