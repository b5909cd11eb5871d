#include "batch/pullout_run.h"

#include <filesystem>
#include <unordered_map>

#include "batch/history.h"
#include "batch/list_files.h"
#include "batch/manifest.h"
#include "batch/pullout.h"
#include "batch/vendor_file.h"
#include "core/error.h"
#include "core/json.h"
#include "core/text.h"
#include "fonts/font_set.h"
#include "render/list/table.h"

namespace kokuho::batch {

namespace {

namespace fs = std::filesystem;

struct pullout_context {
    const families::family& family;
    const std::vector<record::pullout_row>& pulls;
    std::unordered_map<long, const record::document_row*> issued;  // by seq
};

// What the pull-out's files are made with, loaded before the pulls are recorded, so that a
// bad layout or font stops the run with nothing recorded.
struct pullout_writers {
    list::table_layout list_layout;
    fonts::font_set fonts;
    vendor_file vendor;
};

pullout_writers load_writers(const families::family& f, const pullout_options& o, const config& cfg) {
    return {list::load_table_layout((fs::path(o.paths.layouts) / "lists" / (f.pullout_list + ".yaml")).string()),
            fonts::font_set::load(o.paths.fonts),
            vendor_file((fs::path(o.paths.layouts) / "records" / (f.pullout_file + ".yaml")).string(),
                        cfg.output.substitutions_path, "pullout_file")};
}

void write_jsonl(const pullout_context& c, output_dir& out, manifest& files) {
    auto file = out.open("pullouts.jsonl");
    for (const auto& p : c.pulls) {
        file << "{\"seq\": " << p.seq << ", \"person_id\": " << json_string(p.person_id)
             << ", \"reasons\": [";
        for (std::size_t i = 0; i < p.reasons.size(); ++i) file << (i ? ", " : "") << json_string(p.reasons[i]);
        file << "]}\n";
    }
    out.close(file, "pullouts.jsonl");
    files.add(out, "pullouts.jsonl", "pullouts", "records", c.pulls.size());
}

void write_file(const pullout_context& c, vendor_file& vendor, const pullout_options& o, const config& cfg,
                const date& as_of, output_dir& out, manifest& files) {
    auto stream = out.open("pullout-file.dat");
    kokuho::values header;
    header.set("insurer.number", cfg.insurer.number);
    header.set("batch.batch_id", o.batch_id);
    header.set("pullout.date", as_of);
    vendor.start(stream, header);
    for (const auto& p : c.pulls) {
        kokuho::values v;
        v.set("person.person_id", p.person_id);
        v.set("pullout.reason_code", std::to_string(c.family.find_reason(p.reasons.front())->code));
        v.set("pullout.reason_codes", reason_codes(c.family, p.reasons));
        vendor.add(v, p.seq, p.person_id);
    }
    vendor.finish();
    out.close(stream, "pullout-file.dat");
    files.add(out, "pullout-file.dat", "pullout_file", "records", vendor.records(), vendor.record_length());
}

// The values of one row of the pull-out list: the document as recorded (issued.*) and the
// reasons (pullout.*).
kokuho::values list_values(const pullout_context& c, std::size_t i) {
    const auto& p = c.pulls[i];
    const auto& doc = *c.issued.at(p.seq);
    const auto* form = c.family.find_form(doc.form);
    const auto* variant = c.family.find_variant(doc.variant);
    kokuho::values v;
    v.set("issued.seq", std::to_string(p.seq));
    v.set("issued.household_id", doc.household_id);
    v.set("issued.person_id", doc.person_id);
    v.set("issued.form", doc.form);
    v.set("issued.variant", doc.variant);
    v.set("issued.form_name", form ? form->name : doc.form);
    v.set("issued.variant_label", variant ? variant->label : doc.variant);
    for (const auto& value : doc.compared) v.set("issued." + value.name, value.value);
    std::vector<std::string> labels;
    for (const auto& r : p.reasons) labels.push_back(c.family.find_reason(r)->label);
    v.set("pullout.reason_codes", reason_codes(c.family, p.reasons));
    v.set("pullout.reasons", join(p.reasons, ", "));
    v.set("pullout.reason_labels", join(labels, "、"));
    return v;
}

void write_list(const pullout_context& c, const pullout_writers& w, const pullout_options& o, const config& cfg,
                const date& as_of, output_dir& out, manifest& files) {
    const auto& layout = w.list_layout;
    kokuho::era_formatter eras;
    list::row_source row = [&](std::size_t i) { return list::cells_of(layout, list_values(c, i), eras); };
    list::table_context context{o.batch_id, eras.long_form(as_of),
                                {"抜取件数 " + std::to_string(c.pulls.size()) + " 件"}};
    write_list_files({"pullout-list", "pullout_list", cfg.output.list_pages_per_pdf}, layout,
                     c.pulls.size(), row, context, w.fonts, out, files);
}

}  // namespace

pullout_summary run_pullout(const pullout_options& options, const families::registry& families) {
    output_dir out(options.out_dir);
    // The documents are compared within their own cycle.
    auto run = continue_batch(options.input, options.database, options.batch_id, families, out);
    auto& history = run.history;
    const auto& f = *run.family;
    const auto& in = run.in;
    auto issued = history->documents(options.batch_id);
    auto found = find_pullouts(issued, in, f, decide_all(in.snapshot.data, in.cycle, in.cfg, f));
    auto writers = load_writers(f, options, in.cfg);
    // The pulls are recorded first, under a pull-out run of this process: a document pulled
    // out by an earlier run is out of the mailing already, and the lists and the
    // contractor's file carry only the new ones. A run that ended before its files were in
    // place is taken over: its pulls are written now.
    settle_ended_runs(*history, options.batch_id);
    auto reserved = history->reserve_pullout(options.batch_id, in.cycle.issue_date.iso(), found,
                                             run_of_this_process("", "pullout", options.batch_id, out));
    if (reserved.state == record::run_state::working) refuse_working(reserved.run);
    release_on_failure release(*history, reserved);
    const auto& pulls = reserved.pulls;

    pullout_context c{f, pulls, {}};
    for (const auto& doc : issued) c.issued.emplace(doc.seq, &doc);
    // The date the pulls were recorded with: a run taken over keeps its killed run's.
    auto recorded = date::parse_iso(reserved.pulled_on);
    if (!recorded) fail_internal("run " + reserved.run.run_id + ": pull-out date '" + reserved.pulled_on + "' in the store");
    const date& pulled_on = *recorded;
    manifest files(options.batch_id, "pullout");
    files.set_fact("family", json_string(f.id));
    files.set_fact("pullout_date", json_string(pulled_on.iso()));
    write_list(c, writers, options, in.cfg, pulled_on, out, files);
    write_file(c, writers.vendor, options, in.cfg, pulled_on, out, files);
    write_jsonl(c, out, files);
    finish(*history, reserved.run.run_id, out, files);

    pullout_summary summary{options.batch_id, reserved.run.run_id, issued.size(), pulls.size(),
                            static_cast<std::size_t>(reserved.pulled_before), {}, reserved.before};
    for (const auto& p : pulls)
        for (const auto& r : p.reasons) ++summary.reasons[r];
    return summary;
}

}  // namespace kokuho::batch
