#include "batch/judgment_run.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "batch/history.h"
#include "batch/list_files.h"
#include "batch/manifest.h"
#include "batch/plan.h"
#include "bind/source.h"
#include "core/json.h"
#include "fonts/font_set.h"
#include "render/list/table.h"
#include "rules/judgment.h"

namespace kokuho::batch {

namespace {

namespace fs = std::filesystem;

std::string amount(const std::optional<long long>& yen) { return yen ? std::to_string(*yen) : ""; }
std::string json_amount(const std::optional<long long>& yen) { return yen ? std::to_string(*yen) : "null"; }

// What the rule used, as a JSON object (judgments.jsonl and the store).
std::string figures_json(const snapshot& s, const rules::judgment& j, const kokuho::judgment_options& o) {
    const auto& f = j.figures;
    std::ostringstream out;
    out << "{\"members\": [";
    for (std::size_t k = 0; k < f.members.size(); ++k) {
        const auto& m = f.members[k];
        out << (k ? ", " : "") << "{\"person_id\": " << json_string(s.persons[m.person].person_id)
            << ", \"taxable_income\": " << json_amount(m.taxable_income) << ", \"adjusted\": " << m.adjusted
            << ", \"head_on_dec31\": " << (m.head ? "true" : "false") << "}";
    }
    out << "], \"minors\": {\"under_16\": " << f.minors.under_16 << ", \"age_16_to_18\": " << f.minors.age_16_to_18
        << ", \"source\": " << (f.minors.source.empty() ? "null" : json_string(f.minors.source))
        << "}, \"old_proviso_total\": " << json_amount(f.old_proviso_total)
        << ", \"income_total\": " << json_amount(f.income_total) << ", \"former_members\": [";
    for (std::size_t k = 0; k < f.former_members.size(); ++k)
        out << (k ? ", " : "") << json_string(s.persons[f.former_members[k]].person_id);
    out << "], \"income_limit\": " << f.income_limit
        << ", \"application_possible\": " << (f.application_possible ? "true" : "false")
        << ", \"thresholds\": {\"taxable_income_limit\": " << o.taxable_income_limit
        << ", \"deduction_under_16\": " << o.deduction_under_16 << ", \"deduction_16_to_18\": " << o.deduction_16_to_18
        << ", \"minor_income_limit\": " << o.minor_income_limit << ", \"old_proviso_limit\": " << o.old_proviso_limit
        << ", \"income_limit_single\": " << o.income_limit_single
        << ", \"income_limit_several\": " << o.income_limit_several << "}}";
    return out.str();
}

// The judged person's own line of the figures.
const rules::member_figures* own(const rules::judgment& j) {
    for (const auto& m : j.figures.members)
        if (m.person == j.person) return &m;
    return nullptr;
}

kokuho::values list_values(const snapshot& s, const rules::judgment& j) {
    const person& p = s.persons[j.person];
    const household& h = s.households[p.household];
    kokuho::values v = bind::snapshot_values(p, h);
    v.set("judgment.day", j.day);
    v.set("judgment.ratio", std::string(rules::name(j.ratio)));
    v.set("judgment.rule", std::string(rules::name(j.rule)));
    const auto* mine = own(j);
    bool figured = mine && mine->taxable_income && j.rule != rules::judgment_rule::income_unknown;
    v.set("judgment.taxable_income", mine ? amount(mine->taxable_income) : "");
    v.set("judgment.deduction", figured ? std::to_string(*mine->taxable_income - mine->adjusted) : "");
    v.set("judgment.adjusted", figured ? std::to_string(mine->adjusted) : "");
    v.set("judgment.old_proviso_total", amount(j.figures.old_proviso_total));
    v.set("judgment.income_total", amount(j.figures.income_total));
    v.set("judgment.application", j.figures.application_possible ? "1" : "");
    return v;
}

// The judgments household by household (the household's first row), each in snapshot order.
std::vector<rules::judgment> by_household(const snapshot& s, std::vector<rules::judgment> judged) {
    std::stable_sort(judged.begin(), judged.end(), [&](const auto& a, const auto& b) {
        return s.households[s.persons[a.person].household].first_row <
               s.households[s.persons[b.person].household].first_row;
    });
    return judged;
}

// The run's id covers its inputs: the snapshot, the config, the cycle and what the office
// registered (the minors counts and the answers to inquiries in force).
std::string judgment_run_id(const run_input& in, const std::vector<record::minors_row>& minors,
                            const std::vector<record::answer_row>& answers) {
    std::vector<std::string> parts{in.snapshot.sha256, in.cfg.fingerprint, in.cycle.issue_date.iso(),
                                   in.cycle.start.iso()};
    for (const auto& row : minors)
        parts.push_back(row.household_id + "\t" + row.registration_id + "\t" + std::to_string(row.under_16) + "\t" +
                        std::to_string(row.age_16_to_18));
    for (const auto& row : answers) parts.push_back(row.person_id + "\t" + row.registration_id);
    return make_input_id("J", in.cycle.issue_date, parts);
}

rules::income_answer answer_of(const record::answer_row& row) {
    return {row.taxable_income, row.income,        row.old_proviso_income, row.total_income,
            row.head_on_dec31,  int(row.under_16), int(row.age_16_to_18)};
}

std::vector<std::string> totals(const list::table_layout& layout, const judgment_summary& summary) {
    std::string ratios, rules_line;
    for (const auto& [ratio, n] : summary.ratios)
        ratios += (ratios.empty() ? "" : "、") + list::label(layout, "ratio", ratio) + " " + std::to_string(n) + " 件";
    for (const auto& [rule, n] : summary.rules)
        rules_line += (rules_line.empty() ? "" : "、") + list::label(layout, "rule", rule) + " " + std::to_string(n) + " 件";
    return {"判定件数 " + ratios, "判定理由 " + rules_line};
}

// The judgments as the store keeps them, counted into the summary.
std::vector<record::judgment_row> judgment_rows(const snapshot& s, const std::vector<rules::judgment>& judged,
                                                const rules::judgment_cycle& cycle,
                                                const kokuho::judgment_options& o, judgment_summary& summary) {
    std::vector<record::judgment_row> rows;
    for (const auto& j : judged) {
        const person& p = s.persons[j.person];
        rows.push_back({p.person_id, s.households[p.household].household_id, cycle.start.iso(), j.day.iso(),
                        std::string(rules::name(j.ratio)), std::string(rules::name(j.rule)), figures_json(s, j, o),
                        summary.run_id});
        ++summary.ratios[rows.back().ratio];
        ++summary.rules[rows.back().rule];
    }
    return rows;
}

void write_jsonl(const std::vector<record::judgment_row>& rows, output_dir& out, manifest& files) {
    auto jsonl = out.open("judgments.jsonl");
    for (const auto& row : rows)
        jsonl << "{\"person_id\": " << json_string(row.person_id) << ", \"household_id\": "
              << json_string(row.household_id) << ", \"judgment_day\": " << json_string(row.judgment_day)
              << ", \"ratio\": " << json_string(row.ratio) << ", \"rule\": " << json_string(row.rule)
              << ", \"figures\": " << row.figures << "}\n";
    out.close(jsonl, "judgments.jsonl");
    files.add(out, "judgments.jsonl", "judgments", "records", rows.size());
}

}  // namespace

rules::registered_inputs registered_of(const std::vector<record::minors_row>& minors,
                                      const std::vector<record::answer_row>& answers) {
    rules::registered_inputs registered;
    for (const auto& row : minors)
        registered.minors[row.household_id] = {int(row.under_16), int(row.age_16_to_18), "registered"};
    for (const auto& row : answers) registered.answers[row.person_id] = answer_of(row);
    return registered;
}

judged_cycle judge_cycle(const run_input& in, record::history_store& history) {
    const snapshot& s = in.snapshot.data;
    auto cycle = rules::make_judgment_cycle(in.cycle.start);
    auto minors = history.minors_in_force(cycle.start.iso());
    auto answers = history.answers_in_force(cycle.start.iso());
    judged_cycle out;
    out.judged = by_household(s, rules::judge_ratios(s, cycle, in.cfg.rules, in.cfg.judgment,
                                                     registered_of(minors, answers)));
    out.summary = {judgment_run_id(in, minors, answers), cycle.start.iso(), cycle.income_year, {}, {}, false};
    out.rows = judgment_rows(s, out.judged, cycle, in.cfg.judgment, out.summary);
    return out;
}

judgment_summary run_judgment(const cycle_run_options& options, const families::registry& families) {
    cycle_run run(options, families);
    auto& [in, out, history] = run;
    const snapshot& s = in.snapshot.data;
    auto layout = list::load_table_layout((fs::path(options.paths.layouts) / "lists" / "judgment-list.yaml").string());
    auto fonts = fonts::font_set::load(options.paths.fonts);

    auto [summary, judged, rows] = judge_cycle(in, *history);
    auto reserved = reserve(*history, summary.run_id, "judgment", summary.run_id, out, true);
    release_on_failure release(*history, reserved);

    manifest files(summary.run_id, "judgment");
    files.set_fact("cycle_start", json_string(summary.cycle_start));
    files.set_fact("income_year", std::to_string(summary.income_year));
    write_jsonl(rows, out, files);
    kokuho::era_formatter eras;
    list::row_source row = [&](std::size_t i) { return list::cells_of(layout, list_values(s, judged[i]), eras); };
    list::table_context context{summary.run_id, eras.long_form(in.cycle.issue_date), totals(layout, summary)};
    write_list_files({"judgment-list", "judgment_list", in.cfg.output.list_pages_per_pdf}, layout, judged.size(), row,
                     context, fonts, out, files);

    summary.already_recorded = history->record_judgments(summary.run_id, rows).already_recorded;
    finish(*history, summary.run_id, out, files);
    return summary;
}

}  // namespace kokuho::batch
