#pragma once
// Sheets that go one per envelope of a batch (the 変更理由のお知らせ of a monthly batch, the
// 宛名台紙 of envelopes without an address window): composed from templates/<name>.yaml and
// layouts/<name>.yaml over the envelope's values, in mailing order, into one PDF.
#include <functional>
#include <string>
#include <vector>

#include "batch/exceptions.h"
#include "batch/input.h"
#include "batch/manifest.h"
#include "batch/plan.h"
#include "batch/produce_options.h"
#include "core/output_dir.h"
#include "core/values.h"

namespace kokuho::batch {

// What every envelope sheet is bound from: the addressee's person.*, household.* and mail.*
// (with mail.barcode), insurer.*, batch.batch_id, batch.issue_date and envelope.number (1-based,
// in mailing order), envelope.mail_class and envelope.documents (how many it holds).
kokuho::values envelope_values(const run_input& in, const batch_plan& plan, std::size_t envelope,
                               const std::string& batch_id);

// Sets `name`1 to `name``shown` to line_of(document) for the envelope's documents in order,
// empty past the last; with note_rest, the last line shown adds （ほか n 件） for the documents
// it leaves out.
void set_document_lines(kokuho::values& v, const batch_plan& plan, const envelope& e, const std::string& name,
                        std::size_t shown, bool note_rest,
                        const std::function<std::string(const planned_document&)>& line_of);

struct envelope_sheets {
    std::string name;   // templates/ and layouts/<name>.yaml
    std::string files;  // the PDFs' stem: change-notices -> change-notices-0001.pdf ...
    std::string role;   // in the manifest, and the exceptions' output
    std::string title;  // the PDF's title
};

// Writes the sheets of the given envelopes (indices into plan.envelopes), at most
// output.yaml's documents_per_pdf sheets a PDF, so that memory does not grow with the batch,
// by the options' workers (document_renderer);
// `values` gives each its values (envelope_values and the sheet's own). What a sheet shrinks
// goes to `exceptions`. Returns the number of sheets.
std::size_t write_envelope_sheets(const run_input& in, const batch_plan& plan, const std::vector<std::size_t>& envelopes,
                                  const envelope_sheets& sheets,
                                  const std::function<kokuho::values(std::size_t envelope)>& values,
                                  const produce_options& options, output_dir& out, manifest& files,
                                  std::vector<exception_row>& exceptions);

}  // namespace kokuho::batch
