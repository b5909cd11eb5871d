#pragma once
// Japanese era dates (和暦) for gyymmdd fields, from ICU's Japanese calendar.
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include <unicode/uversion.h>

#include "core/date.h"

U_NAMESPACE_BEGIN
class Calendar;
U_NAMESPACE_END

namespace kokuho::fixed {

class era_calendar {
public:
    era_calendar();
    ~era_calendar();
    era_calendar(const era_calendar&) = delete;
    era_calendar& operator=(const era_calendar&) = delete;

    // gyymmdd: era code (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和), era year (元年 is 01),
    // month, day. nullopt before 明治.
    std::optional<std::string> gyymmdd(const date& day);

private:
    std::optional<std::string> convert(const date& day);

    std::unique_ptr<icu::Calendar> calendar_;
    int meiji_ = 0;  // ICU's index of the 明治 era
    std::unordered_map<long, std::optional<std::string>> known_;  // by day serial
};

}  // namespace kokuho::fixed
