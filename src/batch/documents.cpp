#include "batch/documents.h"

#include <cstdio>
#include <filesystem>

#include "bind/source.h"
#include "render/pdf/pdf_writer.h"

namespace kokuho::batch {

void check_bound(const form_kit& kit, const std::function<bool(std::string_view)>& is_source) {
    kit.tmpl.check_names(is_source);
    auto bound = [&](std::string_view name) { return kit.tmpl.binds(name) || is_source(name); };
    auto missing = layout::unbound_fields(kit.layout, bound);
    for (const auto& page : kit.layout.pages)  // a when: nothing binds can only be a typo
        for (const auto& item : page.items)
            if (!item.when.empty() && !bound(item.when)) missing.push_back(item.when);
    if (!missing.empty())
        fail_input({kit.layout.file}, "field \"" + missing.front() + "\" is not bound by the template " +
                                          kit.tmpl.file());
}

std::map<std::string, form_kit> load_form_kits(const project_paths& paths, const config& cfg,
                                               const families::family& f) {
    std::string size = cfg.output.size == certificate_size::card ? "card" : "postcard";
    std::map<std::string, form_kit> kits;
    for (const auto& form : f.forms) {
        const std::string* layout_name = form.layout_for(size);
        if (!layout_name)
            fail_input({f.file}, "form " + form.id + " has no layout for the size " + size +
                                     " (output.yaml certificate_size)");
        auto path = std::filesystem::path(paths.templates) / (form.template_name + ".yaml");
        form_kit kit{bind::document_template::load(path.string()),
                     layout::load_layout(paths.layouts, *layout_name), form.files, "documents_pdf", ""};
        check_bound(kit, bind::is_source_name);
        kits.emplace(form.id, std::move(kit));
    }
    return kits;
}

document_renderer::document_renderer(const std::map<std::string, form_kit>& kits,
                                     const fonts::font_set& fonts,
                                     const layout::compose_options& options,
                                     int documents_per_pdf, int jobs, output_dir& out, manifest& files)
    : kits_(kits), fonts_(fonts), options_(options), per_file_(documents_per_pdf), out_(out),
      files_(files), pool_(jobs) {}

void document_renderer::add(const std::string& form, const kokuho::values& values, long seq,
                            const std::string& person_id) {
    auto& file = files_of_form_[form];
    file.documents.push_back({values, seq, person_id});
    if (int(file.documents.size()) == per_file_) flush(form, file);
}

// certificates-0001.pdf, notices-0001.pdf, ...: one series per form (the family names its
// stem), each in mailing order. The file's name and number are fixed here, before a worker
// composes and writes it.
void document_renderer::flush(const std::string& form, open_file& file) {
    if (file.documents.empty()) return;
    char number[32];
    std::snprintf(number, sizeof number, "-%04d.pdf", ++file.number);
    const form_kit& kit = kits_.at(form);
    std::string name = kit.files + number;
    std::string path = out_.reserve(name);
    auto work = [this, &kit, path, title = kit.title.empty() ? form : kit.title,
                 documents = std::move(file.documents)] {
        rendered r;
        std::vector<layout::page> pages;
        for (const auto& d : documents) {
            std::vector<layout::fit_note> notes;
            layout::compose(kit.layout, d.values, fonts_, options_, pages, notes);
            for (auto& n : notes) r.notes.push_back({d.seq, d.person_id, kit.role, n.field, n.original, n.action, ""});
        }
        pdf::write_pdf(pages, fonts_, {title, true}, path);
        r.pages = pages.size();
        return r;
    };
    file.documents.clear();
    pool_.submit<rendered>(std::move(work), [this, &kit, name, form](rendered& r) {
        files_.add(out_, name, kit.role, "pages", r.pages, 0, kit.role == "documents_pdf" ? form : std::string());
        exceptions_.insert(exceptions_.end(), r.notes.begin(), r.notes.end());
    });
}

void document_renderer::finish() {
    for (auto& [form, file] : files_of_form_) flush(form, file);
    pool_.finish();
}

form_kit load_kit(const project_paths& paths, const std::string& name, const kokuho::values& names) {
    form_kit kit{bind::document_template::load((std::filesystem::path(paths.templates) / (name + ".yaml")).string()),
                 layout::load_layout(paths.layouts, name), name, "documents_pdf", ""};
    check_bound(kit, [&](std::string_view field) { return names.contains(field); });
    return kit;
}

}  // namespace kokuho::batch
