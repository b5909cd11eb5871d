#include "cli/common.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <regex>

#include "batch/history.h"
#include "batch/render_pool.h"
#include "core/error.h"

namespace kokuho::cli {

namespace fs = std::filesystem;

const std::set<std::string> input_options = {"snapshot", "as-of", "valid-from", "config",
                                             "encoding", "project"};
const std::set<std::string> input_flags = {"ignore-unknown-columns", "skip-invalid-rows"};

std::set<std::string> with(std::set<std::string> base, std::initializer_list<const char*> more) {
    for (auto m : more) base.insert(m);
    return base;
}

std::string counts(const std::map<std::string, std::size_t>& by_key) {
    std::string text;
    for (const auto& [key, n] : by_key) text += (text.empty() ? "" : ", ") + key + " " + std::to_string(n);
    return text.empty() ? "0" : text;
}

date date_option(const args& a, const std::string& name) {
    auto text = a.required(name);
    auto d = date::parse_iso(text);
    if (!d) fail_input({"command line"}, "--" + name + " \"" + text + "\": expected YYYY-MM-DD, a calendar date");
    return *d;
}

// templates/, layouts/, fonts/, families/ and samples/config come from --project, $KOKUHO_HOME, or the
// source tree the program was built from.
std::string project_root(const args& a) {
    if (auto p = a.get("project")) return *p;
    if (const char* home = std::getenv("KOKUHO_HOME")) return home;
    return KOKUHO_SOURCE_DIR;
}

batch::project_paths paths_of(const args& a) {
    fs::path root = project_root(a);
    return {(root / "templates").string(), (root / "layouts").string(),
            (root / "fonts" / "fonts.yaml").string(), (root / "families").string()};
}

std::string config_dir_of(const args& a) {
    return a.get("config").value_or((fs::path(project_root(a)) / "samples" / "config").string());
}

static read_options reading_of(const args& a) {
    read_options r;
    auto enc = a.get("encoding").value_or("utf-8");
    if (enc == "utf-8" || enc == "utf8") r.encoding = text_encoding::utf8;
    else if (enc == "cp932" || enc == "windows-31j") r.encoding = text_encoding::cp932;
    else fail_input({"command line"}, "--encoding \"" + enc + "\": expected utf-8 or cp932");
    r.ignore_unknown_columns = a.flag("ignore-unknown-columns");
    r.skip_invalid_rows = a.flag("skip-invalid-rows");
    return r;
}

std::unique_ptr<record::history_store> store_of(const args& a) {
    if (auto db = a.get("db")) return record::open_history_store(*db);
    return batch::open_store("", load_config(config_dir_of(a)));
}

batch::input_options cycle_input_of(const args& a) {
    batch::input_options input;
    input.as_of = date_option(a, "as-of");
    if (a.get("valid-from")) input.valid_from = date_option(a, "valid-from");
    input.config_dir = config_dir_of(a);
    return input;
}

batch::input_options input_of(const args& a) {
    batch::input_options in;
    in.snapshot_path = a.required("snapshot");
    if (in.snapshot_path == "-") in.snapshot_path = "/dev/stdin";  // standard input, read once
    in.as_of = date_option(a, "as-of");
    if (a.get("valid-from")) in.valid_from = date_option(a, "valid-from");
    in.config_dir = config_dir_of(a);
    in.reading = reading_of(a);
    return in;
}

batch::cycle_run_options cycle_run_of(const args& a) {
    return {input_of(a), a.required("out"), a.get("db").value_or(""), paths_of(a)};
}

// --jobs N: 1 to 256 workers; the machine's cores when absent.
int jobs_of(const args& a) {
    auto text = a.get("jobs");
    if (!text) return batch::default_jobs();
    if (!std::regex_match(*text, std::regex("[1-9][0-9]{0,2}")) || std::stoi(*text) > 256)
        fail_input({"command line"}, "--jobs: expected a number of workers from 1 to 256, got \"" + *text + "\"");
    return std::stoi(*text);
}

batch::produce_options produce_of(const args& a) {
    batch::produce_options o;
    o.paths = paths_of(a);
    o.debug_boxes = a.flag("debug-boxes");
    o.jobs = jobs_of(a);
    if (isatty(STDERR_FILENO))
        o.progress = [](std::size_t done, std::size_t total) {
            if (done % 500 == 0 || done == total)
                std::fprintf(stderr, "\rdocuments %zu / %zu%s", done, total, done == total ? "\n" : "");
        };
    return o;
}

// What became of an earlier run of the same work.
std::string earlier(const record::run_info& run) {
    if (!run.finished_at.empty())
        return "run " + run.run_id + " was done before, on " + run.finished_at + " into " + run.out_dir;
    return "run " + run.run_id + ", started " + run.started_at + " into " + run.out_dir +
           ", ended before its folder was in place";
}

void print_summary(const batch::batch_summary& s, const std::string& out) {
    if (!s.switched_off_by.empty()) {
        std::cout << "family " << s.family << " is switched off in rules.yaml (" << s.switched_off_by
                  << "): no documents issued, nothing written to " << out << "\n";
        return;
    }
    std::size_t total = 0;
    for (const auto& [key, n] : s.documents) total += n;
    std::cout << "batch " << s.batch_id << " (" << s.family << "): " << s.persons << " persons, " << total << " documents ("
              << counts(s.documents) << "); no document: " << counts(s.excluded) << "; envelopes: "
              << counts(s.envelopes);
    if (s.carrier_sheets) std::cout << " (" << s.carrier_sheets << " carrier sheets)";
    if (s.printed_envelopes) std::cout << " (" << s.printed_envelopes << " printed envelopes)";
    std::cout << "; " << s.exceptions << " exceptions";
    if (s.rejected_rows) std::cout << "; " << s.rejected_rows << " snapshot rows skipped";
    std::cout << " -> " << out << "\n";
    if (s.already_recorded) std::cout << "batch " << s.batch_id << " was already in the history store: unchanged\n";
    if (s.earlier_run) std::cout << earlier(*s.earlier_run) << "; its files were written again\n";
}


}  // namespace kokuho::cli
