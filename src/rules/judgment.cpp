#include "rules/judgment.h"

#include <algorithm>

#include "rules/age.h"

namespace kokuho::rules {

namespace {

using unknown_rule = judgment_options::unknown_income_rule;
using standard_rule = judgment_options::standard_income_rule;

// A person's figures for the income year: the answer to the inquiry where one is
// registered, else the snapshot's.
struct figures_of {
    std::optional<long long> taxable_income, income, old_proviso_income, total_income;
    bool head = false;
    const income_answer* answer = nullptr;
};

figures_of figures(const person& p, const registered_inputs& registered) {
    auto found = registered.answers.find(p.person_id);
    if (found == registered.answers.end())
        return {p.taxable_income, p.income, p.old_proviso_income, p.total_income, p.head_on_dec31, nullptr};
    const income_answer& a = found->second;
    return {a.taxable_income, a.income, a.old_proviso_income, a.total_income, a.head_on_dec31, &a};
}

bool insured_on(const person& p, const date& day) {
    return !p.former_member && p.acquired_on <= day && (!p.lost_on || *p.lost_on > day);
}

// 70-74 on the day: the elderly status has started, and the day before the 75th birthday
// (the last day of NHI) has not passed.
bool elderly_on(const person& p, const date& day, const rule_options& ages) {
    return elderly_status_start(p.birth_date, ages.elderly_age) <= day &&
           day <= reaches_age(p.birth_date, ages.later_elderly_age);
}

// The persons of each household, in snapshot order.
std::vector<std::vector<std::size_t>> members_by_household(const snapshot& s) {
    std::vector<std::vector<std::size_t>> members(s.households.size());
    for (std::size_t i = 0; i < s.persons.size(); ++i) members[s.persons[i].household].push_back(i);
    return members;
}

// Step 2a from the snapshot: the household's insured members of 31 December under 19 that
// day, whose 合計所得金額 is within the limit (empty counts as 0).
minors_count derived_minors(const snapshot& s, const std::vector<std::size_t>& household, const date& dec31,
                            const judgment_options& o) {
    minors_count count{0, 0, "snapshot"};
    for (std::size_t i : household) {
        const person& m = s.persons[i];
        if (!insured_on(m, dec31) || m.birth_date > dec31 || m.total_income.value_or(0) > o.minor_income_limit)
            continue;
        int age = age_on(m.birth_date, dec31);
        if (age < 16) ++count.under_16;
        else if (age < 19) ++count.age_16_to_18;
    }
    return count;
}

minors_count minors_of(const snapshot& s, const std::vector<std::size_t>& household, const figures_of& head,
                       const judgment_cycle& c, const judgment_options& o, const registered_inputs& registered) {
    if (head.answer) return {head.answer->minors_under_16, head.answer->minors_16_to_18, "answer"};
    const auto& id = s.households[s.persons[household.front()].household].household_id;
    if (auto found = registered.minors.find(id); found != registered.minors.end())
        return {found->second.under_16, found->second.age_16_to_18, "registered"};
    return derived_minors(s, household, c.income_year_end(), o);
}

// The sum of the values when every one is known.
template <class F>
std::optional<long long> total(const std::vector<figures_of>& of, F value) {
    long long sum = 0;
    for (const auto& f : of) {
        auto v = value(f);
        if (!v) return std::nullopt;
        sum += *v;
    }
    return sum;
}

struct household_view {
    const snapshot& s;
    const std::vector<std::size_t>& members;  // the household's persons
    const judgment_cycle& c;
    const rule_options& ages;
    const judgment_options& o;
    const registered_inputs& registered;
};

void decide(judgment& j, judged_ratio ratio, judgment_rule rule) {
    j.ratio = ratio;
    j.rule = rule;
}

// Step 1: a 70-74 member without a taxable income, or who lived elsewhere on 31 December
// without an answer.
bool income_unknown(const household_view& h, const judgment& j, const std::vector<figures_of>& elderly) {
    for (std::size_t k = 0; k < elderly.size(); ++k) {
        bool elsewhere = !h.s.persons[j.figures.members[k].person].prior_municipality.empty() && !elderly[k].answer;
        if (!elderly[k].taxable_income || elsewhere) return true;
    }
    return false;
}

// Step 2a for the head: the adjusted taxable incomes. Whether the adjustment alone brought a
// head under the limit.
bool adjust_for_minors(const household_view& h, judgment& j, const std::vector<figures_of>& elderly) {
    bool decided = false;
    for (std::size_t k = 0; k < elderly.size(); ++k) {
        auto& member = j.figures.members[k];
        member.adjusted = *member.taxable_income;
        if (!member.head) continue;
        j.figures.minors = minors_of(h.s, h.members, elderly[k], h.c, h.o, h.registered);
        long long deduction = j.figures.minors.under_16 * h.o.deduction_under_16 +
                              j.figures.minors.age_16_to_18 * h.o.deduction_16_to_18;
        member.adjusted = std::max(0LL, member.adjusted - deduction);
        decided = decided || (*member.taxable_income >= h.o.taxable_income_limit &&
                              member.adjusted < h.o.taxable_income_limit);
    }
    return decided;
}

// The totals of steps 3 and 4: 旧ただし書所得 of the 70-74 members; 収入 with the former members.
void add_totals(const household_view& h, judgment_figures& fig, const std::vector<figures_of>& elderly) {
    fig.old_proviso_total = total(elderly, [](const figures_of& f) { return f.old_proviso_income; });
    std::vector<figures_of> counted = elderly;
    for (std::size_t i : h.members)
        if (h.s.persons[i].former_member) {
            fig.former_members.push_back(i);
            counted.push_back(figures(h.s.persons[i], h.registered));
        }
    fig.income_total = total(counted, [](const figures_of& f) { return f.income; });
    bool single = elderly.size() == 1 && fig.former_members.empty();
    fig.income_limit = single ? h.o.income_limit_single : h.o.income_limit_several;
}

// Steps 1 to 5 of rules.md for the household's 70-74 members of the judgment day.
void decide_ratio(const household_view& h, judgment& j) {
    auto& fig = j.figures;
    std::vector<figures_of> elderly;
    for (auto& m : fig.members) {
        elderly.push_back(figures(h.s.persons[m.person], h.registered));
        m.taxable_income = elderly.back().taxable_income;
        m.head = elderly.back().head;
    }
    if (income_unknown(h, j, elderly)) {
        bool provisional = h.o.unknown_income == unknown_rule::provisional_3;
        return decide(j, provisional ? judged_ratio::three : judged_ratio::pending, judgment_rule::income_unknown);
    }
    bool adjustment_decided = adjust_for_minors(h, j, elderly);
    add_totals(h, fig, elderly);
    // 2. Below 145万円 after the adjustment.
    if (std::all_of(fig.members.begin(), fig.members.end(),
                    [&](const member_figures& m) { return m.adjusted < h.o.taxable_income_limit; }))
        return decide(j, judged_ratio::two,
                      adjustment_decided ? judgment_rule::minors_adjustment : judgment_rule::below_145);
    // 3. 旧ただし書所得 210万円 or less.
    if (fig.old_proviso_total && *fig.old_proviso_total <= h.o.old_proviso_limit)
        return decide(j, judged_ratio::two, judgment_rule::old_proviso_210);
    // 4. 基準収入額適用 (on application only, when the option says so); 5. 現役並み所得者.
    if (!fig.income_total || *fig.income_total >= fig.income_limit)
        return decide(j, judged_ratio::three, judgment_rule::active_income);
    bool applied = std::any_of(h.members.begin(), h.members.end(),
                               [&](std::size_t i) { return h.s.persons[i].standard_income_applied_on.has_value(); });
    if (h.o.standard_income == standard_rule::application && !applied) {
        fig.application_possible = true;
        return decide(j, judged_ratio::three, judgment_rule::active_income);
    }
    decide(j, judged_ratio::two, judgment_rule::standard_income);
}

// The judgment day of a person the cycle judges (rules.md "Who is judged"): the cycle's first
// day, or the day the elderly status starts; nothing for a person the cycle does not judge.
std::optional<date> judgment_day(const person& p, const judgment_cycle& c, const rule_options& ages) {
    date elderly_from = elderly_status_start(p.birth_date, ages.elderly_age);
    if (p.former_member || elderly_from > c.end || reaches_age(p.birth_date, ages.later_elderly_age) < c.start)
        return std::nullopt;
    date day = std::max(c.start, elderly_from);
    if (p.lost_on && *p.lost_on <= day) return std::nullopt;
    return day;
}

}  // namespace

judgment_cycle make_judgment_cycle(const date& start) {
    return {start, start.plus_years(1).plus_days(-1), start.year() - 1};
}

std::vector<judgment> judge_ratios(const snapshot& s, const judgment_cycle& c, const rule_options& ages,
                                   const judgment_options& o, const registered_inputs& registered) {
    auto households = members_by_household(s);
    std::vector<judgment> out;
    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        auto day = judgment_day(s.persons[i], c, ages);
        if (!day) continue;
        judgment j;
        j.person = i;
        j.day = *day;
        const auto& members = households[s.persons[i].household];
        for (std::size_t m : members)
            if (m == i || (insured_on(s.persons[m], j.day) && elderly_on(s.persons[m], j.day, ages)))
                j.figures.members.push_back({m, std::nullopt, 0, false});
        decide_ratio({s, members, c, ages, o, registered}, j);
        out.push_back(std::move(j));
    }
    return out;
}

