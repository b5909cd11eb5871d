#include "batch/list_files.h"

#include <cstdio>

#include "render/pdf/pdf_writer.h"

namespace kokuho::batch {

void write_list_files(const list_files& files_of, const list::table_layout& layout,
                      std::size_t rows, const list::row_source& row,
                      const list::table_context& context, const fonts::font_set& fonts,
                      output_dir& out, manifest& files) {
    auto csv_name = files_of.name + ".csv";
    auto csv = out.open(csv_name);
    list::write_csv(layout, rows, row, csv);
    out.close(csv, csv_name);
    files.add(out, csv_name, files_of.role + "_csv", "records", rows);

    // Files of bounded size keep memory flat however long the list is.
    int pages = list::page_count(layout, rows);
    for (int first = 0, part = 1; first < pages; first += files_of.pages_per_pdf, ++part) {
        char number[16];
        std::snprintf(number, sizeof number, "-%04d.pdf", part);
        auto name = files_of.name + number;
        auto part_pages = list::table_pages(layout, rows, row, context, fonts, first, files_of.pages_per_pdf);
        pdf::write_pdf(part_pages, fonts, {layout.title, true}, out.reserve(name));
        files.add(out, name, files_of.role + "_pdf", "pages", part_pages.size());
    }
}

}  // namespace kokuho::batch
