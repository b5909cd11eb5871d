#include "batch/pullout_run.h"

#include <cstdio>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "batch/history_rows.h"
#include "batch/list_files.h"
#include "batch/manifest.h"
#include "batch/pullout.h"
#include "batch/vendor_file.h"
#include "bind/era.h"
#include "core/json.h"
#include "core/text.h"
#include "fonts/font_set.h"
#include "record/store.h"
#include "render/list/table.h"

namespace kokuho::batch {

namespace {

namespace fs = std::filesystem;


std::string codes_of(const std::vector<std::string>& reasons) {
    std::string codes;
    for (const auto& r : reasons) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d", pullout_code(r));
        codes += buf;
    }
    return codes;
}

struct pullout_context {
    const std::vector<record::pullout_row>& pulls;
    std::unordered_map<long, const record::document_row*> issued;  // by seq
};

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

void write_file(const pullout_context& c, const pullout_options& o, const config& cfg,
                const date& as_of, output_dir& out, manifest& files) {
    vendor_file vendor((fs::path(o.paths.layouts) / "records" / "pullout-file.yaml").string(),
                       cfg.output.substitutions_path, "pullout_file");
    auto stream = out.open("pullout-file.dat");
    bind::values header;
    header.set("insurer.number", cfg.insurer.number);
    header.set("batch.batch_id", o.batch_id);
    header.set("pullout.date", as_of.iso());
    vendor.start(stream, header);
    for (const auto& p : c.pulls) {
        bind::values v;
        v.set("person.person_id", p.person_id);
        v.set("pullout.reason_code", std::to_string(pullout_code(p.reasons.front())));
        v.set("pullout.reason_codes", codes_of(p.reasons));
        vendor.add(v, p.seq, p.person_id);
    }
    vendor.finish();
    out.close(stream, "pullout-file.dat");
    files.add(out, "pullout-file.dat", "pullout_file", "records", vendor.records(), vendor.record_length());
}

std::vector<std::string> list_row(const pullout_context& c, const list::table_layout& layout,
                                  std::size_t i) {
    const auto& p = c.pulls[i];
    const auto& doc = *c.issued.at(p.seq);
    bind::values v;
    v.set("seq", std::to_string(p.seq));
    v.set("household_id", doc.household_id);
    v.set("person_id", p.person_id);
    v.set("name", doc.name);
    v.set("form", doc.form == "certificate" ? "資格確認書" : "資格情報のお知らせ");
    v.set("variant", doc.variant == "special" ? "特別療養" : "");
    v.set("reason_codes", codes_of(p.reasons));
    v.set("reasons", join(p.reasons, ", "));
    std::vector<std::string> labels;
    for (const auto& r : p.reasons) labels.push_back(pullout_label(r));
    v.set("reason_labels", join(labels, "、"));
    return list::cells_of(layout, v);
}

void write_list(const pullout_context& c, const pullout_options& o, const config& cfg,
                const date& as_of, output_dir& out, manifest& files) {
    auto layout = list::load_table_layout((fs::path(o.paths.layouts) / "lists" / "pullout-list.yaml").string());
    list::row_source row = [&](std::size_t i) { return list_row(c, layout, i); };
    auto fonts = fonts::font_set::load(o.paths.fonts);
    bind::era_formatter eras;
    list::table_context context{o.batch_id, eras.long_form(as_of),
                                {"抜取件数 " + std::to_string(c.pulls.size()) + " 件"}};
    write_list_files({"pullout-list", "pullout_list", cfg.output.list_pages_per_pdf}, layout,
                     c.pulls.size(), row, context, fonts, out, files);
}

}  // namespace

pullout_summary run_pullout(const pullout_options& options) {
    run_input in = load_input(options.input);
    auto history = record::store::open(database_path(options.database, in.cfg));
    // The documents are compared within their own cycle.
    auto issued = issued_documents(history, options.batch_id, in, options.input.valid_from.has_value());
    const auto& s = in.snapshot.data;
    auto found = find_pullouts(issued, s, decide_all(s, in.cycle, in.cfg));
    // A document pulled out by an earlier run is out of the mailing already: the lists and
    // the contractor's file carry only the new ones.
    std::set<long> pulled_before;
    for (const auto& row : history.history_of_batch(options.batch_id))
        if (row.batch_id == options.batch_id && row.status == "pulled") pulled_before.insert(row.seq);
    std::vector<record::pullout_row> pulls;
    for (auto& p : found)
        if (!pulled_before.contains(p.seq)) pulls.push_back(std::move(p));

    pullout_context c{pulls, {}};
    for (const auto& doc : issued) c.issued.emplace(doc.seq, &doc);
    output_dir out(options.out_dir);
    manifest files(options.batch_id, "pullout");
    files.set_fact("pullout_date", json_string(in.cycle.issue_date.iso()));
    write_list(c, options, in.cfg, in.cycle.issue_date, out, files);
    write_file(c, options, in.cfg, in.cycle.issue_date, out, files);
    write_jsonl(c, out, files);
    files.write(out);
    history.record_pullouts(options.batch_id, in.cycle.issue_date.iso(), pulls);
    out.commit_all();

    pullout_summary summary{options.batch_id, issued.size(), pulls.size(), pulled_before.size(), {}};
    for (const auto& p : pulls)
        for (const auto& r : p.reasons) ++summary.reasons[r];
    return summary;
}

}  // namespace kokuho::batch
