#pragma once
// Shared by the layout tests: the project's fonts, hand-computable sizes, fixtures under
// tests/data/layout/, and helpers to read a composed page.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <typeinfo>
#include <string>
#include <vector>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "core/utf.h"
#include "fonts/font_set.h"
#include "layout/compose.h"
#include "layout/fit.h"
#include "layout/form_layout.h"
#include "layout/items/registry.h"

// Catch prints u32strings (lines of text) as UTF-8 rather than as {?}.
namespace Catch {
template <>
struct StringMaker<std::u32string> {
    static std::string convert(const std::u32string& s) { return "\"" + kokuho::to_utf8(s) + "\""; }
};
}  // namespace Catch

namespace kokuho::layout_test {

// 1 pt = 25.4 / 72 mm. IPAex full-width glyphs are exactly 1 em (1000/1000) wide, so a
// kanji at s pt is s * mm_per_pt mm wide: 10 pt -> 3.527778 mm.
constexpr double mm_per_pt = 25.4 / 72.0;
inline double em_mm(double size_pt) { return size_pt * mm_per_pt; }

inline const fonts::font_set& project_fonts() {
    static const fonts::font_set set =
        fonts::font_set::load(std::string(KOKUHO_SOURCE_DIR) + "/fonts/fonts.yaml");
    return set;
}

inline std::string data_dir() { return std::string(KOKUHO_TEST_DATA) + "/layout"; }
inline std::string errors_dir() { return data_dir() + "/errors"; }
inline std::string project_layouts() { return std::string(KOKUHO_SOURCE_DIR) + "/layouts"; }

inline layout::text_style make_style(double size, double min_size = 0, bool wrap = false,
                                     double line_spacing = 1.2,
                                     layout::align horizontal = layout::align::left,
                                     std::string family = "mincho") {
    layout::text_style s;
    s.family = std::move(family);
    s.size = size;
    s.min_size = min_size;
    s.wrap = wrap;
    s.line_spacing = line_spacing;
    s.horizontal = horizontal;
    return s;
}

// Height of n lines at size pt with the given line spacing, mm (first line 1 em, each further
// line size * spacing).
inline double block_mm(std::size_t lines, double size_pt, double spacing) {
    return lines == 0 ? 0 : em_mm(size_pt) * (1 + double(lines - 1) * spacing);
}

// A text or field item as the tests read it: its name (the field, or the static text), box
// and style.
struct text_like {
    std::string name;
    layout::rect at;
    layout::text_style style;
    bool is_field = false;
};

inline std::optional<text_like> text_like_of(const layout::layout_item& it) {
    if (auto t = std::get_if<layout::text_item>(&it.spec)) return text_like{t->text, t->at, t->style, false};
    if (auto f = std::get_if<layout::field_item>(&it.spec)) return text_like{f->field, f->at, f->style, true};
    return std::nullopt;
}

inline std::vector<layout::text_run> runs_of(const layout::page& p) {
    std::vector<layout::text_run> out;
    for (const auto& it : p.items)
        if (auto r = std::get_if<layout::text_run>(&it)) out.push_back(*r);
    return out;
}

template <typename T>
std::vector<T> items_of(const layout::page& p) {
    std::vector<T> out;
    for (const auto& it : p.items)
        if (auto r = std::get_if<T>(&it)) out.push_back(*r);
    return out;
}

// Horizontal extent of a run: glyph advances plus the spacing between its characters.
inline double run_extent_mm(const layout::text_run& r) {
    double w = project_fonts().width_mm(r.family, r.text, r.size);
    if (r.text.size() > 1) w += r.char_spacing * double(r.text.size() - 1);
    return w;
}

// The run's em box: 0.88 em above the baseline to 0.12 em below (IPA fonts).
inline double em_top(const layout::text_run& r) { return r.baseline - 0.88 * em_mm(r.size); }
inline double em_bottom(const layout::text_run& r) { return r.baseline + 0.12 * em_mm(r.size); }

struct composed {
    std::vector<layout::page> pages;
    std::vector<layout::fit_note> notes;
};

inline composed compose_all(const layout::form_layout& form, const kokuho::values& values) {
    composed out;
    layout::compose(form, values, project_fonts(), {}, out.pages, out.notes);
    return out;
}

// The diagnostic of the kokuho::error that `f` throws. Any other outcome fails the test,
// naming what happened instead.
inline diagnostic input_error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const kokuho::error& e) {
        CHECK(e.kind() == error_kind::input);
        REQUIRE(e.diagnostics().size() == 1);
        return e.diagnostics().front();
    } catch (const std::exception& e) {
        FAIL("expected kokuho::error (input), got " << typeid(e).name() << ": " << e.what());
    }
    FAIL("expected kokuho::error (input), nothing was thrown");
    return {};
}

// A fresh folder under the system temp folder, removed with its contents at the end.
class scratch_dir {
public:
    explicit scratch_dir(const std::string& name)
        : path_(std::filesystem::temp_directory_path() /
                ("kokuho-layout-" + name + "-" + std::to_string(getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_ / "parts");
    }
    ~scratch_dir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::string path() const { return path_.string(); }
    std::string write(const std::string& name, const std::string& text) const {
        auto p = (path_ / name).string();
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }

private:
    std::filesystem::path path_;
};

}  // namespace kokuho::layout_test
