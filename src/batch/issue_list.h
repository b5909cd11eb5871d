#pragma once
// The issue list (交付一覧) of a batch as PDF and CSV, one row per document in mailing order;
// the PDF in files of at most pages_per_pdf pages (issue-list-0001.pdf ...).
#include <map>
#include <string>

#include "batch/produce.h"
#include "batch/manifest.h"
#include "batch/plan.h"
#include "bind/era.h"
#include "fonts/font_set.h"
#include "render/list/table.h"

namespace kokuho::batch {

using title_map = std::map<std::pair<std::string, std::string>, std::string>;

void write_issue_list(const list::table_layout& layout, const snapshot& s, const batch_plan& plan,
                      const title_map& titles, const batch_summary& summary,
                      const fonts::font_set& fonts, bind::era_formatter& eras, int pages_per_pdf,
                      output_dir& out, manifest& files);

}  // namespace kokuho::batch
