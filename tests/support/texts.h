#pragma once
// Text for the persons and households a test builds by hand (snapshot.h keeps their text in
// a text_store): kept until the test program ends.
#include <string_view>

#include "core/stored_text.h"

namespace test_support {

inline kokuho::stored_text text(std::string_view s) {
    static kokuho::text_store store;
    return store.keep(s);
}

}  // namespace test_support
