#include "render/fixed/replacements.h"

#include "core/error.h"
#include "render/fixed/unicode_text.h"
#include "core/files.h"
#include "core/yaml.h"

namespace kokuho::fixed {

void replacement_table::add(std::u32string character, std::u32string replacement) {
    entries_.insert_or_assign(std::move(character), std::move(replacement));
}

const std::u32string* replacement_table::find(std::u32string_view character) const {
    auto it = entries_.find(character);
    return it == entries_.end() ? nullptr : &it->second;
}

// The code points of a scalar node, or a failure at its location.
static std::u32string text_of(const YAML::Node& node, const std::string& source) {
    if (!node.IsScalar()) fail_input(yaml::where(source, node), "expected text");
    std::u32string text;
    if (!decode_utf8(node.as<std::string>(), text))
        fail_input(yaml::where(source, node), "not valid UTF-8");
    return text;
}

static replacement_table replacements_of(const YAML::Node& root, const std::string& source);

replacement_table parse_replacements(std::string_view yaml, const std::string& source) {
    return yaml::within(source, [&] { return replacements_of(yaml::parse_text(yaml, source), source); });
}

static replacement_table replacements_of(const YAML::Node& root, const std::string& source) {
    replacement_table table;
    if (root.IsNull()) return table;
    if (!root.IsMap())
        fail_input(yaml::where(source, root), "a replacement table is a map like \"𠮷\": \"吉\"");
    for (const auto& entry : root) {
        auto character = text_of(entry.first, source);
        auto replacement = text_of(entry.second, source);
        if (character.empty() || character_length(character, 0) != character.size())
            fail_input(yaml::where(source, entry.first),
                       "\"" + to_utf8(character) + "\" is not one character");
        if (replacement.empty())
            fail_input(yaml::where(source, entry.second), "the replacement is empty");
        for (char32_t c : replacement)
            if (is_control(c))
                fail_input(yaml::where(source, entry.second),
                           "the replacement has a control character");
        if (table.find(character))
            fail_input(yaml::where(source, entry.first),
                       "\"" + to_utf8(character) + "\" is listed twice");
        table.add(std::move(character), std::move(replacement));
    }
    return table;
}

replacement_table load_replacements(const std::filesystem::path& path) {
    return parse_replacements(read_whole_file(path.string()), path.string());
}

}  // namespace kokuho::fixed
