#pragma once
// Writes laid-out pages (layout/page.h) to a PDF file. Text prints through each family's
// fallback chain with the used glyphs of every font file embedded, CIDs beyond the BMP
// included, and a ToUnicode map so the text can be copied and searched. The same pages
// always give the same bytes: no dates or random IDs.
#include <functional>
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

// The same for `count` pages made one at a time by `page(i, use)`, so that a long list is
// never in memory whole. Each page is made twice: first for the characters the fonts embed
// (a page that holds every character the page prints, placed or not), then to be painted.
enum class page_use { characters, painting };
using page_source = std::function<layout::page(std::size_t index, page_use use)>;
void write_pdf(std::size_t count, const page_source& page, const fonts::font_set& fonts,
               const pdf_options& options, const std::string& path);

}  // namespace kokuho::pdf
