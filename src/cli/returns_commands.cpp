// kokuho returns register | reissue (5.7): mail the post office brought back.
#include <iostream>
#include <sstream>

#include "batch/returns_run.h"
#include "cli/common.h"
#include "core/error.h"

namespace kokuho::cli {

namespace {

// --seq 12,13: 通番 of the batch.
std::vector<long> seqs_of(const std::string& text) {
    std::vector<long> seqs;
    std::stringstream parts(text);
    for (std::string part; std::getline(parts, part, ',');) {
        try {
            std::size_t used = 0;
            long seq = std::stol(part, &used);
            if (used != part.size() || seq < 1) throw std::invalid_argument(part);
            seqs.push_back(seq);
        } catch (const std::exception&) {
            fail_input({"command line"}, "--seq \"" + text + "\": expected 通番 such as 12 or 12,13");
        }
    }
    return seqs;
}

}  // namespace

int returns_register(const std::vector<std::string>& argv) {
    args a(argv, {"batch", "seq", "date", "reason", "file", "out", "db", "config", "project"}, {});
    batch::returns_register_options o;
    if (auto file = a.get("file")) {
        if (a.get("batch") || a.get("seq") || a.get("date") || a.get("reason"))
            fail_input({"command line"}, "give either --file or --batch with --seq and --date, not both");
        o.returned.file = *file;
    } else {
        o.returned.batch_id = a.required("batch");
        o.returned.seqs = seqs_of(a.required("seq"));
        o.returned.returned_on = date_option(a, "date");
        o.returned.reason = a.get("reason").value_or("");
    }
    o.config_dir = config_dir_of(a);
    o.database = a.get("db").value_or("");
    o.out_dir = a.required("out");
    o.paths = paths_of(a);
    auto r = batch::register_returns(o, batch::load_families(o.paths));
    std::cout << "returns " << r.registration_id << ": " << r.result.registered << " documents returned, "
              << r.result.already << " returned before (unchanged)";
    if (!r.result.mates.empty()) {
        std::cout << "; with their envelope mates";
        for (const auto& m : r.result.mates) std::cout << " " << m.batch_id << ":" << m.seq;
    }
    std::cout << "; 返送分一覧 of " << r.listed << " returns -> " << o.out_dir << "\n";
    return 0;
}

int returns_reissue(const std::vector<std::string>& argv) {
    args a(argv, with(input_options, {"out", "db", "kind", "jobs"}), with(input_flags, {"debug-boxes"}));
    batch::reissue_options o{a.get("kind").value_or(""), input_of(a), a.required("out"), a.get("db").value_or(""),
                             produce_of(a)};
    auto s = batch::reissue_returns(o, batch::load_families(o.produce.paths));
    std::cout << s.family << ": returns of the cycle from " << (s.cycle_start.empty() ? "-" : s.cycle_start) << ": "
              << s.reissued << " reissued to a new address, " << s.held << " held (address unchanged), " << s.closed
              << " closed (no longer insured)";
    if (s.other_cycles) std::cout << "; " << s.other_cycles << " returns of earlier cycles left as they are";
    std::cout << "; 返送分一覧 of " << s.listed << " returns -> " << o.out_dir << "\n";
    if (s.batch) print_summary(*s.batch, o.out_dir);
    return 0;
}

}  // namespace kokuho::cli
