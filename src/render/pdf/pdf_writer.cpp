#include "render/pdf/pdf_writer.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

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

std::vector<HPDF_Font> add_fonts(const hpdf_document& doc, const fonts::font_set& fonts,
                                 const font_usage& usage) {
    std::vector<HPDF_Font> pdf_fonts(fonts.files().size() * 2, nullptr);
    for (int slot : usage.used_slots()) {
        int file = file_of_slot(slot);
        bool vertical = is_vertical_slot(slot);
        pdf_fonts[slot] = add_cid_font(doc, *fonts.files()[file], usage.characters(slot),
                                       "F" + std::to_string(file) + (vertical ? "V" : ""), vertical);
    }
    return pdf_fonts;
}

}  // namespace

void write_pdf(const std::vector<layout::page>& pages, const fonts::font_set& fonts,
               const pdf_options& options, const std::string& path) {
    hpdf_document doc;
    doc.check(HPDF_SetCompressionMode(doc.get(), options.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE),
              "setting compression");
    set_title(doc, options.title);
    font_usage usage(pages, fonts);
    std::vector<HPDF_Font> pdf_fonts = add_fonts(doc, fonts, usage);
    std::map<std::string, HPDF_Image> images;
    paint_context context{doc, fonts, usage, pdf_fonts, images};
    for (const auto& page : pages) {
        page_painter painter(context, page);
        for (const auto& item : page.items) painter.draw(item);
        painter.finish();
    }
    for (HPDF_Font font : pdf_fonts)
        if (font) finish_cid_font(doc, font);
    doc.check(HPDF_SaveToFile(doc.get(), path.c_str()), "writing " + path);
}

}  // namespace kokuho::pdf
