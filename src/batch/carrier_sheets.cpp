#include "batch/carrier_sheets.h"

#include <algorithm>

#include "batch/envelope_letters.h"

namespace kokuho::batch {

namespace {

constexpr std::size_t sheet_lines = 10;  // enclosed documents a sheet names one by one

kokuho::values sheet_values(const run_input& in, const batch_plan& plan, std::size_t envelope,
                            const std::string& batch_id) {
    auto v = envelope_values(in, plan, envelope, batch_id);
    set_document_lines(v, plan, plan.envelopes[envelope], "carrier.line", sheet_lines, true, [](const planned_document& doc) {
        std::string seq = std::to_string(doc.seq);
        return "通番 " + std::string(7 - std::min<std::size_t>(7, seq.size()), '0') + seq + "　" + doc.form->name;
    });
    return v;
}

// The envelopes whose documents have no address window: cards that go alone.
std::vector<std::size_t> without_window(const batch_plan& plan) {
    std::vector<std::size_t> alone;
    for (std::size_t e = 0; e < plan.envelopes.size(); ++e) {
        const auto& docs = plan.envelopes[e].documents;
        if (std::ranges::none_of(docs, [&](std::size_t d) { return plan.documents[d].form->window; }))
            alone.push_back(e);
    }
    return alone;
}

}  // namespace

std::size_t write_carrier_sheets(const run_input& in, const batch_plan& plan, const std::string& batch_id,
                                 const produce_options& options, output_dir& out, manifest& files,
                                 std::vector<exception_row>& exceptions) {
    const auto& f = *plan.family;
    if (f.carrier_sheet.empty()) return 0;
    return write_envelope_sheets(in, plan, without_window(plan), {f.carrier_sheet, "carrier-sheets", "carrier_sheets",
                                                   "宛名台紙 " + batch_id},
                                 [&](std::size_t e) { return sheet_values(in, plan, e, batch_id); }, options, out, files,
                                 exceptions);
}

std::size_t write_printed_envelopes(const run_input& in, const batch_plan& plan, const std::string& batch_id,
                                    const produce_options& options, output_dir& out, manifest& files,
                                    std::vector<exception_row>& exceptions) {
    const auto& f = *plan.family;
    if (f.envelope.empty()) return 0;
    return write_envelope_sheets(in, plan, without_window(plan), {f.envelope, "envelopes", "envelopes", "封筒 " + batch_id},
                                 [&](std::size_t e) { return envelope_values(in, plan, e, batch_id); }, options, out,
                                 files, exceptions);
}

}  // namespace kokuho::batch
