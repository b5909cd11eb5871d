// kokuho returns reissue (5.7.2): what to do with each returned document not yet dealt with.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "batch/history.h"
#include "batch/plan.h"
#include "batch/returns_run.h"
#include "batch/sources.h"
#include "batch/store_inputs.h"

namespace kokuho::batch {

namespace {

using open_returns = std::vector<record::returned_document>;

// The family's returns not dealt with, of the latest cycle among them; the others are counted.
open_returns returns_to_deal_with(record::history_store& history, const families::family& f, std::size_t& other_cycles,
                                  std::string& cycle_start) {
    open_returns open;
    std::map<std::string, std::string> cycle_of;  // batch -> cycle start
    for (auto& r : history.returned_documents()) {
        if (r.document.family != f.id || !r.outcome.empty() || r.document.status != "returned") continue;
        auto [it, fresh] = cycle_of.try_emplace(r.document.batch_id);
        if (fresh) it->second = history.find_batch(r.document.batch_id)->cycle_start;
        cycle_start = std::max(cycle_start, it->second);
        open.push_back(std::move(r));
    }
    auto earlier = std::stable_partition(open.begin(), open.end(),
                                         [&](const auto& r) { return cycle_of.at(r.document.batch_id) == cycle_start; });
    other_cycles = std::size_t(open.end() - earlier);
    open.erase(earlier, open.end());
    return open;
}

// The returned documents each new document supersedes: of the same person and form, else of
// the same person and not yet taken.
void link_returned(std::vector<record::document_row>& rows, const open_returns& open) {
    std::vector<bool> taken(open.size(), false);
    auto take = [&](const record::document_row& row, bool same_form) -> const record::returned_document* {
        for (std::size_t i = 0; i < open.size(); ++i)
            if (!taken[i] && open[i].document.person_id == row.person_id && (!same_form || open[i].document.form == row.form)) {
                taken[i] = true;
                return &open[i];
            }
        return nullptr;
    };
    for (auto& row : rows) {
        const auto* r = take(row, true);
        if (!r) r = take(row, false);
        if (r) row.supersedes = {r->document.batch_id, r->document.seq};
    }
}

}  // namespace

reissue_summary reissue_returns(const reissue_options& options, const families::registry& families) {
    const auto& f = options.family.empty() ? families.default_family() : families.get(options.family);
    config cfg = load_run_config(options.input, families);
    output_dir out(options.out_dir);
    if (cfg.output.group_readable) out.share_with_group();
    auto history = open_store(options.database, cfg);
    returned_list kit(options.produce.paths);

    reissue_summary summary;
    summary.family = f.id;
    auto open = returns_to_deal_with(*history, f, summary.other_cycles, summary.cycle_start);
    auto in = load_input(options.input, std::move(cfg),
                         summary.cycle_start.empty() ? std::nullopt : date::parse_iso(summary.cycle_start));
    use_store(in, *history, f);
    const snapshot& s = in.snapshot.data;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < s.persons.size(); ++i) index.emplace(s.persons[i].person_id, i);

    // Decided per person: reissued to a new address, held, or closed.
    auto decided = decide_all(s, in.cycle, in.cfg, f);
    std::vector<bool> include(s.persons.size(), false);
    std::vector<record::return_outcome> settled;
    std::vector<std::string> parts{in.snapshot.sha256, in.cfg.fingerprint, options.input.as_of.iso()};
    for (const auto& r : open) {
        record::document_ref ref{r.document.batch_id, r.document.seq};
        auto found = index.find(r.document.person_id);
        bool insured = found != index.end() && !decided[found->second].form.empty();
        if (!insured) {
            settled.push_back({ref, "closed"});
            continue;
        }
        const household& h = s.households[s.persons[found->second].household];
        if (r.mail_to.empty() || mailing_line(h) == r.mail_to) {
            settled.push_back({ref, "held"});
            continue;
        }
        include[found->second] = true;
        parts.push_back(ref.batch_id + ":" + std::to_string(ref.seq));
    }

    if (std::count(include.begin(), include.end(), true) > 0) {
        batch_plan plan = plan_batch(s, in.cycle, in.cfg, f, include);
        std::string batch_id = make_batch_id("S", options.input.as_of, f, parts);
        auto reserved = reserve(*history, batch_id, "reissue", batch_id, out, true);
        release_on_failure release(*history, reserved);
        manifest files(batch_id, "reissue");
        auto produced = produce_batch(in, plan, batch_id, options.produce, out, files);
        link_returned(produced.rows, open);
        produced.summary.earlier_run = reserved.before;
        record::batch_info info{batch_id, f.id, "reissue", options.input.as_of.iso(), in.cfg.fingerprint, "",
                                in.cycle.start.iso()};
        // Recorded first: the new documents settle the returns they answer, as the list shows.
        produced.summary.already_recorded = history->record_batch(info, produced.rows).already_recorded;
        history->settle_returns(settled, options.input.as_of.iso());
        summary.listed = write_returned_list(*history, families, kit, batch_id, options.input.as_of,
                                             in.cfg.output.list_pages_per_pdf, out, files);
        finish(*history, batch_id, out, files);
        summary.batch = std::move(produced.summary);
    } else {
        history->settle_returns(settled, options.input.as_of.iso());
        std::string run_id = make_input_id("S", options.input.as_of, parts);
        manifest files(run_id, "reissue");
        summary.listed = write_returned_list(*history, families, kit, run_id, options.input.as_of,
                                             in.cfg.output.list_pages_per_pdf, out, files);
        files.write(out);
        out.commit_all();
    }
    for (const auto& o : settled) ++(o.outcome == "held" ? summary.held : summary.closed);
    summary.reissued = open.size() - settled.size();
    return summary;
}

}  // namespace kokuho::batch
