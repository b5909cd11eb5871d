#pragma once
// 年少被保険者数登録 (5.5.2): the counts of household members under 16 and aged 16 to 18 on 31
// December of the income year, for the minors adjustment of the ratio judgment (rules.md step
// 2a). Derived from a snapshot for every household whose judged head has head_on_dec31, or
// given in a CSV file (household_id, under_16, age_16_18), which replace the derived ones.
// Each registration is one transaction; the judgment uses the counts in force.
#include <string>
#include <vector>

#include "batch/input.h"
#include "record/records.h"

namespace kokuho::batch {

struct minors_registration {
    std::string registration_id;
    std::vector<record::minors_row> rows;
    bool already_recorded = false;
};

// From the snapshot: the counts rules/judgment derives.
minors_registration register_derived_minors(const input_options& input, const std::string& database,
                                            const families::registry& families);

// From a CSV file (UTF-8, header household_id,under_16,age_16_18), for the cycle of `input`
// (its --as-of and --valid-from; no snapshot is read). The whole file is checked first:
// every problem with file:row:column, and nothing registered.
minors_registration register_given_minors(const std::string& file, const input_options& input,
                                          const std::string& database, const families::registry& families);

}  // namespace kokuho::batch
