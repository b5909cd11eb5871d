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

// A batch repeats its issue and validity dates: each day goes through ICU once. The memo
// is emptied when it grows large, so memory stays bounded.
std::optional<std::string> era_calendar::gyymmdd(const date& day) {
    if (auto it = known_.find(day.serial()); it != known_.end()) return it->second;
    if (known_.size() >= 100000) known_.clear();
    auto converted = convert(day);
    known_.emplace(day.serial(), converted);
    return converted;
}

std::optional<std::string> era_calendar::convert(const date& day) {
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
