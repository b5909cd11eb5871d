#pragma once
// A list (一覧) as files of a run: NAME.csv and NAME-0001.pdf ... (at most pages_per_pdf
// pages each, numbered n / m over the whole list), entered in the manifest with the roles
// ROLE_csv and ROLE_pdf. The rows are read on the calling thread; the PDFs are laid out and
// written by the workers, the same whatever their number.
#include <string>

#include "batch/manifest.h"
#include "fonts/font_set.h"
#include "render/list/table.h"

namespace kokuho::batch {

struct list_files {
    std::string name;  // issue-list, pullout-list
    std::string role;  // issue_list, pullout_list
    int pages_per_pdf = 500;
    int jobs = 1;  // workers that lay out and write the PDFs (render_pool.h)
};

void write_list_files(const list_files& files_of, const list::table_layout& layout,
                      std::size_t rows, const list::row_source& row,
                      const list::table_context& context, const fonts::font_set& fonts,
                      output_dir& out, manifest& files);

}  // namespace kokuho::batch
