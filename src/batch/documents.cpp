#include "batch/documents.h"

#include <cstdio>
#include <filesystem>

#include "render/pdf/pdf_writer.h"

namespace kokuho::batch {

std::map<std::string, form_kit> load_form_kits(const project_paths& paths, const config& cfg) {
    std::string size = cfg.output.size == certificate_size::card ? "card" : "postcard";
    std::map<std::string, form_kit> kits;
    for (std::string form : {"certificate", "notice"}) {
        auto path = std::filesystem::path(paths.templates) / (form + ".yaml");
        auto tmpl = bind::document_template::load(path.string());
        auto layout = layout::load_layout(paths.layouts, tmpl.layout(size));
        kits.emplace(form, form_kit{std::move(tmpl), std::move(layout)});
    }
    return kits;
}

document_renderer::document_renderer(const std::map<std::string, form_kit>& kits,
                                     const fonts::font_set& fonts,
                                     const layout::compose_options& options,
                                     int documents_per_pdf, output_dir& out, manifest& files)
    : kits_(kits), fonts_(fonts), options_(options), per_file_(documents_per_pdf), out_(out),
      files_(files) {}

void document_renderer::add(const std::string& form, const bind::values& values, long seq,
                            const std::string& person_id) {
    auto& file = files_of_form_[form];
    std::vector<layout::fit_note> notes;
    layout::compose(kits_.at(form).layout, values, fonts_, options_, file.pages, notes);
    for (auto& n : notes)
        exceptions_.push_back({seq, person_id, "documents_pdf", n.field, n.original, n.action, ""});
    if (++file.documents == per_file_) flush(form, file);
}

// certificates-0001.pdf, notices-0001.pdf, ...: one series per form, each in mailing order.
void document_renderer::flush(const std::string& form, open_file& file) {
    if (file.documents == 0) return;
    char name[64];
    std::snprintf(name, sizeof name, "%ss-%04d.pdf", form.c_str(), ++file.number);
    pdf::write_pdf(file.pages, fonts_, {form, true}, out_.reserve(name));
    files_.add(out_, name, "documents_pdf", "pages", file.pages.size(), 0, form);
    file.pages.clear();
    file.documents = 0;
}

void document_renderer::finish() {
    for (auto& [form, file] : files_of_form_) flush(form, file);
}

}  // namespace kokuho::batch
