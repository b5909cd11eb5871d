#include "batch/envelope_letters.h"

#include <cstdio>

#include "batch/documents.h"
#include "bind/source.h"
#include "render/pdf/pdf_writer.h"

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
                                  const project_paths& paths, output_dir& out, manifest& files,
                                  std::vector<exception_row>& exceptions) {
    if (envelopes.empty()) return 0;
    auto kit = load_kit(paths, sheets.name, values(envelopes.front()));
    auto fonts = fonts::font_set::load(paths.fonts);
    kokuho::era_formatter eras;
    std::vector<layout::page> pages;
    int written = 0;
    auto flush = [&] {
        char name[32];
        std::snprintf(name, sizeof name, "-%04d.pdf", ++written);
        auto file = sheets.files + name;
        pdf::write_pdf(pages, fonts, {sheets.title, true}, out.reserve(file));
        files.add(out, file, sheets.role, "pages", pages.size());
        pages.clear();
    };
    for (std::size_t e : envelopes) {
        std::vector<layout::fit_note> notes;
        layout::compose(kit.layout, kit.tmpl.bind(values(e), "", eras), fonts, {}, pages, notes);
        const auto& first = in.snapshot.data.persons[plan.documents[plan.envelopes[e].documents.front()].person];
        for (auto& n : notes) exceptions.push_back({0, first.person_id, sheets.role, n.field, n.original, n.action, ""});
        if (pages.size() >= std::size_t(in.cfg.output.documents_per_pdf)) flush();
    }
    if (!pages.empty()) flush();
    return envelopes.size();
}

}  // namespace kokuho::batch
