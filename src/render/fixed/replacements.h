#pragma once
// The 縮退 table: what to write instead of a character the target encoding lacks
// (𠮷 -> 吉, 鷗 -> 鴎). A YAML map, one entry a line:
//
//   "𠮷": "吉"
//   "鷗": "鴎"
//   "葛󠄀": "葛"     # a character with its variation selector may have its own entry
//
// Each key is one character (a code point and any variation selectors after it); each
// value is non-empty text. Entries apply only to characters the target cannot write.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace kokuho::fixed {

class replacement_table {
public:
    void add(std::u32string character, std::u32string replacement);
    // The replacement for one character, or nullptr.
    const std::u32string* find(std::u32string_view character) const;
    std::size_t size() const { return entries_.size(); }

private:
    std::map<std::u32string, std::u32string, std::less<>> entries_;
};

// Both throw kokuho::error (input) naming file:line:column of a bad entry.
replacement_table load_replacements(const std::filesystem::path& path);
replacement_table parse_replacements(std::string_view yaml, const std::string& source);

}  // namespace kokuho::fixed
