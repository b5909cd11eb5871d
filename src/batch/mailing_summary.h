#pragma once
// The mailing summary of a batch (差出票 data, issue 12): its envelopes counted by mail class,
// by the postal code's first three digits (the area Japan Post's bulk-mail discount sorts by)
// and by whether they carry the customer barcode, in mailing order. Written as
// mailing-summary.csv and mailing-summary-0001.pdf (layouts/lists/mailing-summary.yaml), with
// the totals per mail class on the last page; the envelope count goes to the manifest.
#include <map>
#include <string>

#include "batch/input.h"
#include "batch/manifest.h"
#include "batch/plan.h"
#include "core/output_dir.h"
#include "fonts/font_set.h"

namespace kokuho::batch {

// Envelopes per mail class.
std::map<std::string, std::size_t> write_mailing_summary(const run_input& in, const batch_plan& plan,
                                                         const std::string& batch_id, const project_paths& paths,
                                                         const fonts::font_set& fonts, output_dir& out, manifest& files);

}  // namespace kokuho::batch
