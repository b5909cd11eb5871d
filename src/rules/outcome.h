#pragma once
// What a family's rule function decides for one person, in the family's own words: the
// form and variant (ids its YAML declares), each with a reason code, the validity, and
// named facts that templates and record layouts print as decision.<name>.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/values.h"

namespace kokuho::rules {

struct outcome {
    std::string form;     // empty: no document
    std::string variant;  // empty when there is no document
    std::string reason;   // why this form, or why none
    std::optional<date> valid_from;
    std::optional<date> valid_until;
    std::string until_reason;  // empty when there is no end date
    std::vector<std::pair<std::string, value>> facts;  // decision.<name>: text or a date
    // Why a run must refuse this person rather than print a wrong document (5.1.2: a
    // ratio that has not been judged). A message naming ids only; empty when none.
    std::string refusal;
    std::string refusal_column;  // the snapshot column (key) of the cell refused, when one is
};

}  // namespace kokuho::rules
