#pragma once
// Font families with their fallback chains (fonts/fonts.yaml), and the glyph facts that
// layout (measuring) and the PDF writer (embedding) both need. Pure C++: no libharu here.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kokuho::fonts {

class truetype_font;  // one parsed TrueType file (truetype.h)

struct glyph_ref {
    int font = -1;            // index into font_set::files(); -1 when no font has it
    std::uint16_t glyph = 0;  // glyph id in that font
};

class font_set {
public:
    // Loads fonts.yaml: families, each an ordered list of font files (first = primary).
    static font_set load(const std::string& yaml_path);

    // The first font of the family's chain that has the character.
    glyph_ref resolve(const std::string& family, char32_t c) const;
    // Advance width of c in the family, in 1/1000 em (a missing glyph counts as 1 em).
    double advance(const std::string& family, char32_t c) const;
    // Width of a whole string in mm at the given size in pt.
    double width_mm(const std::string& family, std::u32string_view text, double size_pt) const;

    const std::vector<std::shared_ptr<const truetype_font>>& files() const { return files_; }
    bool has_family(const std::string& family) const;
    // The family's fallback chain as indexes into files(), primary font first.
    const std::vector<int>& chain(const std::string& family) const;

private:
    static font_set load_nodes(const std::string& yaml_path);  // load() without the YAML guard
    struct family_entry {
        std::string name;
        std::vector<int> chain;  // indexes into files_
    };
    const family_entry& family_of(const std::string& family) const;
    glyph_ref resolve_in(const family_entry& family, char32_t c) const;
    double advance_in(const family_entry& family, char32_t c) const;

    std::string yaml_path_;
    std::vector<family_entry> families_;
    std::vector<std::shared_ptr<const truetype_font>> files_;
};

}  // namespace kokuho::fonts
