#include "core/era.h"

#include <cstdio>

#include <unicode/calendar.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include "core/error.h"

namespace kokuho {

namespace {

constexpr double millis_per_day = 86400000.0;
constexpr std::size_t memo_limit = 100000;

std::unique_ptr<icu::SimpleDateFormat> make_format(const char* pattern, const char* locale,
                                                   const char* numbering_override) {
    UErrorCode status = U_ZERO_ERROR;
    auto format = std::make_unique<icu::SimpleDateFormat>(
        icu::UnicodeString::fromUTF8(pattern), icu::UnicodeString(numbering_override),
        icu::Locale(locale), status);
    if (U_FAILURE(status)) fail_internal(std::string("ICU date format: ") + u_errorName(status));
    format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    return format;
}

std::string format_with(icu::SimpleDateFormat& format, const date& d) {
    icu::UnicodeString text;
    format.format(double(d.serial()) * millis_per_day, text);
    std::string out;
    return text.toUTF8String(out);
}

template <class memo, class make>
const typename memo::mapped_type& remembered(memo& known, const date& d, make made) {
    if (auto it = known.find(d.serial()); it != known.end()) return it->second;
    if (known.size() >= memo_limit) known.clear();
    return known.emplace(d.serial(), made()).first->second;
}

}  // namespace

struct era_formatter::impl {
    std::unique_ptr<icu::SimpleDateFormat> long_format;
    std::unique_ptr<icu::SimpleDateFormat> short_format;
    std::unique_ptr<icu::Calendar> calendar;
    int meiji = 0;  // ICU's index of the 明治 era

    std::optional<std::string> gyymmdd(const date& day) {
        UErrorCode status = U_ZERO_ERROR;
        calendar->setTime(double(day.serial()) * millis_per_day, status);
        int code = calendar->get(UCAL_ERA, status) - meiji + 1;
        int year = calendar->get(UCAL_YEAR, status);
        if (U_FAILURE(status)) fail_internal("ICU's Japanese calendar failed");
        if (code < 1 || code > 9 || year > 99) return std::nullopt;
        char text[32];
        std::snprintf(text, sizeof text, "%d%02d%02u%02u", code, year, day.month(), day.day());
        return std::string(text);
    }
};

era_formatter::era_formatter() : impl_(std::make_unique<impl>()) {
    // "y=jpanyear" prints the first year of an era as 元 (令和元年).
    impl_->long_format = make_format("Gy年M月d日", "ja_JP@calendar=japanese", "y=jpanyear");
    impl_->short_format = make_format("GGGGGy.M.d", "en_US@calendar=japanese", "");
    // ICU counts eras from 大化 (645); 明治 is found from a day inside it, so the era codes
    // follow without hard-coding ICU's numbering.
    UErrorCode status = U_ZERO_ERROR;
    impl_->calendar.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                        icu::Locale("ja_JP@calendar=japanese"), status));
    if (U_FAILURE(status) || !impl_->calendar)
        fail_internal(std::string("ICU has no Japanese calendar: ") + u_errorName(status));
    impl_->calendar->setTime(double(date(1900, 1, 1).serial()) * millis_per_day, status);
    impl_->meiji = impl_->calendar->get(UCAL_ERA, status);
    if (U_FAILURE(status)) fail_internal("ICU's Japanese calendar failed");
}

era_formatter::~era_formatter() = default;

std::string era_formatter::long_form(const date& d) {
    return remembered(long_memo_, d, [&] { return format_with(*impl_->long_format, d); });
}

std::string era_formatter::short_form(const date& d) {
    return remembered(short_memo_, d, [&] { return format_with(*impl_->short_format, d); });
}

std::optional<std::string> era_formatter::gyymmdd(const date& d) {
    return remembered(gyymmdd_memo_, d, [&] { return impl_->gyymmdd(d); });
}

}  // namespace kokuho
