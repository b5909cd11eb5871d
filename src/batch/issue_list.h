#pragma once
// The issue list (交付一覧) of a batch as PDF and CSV, one row per document in mailing order,
// each column an expression of the list layout over the document's source values; the PDF
// in files of at most pages_per_pdf pages (issue-list-0001.pdf ...).
#include "batch/input.h"
#include "batch/manifest.h"
#include "batch/plan.h"
#include "batch/produce.h"
#include "fonts/font_set.h"
#include "render/list/table.h"

namespace kokuho::batch {

void write_issue_list(const list::table_layout& layout, const run_input& in, const batch_plan& plan,
                      const batch_summary& summary, const fonts::font_set& fonts, int pages_per_pdf, int jobs,
                      output_dir& out, manifest& files);

}  // namespace kokuho::batch
