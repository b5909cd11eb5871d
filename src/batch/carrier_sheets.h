#pragma once
// 宛名台紙 (issue 12): an A4 sheet for each envelope of a batch whose documents have no address
// window (cards that go alone), when the family names one (carrier_sheet:): the address block
// with the customer barcode, the sender, the mail class marking, the envelope's number and the
// list of enclosed documents with their 通番. Written as carrier-sheets-0001.pdf, in mailing
// order.
#include <string>
#include <vector>

#include "batch/exceptions.h"
#include "batch/input.h"
#include "batch/manifest.h"
#include "batch/plan.h"
#include "batch/produce_options.h"
#include "core/output_dir.h"

namespace kokuho::batch {

// The number of sheets written (0 when the family has none or every envelope has a window).
std::size_t write_carrier_sheets(const run_input& in, const batch_plan& plan, const std::string& batch_id,
                                 const produce_options& options, output_dir& out, manifest& files,
                                 std::vector<exception_row>& exceptions);

// The same envelopes' addresses to print on the envelopes themselves, when the family names an
// envelope layout (envelope:): envelopes-0001.pdf, one page per envelope in mailing order.
// The number of envelopes printed.
std::size_t write_printed_envelopes(const run_input& in, const batch_plan& plan, const std::string& batch_id,
                                    const produce_options& options, output_dir& out, manifest& files,
                                    std::vector<exception_row>& exceptions);

}  // namespace kokuho::batch
