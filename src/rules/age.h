#pragma once
// Ages under 年齢計算ニ関スル法律: a person reaches age N on the day before the N-th birthday.
#include "core/date.h"

namespace kokuho::rules {

// The N-th birthday; for someone born on 29 February it is 1 March in a common year.
date birthday(const date& birth, int n);

// The day the person reaches age N (N歳に達する日): the day before the N-th birthday.
date reaches_age(const date& birth, int n);

// Age on a given day: the number of ages reached on or before it.
int age_on(const date& birth, const date& day);

// The first 31 March on or after the day the person reaches age N (N歳に達する日以後の最初の3月31日).
date march_31_after_reaching(const date& birth, int n);

// 高齢受給者: the status starts on the first day of the month following the month in which
// the person reaches `elderly_age`.
date elderly_status_start(const date& birth, int elderly_age);

}  // namespace kokuho::rules
