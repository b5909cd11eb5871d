#pragma once
// What the rules decide for one insured person, each choice with its reason code.
#include <optional>
#include <string_view>

#include "core/date.h"

namespace kokuho::rules {

enum class form { certificate, notice, none };  // 資格確認書, 資格情報のお知らせ, no document
enum class variant { standard, special };       // special = 特別療養 (arrears household)

// Why the form was chosen (rules.md "Form"). lost and age75 go with form::none, and so do
// residence and student: a 在留期間 or 学生特例 that ends before the cycle starts.
enum class form_reason {
    lost, applied, registered, not_registered, cancelled, card_returned, ecert_expired, age75,
    residence, student
};

// Why the validity ends when it does (rules.md "Validity"); none when there is no end date.
enum class until_reason { none, annual, age75, age70, residence, student };

// How the co-payment ratio (一部負担金の割合) is printed (rules.md "Ratio printed").
enum class ratio_print {
    statutory,   // 法定負担割合のとおり
    general,     // 3割 (under 70, when the option prints numbers)
    preschool,   // 2割 (義務教育就学前, when the option prints numbers)
    judged_2,    // 2割 (70-74, judged)
    judged_3,    // 3割 (70-74, judged)
};

// The renewal cycle being issued: the issue date (交付年月日 = the snapshot's reference
// date) and the validity period of a full-length document.
struct cycle {
    date issue_date;
    date start;  // first day of validity
    date end;    // last day of a full-length certificate
    // A monthly or on-demand run (5.11): the families issue what the yearly run leaves to it
    // (a 高齢受給者証 from the month of turning 70, a 特定疾病療養受療証 from 70).
    bool monthly = false;
    // The cycle's own first day when `start` is a later day of it (a monthly run deciding a
    // document from the day it starts); empty when `start` is.
    std::optional<date> first_day{};
};

struct decision {
    form chosen = form::none;
    variant kind = variant::standard;
    form_reason reason = form_reason::lost;
    std::optional<date> valid_from;
    std::optional<date> valid_until;
    until_reason until = until_reason::none;
    bool elderly = false;                   // 70-74 at the start of validity: ratio is judged
    std::optional<date> ratio_effective_from;  // 発効期日 of the ratio, for the elderly
    ratio_print ratio = ratio_print::statutory;
};

std::string_view name(form f);
std::string_view name(variant v);
std::string_view name(form_reason r);
std::string_view name(until_reason r);
std::string_view name(ratio_print r);

}  // namespace kokuho::rules
