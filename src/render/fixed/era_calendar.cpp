#include "render/fixed/era_calendar.h"

#include <cstdio>

#include <unicode/calendar.h>
#include <unicode/timezone.h>

#include "core/error.h"

namespace kokuho::fixed {

static constexpr double millis_per_day = 86400000.0;

// ICU counts eras from 大化 (645); 明治 is found from a day inside it, so the era codes
// follow without hard-coding ICU's numbering.
era_calendar::era_calendar() {
    UErrorCode status = U_ZERO_ERROR;
    calendar_.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                  icu::Locale("ja_JP@calendar=japanese"),
                                                  status));
    if (U_FAILURE(status) || !calendar_)
        fail_internal(std::string("ICU has no Japanese calendar: ") + u_errorName(status));
    calendar_->setTime(double(date(1900, 1, 1).serial()) * millis_per_day, status);
    meiji_ = calendar_->get(UCAL_ERA, status);
    if (U_FAILURE(status)) fail_internal("ICU's Japanese calendar failed");
}

era_calendar::~era_calendar() = default;

std::optional<std::string> era_calendar::gyymmdd(const date& day) {
    UErrorCode status = U_ZERO_ERROR;
    calendar_->setTime(double(day.serial()) * millis_per_day, status);
    int code = calendar_->get(UCAL_ERA, status) - meiji_ + 1;
    int year = calendar_->get(UCAL_YEAR, status);
    if (U_FAILURE(status)) fail_internal("ICU's Japanese calendar failed");
    if (code < 1 || code > 9 || year > 99) return std::nullopt;
    char text[32];
    std::snprintf(text, sizeof text, "%d%02d%02u%02u", code, year, day.month(), day.day());
    return std::string(text);
}

}  // namespace kokuho::fixed
