#include "rules/age.h"

namespace kokuho::rules {

date birthday(const date& birth, int n) {
    if (birth.month() == 2 && birth.day() == 29) {
        date feb_end = date(birth.year() + n, 2, 1).end_of_month();
        return feb_end.day() == 29 ? feb_end : feb_end.plus_days(1);
    }
    return birth.plus_years(n);
}

date reaches_age(const date& birth, int n) { return birthday(birth, n).plus_days(-1); }

int age_on(const date& birth, const date& day) {
    int age = day.year() - birth.year();
    while (age > 0 && reaches_age(birth, age) > day) --age;
    while (reaches_age(birth, age + 1) <= day) ++age;
    return age;
}

date march_31_after_reaching(const date& birth, int n) {
    date reached = reaches_age(birth, n);
    date march_31(reached.year(), 3, 31);
    return reached <= march_31 ? march_31 : date(reached.year() + 1, 3, 31);
}

date elderly_status_start(const date& birth, int elderly_age) {
    return reaches_age(birth, elderly_age).first_of_next_month();
}

}  // namespace kokuho::rules
