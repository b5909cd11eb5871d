#include "batch/produce.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "batch/carrier_sheets.h"
#include "batch/documents.h"
#include "batch/history.h"
#include "batch/issue_list.h"
#include "batch/mailing_summary.h"
#include "batch/sources.h"
#include "batch/vendor_file.h"
#include "core/json.h"

namespace kokuho::batch {

namespace {

namespace fs = std::filesystem;

// A fact of the rule as text (a date as ISO), "" when the outcome has none of that name.
std::string fact_of(const rules::outcome& d, const std::string& name) {
    for (const auto& [fact, v] : d.facts)
        if (fact == name) return v.as_date() ? v.as_date()->iso() : v.text();
    return "";
}

void write_decisions(const snapshot& s, const batch_plan& plan, output_dir& out, manifest& files) {
    auto file = out.open("decisions.jsonl");
    std::size_t lines = 0;
    for (std::size_t i = 0; i < s.persons.size(); ++i) {
        if (!plan.included[i]) continue;
        ++lines;
        const auto& p = s.persons[i];
        const auto& d = plan.decisions[i];
        long seq = plan.seq_of_person[i];
        file << "{\"seq\": " << (seq ? std::to_string(seq) : "null")
             << ", \"household_id\": " << json_string(s.households[p.household].household_id)
             << ", \"person_id\": " << json_string(p.person_id)
             << ", \"form\": " << json_string(d.form.empty() ? "none" : d.form)
             << ", \"variant\": " << json_string(d.variant)
             << ", \"reason\": " << json_string(d.reason)
             << ", \"valid_from\": " << json_string(d.valid_from ? d.valid_from->iso() : "")
             << ", \"valid_until\": " << json_string(d.valid_until ? d.valid_until->iso() : "")
             << ", \"valid_until_reason\": " << json_string(d.until_reason);
        for (const auto& name : plan.family->decision_facts) file << ", " << json_string(name) << ": " << json_string(fact_of(d, name));
        file << "}\n";
    }
    out.close(file, "decisions.jsonl");
    files.add(out, "decisions.jsonl", "decisions", "records", lines);
}

void write_exceptions(const std::vector<exception_row>& rows, output_dir& out, manifest& files) {
    auto file = out.open("exceptions.csv");
    write_exceptions_csv(rows, file);
    out.close(file, "exceptions.csv");
    files.add(out, "exceptions.csv", "exceptions", "records", rows.size());
}

// Skipped snapshot rows (--skip-invalid-rows): one exception per problem, the field being
// the column key the message starts with.
std::vector<exception_row> rejected_rows(const std::vector<diagnostic>& rejected) {
    std::vector<exception_row> rows;
    for (const auto& d : rejected) {
        auto field = d.message.substr(0, d.message.find_first_of(" :"));
        rows.push_back({0, "", "snapshot", field, "row " + std::to_string(d.where.line) + ": " + d.message,
                        "rejected", ""});
    }
    return rows;
}

// The record layout of the issue file: output.yaml's for this family, else the family's.
std::string issue_file_layout(const config& cfg, const families::family& f) {
    const auto& chosen = cfg.output.issue_file_layout;
    if (auto it = chosen.find(f.id); it != chosen.end()) return it->second;
    if (auto it = chosen.find(""); it != chosen.end() && f.is_default) return it->second;
    return f.issue_file;
}

// The documents in mailing order: each bound once, then composed into the PDFs, written to
// the issue file and kept as a history row.
std::vector<record::document_row> write_documents(const run_input& in, const batch_plan& plan,
                                                  const produce_options& options,
                                                  document_renderer& renderer, vendor_file& vendor,
                                                  batch_summary& summary, record::batch_writer* writer) {
    const families::family& f = *plan.family;
    kokuho::era_formatter eras;
    std::vector<record::document_row> rows;
    if (!writer) rows.reserve(plan.documents.size());
    for (std::size_t i = 0; i < plan.documents.size(); ++i) {
        const auto& doc = plan.documents[i];
        auto d = outcome_of(plan, doc);
        const auto& person_id = in.snapshot.data.persons[doc.person].person_id;
        auto context = batch_context_of(in, plan, doc, summary.batch_id);
        const auto& e = plan.envelopes[doc.envelope];
        if (!e.barcode_problem.empty())
            renderer.exceptions().push_back(
                {doc.seq, person_id, "documents_pdf", "mail.barcode", e.postal_code, e.barcode_problem, ""});
        auto source = document_source(in, f, doc.person, d, context);
        auto values = renderer.kit(d.form).tmpl.bind(source, d.variant, eras);
        renderer.add(d.form, values, doc.seq, person_id);
        vendor.add(values, doc.seq, person_id);
        auto row = document_row_of(in.snapshot.data, doc, d, compared_values(f, source, eras));
        if (writer) writer->add(row);
        else rows.push_back(std::move(row));
        ++summary.documents[d.form + "/" + d.variant];
        if (options.progress) options.progress(i + 1, plan.documents.size());
    }
    return rows;
}

std::vector<record::document_row> write_issue_file(const run_input& in, const batch_plan& plan,
                                                   const produce_options& options,
                                                   document_renderer& renderer, vendor_file& vendor,
                                                   batch_summary& summary, output_dir& out,
                                                   manifest& files, record::batch_writer* writer) {
    auto stream = out.open("issue-file.dat");
    kokuho::values header;
    header.set("insurer.number", in.cfg.insurer.number);
    header.set("insurer.name", in.cfg.insurer.name);
    header.set("batch.batch_id", summary.batch_id);
    header.set("batch.issue_date", in.cycle.issue_date);
    vendor.start(stream, header);
    auto rows = write_documents(in, plan, options, renderer, vendor, summary, writer);
    renderer.finish();
    vendor.finish();
    out.close(stream, "issue-file.dat");
    files.add(out, "issue-file.dat", "issue_file", "records", vendor.records(), vendor.record_length());
    return rows;
}

batch_summary start_summary(const run_input& in, const batch_plan& plan, const std::string& batch_id) {
    batch_summary summary;
    summary.batch_id = batch_id;
    summary.family = plan.family->id;
    summary.persons = std::size_t(std::count(plan.included.begin(), plan.included.end(), true));
    std::set<int> skipped;
    for (const auto& d : in.snapshot.rejected) skipped.insert(d.where.line);
    summary.rejected_rows = skipped.size();
    for (std::size_t i = 0; i < plan.decisions.size(); ++i)
        if (plan.included[i] && plan.decisions[i].form.empty()) ++summary.excluded[plan.decisions[i].reason];
    return summary;
}

}  // namespace

produced_batch produce_batch(const run_input& in, const batch_plan& plan, const std::string& batch_id,
                             const produce_options& options, output_dir& out, manifest& files,
                             record::batch_writer* writer) {
    const config& cfg = in.cfg;
    const families::family& f = *plan.family;
    auto layouts = fs::path(options.paths.layouts);
    auto kits = load_form_kits(options.paths, cfg, f);
    auto fonts = fonts::font_set::load(options.paths.fonts);
    vendor_file vendor((layouts / "records" / (issue_file_layout(cfg, f) + ".yaml")).string(),
                       cfg.output.substitutions_path, "issue_file");
    auto list = list::load_table_layout((layouts / "lists" / (f.issue_list + ".yaml")).string());

