#include "fonts/font_set.h"

#include <filesystem>
#include <map>

#include "core/error.h"
#include "core/yaml.h"
#include "fonts/truetype.h"

namespace kokuho::fonts {

namespace {

constexpr double mm_per_point = 25.4 / 72.0;
constexpr double missing_advance = 1000;  // a character no font has prints as a 1 em box

}  // namespace

font_set font_set::load(const std::string& yaml_path) {
    return yaml::within(yaml_path, [&] { return load_nodes(yaml_path); });
}

font_set font_set::load_nodes(const std::string& yaml_path) {
    yaml::doc doc = yaml::load_file(yaml_path);
    yaml::check_keys(doc.file, doc.root, {"families"});
    YAML::Node families = doc.root["families"];
    if (!families || !families.IsMap())
        yaml::fail(doc.file, doc.root, "font configuration needs a 'families' map");
    font_set set;
    set.yaml_path_ = yaml_path;
    std::map<std::string, int> file_index;  // canonical path -> index into files_
    for (const auto& entry : families) {
        family_entry family{entry.first.as<std::string>(), {}};
        const YAML::Node& list = entry.second;
        if (!list.IsSequence() || list.size() == 0)
            yaml::fail(doc.file, entry.first,
                       "family '" + family.name + "' needs a list of font files");
        for (const auto& item : list) {
            if (!item.IsScalar()) yaml::fail(doc.file, item, "a font file must be a path");
            std::string path = yaml::resolve_path(yaml_path, item.as<std::string>());
            std::error_code ec;
            if (!std::filesystem::is_regular_file(path, ec))
                yaml::fail(doc.file, item, "font file not found: " + path);
            std::string key = std::filesystem::weakly_canonical(path, ec).string();
            auto [it, added] = file_index.emplace(key, static_cast<int>(set.files_.size()));
            if (added) set.files_.push_back(truetype_font::load(path));
            family.chain.push_back(it->second);
        }
        set.families_.push_back(std::move(family));
    }
    return set;
}

const font_set::family_entry& font_set::family_of(const std::string& family) const {
    for (const auto& entry : families_)
        if (entry.name == family) return entry;
    fail_input({yaml_path_, 0, 0}, "unknown font family '" + family + "'");
}

bool font_set::has_family(const std::string& family) const {
    for (const auto& entry : families_)
        if (entry.name == family) return true;
    return false;
}

const std::vector<int>& font_set::chain(const std::string& family) const {
    return family_of(family).chain;
}

glyph_ref font_set::resolve_in(const family_entry& family, char32_t c) const {
    for (int index : family.chain) {
        std::uint16_t glyph = files_[index]->glyph(c);
        if (glyph != 0) return {index, glyph};
    }
    return {};
}

double font_set::advance_in(const family_entry& family, char32_t c) const {
    glyph_ref ref = resolve_in(family, c);
    if (ref.font < 0) return missing_advance;
    return files_[ref.font]->advance_1000(ref.glyph);
}

glyph_ref font_set::resolve(const std::string& family, char32_t c) const {
    return resolve_in(family_of(family), c);
}

double font_set::advance(const std::string& family, char32_t c) const {
    return advance_in(family_of(family), c);
}

double font_set::width_mm(const std::string& family, std::u32string_view text,
                          double size_pt) const {
    const family_entry& entry = family_of(family);
    double total = 0;
    for (char32_t c : text) total += advance_in(entry, c);
    return total / 1000 * size_pt * mm_per_point;
}

}  // namespace kokuho::fonts
