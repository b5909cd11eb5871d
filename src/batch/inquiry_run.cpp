#include "batch/inquiry_run.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "batch/documents.h"
#include "batch/exceptions.h"
#include "batch/history.h"
#include "batch/judgment_run.h"
#include "batch/list_files.h"
#include "batch/manifest.h"
#include "batch/plan.h"
#include "bind/source.h"
#include "core/json.h"
#include "core/municipality.h"
#include "core/sha256.h"
#include "render/list/table.h"
#include "render/pdf/pdf_writer.h"
#include "rules/judgment.h"

namespace kokuho::batch {

namespace {

namespace fs = std::filesystem;

// One person to ask about, and where.
struct target {
    std::size_t person = 0;  // index into snapshot::persons
    municipality_ref where;  // of prior_municipality
    const municipality_entry* entry = nullptr;  // null: not in inquiry.yaml (宛先不明)
    std::optional<date> asked_before;           // the cycle's latest earlier inquiry
    std::string letter;                         // its letter's number, "" for none
};

// A letter to one municipality: its number and its people (indexes into the targets).
struct letter {
    const municipality_entry* entry = nullptr;
    std::string number;
    std::vector<std::size_t> targets;
};

// The forms and lists an inquiry run prints, loaded and checked before it reserves its work.
struct inquiry_kits {
    form_kit cover, reply;
    list::table_layout people, dispatch;
    fonts::font_set fonts;
};

// The values of a letter to a municipality, as the cover letter and each reply form read
// them: municipality.*, insurer.* and letter.*.
void add_letter(kokuho::values& v, const municipality_entry& m, const config& cfg, const std::string& number,
                const date& on, std::size_t people, int income_year) {
    v.set("municipality.code", m.code);
    v.set("municipality.name", m.name);
    v.set("municipality.section", m.section);
    v.set("municipality.postal_code", m.postal_code);
    v.set("municipality.address", m.address);
    bind::add_insurer(v, cfg.insurer);
    v.set("letter.number", number);
    v.set("letter.date", on);
    v.set("letter.reply_by", on.plus_days(cfg.inquiry.reply_within_days));
    v.set("letter.income_year_end", date(income_year, 12, 31));
    v.set("letter.people", std::to_string(people));
}

// The values of one person of a letter (inquiry.*), with the snapshot's.
kokuho::values target_values(const snapshot& s, const target& t) {
    const person& p = s.persons[t.person];
    kokuho::values v = bind::snapshot_values(p, s.households[p.household]);
    v.set("inquiry.prior_address", p.prior_address.empty() ? t.where.name : p.prior_address);
    v.set("inquiry.code", t.where.code);
    v.set("inquiry.municipality", t.entry ? t.entry->name : t.where.name);
    v.set("inquiry.letter", t.letter);
    v.set("inquiry.asked_before", t.asked_before);
    v.set("inquiry.unknown", t.entry ? "" : "1");
    return v;
}

kokuho::values reply_values(const snapshot& s, const target& t, const letter& l, const config& cfg,
                            const date& on, int income_year, std::size_t seq) {
    kokuho::values v = target_values(s, t);
    add_letter(v, *l.entry, cfg, l.number, on, l.targets.size(), income_year);
    v.set("reply.seq", std::to_string(seq));
    v.set("reply.count", std::to_string(l.targets.size()));
    v.set("inquiry.seq", std::to_string(seq));
    return v;
}

inquiry_kits load_kits(const project_paths& paths, const config& cfg) {
    // Every name a letter's template may read: those of a reply form, with made-up content.
    snapshot none;
    none.households.emplace_back();
    none.persons.emplace_back();
    letter sample{nullptr, "", {0}};
    municipality_entry somewhere;
    sample.entry = &somewhere;
    auto names = reply_values(none, target{}, sample, cfg, date(2000, 1, 1), 1999, 1);
    auto lists = fs::path(paths.layouts) / "lists";
    return {load_kit(paths, "inquiry-letter", names), load_kit(paths, "inquiry-reply", names),
            list::load_table_layout((lists / "inquiry-people.yaml").string()),
            list::load_table_layout((lists / "dispatch-list.yaml").string()), fonts::font_set::load(paths.fonts)};
}

// The people to ask about, in snapshot order, with the day each was asked about before.
std::vector<target> targets_of(const snapshot& s, const std::vector<rules::judgment>& judged,
                               const std::vector<record::answer_row>& answers,
                               const std::vector<record::inquiry_row>& earlier, const config& cfg) {
    std::set<std::string> answered;
    for (const auto& a : answers) answered.insert(a.person_id);
    std::map<std::string, date> asked;
    for (const auto& row : earlier) asked.insert_or_assign(row.person_id, *date::parse_iso(row.sent_on));
    std::vector<target> found;
    for (const auto& j : judged) {
        const person& p = s.persons[j.person];
        if (p.prior_municipality.empty() || answered.count(p.person_id)) continue;
        target t;
        t.person = j.person;
        t.where = *split_municipality(p.prior_municipality);  // checked when the snapshot was read
        auto entry = cfg.inquiry.municipalities.find(t.where.code);
        if (entry != cfg.inquiry.municipalities.end()) t.entry = &entry->second;
        if (auto before = asked.find(p.person_id); before != asked.end()) t.asked_before = before->second;
        found.push_back(std::move(t));
    }
    std::stable_sort(found.begin(), found.end(), [](const target& a, const target& b) { return a.person < b.person; });
    return found;
}

// The run's id covers its inputs: the snapshot, the config with its table of
// municipalities, the day, the cycle, the answers in force and the inquiries sent before.
std::string inquiry_run_id(const run_input& in, const std::vector<record::answer_row>& answers,
                           const std::vector<record::inquiry_row>& earlier) {
    auto table = fs::path(in.cfg.dir) / "inquiry.yaml";
    std::vector<std::string> parts{in.snapshot.sha256, in.cfg.fingerprint,
                                   fs::exists(table) ? sha256_file(table.string()) : "none",
                                   in.cycle.issue_date.iso(), in.cycle.start.iso()};
    for (const auto& row : answers) parts.push_back(row.person_id + "\t" + row.registration_id);
    for (const auto& row : earlier) parts.push_back(row.person_id + "\t" + row.run_id);
    return make_input_id("L", in.cycle.issue_date, parts);
}

// One letter per municipality of the table, in code order, numbered RUN-001, RUN-002, ...
std::vector<letter> letters_of(std::vector<target>& targets, const std::string& run_id) {
    std::map<std::string, letter> by_code;
    for (std::size_t i = 0; i < targets.size(); ++i)
        if (targets[i].entry) {
            auto& l = by_code[targets[i].entry->code];
            l.entry = targets[i].entry;
            l.targets.push_back(i);
        }
    std::vector<letter> letters;
    for (auto& [code, l] : by_code) {
        char number[16];
        std::snprintf(number, sizeof number, "-%03zu", letters.size() + 1);
        l.number = run_id + number;
        for (auto i : l.targets) targets[i].letter = l.number;
        letters.push_back(std::move(l));
    }
    return letters;
}

class letter_writer {
public:
    letter_writer(const run_input& in, const inquiry_kits& kits, int income_year, output_dir& out, manifest& files)
        : in_(in), kits_(kits), income_year_(income_year), out_(out), files_(files) {}

