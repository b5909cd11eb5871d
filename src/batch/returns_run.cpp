#include "batch/returns_run.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "batch/csv_input.h"
#include "batch/history.h"
#include "batch/list_files.h"
#include "batch/plan.h"
#include "batch/sources.h"
#include "batch/store_inputs.h"
#include "core/clock.h"
#include "core/era.h"
#include "core/json.h"
#include "core/sha256.h"

namespace kokuho::batch {

namespace {

namespace fs = std::filesystem;

const std::vector<std::string> returns_header{"batch_id", "seq", "returned_on", "reason"};

// One row of the 返送分一覧: returned.* (src/batch/returns_run.h names them in the layout).
kokuho::values row_values(const record::returned_document& r, const families::registry& families) {
    const auto& d = r.document;
    kokuho::values v;
    const auto* f = families.find(d.family);
    const auto* form = f ? f->find_form(d.form) : nullptr;
    v.set("returned.batch_id", d.batch_id);
    v.set("returned.seq", std::to_string(d.seq));
    v.set("returned.family", d.family);
    v.set("returned.form", form ? form->name : d.form);
    v.set("returned.household_id", d.household_id);
    v.set("returned.person_id", d.person_id);
    v.set("returned.mail_to", r.mail_to);
    v.set("returned.reason", r.reason);
    v.set("returned.returned_on", date::parse_iso(r.returned_on));
    v.set("returned.status", d.status);
    v.set("returned.dealt_on", date::parse_iso(r.dealt_on));
    v.set("returned.reissued_as",
          r.reissued_as.batch_id.empty() ? "" : r.reissued_as.batch_id + ":" + std::to_string(r.reissued_as.seq));
    v.set("returned.new_address", r.new_address);
    return v;
}

// The returns named on the command line or in the file, each with its file and row.
struct named_return {
    record::return_row row;
    source_location where;
};

std::vector<named_return> read_returns(const returns_input& in, std::vector<diagnostic>& problems,
                                       std::string& input_digest) {
    std::vector<named_return> out;
    if (in.file.empty()) {
        source_location where{"command line", 0, 0};
        std::string reason = in.reason.empty() ? "other" : in.reason;
        for (long seq : in.seqs) out.push_back({{in.batch_id, seq, in.returned_on ? in.returned_on->iso() : "", reason}, where});
        input_digest = in.batch_id;
        for (long seq : in.seqs) input_digest += "," + std::to_string(seq);
        input_digest += "|" + (in.returned_on ? in.returned_on->iso() : "") + "|" + reason;
        return out;
    }
    auto table = read_input_table(in.file, returns_header, problems);
    input_digest = table.sha256;
    for (const auto& r : table.rows) {
        record::return_row row{r.fields[0], 0, "", r.fields[3]};
        auto seq = whole_number(r.fields[1], 9'999'999);
        if (!seq || *seq == 0) add_problem(problems, in.file, r.line, 2, "seq: not a 通番 (1 or more, digits only)");
        else row.seq = long(*seq);
        if (auto day = date::parse_iso(r.fields[2])) row.returned_on = day->iso();
        else add_problem(problems, in.file, r.line, 3, "returned_on: not a date in YYYY-MM-DD form");
        out.push_back({row, {in.file, r.line, 0}});
    }
    return out;
}

// Every return checked against the store before anything is registered.
void check_returns(const std::vector<named_return>& named, record::history_store& history, const returned_list& kit,
                   std::vector<diagnostic>& problems) {
    std::map<std::string, std::optional<std::pair<record::batch_info, std::vector<record::history_row>>>> batches;
    auto problem = [&](const named_return& n, int column, const std::string& message) {
        add_problem(problems, n.where.file, n.where.line, n.where.line ? column : 0, message);
    };
    for (const auto& n : named) {
        const auto& r = n.row;
        if (!kit.knows(r.reason))
            problem(n, 4, "reason: " + r.reason + " is not a return reason (layouts/lists/returned-list.yaml, maps: reason)");
        auto [it, fresh] = batches.try_emplace(r.batch_id);
        if (fresh)
            if (auto batch = history.find_batch(r.batch_id)) it->second.emplace(*batch, history.history_of_batch(r.batch_id));
        if (!it->second) {
            problem(n, 1, "batch_id: no batch " + r.batch_id + " in the history store");
            continue;
        }
        if (r.seq == 0) continue;
        const auto& [batch, documents] = *it->second;
        auto doc = std::find_if(documents.begin(), documents.end(), [&](const auto& d) { return d.seq == r.seq; });
        if (doc == documents.end()) problem(n, 2, "seq: batch " + r.batch_id + " has no 通番 " + std::to_string(r.seq));
        else if (doc->status == "pulled")
            problem(n, 2, "seq: 通番 " + std::to_string(r.seq) + " of batch " + r.batch_id + " was pulled out: never mailed");
        if (!r.returned_on.empty() && r.returned_on < batch.reference_date)
            problem(n, 3, "returned_on: " + r.returned_on + " is before the batch's day " + batch.reference_date);
    }
}

}  // namespace

returned_list::returned_list(const project_paths& paths)
    : layout(list::load_table_layout((fs::path(paths.layouts) / "lists" / "returned-list.yaml").string())),
      fonts(fonts::font_set::load(paths.fonts)) {}

bool returned_list::knows(const std::string& reason) const {
    auto labels = layout.tables.find("reason");
    return labels != layout.tables.end() && labels->second.count(reason);
}

// Writes returned-list.csv and returned-list-0001.pdf: every return of the store.
std::size_t write_returned_list(record::history_store& history, const families::registry& families,
                                const returned_list& kit, const std::string& reference, const date& day,
                                int pages_per_pdf, output_dir& out, manifest& files) {
    auto returned = history.returned_documents();
    std::map<std::string, std::size_t> by_status;
    for (const auto& r : returned) ++by_status[r.document.status];
    std::string totals;
    for (const auto& [status, n] : by_status)
        totals += (totals.empty() ? "" : "、") + list::label(kit.layout, "status", status) + " " + std::to_string(n) + " 件";
    kokuho::era_formatter eras;
    list::row_source row = [&](std::size_t i) { return list::cells_of(kit.layout, row_values(returned[i], families), eras); };
    list::table_context context{reference, eras.long_form(day),
                                {"返送 " + std::to_string(returned.size()) + " 件" + (totals.empty() ? "" : "（" + totals + "）")},
                                "登録・再発行"};
    write_list_files({"returned-list", "returned_list", pages_per_pdf}, kit.layout, returned.size(), row, context,
                     kit.fonts, out, files);
    return returned.size();
}

returns_registration register_returns(const returns_register_options& options, const families::registry& families) {
    config cfg = load_config(options.config_dir);
    returned_list kit(options.paths);
    std::vector<diagnostic> problems;
    std::string digest;
    auto named = read_returns(options.returned, problems, digest);
    auto history = open_store(options.database, cfg);
    check_returns(named, *history, kit, problems);
    if (!problems.empty()) throw error(error_kind::input, std::move(problems));

    output_dir out(options.out_dir);
    if (cfg.output.group_readable) out.share_with_group();
    date day = today();
    returns_registration done;
    done.registration_id = make_input_id("T", day, {digest});
    std::vector<record::return_row> rows;
    for (const auto& n : named) rows.push_back(n.row);
    done.result = history->register_returns(done.registration_id, rows);
    manifest files(done.registration_id, "returns");
    done.listed = write_returned_list(*history, families, kit, done.registration_id, day, cfg.output.list_pages_per_pdf,
                                      out, files);
    files.write(out);
    out.commit_all();
    return done;
}

}  // namespace kokuho::batch
