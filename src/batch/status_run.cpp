#include "batch/status_run.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "batch/history.h"
#include "batch/list_files.h"
#include "batch/plan.h"
#include "core/era.h"
#include "rules/age.h"

namespace kokuho::batch {

namespace {

namespace fs = std::filesystem;

struct status_row {
    std::size_t family_order = 0;
    record::history_row document;  // empty batch_id: the person holds none (the missing section)
    std::string status;            // on the day
};

// A delivered or generated document whose validity ended before the day is expired.
std::string status_on(const record::history_row& d, const date& day) {
    bool held = d.status == "delivered" || d.status == "generated";
    return held && !d.valid_until.empty() && d.valid_until < day.iso() ? "expired" : d.status;
}

// Per person and family, the document of the latest batch; within a batch, not a companion
// (a card before its letter).
std::vector<status_row> latest_documents(const std::vector<record::history_row>& all, const status_options& o,
                                         const families::registry& families) {
    std::map<std::pair<std::string, std::string>, record::history_row> latest;  // (family, person)
    for (const auto& d : all) {
        if ((!o.family.empty() && d.family != o.family) || (!o.household.empty() && d.household_id != o.household))
            continue;
        auto [it, fresh] = latest.try_emplace({d.family, d.person_id}, d);
        if (fresh) continue;
        const auto* f = families.find(d.family);
        bool later_batch = it->second.batch_id != d.batch_id;
        if (later_batch || (f && f->is_companion(it->second.form) && !f->is_companion(d.form))) it->second = d;
    }
    auto ids = families.ids();
    std::vector<status_row> rows;
    for (auto& [key, d] : latest) {
        std::size_t order = std::size_t(std::find(ids.begin(), ids.end(), key.first) - ids.begin());
        rows.push_back({order, d, status_on(d, o.as_of)});
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return std::tie(a.document.household_id, a.document.person_id, a.family_order) <
               std::tie(b.document.household_id, b.document.person_id, b.family_order);
    });
    return rows;
}

bool insured_on(const person& p, const date& day, const rule_options& r) {
    return !p.former_member && !(p.lost_on && *p.lost_on <= day) &&
           day < rules::birthday(p.birth_date, r.later_elderly_age);
}

// The people of the snapshot insured on the day whose latest document of the default family
// is not one they hold and can use (generated or delivered, not expired).
std::vector<status_row> missing_documents(const status_options& o, const families::registry& families,
                                          const std::vector<status_row>& rows) {
    const auto& f = families.default_family();
    input_options input = *o.snapshot;
    input.as_of = o.as_of;
    auto in = load_input(input, load_run_config(input, families));
    std::set<std::string> holding;
    for (const auto& r : rows)
        if (r.document.family == f.id && (r.status == "generated" || r.status == "delivered"))
            holding.insert(r.document.person_id);
    std::vector<status_row> out;
    const auto& s = in.snapshot.data;
    for (const auto& p : s.persons) {
        const auto& h = s.households[p.household];
        if ((!o.household.empty() && h.household_id != o.household) || !insured_on(p, o.as_of, in.cfg.rules) ||
            holding.count(p.person_id))
            continue;
        status_row missing;
        missing.document.family = f.id;
        missing.document.person_id = p.person_id;
        missing.document.household_id = h.household_id;
        missing.status = "missing";
        out.push_back(std::move(missing));
    }
    return out;
}

kokuho::values row_values(const status_row& r, const families::registry& families) {
    const auto& d = r.document;
    const auto* f = families.find(d.family);
    const auto* form = f ? f->find_form(d.form) : nullptr;
    kokuho::values v;
    v.set("status.family", f ? f->title : d.family);
    v.set("status.person_id", d.person_id);
    v.set("status.household_id", d.household_id);
    v.set("status.batch_id", d.batch_id);
    v.set("status.seq", d.batch_id.empty() ? "" : std::to_string(d.seq));
    v.set("status.form", form ? form->name : d.form);
    v.set("status.variant", d.variant);
    v.set("status.issued_on", date::parse_iso(d.generated_on));
    v.set("status.valid_from", date::parse_iso(d.valid_from));
    v.set("status.valid_until", date::parse_iso(d.valid_until));
    v.set("status.status", r.status);
    v.set("status.superseded_by", d.replaced_by);
    return v;
}

// One line per family: each form's count by status.
std::vector<std::string> totals(const std::vector<status_row>& rows, const list::table_layout& layout,
                                const families::registry& families) {
    std::map<std::size_t, std::map<std::pair<std::string, std::string>, std::size_t>> counted;
    for (const auto& r : rows) ++counted[r.family_order][{r.document.form, r.status}];
    auto ids = families.ids();
    std::vector<std::string> lines;
    for (const auto& [order, by_form] : counted) {
        const auto* f = order < ids.size() ? families.find(ids[order]) : nullptr;
        std::string line = (f ? f->title : std::string("?")) + "：";
        bool first = true;
        for (const auto& [key, n] : by_form) {
            const auto* form = f ? f->find_form(key.first) : nullptr;
            line += std::string(first ? "" : "、") + (form ? form->name + " " : "") + list::label(layout, "status", key.second) + " " +
                    std::to_string(n) + " 件";
            first = false;
        }
        lines.push_back(line);
    }
    return lines;
}

}  // namespace

status_summary write_status_list(const status_options& o, const families::registry& families) {
    if (!o.family.empty()) families.get(o.family);  // an unknown --kind is named
    config cfg = load_config(o.config_dir);
    auto layout = list::load_table_layout((fs::path(o.paths.layouts) / "lists" / "status-list.yaml").string());
    auto fonts = fonts::font_set::load(o.paths.fonts);
    auto history = open_store(o.database, cfg);
    auto rows = latest_documents(history->history_of_all(), o, families);
    status_summary summary;
    if (o.snapshot && (o.family.empty() || o.family == families.default_family().id)) {
        auto missing = missing_documents(o, families, rows);
        summary.missing = missing.size();
        auto ids = families.ids();
        auto order = std::size_t(std::find(ids.begin(), ids.end(), families.default_family().id) - ids.begin());
        for (auto& m : missing) m.family_order = order;
        rows.insert(rows.end(), missing.begin(), missing.end());
    }
    summary.rows = rows.size();
    for (const auto& r : rows) ++summary.statuses[r.status];
    summary.run_id = make_input_id("V", o.as_of, {o.family, o.household, std::to_string(rows.size())});

    output_dir out(o.out_dir);
    if (cfg.output.group_readable) out.share_with_group();
    manifest files(summary.run_id, "status");
    kokuho::era_formatter eras;
    list::row_source row = [&](std::size_t i) { return list::cells_of(layout, row_values(rows[i], families), eras); };
    list::table_context context{eras.long_form(o.as_of) + " 現在", eras.long_form(o.as_of), totals(rows, layout, families),
                                "基準日"};
    write_list_files({"status-list", "status_list", cfg.output.list_pages_per_pdf}, layout, rows.size(), row, context,
                     fonts, out, files);
    files.write(out);
    out.commit_all();
    return summary;
}

}  // namespace kokuho::batch
