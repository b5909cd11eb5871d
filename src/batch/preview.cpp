#include "batch/preview.h"

#include <filesystem>

#include "batch/documents.h"
#include "batch/history.h"
#include "batch/store_inputs.h"
#include "batch/sources.h"
#include "render/pdf/pdf_writer.h"

namespace kokuho::batch {

namespace {

// Writes under a temporary name and renames; never overwrites a file that exists.
void write_pdf_file(const std::vector<layout::page>& pages, const fonts::font_set& fonts,
                    const std::string& title, const std::string& path) {
    namespace fs = std::filesystem;
    if (fs::exists(path)) fail_input({path}, "already exists; choose another --out (nothing was overwritten)");
    auto folder = fs::path(path).parent_path();
    if (!folder.empty() && !fs::is_directory(folder)) fail_input({path}, "the folder does not exist");
    auto partial = path + ".part";
    try {
        pdf::write_pdf(pages, fonts, {title, true}, partial);
        fs::rename(partial, path);
    } catch (...) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw;
    }
}

}  // namespace

preview_result run_preview(const preview_options& options, const families::registry& families) {
    const auto& f = options.family.empty() ? families.default_family() : families.get(options.family);
    run_input in = load_input(options.input, load_run_config(options.input, families));
    // The ratio judgments of the store, as the bulk run uses them; a preview creates no store.
    if (!options.database.empty() || !in.cfg.history_database.empty())
        if (std::filesystem::exists(database_path(options.database, in.cfg))) use_store(in, *open_store(options.database, in.cfg), f);
    const auto& s = in.snapshot.data;

    std::size_t index = s.persons.size();
    for (std::size_t i = 0; i < s.persons.size(); ++i)
        if (s.persons[i].person_id == options.person_id) index = i;
    if (index == s.persons.size())
        fail_input({options.input.snapshot_path}, "person_id " + options.person_id + ": not in the snapshot");
    const auto& p = s.persons[index];
    auto plan = plan_batch(s, in.cycle, in.cfg, f);
    const auto& d = plan.decisions[index];
    if (d.form.empty())
        fail_input({s.file, p.row, 0}, "person_id " + p.person_id + ": gets no document (reason " + d.reason + ")");

    auto kits = load_form_kits(options.paths, in.cfg, f);
    auto fonts = fonts::font_set::load(options.paths.fonts);
    long seq = plan.seq_of_person[index];
    auto batch_id = annual_batch_id(in.snapshot.sha256, in.stored_inputs, in.cfg, in.cycle, f);
    kokuho::era_formatter eras;
    std::vector<layout::page> pages;
    std::vector<layout::fit_note> notes;
    // The person's document and its companions (a card's letter), as the bulk run prints them.
    for (const auto& doc : plan.documents) {
        if (doc.person != index) continue;
        auto outcome = outcome_of(plan, doc);
        auto source = document_source(in, f, index, outcome, batch_context_of(in, plan, doc, batch_id));
        const auto& kit = kits.at(doc.form->id);
        layout::compose(kit.layout, kit.tmpl.bind(source, outcome.variant, eras), fonts, {options.debug_boxes}, pages,
                        notes);
    }
    write_pdf_file(pages, fonts, d.form, options.out_pdf);
    return {d.form, d.variant, seq, pages.size(), std::move(notes)};
}

}  // namespace kokuho::batch
