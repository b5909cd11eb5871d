#pragma once
// The co-payment ratio judgment for 70-74 (負担割合判定, rules.md, 5.6.1): pure functions of
// the snapshot, the cycle, what the office registered (minors counts of 5.5.2, answers to
// the inquiries of 5.5.1) and the options. Each result carries its rule code and figures.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/config.h"
#include "snapshot/snapshot.h"

namespace kokuho::rules {

// The cycle a judgment covers (1 August to 31 July) and its income year (the calendar year
// before the start).
struct judgment_cycle {
    date start;
    date end;
    int income_year = 0;
    date income_year_end() const { return date(income_year, 12, 31); }
};
judgment_cycle make_judgment_cycle(const date& start);

// Members of a household under 16 and aged 16 to 18 on 31 December of the income year
// (rules.md step 2a), and where the counts came from.
struct minors_count {
    int under_16 = 0;
    int age_16_to_18 = 0;
    std::string source;  // snapshot, registered (5.5.2) or answer (5.5.1)
};

// An answer to the inquiry of 5.5.1 for one person: it replaces the snapshot's figures.
struct income_answer {
    std::optional<long long> taxable_income, income, old_proviso_income, total_income;
    bool head_on_dec31 = false;
    int minors_under_16 = 0, minors_16_to_18 = 0;
};

struct registered_inputs {
    std::map<std::string, minors_count, std::less<>> minors;     // by household_id (5.5.2)
    std::map<std::string, income_answer, std::less<>> answers;  // by person_id (5.5.1)
};

enum class judged_ratio { two, three, pending };
enum class judgment_rule {
    income_unknown, below_145, minors_adjustment, old_proviso_210, standard_income, active_income
};

// One 70-74 member's taxable income before and after the minors adjustment.
struct member_figures {
    std::size_t person = 0;  // index into snapshot::persons
    std::optional<long long> taxable_income;  // empty: not known
    long long adjusted = 0;
    bool head = false;  // 前年末世帯主: the adjustment applies
};

struct judgment_figures {
    std::vector<member_figures> members;  // the household's 70-74 members on the judgment day
    minors_count minors;                  // of the head; source empty when no member is head
    std::optional<long long> old_proviso_total;  // empty when a member's is not known
    std::optional<long long> income_total;       // members and former members; empty likewise
    std::vector<std::size_t> former_members;     // counted in income_total
    long long income_limit = 0;                  // the 基準収入額 limit that applied
    bool application_possible = false;           // standard_income = application, not applied for
};

struct judgment {
    std::size_t person = 0;  // index into snapshot::persons
    date day;                // the judgment day
    judged_ratio ratio = judged_ratio::pending;
    judgment_rule rule = judgment_rule::income_unknown;
    judgment_figures figures;
};

// Every person to judge for the cycle, in snapshot order: insured people whose elderly status
// starts on or before the cycle's last day and who are still under 75 on its first day,
// each on their judgment day, with their household's 70-74 members of that day.
std::vector<judgment> judge_ratios(const snapshot& s, const judgment_cycle& c, const rule_options& ages,
                                   const judgment_options& o, const registered_inputs& registered);

// The minors counts of 5.5.2 as the snapshot shows them (step 2a), for each household whose
// head (head_on_dec31) is judged in the cycle: household index and counts, in household order.
std::vector<std::pair<std::size_t, minors_count>> derive_minors(const snapshot& s, const judgment_cycle& c,
                                                                const rule_options& ages,
                                                                const judgment_options& o);

std::string_view name(judged_ratio r);   // "2", "3", "pending"
std::string_view name(judgment_rule r);  // the rule code

}  // namespace kokuho::rules
