#pragma once
// kokuho inquiry answers (5.5.1): registers the answers of other municipalities to the
// inquiries of the ratio judgment, for the cycle of --as-of / --valid-from. The CSV file
// (UTF-8) has the header
//   person_id,answered_on,taxable_income,income,old_proviso_income,total_income,head_on_dec31,under_16,age_16_18
// with amounts in yen (digits; empty when the answer does not give it), head_on_dec31 a flag
// (1, 0, Y or N) and the minors counts 0 to 99. The whole file is checked first: every
// problem with file:row:column, and nothing registered.
#include <string>

#include "batch/input.h"
#include "record/records.h"

namespace kokuho::batch {

struct answers_registration {
    std::string registration_id;
    std::string cycle_start;
    record::answers_result result;
};

answers_registration register_answers(const std::string& file, const input_options& input,
                                      const std::string& database, const families::registry& families);

}  // namespace kokuho::batch