    produced_batch result{start_summary(in, plan, batch_id), {}};
    files.set_fact("family", json_string(f.id));
    files.set_fact("family_fingerprint", json_string(f.fingerprint));
    files.set_fact("issue_date", json_string(in.cycle.issue_date.iso()));
    files.set_fact("valid_from", json_string(in.cycle.start.iso()));
    files.set_fact("config_fingerprint", json_string(cfg.fingerprint));

    document_renderer renderer(kits, fonts, {options.debug_boxes}, cfg.output.documents_per_pdf, options.jobs, out,
                               files);
    result.rows = write_issue_file(in, plan, options, renderer, vendor, result.summary, out, files, writer);
    write_issue_list(list, in, plan, result.summary, fonts, cfg.output.list_pages_per_pdf, options.jobs, out, files);
    result.summary.envelopes = write_mailing_summary(in, plan, batch_id, options.paths, fonts, out, files);
    write_decisions(in.snapshot.data, plan, out, files);
    std::vector<exception_row> sheet_notes;
    if (options.carrier_sheets) {
        result.summary.carrier_sheets = write_carrier_sheets(in, plan, batch_id, options, out, files, sheet_notes);
        result.summary.printed_envelopes =
            write_printed_envelopes(in, plan, batch_id, options, out, files, sheet_notes);
    }
    auto exceptions = rejected_rows(in.snapshot.rejected);
    exceptions.insert(exceptions.end(), sheet_notes.begin(), sheet_notes.end());
    exceptions.insert(exceptions.end(), in.exceptions.begin(), in.exceptions.end());
    for (auto* part : {&vendor.exceptions(), &renderer.exceptions()})
        exceptions.insert(exceptions.end(), part->begin(), part->end());
    std::stable_sort(exceptions.begin(), exceptions.end(),
                     [](const auto& a, const auto& b) { return a.seq < b.seq; });
    result.summary.exceptions = exceptions.size();
    write_exceptions(exceptions, out, files);
    return result;
}

batch_summary record_produced(record::history_store& history, produced_batch produced,
                              const record::reservation& reserved, const record::batch_info& batch, output_dir& out,
                              manifest& files) {
    produced.summary.earlier_run = reserved.before;
    produced.summary.already_recorded = record_and_finish(history, batch, produced.rows, out, files);
    return std::move(produced.summary);
}

batch_summary record_streamed(record::history_store& history, record::batch_writer& writer, batch_summary summary,
                              const record::reservation& reserved, const std::string& batch_id, output_dir& out,
                              manifest& files) {
    summary.earlier_run = reserved.before;
    summary.already_recorded = writer.commit().already_recorded;
    finish(history, batch_id, out, files);
    return summary;
}

}  // namespace kokuho::batch