    // inquiry-<code>.pdf: the cover letter, the 照会対象者一覧 and a reply form per person.
    void write(const letter& l, const std::vector<target>& targets) {
        const snapshot& s = in_.snapshot.data;
        const date& on = in_.cycle.issue_date;
        kokuho::values cover;
        add_letter(cover, *l.entry, in_.cfg, l.number, on, l.targets.size(), income_year_);
        compose(kits_.cover, cover, "");
        list::row_source row = [&](std::size_t i) {
            return list::cells_of(kits_.people, reply_values(s, targets[l.targets[i]], l, in_.cfg, on, income_year_, i + 1),
                                  eras_);
        };
        list::table_context context{l.number, eras_.long_form(on),
                                    {"照会対象者 " + std::to_string(l.targets.size()) + " 名"}, "照会番号"};
        for (auto& page : list::table_pages(kits_.people, l.targets.size(), row, context, kits_.fonts, 0,
                                            list::page_count(kits_.people, l.targets.size())))
            pages_.push_back(std::move(page));
        for (std::size_t i = 0; i < l.targets.size(); ++i) {
            const target& t = targets[l.targets[i]];
            compose(kits_.reply, reply_values(s, t, l, in_.cfg, on, income_year_, i + 1), s.persons[t.person].person_id);
        }
        auto name = "inquiry-" + l.entry->code + ".pdf";
        pdf::write_pdf(pages_, kits_.fonts, {"資格照会 " + l.number, true}, out_.reserve(name));
        files_.add(out_, name, "inquiry_letter", "pages", pages_.size());
        pages_.clear();
    }

    std::vector<exception_row>& exceptions() { return exceptions_; }

private:
    void compose(const form_kit& kit, const kokuho::values& source, const std::string& person_id) {
        std::vector<layout::fit_note> notes;
        layout::compose(kit.layout, kit.tmpl.bind(source, "", eras_), kits_.fonts, {}, pages_, notes);
        for (auto& n : notes) exceptions_.push_back({0, person_id, "inquiry_letter", n.field, n.original, n.action, ""});
    }

