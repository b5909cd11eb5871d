#include "core/clock.h"

#include <cstdlib>
#include <ctime>

#include "core/error.h"

namespace kokuho {

date today() {
    if (const char* fixed = std::getenv("KOKUHO_TODAY")) {
        auto d = date::parse_iso(fixed);
        if (!d) fail_input({"KOKUHO_TODAY"}, std::string("\"") + fixed + "\": expected YYYY-MM-DD");
        return *d;
    }
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return date(local.tm_year + 1900, unsigned(local.tm_mon + 1), unsigned(local.tm_mday));
}

}  // namespace kokuho
