#pragma once
// The steps that build the issue-history schema, one per version, in order.
#include <vector>

namespace kokuho::record::sqlite {

struct migration {
    long version;  // user_version after this step
    const char* sql;
};

const std::vector<migration>& migrations();

}  // namespace kokuho::record::sqlite
