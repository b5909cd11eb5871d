#pragma once
// Japanese era dates (和暦) through ICU's Japanese calendar, the one place that knows them:
// 令和8年7月31日 and 令和元年5月1日 for documents and lists, R8.7.31, and gyymmdd for
// vendor files. Each form of a day goes through ICU once per formatter.
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/date.h"

namespace kokuho {

class era_formatter {
public:
    era_formatter();
    ~era_formatter();
    era_formatter(const era_formatter&) = delete;
    era_formatter& operator=(const era_formatter&) = delete;

    std::string long_form(const date& d);   // 令和8年7月31日
    std::string short_form(const date& d);  // R8.7.31
    // gyymmdd: era code (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和), era year (元年 is 01),
    // month, day. nullopt before 明治.
    std::optional<std::string> gyymmdd(const date& d);

private:
    struct impl;
    std::unique_ptr<impl> impl_;
    // Memos by day serial, emptied when they grow large so that memory stays bounded.
    std::unordered_map<long, std::string> long_memo_, short_memo_;
    std::unordered_map<long, std::optional<std::string>> gyymmdd_memo_;
};

}  // namespace kokuho