    const run_input& in_;
    const inquiry_kits& kits_;
    int income_year_;
    output_dir& out_;
    manifest& files_;
    kokuho::era_formatter eras_;
    std::vector<layout::page> pages_;
    std::vector<exception_row> exceptions_;
};

// The dispatch list's order: letter by letter, then the people no letter reaches.
std::vector<std::size_t> dispatch_order(const std::vector<letter>& letters, const std::vector<target>& targets) {
    std::vector<std::size_t> order;
    for (const auto& l : letters) order.insert(order.end(), l.targets.begin(), l.targets.end());
    for (std::size_t i = 0; i < targets.size(); ++i)
        if (!targets[i].entry) order.push_back(i);
    return order;
}

std::vector<std::string> dispatch_totals(const inquiry_summary& summary) {
    return {"照会先 " + std::to_string(summary.letters) + " 団体、照会対象者 " + std::to_string(summary.people) +
                " 名（うち再照会 " + std::to_string(summary.asked_before) + " 名）",
            "宛先不明 " + std::to_string(summary.unknown) + " 名（照会先が inquiry.yaml にないため送付なし）"};
}

std::vector<record::inquiry_row> inquiry_rows(const snapshot& s, const std::vector<target>& targets,
                                              const inquiry_summary& summary, const date& on) {
    std::vector<record::inquiry_row> rows;
    for (const auto& t : targets) {
        if (!t.entry) continue;
        const person& p = s.persons[t.person];
        rows.push_back({p.person_id, s.households[p.household].household_id, summary.cycle_start, t.where.code,
                        on.iso(), t.letter, summary.run_id});
    }
    return rows;
}

void write_exceptions(std::vector<exception_row> rows, const snapshot& s, const std::vector<target>& targets,
                      output_dir& out, manifest& files) {
    for (const auto& t : targets)
        if (!t.entry)
            rows.push_back({0, s.persons[t.person].person_id, "inquiry_letter", "prior_municipality",
                            t.where.code + " " + t.where.name, "宛先不明: not in inquiry.yaml, no letter", ""});
    auto file = out.open("exceptions.csv");
    write_exceptions_csv(rows, file);
    out.close(file, "exceptions.csv");
    files.add(out, "exceptions.csv", "exceptions", "records", rows.size());
}

}  // namespace

inquiry_summary run_inquiry_letters(const cycle_run_options& options, const families::registry& families) {
    cycle_run run(options, families);
    auto& [in, out, history] = run;
    const snapshot& s = in.snapshot.data;
    auto kits = load_kits(options.paths, in.cfg);

    auto cycle = rules::make_judgment_cycle(in.cycle.start);
    auto answers = history->answers_in_force(cycle.start.iso());
    auto earlier = history->inquiries_of_cycle(cycle.start.iso());
    auto judged = rules::judge_ratios(s, cycle, in.cfg.rules, in.cfg.judgment,
                                      registered_of(history->minors_in_force(cycle.start.iso()), answers));
    auto targets = targets_of(s, judged, answers, earlier, in.cfg);
    inquiry_summary summary{inquiry_run_id(in, answers, earlier), cycle.start.iso(), cycle.income_year};
    auto letters = letters_of(targets, summary.run_id);
    for (const auto& t : targets) {
        summary.people += t.entry != nullptr;
        summary.unknown += t.entry == nullptr;
        summary.asked_before += t.entry && t.asked_before;
    }
    summary.letters = letters.size();
    auto reserved = reserve(*history, summary.run_id, "inquiry", summary.run_id, out, true);
    release_on_failure release(*history, reserved);

    manifest files(summary.run_id, "inquiry");
    files.set_fact("cycle_start", json_string(summary.cycle_start));
    files.set_fact("income_year", std::to_string(summary.income_year));
    letter_writer writer(in, kits, cycle.income_year, out, files);
    for (const auto& l : letters) writer.write(l, targets);

    kokuho::era_formatter eras;
    auto order = dispatch_order(letters, targets);
    list::row_source row = [&](std::size_t i) { return list::cells_of(kits.dispatch, target_values(s, targets[order[i]]), eras); };
    list::table_context context{summary.run_id, eras.long_form(in.cycle.issue_date), dispatch_totals(summary)};
    write_list_files({"dispatch-list", "dispatch_list", in.cfg.output.list_pages_per_pdf}, kits.dispatch, order.size(),
                     row, context, kits.fonts, out, files);
    write_exceptions(std::move(writer.exceptions()), s, targets, out, files);

    summary.already_recorded =
        history->record_inquiries(summary.run_id, inquiry_rows(s, targets, summary, in.cycle.issue_date)).already_recorded;
    finish(*history, summary.run_id, out, files);
    return summary;
}

}  // namespace kokuho::batch
