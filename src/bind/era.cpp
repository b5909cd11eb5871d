#include "bind/era.h"

#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include "core/error.h"

namespace kokuho::bind {

struct era_formatter::impl {
    std::unique_ptr<icu::SimpleDateFormat> long_format;
    std::unique_ptr<icu::SimpleDateFormat> short_format;
};

static std::unique_ptr<icu::SimpleDateFormat> make_format(const char* pattern, const char* locale,
                                                         const char* numbering_override) {
    UErrorCode status = U_ZERO_ERROR;
    auto format = std::make_unique<icu::SimpleDateFormat>(
        icu::UnicodeString::fromUTF8(pattern), icu::UnicodeString(numbering_override),
        icu::Locale(locale), status);
    if (U_FAILURE(status)) fail_internal(std::string("ICU date format: ") + u_errorName(status));
    format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    return format;
}

era_formatter::era_formatter() : impl_(std::make_unique<impl>()) {
    // "y=jpanyear" prints the first year of an era as 元 (令和元年).
    impl_->long_format = make_format("Gy年M月d日", "ja_JP@calendar=japanese", "y=jpanyear");
    impl_->short_format = make_format("GGGGGy.M.d", "en_US@calendar=japanese", "");
}

era_formatter::~era_formatter() = default;

static std::string format_with(icu::SimpleDateFormat& format, const date& d) {
    icu::UnicodeString text;
    format.format(double(d.serial()) * 86400000.0, text);
    std::string out;
    return text.toUTF8String(out);
}

std::string era_formatter::long_form(const date& d) {
    auto [it, inserted] = long_cache_.try_emplace(d.serial());
    if (inserted) it->second = format_with(*impl_->long_format, d);
    return it->second;
}

std::string era_formatter::short_form(const date& d) {
    auto [it, inserted] = short_cache_.try_emplace(d.serial());
    if (inserted) it->second = format_with(*impl_->short_format, d);
    return it->second;
}

}  // namespace kokuho::bind
