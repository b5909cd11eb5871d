#include "batch/envelope_letters.h"

#include <cstdio>

#include "batch/documents.h"
#include "bind/source.h"

namespace kokuho::batch {

kokuho::values envelope_values(const run_input& in, const batch_plan& plan, std::size_t envelope,
                               const std::string& batch_id) {
    const snapshot& s = in.snapshot.data;
    const auto& e = plan.envelopes[envelope];
    const auto& first = s.persons[plan.documents[e.documents.front()].person];
    auto v = bind::snapshot_values(first, s.households[first.household]);
    bind::add_insurer(v, in.cfg.insurer);
    v.set("mail.barcode", e.barcode);
    v.set("batch.batch_id", batch_id);
    v.set("batch.issue_date", in.cycle.issue_date);
    v.set("envelope.number", std::to_string(envelope + 1));
    v.set("envelope.mail_class", e.mail_class);
    v.set("envelope.documents", std::to_string(e.documents.size()));
    return v;
}

void set_document_lines(kokuho::values& v, const batch_plan& plan, const envelope& e, const std::string& name,
                        std::size_t shown, bool note_rest,
                        const std::function<std::string(const planned_document&)>& line_of) {
    for (std::size_t k = 0; k < shown; ++k) {
        std::string line = k < e.documents.size() ? line_of(plan.documents[e.documents[k]]) : "";
        if (note_rest && k + 1 == shown && e.documents.size() > shown)
            line += "（ほか " + std::to_string(e.documents.size() - shown) + " 件）";
        v.set(name + std::to_string(k + 1), line);
    }
}

std::size_t write_envelope_sheets(const run_input& in, const batch_plan& plan, const std::vector<std::size_t>& envelopes,
                                  const envelope_sheets& sheets,
                                  const std::function<kokuho::values(std::size_t envelope)>& values,
                                  const produce_options& options, output_dir& out, manifest& files,
                                  std::vector<exception_row>& exceptions) {
    if (envelopes.empty()) return 0;
    std::map<std::string, form_kit> kits;
    auto& kit = kits.emplace(sheets.name, load_kit(options.paths, sheets.name, values(envelopes.front()))).first->second;
    kit.files = sheets.files;
    kit.role = sheets.role;
    kit.title = sheets.title;
    auto fonts = fonts::font_set::load(options.paths.fonts);
    kokuho::era_formatter eras;
    document_renderer renderer(kits, fonts, {}, in.cfg.output.documents_per_pdf, options.jobs, out, files);
    for (std::size_t e : envelopes) {
        const auto& first = in.snapshot.data.persons[plan.documents[plan.envelopes[e].documents.front()].person];
        renderer.add(sheets.name, kit.tmpl.bind(values(e), "", eras), 0, first.person_id);
    }
    renderer.finish();
    exceptions.insert(exceptions.end(), renderer.exceptions().begin(), renderer.exceptions().end());
    return envelopes.size();
}

}  // namespace kokuho::batch
