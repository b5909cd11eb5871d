#pragma once
// Writes laid-out pages (layout/page.h) to a PDF file. Text prints through each family's
// fallback chain with the used glyphs of every font file embedded, CIDs beyond the BMP
// included, and a ToUnicode map so the text can be copied and searched. The same pages
// always give the same bytes: no dates or random IDs.
#include <string>
#include <vector>

#include "fonts/font_set.h"
#include "layout/page.h"

namespace kokuho::pdf {

struct pdf_options {
    std::string title;     // document information Title (UTF-8); empty for none
    bool compress = true;  // Flate-compress page content, fonts and images
};

// Throws kokuho::error: internal when libharu fails or the file cannot be written.
void write_pdf(const std::vector<layout::page>& pages, const fonts::font_set& fonts,
               const pdf_options& options, const std::string& path);

}  // namespace kokuho::pdf
