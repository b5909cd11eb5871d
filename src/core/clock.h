#pragma once
// Today's date, the one read of the clock: $KOKUHO_TODAY (YYYY-MM-DD) when set, so that
// tests and reruns are reproducible, else the local date.
#include "core/date.h"

namespace kokuho {

date today();

}  // namespace kokuho
