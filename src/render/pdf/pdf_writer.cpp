#include "render/pdf/pdf_writer.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <iterator>
#include <map>

#include "core/utf.h"
#include "render/pdf/cid_font.h"
#include "render/pdf/hpdf_document.h"
#include "render/pdf/page_painter.h"
#include "render/pdf/pdf_strings.h"
#include "render/pdf/text_plan.h"

namespace kokuho::pdf {

namespace {

// libharu's info strings stop at the first zero byte, so the Title is replaced with a
// binary (hex) string holding UTF-16BE.
void set_title(const hpdf_document& doc, const std::string& title) {
    if (title.empty()) return;
    HPDF_Doc pdf = doc.get();
    doc.check(HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "-"), "setting the title");
    std::string bytes = "\xFE\xFF" + utf16be(to_utf32(title));  // with a byte order mark
    HPDF_Binary value = doc.require(
        HPDF_Binary_New(pdf->mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                        static_cast<HPDF_UINT>(bytes.size())),
        "setting the title");
    doc.check(HPDF_Dict_Add(pdf->info, "Title", value), "setting the title");
}

// Whether the PDF's text keeps the fonts' hinting instructions (see README "Fonts").
constexpr bool keep_hinting = false;

struct pdf_fonts {
    std::vector<HPDF_Font> by_slot;                        // null when unused
    std::vector<std::pair<HPDF_Font, std::string>> programs;  // one per font file used
};

// Each font file used gets one subset of the glyphs both its slots print, then a PDF font
// for each slot.
pdf_fonts add_fonts(const hpdf_document& doc, const fonts::font_set& fonts, const font_usage& usage) {
    pdf_fonts out{std::vector<HPDF_Font>(fonts.files().size() * 2, nullptr), {}};
    auto used = usage.used_slots();
    for (std::size_t i = 0; i < used.size();) {
        int file = file_of_slot(used[i]);
        const auto& font_file = *fonts.files()[file];
        std::vector<int> slots;
        std::vector<std::vector<std::uint16_t>> glyphs;  // per slot, aligned with its characters
        std::vector<std::uint16_t> kept;
        for (; i < used.size() && file_of_slot(used[i]) == file; ++i) {
            slots.push_back(used[i]);
            glyphs.push_back(glyphs_of(font_file, usage.characters(used[i]), is_vertical_slot(used[i])));
            std::copy_if(glyphs.back().begin(), glyphs.back().end(), std::back_inserter(kept),
                         [](std::uint16_t g) { return g != 0; });
        }
        auto subset = fonts::subset_font(font_file, kept, keep_hinting);
        for (std::size_t k = 0; k < slots.size(); ++k) {
            bool vertical = is_vertical_slot(slots[k]);
            out.by_slot[slots[k]] = add_cid_font(doc, font_file, usage.characters(slots[k]), glyphs[k],
                                                 "F" + std::to_string(file) + (vertical ? "V" : ""), vertical, subset);
        }
        out.programs.emplace_back(out.by_slot[slots.front()], std::move(subset.program));
    }
    return out;
}

// Calls `visit` with each page in order, made for `use`; a page need not outlive its call.
using page_walk = std::function<void(page_use use, const std::function<void(const layout::page&)>& visit)>;

void write_pages(const page_walk& walk, const fonts::font_set& fonts, const pdf_options& options,
                 const std::string& path) {
    hpdf_document doc;
    doc.check(HPDF_SetCompressionMode(doc.get(), options.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE),
              "setting compression");
    set_title(doc, options.title);
    font_usage usage(fonts);
    walk(page_use::characters, [&](const layout::page& page) { usage.add(page); });
    usage.finish();
    auto added = add_fonts(doc, fonts, usage);
    std::map<std::string, HPDF_Image> images;
    paint_context context{doc, fonts, usage, added.by_slot, images};
    walk(page_use::painting, [&](const layout::page& page) {
        page_painter painter(context, page);
        for (const auto& item : page.items) painter.draw(item);
        painter.finish();
    });
    for (const auto& [font, program] : added.programs) embed_font_program(doc, font, program);
    doc.check(HPDF_SaveToFile(doc.get(), path.c_str()), "writing " + path);
}

}  // namespace

void write_pdf(const std::vector<layout::page>& pages, const fonts::font_set& fonts,
               const pdf_options& options, const std::string& path) {
    write_pages([&](page_use, const auto& visit) { for (const auto& page : pages) visit(page); }, fonts, options,
                path);
}

void write_pdf(std::size_t count, const page_source& page, const fonts::font_set& fonts,
               const pdf_options& options, const std::string& path) {
    write_pages([&](page_use use, const auto& visit) { for (std::size_t i = 0; i < count; ++i) visit(page(i, use)); },
                fonts, options, path);
}

}  // namespace kokuho::pdf
