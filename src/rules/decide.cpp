#include "rules/decide.h"

#include "rules/age.h"

namespace kokuho::rules {

namespace {

date plus_months(const date& d, int months) {
    date first(d.year() + (int(d.month()) - 1 + months) / 12,
               unsigned((int(d.month()) - 1 + months) % 12 + 1), 1);
    date last = first.end_of_month();
    return d.day() > last.day() ? last : date(first.year(), first.month(), d.day());
}

bool ecert_expired(const person& p, const cycle& c, const eligibility_options& o) {
    return p.ecert_expires_on && c.issue_date > plus_months(*p.ecert_expires_on, o.ecert_grace_months);
}

}  // namespace

// rules.md "Form", steps 2 to 4 (step 1, lost, is decided before).
std::pair<form, form_reason> eligibility_form(const person& p, const cycle& c, const eligibility_options& o) {
    if (p.certificate_applied_on || p.considerate) return {form::certificate, form_reason::applied};
    switch (p.mynumber_insurance) {
        case usage_registration::none: return {form::certificate, form_reason::not_registered};
        case usage_registration::cancelled: return {form::certificate, form_reason::cancelled};
        case usage_registration::registered: break;
    }
    if (p.card_returned) return {form::certificate, form_reason::card_returned};
    if (ecert_expired(p, c, o)) return {form::certificate, form_reason::ecert_expired};
    return {form::notice, form_reason::registered};
}

namespace {

struct end_date {
    date day;
    until_reason reason;
};

void take_earlier(end_date& current, const date& candidate, until_reason reason) {
    if (candidate < current.day) current = {candidate, reason};
}

// rules.md "Validity": the earliest of the shortened end dates.
end_date certificate_end(const person& p, const cycle& c, const eligibility_options& o) {
    end_date end{c.end, until_reason::annual};
    take_earlier(end, reaches_age(p.birth_date, o.later_elderly_age), until_reason::age75);
    date elderly_from = elderly_status_start(p.birth_date, o.elderly_age);
    if (o.ratio_on_certificate && elderly_from > c.start)
        take_earlier(end, elderly_from.plus_days(-1), until_reason::age70);
    if (p.residence_expires_on)
        take_earlier(end, p.residence_expires_on->plus_days(o.residence_offset_days),
                     until_reason::residence);
    if (p.student_special_until) take_earlier(end, *p.student_special_until, until_reason::student);
    return end;
}

ratio_print printed_ratio(const person& p, bool elderly, const cycle& c, const eligibility_options& o) {
    if (elderly) return p.ratio == 3 ? ratio_print::judged_3 : ratio_print::judged_2;
    if (!o.ratio_numbers_under_70) return ratio_print::statutory;
    return c.start <= march_31_after_reaching(p.birth_date, o.preschool_age) ? ratio_print::preschool
                                                                            : ratio_print::general;
}

bool arrears_applies(const person& p, const household& h, const cycle& c, const eligibility_options& o) {
    return h.arrears_special && c.start > march_31_after_reaching(p.birth_date, o.arrears_exclusion_age);
}

decision excluded(form_reason reason) {
    decision d;
    d.reason = reason;
    return d;
}

}  // namespace

cycle make_cycle(const date& issue_date, std::optional<date> valid_from, const rule_options& o) {
    date start = valid_from.value_or(date(issue_date.year(), o.cycle_start_month, o.cycle_start_day));
    if (!valid_from && start < issue_date) start = start.plus_years(1);
    // A period of years ends the day before the corresponding day (民法143条): birthday()
    // gives that day, 1 March for a start on 29 February in a common year.
    return {issue_date, start, birthday(start, o.certificate_years).plus_days(-1)};
}

date year_end(const cycle& c) { return birthday(c.first_day.value_or(c.start), 1).plus_days(-1); }

decision decide(const person& p, const household& h, const cycle& c, const eligibility_options& o) {
    // A former member (特定同一世帯所属者) is in the snapshot for the ratio judgment only.
    if (p.former_member || (p.lost_on && *p.lost_on <= c.issue_date)) return excluded(form_reason::lost);
    if (reaches_age(p.birth_date, o.later_elderly_age) < c.start) return excluded(form_reason::age75);

    decision d;
    std::tie(d.chosen, d.reason) = eligibility_form(p, c, o);
    d.kind = arrears_applies(p, h, c, o) ? variant::special : variant::standard;
    d.valid_from = c.start;
    d.elderly = elderly_status_start(p.birth_date, o.elderly_age) <= c.start;
    if (d.elderly) d.ratio_effective_from = c.start;
    d.ratio = printed_ratio(p, d.elderly, c, o);

    if (d.chosen == form::certificate) {
        end_date end = certificate_end(p, c, o);
        if (end.day < c.start)
            return excluded(end.reason == until_reason::residence ? form_reason::residence
                                                                  : form_reason::student);
        d.valid_until = end.day;
        d.until = end.reason;
    } else if (elderly_status_start(p.birth_date, o.elderly_age) <= c.end) {
        // A notice of someone aged 70-74 on some day of the cycle ends with the cycle or
        // the day before the 75th birthday.
        end_date end{c.end, until_reason::annual};
        take_earlier(end, reaches_age(p.birth_date, o.later_elderly_age), until_reason::age75);
        d.valid_until = end.day;
        d.until = end.reason;
    }
    return d;
}

bool needs_missing_ratio(const person& p, const decision& d) {
    return d.chosen != form::none && d.elderly && !p.ratio;
}

std::string missing_ratio_refusal(const person& p, const rule_options& o) {
    return "ratio: person " + p.person_id + " is " + std::to_string(o.elderly_age) + "-" +
           std::to_string(o.later_elderly_age - 1) +
           (p.ratio_pending ? " and the ratio judgment of the cycle is pending (保留: income unknown); "
                              "register the income and run kokuho ratio judge again"
                            : " and has no judged 負担割合; run kokuho ratio judge (5.6.1) first");
}

}  // namespace kokuho::rules
