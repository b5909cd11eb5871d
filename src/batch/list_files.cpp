#include "batch/list_files.h"

#include <algorithm>
#include <cstdio>

#include "batch/render_pool.h"
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
    render_pool pool(files_of.jobs);
    int pages = list::page_count(layout, rows), per_page = list::rows_per_page(layout);
    for (int first = 0, part = 1; first < pages; first += files_of.pages_per_pdf, ++part) {
        char number[16];
        std::snprintf(number, sizeof number, "-%04d.pdf", part);
        auto name = files_of.name + number;
        auto from = std::size_t(first) * std::size_t(per_page);
        auto to = std::min(rows, std::size_t(first + files_of.pages_per_pdf) * std::size_t(per_page));
        std::vector<std::vector<std::string>> cells;
        for (std::size_t i = from; i < to; ++i) cells.push_back(row(i));
        // The part's pages are laid out one at a time as they are written: a part of 500
        // pages laid out whole held about 60 MB.
        auto count = std::size_t(std::min(files_of.pages_per_pdf, pages - first));
        auto work = [&, first, from, count, cells = std::move(cells), path = out.reserve(name)] {
            list::row_source part_row = [&](std::size_t i) { return cells.at(i - from); };
            auto page = [&](std::size_t k, pdf::page_use use) {
                int number = first + int(k);
                if (use == pdf::page_use::characters)
                    return list::table_page_text(layout, rows, part_row, context, fonts, number);
                return list::table_page(layout, rows, part_row, context, fonts, number);
            };
            pdf::write_pdf(count, page, fonts, {layout.title, true}, path);
            return count;
        };
        pool.submit<std::size_t>(std::move(work), [&, name](std::size_t& written) {
            files.add(out, name, files_of.role + "_pdf", "pages", written);
        });
    }
    pool.finish();
}

}  // namespace kokuho::batch
