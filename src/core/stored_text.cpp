#include "core/stored_text.h"

#include <cstring>

namespace kokuho {

stored_text text_store::keep(std::string_view text) {
    if (text.empty()) return {};
    char* at = nullptr;
    if (text.size() > block_size / 4) {
        long_.push_back(std::make_unique<char[]>(text.size()));
        at = long_.back().get();
    } else {
        if (block_size - used_ < text.size()) {
            blocks_.push_back(std::make_unique<char[]>(block_size));
            used_ = 0;
        }
        at = blocks_.back().get() + used_;
        used_ += text.size();
    }
    std::memcpy(at, text.data(), text.size());
    return stored_text(std::string_view(at, text.size()));
}

void text_store::clear() {
    long_.clear();
    if (blocks_.empty()) return;
    blocks_.resize(1);
    used_ = 0;
}

}  // namespace kokuho
