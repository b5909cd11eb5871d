#pragma once
// Japanese era dates through ICU's Japanese calendar (和暦): 令和8年7月31日, 令和元年5月1日.
#include <memory>
#include <string>
#include <unordered_map>

#include "core/date.h"

namespace kokuho::bind {

class era_formatter {
public:
    era_formatter();
    ~era_formatter();
    era_formatter(const era_formatter&) = delete;
    era_formatter& operator=(const era_formatter&) = delete;

    std::string long_form(const date& d);   // 令和8年7月31日
    std::string short_form(const date& d);  // R8.7.31

private:
    struct impl;
    std::unique_ptr<impl> impl_;
    std::unordered_map<long, std::string> long_cache_;
    std::unordered_map<long, std::string> short_cache_;
};

}  // namespace kokuho::bind