std::vector<std::pair<std::size_t, minors_count>> derive_minors(const snapshot& s, const judgment_cycle& c,
                                                                const rule_options& ages,
                                                                const judgment_options& o) {
    std::vector<bool> has_head(s.households.size(), false);
    for (const auto& p : s.persons)
        if (p.head_on_dec31 && judgment_day(p, c, ages)) has_head[p.household] = true;
    auto households = members_by_household(s);
    std::vector<std::pair<std::size_t, minors_count>> out;
    for (std::size_t h = 0; h < s.households.size(); ++h)
        if (has_head[h]) out.emplace_back(h, derived_minors(s, households[h], c.income_year_end(), o));
    return out;
}

std::string_view name(judged_ratio r) {
    switch (r) {
    case judged_ratio::two: return "2";
    case judged_ratio::three: return "3";
    case judged_ratio::pending: return "pending";
    }
    return "";
}

std::string_view name(judgment_rule r) {
    switch (r) {
    case judgment_rule::income_unknown: return "income_unknown";
    case judgment_rule::below_145: return "below_145";
    case judgment_rule::minors_adjustment: return "minors_adjustment";
    case judgment_rule::old_proviso_210: return "old_proviso_210";
    case judgment_rule::standard_income: return "standard_income";
    case judgment_rule::active_income: return "active_income";
    }
    return "";
}

}  // namespace kokuho::rules
