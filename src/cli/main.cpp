// kokuho: the command line. Thin: it parses arguments and calls the library.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "batch/annual.h"
#include "batch/preview.h"
#include "cli/args.h"
#include "cli/help.h"
#include "core/error.h"

namespace {

using namespace kokuho;

date parse_date_option(const std::string& name, const std::string& text) {
    auto d = date::parse_iso(text);
    if (!d) fail_input({"command line"}, "--" + name + " \"" + text + "\": expected YYYY-MM-DD, a calendar date");
    return *d;
}

// templates/, layouts/, fonts/ and samples/config come from --project, $KOKUHO_HOME, or the
// source tree the program was built from.
std::string project_root(const cli::args& a) {
    if (auto p = a.get("project")) return *p;
    if (const char* home = std::getenv("KOKUHO_HOME")) return home;
    return KOKUHO_SOURCE_DIR;
}

batch::project_paths paths_of(const std::string& root) {
    namespace fs = std::filesystem;
    return {(fs::path(root) / "templates").string(), (fs::path(root) / "layouts").string(),
            (fs::path(root) / "fonts" / "fonts.yaml").string()};
}

read_options reading_of(const cli::args& a) {
    read_options r;
    auto enc = a.get("encoding").value_or("utf-8");
    if (enc == "utf-8" || enc == "utf8") r.encoding = text_encoding::utf8;
    else if (enc == "cp932" || enc == "windows-31j") r.encoding = text_encoding::cp932;
    else fail_input({"command line"}, "--encoding \"" + enc + "\": expected utf-8 or cp932");
    r.ignore_unknown_columns = a.flag("ignore-unknown-columns");
    r.skip_invalid_rows = a.flag("skip-invalid-rows");
    return r;
}

const std::set<std::string> common_options = {"snapshot", "as-of", "valid-from", "config",
                                              "encoding", "out", "project"};
const std::set<std::string> common_flags = {"ignore-unknown-columns", "skip-invalid-rows", "debug-boxes"};

void print_summary(const batch::annual_summary& s, const std::string& out) {
    std::size_t total = 0;
    std::string forms;
    for (const auto& [key, n] : s.documents) {
        total += n;
        forms += (forms.empty() ? "" : ", ") + key + " " + std::to_string(n);
    }
    std::string excluded;
    for (const auto& [reason, n] : s.excluded) excluded += (excluded.empty() ? "" : ", ") + reason + " " + std::to_string(n);
    std::cout << "batch " << s.batch_id << ": " << s.persons << " persons, " << total << " documents ("
              << forms << "); no document: " << (excluded.empty() ? "0" : excluded) << "; "
              << s.exceptions << " exceptions";
    if (s.rejected_rows) std::cout << "; " << s.rejected_rows << " snapshot rows skipped";
    std::cout << " -> " << out << "\n";
}

batch::input_options input_of(const cli::args& a) {
    batch::input_options in;
    in.snapshot_path = a.required("snapshot");
    in.as_of = parse_date_option("as-of", a.required("as-of"));
    if (auto v = a.get("valid-from")) in.valid_from = parse_date_option("valid-from", *v);
    in.config_dir = a.get("config").value_or((std::filesystem::path(project_root(a)) / "samples" / "config").string());
    in.reading = reading_of(a);
    return in;
}

int annual_certificates(const std::vector<std::string>& argv) {
    cli::args a(argv, common_options, common_flags);
    auto root = project_root(a);
    batch::annual_options o;
    o.input = input_of(a);
    o.out_dir = a.required("out");
    o.paths = paths_of(root);
    o.debug_boxes = a.flag("debug-boxes");
    if (isatty(STDERR_FILENO))
        o.progress = [](std::size_t done, std::size_t total) {
            if (done % 500 == 0 || done == total)
                std::fprintf(stderr, "\rdocuments %zu / %zu%s", done, total, done == total ? "\n" : "");
        };
    print_summary(batch::run_annual(o), o.out_dir);
    return 0;
}

int preview(const std::vector<std::string>& argv) {
    auto options = common_options;
    options.insert("person");
    cli::args a(argv, options, common_flags);
    auto root = project_root(a);
    batch::preview_options o;
    o.input = input_of(a);
    o.person_id = a.required("person");
    o.out_pdf = a.required("out");
    o.paths = paths_of(root);
    o.debug_boxes = a.flag("debug-boxes");
    auto r = batch::run_preview(o);
    std::cout << "person " << o.person_id << ": " << r.form << "/" << r.variant << ", seq " << r.seq
              << ", " << r.pages << " pages -> " << o.out_pdf << "\n";
    return 0;
}

int dispatch(const std::vector<std::string>& argv) {
    auto wants_help = [&] {
        for (const auto& a : argv) if (a == "--help" || a == "-h") return true;
        return false;
    };
    if (argv.empty() || argv[0] == "help" || (argv.size() == 1 && wants_help())) {
        std::cout << cli::main_help;
        return argv.empty() ? 2 : 0;
    }
    if (argv.size() >= 2 && argv[0] == "annual" && argv[1] == "certificates") {
        if (wants_help()) return std::cout << cli::annual_certificates_help << cli::common_options_help, 0;
        return annual_certificates({argv.begin() + 2, argv.end()});
    }
    if (argv[0] == "preview") {
        if (wants_help()) return std::cout << cli::preview_help << cli::common_options_help, 0;
        return preview({argv.begin() + 1, argv.end()});
    }
    fail_input({"command line"}, "unknown command \"" + argv[0] + "\" (see kokuho --help)");
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return dispatch({argv + 1, argv + argc});
    } catch (const kokuho::error& e) {
        for (const auto& d : e.diagnostics()) std::cerr << "kokuho: " << d.format() << "\n";
        if (e.kind() == kokuho::error_kind::input) std::cerr << "kokuho: nothing was written\n";
        return e.exit_status();
    } catch (const std::exception& e) {
        std::cerr << "kokuho: internal error: " << e.what() << "\n";
        return 1;
    }
}
