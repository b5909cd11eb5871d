#include "batch/input.h"

#include <filesystem>
#include <set>

#include "batch/towns.h"
#include "bind/source.h"
#include "core/text.h"
#include "render/list/table.h"

namespace kokuho::batch {

namespace {

// output.yaml may name the mail class of a form (certificate) or of one family's form
// (eligibility.certificate) only when that form exists.
void check_mail_classes(const config& cfg, const families::registry& families) {
    auto forms = families.form_ids();
    for (const auto& [key, where] : cfg.output.mail_class_where) {
        auto dot = key.find('.');
        const auto* f = dot == std::string::npos ? nullptr : families.find(key.substr(0, dot));
        bool known = dot == std::string::npos ? forms.contains(key) : f && f->find_form(key.substr(dot + 1));
        if (!known)
            fail_input(where, "mail_class: no family has a form \"" + key + "\" (forms: " +
                                  join({forms.begin(), forms.end()}, ", ") + ", or family.form)");
    }
}

// output.yaml's issue file layouts: for families that exist, naming record layouts that do.
void check_issue_file_layouts(const config& cfg, const families::registry& families) {
    for (const auto& [family, layout] : cfg.output.issue_file_layout) {
        const auto& where = cfg.output.issue_file_layout_where.at(family);
        if (!family.empty() && !families.find(family))
            fail_input(where, "issue_file_layout: " + family + ": no family of documents has this id");
        auto file = std::filesystem::path(families.folders().layouts) / "records" / (layout + ".yaml");
        if (!std::filesystem::is_regular_file(file))
            fail_input(where, "issue_file_layout: no record layout " + file.string());
    }
}

// rules.yaml may set the options only of families that exist.
void check_family_sections(const config& cfg, const families::registry& families) {
    for (const auto& [id, given] : cfg.family_options)
        if (!families.find(id))
            fail_input(given.where, id + ": no family of documents has this id (families: " +
                                        join(families.ids(), ", ") + ")");
}

}  // namespace

// The values each list of a family may show: the issue list, a document's source values;
// the pull-out list, the document as recorded (issued.*) and the reasons (pullout.*).
void check_list_names(const project_paths& paths, const families::family& f) {
    auto lists = std::filesystem::path(paths.layouts) / "lists";
    for (const auto& column : list::load_table_layout((lists / (f.issue_list + ".yaml")).string()).columns)
        column.value.check_names(bind::is_source_name);
    std::set<std::string, std::less<>> recorded{"issued.seq", "issued.household_id", "issued.person_id",
                                                "issued.form", "issued.variant", "issued.form_name",
                                                "issued.variant_label", "pullout.reason_codes",
                                                "pullout.reasons", "pullout.reason_labels"};
    for (const auto& reason : f.pullout_reasons) recorded.insert("issued." + reason.id);
    for (const auto& column : list::load_table_layout((lists / (f.pullout_list + ".yaml")).string()).columns)
        column.value.check_names([&](std::string_view name) { return recorded.contains(name); });
}

families::registry load_families(const project_paths& paths) {
    auto registry = families::registry::load({paths.families, paths.templates, paths.layouts});
    for (const auto& f : registry.all()) check_list_names(paths, f);
    return registry;
}

config load_run_config(const input_options& options, const families::registry& families) {
    // The cycle starts within the year after --as-of, or --as-of falls in it (a run during
    // the cycle, such as the limit certificates of the applications received).
    if (options.valid_from && (*options.valid_from <= options.as_of.plus_years(-1) ||
                               *options.valid_from > options.as_of.plus_years(1)))
        fail_input({"command line"}, "--valid-from " + options.valid_from->iso() +
                                         ": must be within a year of --as-of " + options.as_of.iso() +
                                         " (the start of the next cycle, or of the cycle --as-of falls in)");
    config cfg = load_config(options.config_dir);
    cfg.towns = load_towns(cfg.dir);
    check_mail_classes(cfg, families);
    check_family_sections(cfg, families);
    check_issue_file_layouts(cfg, families);
    return cfg;
}

run_input load_input(const input_options& options, config cfg, std::optional<date> batch_cycle_start) {
    read_options reading = options.reading;
    reading.reference_date = options.as_of;
    read_result snapshot = read_snapshot(options.snapshot_path, reading);
    // An export with no rows is an upstream failure, not a municipality without insured:
    // issuing or comparing against it would pull out every document.
    if (snapshot.data.persons.empty())
        fail_input({options.snapshot_path}, snapshot.rejected.empty()
                                                ? "no data rows: the snapshot has a header only"
                                                : "no valid rows: every row was rejected");
    auto start = options.valid_from ? options.valid_from : batch_cycle_start;
    auto cycle = rules::make_cycle(options.as_of, start, cfg.rules);
    return {std::move(cfg), std::move(snapshot), cycle, {}, {}};
}

}  // namespace kokuho::batch
