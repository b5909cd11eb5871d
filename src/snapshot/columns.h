#pragma once
// The columns of the snapshot CSV (spec/snapshot.md): key, Japanese label, type, whether a
// value is required, and where the value goes in the data model.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "snapshot/snapshot.h"

namespace kokuho {

enum class column_type {
    text,
    date,    // YYYY-MM-DD
    yen,     // whole yen, digits only
    flag,    // 1/0 or Y/N
    code,    // one of column_def::codes
    postal,  // NNN-NNNN or 7 digits, kept as NNN-NNNN
    branch,  // 枝番: 2 digits
    municipality,  // 全国地方公共団体コード (6 digits, the last a check digit), a space, the name
};

enum class column_level { household, member };

// One per column, in the order of the spec's tables and of snapshot_columns().
enum class column_id : std::uint8_t {
    household_id, head_name, head_kana, postal_code, address, address_extra, mail_name,
    mail_postal_code, mail_address, mail_address_extra, arrears_special, symbol,
    person_id, insured_number, branch, name, name_kana, birth_date, sex, relationship,
    acquired_on, lost_on, mynumber_insurance, ecert_expires_on, card_returned,
    certificate_applied_on, considerate, residence_expires_on, student_special_until, ratio,
    limit_category, limit_category_requested, specified_disease, specified_disease_limit,
    specified_disease_from, taxable_income, income, old_proviso_income, prior_municipality,
    total_income, head_on_dec31, former_member, standard_income_applied_on, limit_applied_on,
    limit_certificate_until, long_term_stay_from, resident_tax_exempt, specified_disease_until,
    prior_address,
};
inline constexpr std::size_t column_count = std::size_t(column_id::prior_address) + 1;

// An allowed value of a code column and the number it stands for in the data model.
struct code_value {
    std::string_view text;
    int value;
};

// Where a column's value is stored; the first two kinds are household columns.
using column_target = std::variant<
    stored_text household::*, bool household::*,
    stored_text person::*, bool person::*, date person::*, std::optional<date> person::*,
    std::optional<std::int64_t> person::*, int person::*, std::optional<int> person::*,
    usage_registration person::*, specified_disease_kind person::*>;

struct column_def {
    column_id id;
    std::string_view key;
    std::string_view label;  // the Japanese label, accepted as a header alias
    column_type type;
    bool required;
    column_target target;
    std::span<const code_value> codes = {};  // the allowed values of a code column

    column_level level() const {
        return target.index() < 2 ? column_level::household : column_level::member;
    }
};

std::span<const column_def> snapshot_columns();
const column_def& column_of(column_id id);

// The value of a household column as text (a flag as "1" or "0"), for comparing rows;
// empty for a member column.
std::string_view household_text(const column_def& column, const household& home);

// The column whose key or label is `name`; nullptr when there is none.
const column_def* find_column(std::string_view name);

}  // namespace kokuho
