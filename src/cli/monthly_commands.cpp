// kokuho monthly changes (5.11): the month's new documents, with their reasons.
#include <filesystem>
#include <iostream>
#include <sstream>

#include "batch/monthly_run.h"
#include "cli/common.h"

namespace kokuho::cli {

namespace fs = std::filesystem;

namespace {

// The families of --kind: one, or several separated by commas; empty for the default family.
std::vector<std::string> kinds_of(const args& a) {
    std::vector<std::string> kinds;
    std::stringstream list(a.get("kind").value_or(""));
    for (std::string kind; std::getline(list, kind, ',');) kinds.push_back(kind);
    if (kinds.empty()) kinds.emplace_back();
    return kinds;
}

}  // namespace

int monthly_changes(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "db", "kind", "jobs"}), with(input_flags, {"debug-boxes"}));
    auto kinds = kinds_of(a);
    auto families = batch::load_families(paths_of(a));
    for (const auto& kind : kinds) families.get(kind.empty() ? families.default_family().id : kind);  // all known first
    for (const auto& kind : kinds) {
        // Several families: each batch in a folder of its own under --out.
        auto out = kinds.size() == 1 ? a.required("out") : (fs::path(a.required("out")) / kind).string();
        batch::monthly_options o{kind, input_of(a), out, a.get("db").value_or(""), produce_of(a)};
        auto s = batch::run_monthly(o, families);
        std::cout << s.family << ": the cycle from " << s.cycle_start << ", " << s.compared
                  << " people compared with the document they hold";
        if (!s.batch) {
            std::cout << "; no changes: nothing issued, nothing written to " << out << "\n";
            continue;
        }
        std::cout << "; new documents by reason: " << counts(s.reasons) << "; " << s.letters << " 変更理由のお知らせ\n";
        print_summary(*s.batch, out);
    }
    return 0;
}

}  // namespace kokuho::cli
