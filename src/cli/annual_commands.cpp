// kokuho annual certificates | pullout | replace, kokuho limit recommend (a bulk run of the
// 勧奨通知) and kokuho preview.
#include <iostream>

#include "batch/annual.h"
#include "batch/change_run.h"
#include "batch/preview.h"
#include "batch/pullout_run.h"
#include "batch/replace.h"
#include "cli/common.h"

namespace kokuho::cli {


int annual_certificates(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "db", "kind", "jobs"}), with(input_flags, {"debug-boxes"}));
    auto families = batch::load_families(paths_of(a));
    batch::annual_options o{a.get("kind").value_or(""), input_of(a), a.required("out"),
                            a.get("db").value_or(""), produce_of(a)};
    print_summary(batch::run_annual(o, families), o.out_dir);
    return 0;
}

// The 勧奨通知 of the limit certificates: the bulk run of the family limit_notice.
int limit_recommend(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "db", "jobs"}), with(input_flags, {"debug-boxes"}));
    auto families = batch::load_families(paths_of(a));
    batch::annual_options o{"limit_notice", input_of(a), a.required("out"), a.get("db").value_or(""),
                            produce_of(a)};
    print_summary(batch::run_annual(o, families), o.out_dir);
    return 0;
}

int annual_pullout(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "db", "batch"}), input_flags);
    batch::pullout_options o{input_of(a), a.required("batch"), a.required("out"),
                             a.get("db").value_or(""), paths_of(a)};
    auto s = batch::run_pullout(o, batch::load_families(o.paths));
    if (s.taken_over)
        std::cout << earlier(*s.taken_over) << ": its " << s.pulled << " pull-outs were written now; run "
                  << "the pull-out again for changes since\n";
    std::cout << "batch " << s.batch_id << ", pull-out " << s.run_id << ": " << s.documents
              << " documents compared, " << s.pulled << " to pull out (" << counts(s.reasons) << ")";
    if (s.pulled_before) std::cout << ", " << s.pulled_before << " pulled out before";
    std::cout << " -> " << o.out_dir << "\n";
    return 0;
}

int annual_replace(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "db", "batch", "jobs"}), with(input_flags, {"debug-boxes"}));
    batch::replace_options o{input_of(a), a.required("batch"), a.required("out"),
                             a.get("db").value_or(""), produce_of(a)};
    auto s = batch::run_replace(o, batch::load_families(o.produce.paths));
    std::cout << "replacing " << s.pulled << " pulled-out documents of batch " << o.batch_id << " ("
              << s.not_insured << " people no longer insured get none)\n";
    print_summary(s.batch, o.out_dir);
    return 0;
}

int preview(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "person", "kind", "db", "jobs"}), with(input_flags, {"debug-boxes"}));
    batch::preview_options o;
    o.database = a.get("db").value_or("");
    o.family = a.get("kind").value_or("");
    o.input = input_of(a);
    o.person_id = a.required("person");
    o.out_pdf = a.required("out");
    o.paths = paths_of(a);
    o.debug_boxes = a.flag("debug-boxes");
    auto r = batch::run_preview(o, batch::load_families(o.paths));
    std::cout << "person " << o.person_id << ": " << r.form << "/" << r.variant << ", seq " << r.seq
              << ", " << r.pages << " pages -> " << o.out_pdf << "\n";
    for (const auto& n : r.notes)
        std::cout << "  " << n.field << ": " << n.action << " (\"" << n.original << "\")\n";
    return 0;
}

int elderly_changes(const std::vector<std::string>& argv) {
    auto options = with(input_options, {"out", "db", "effective-from", "jobs"});
    options.erase("valid-from");  // the cycle is the one --as-of falls in
    args a(argv, options, with(input_flags, {"debug-boxes"}));
    batch::change_options o{"elderly", input_of(a), std::nullopt, a.required("out"), a.get("db").value_or(""),
                            produce_of(a)};
    if (a.get("effective-from")) o.effective_from = date_option(a, "effective-from");
    auto s = batch::run_changes(o, batch::load_families(o.produce.paths));
    if (!s.judgment_run.empty())
        std::cout << "judged the cycle from " << s.cycle_start << " again: judgment " << s.judgment_run
                  << " recorded\n";
    std::cout << "changes of the cycle from " << s.cycle_start << ": " << s.compared << " delivered documents compared, "
              << s.changed << " people changed, new documents from " << s.effective_from.iso() << "\n";
    print_summary(s.batch, o.out_dir);
    if (s.also_reissued)
        std::cout << s.also_reissued << " of them hold a " << s.also_family
                  << " document that prints the ratio: reissue it in the monthly run (change-list.csv)\n";
    return 0;
}

}  // namespace kokuho::cli
