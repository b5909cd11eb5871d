// kokuho: the command line. Thin: it finds the command, and turns errors into messages and
// exit statuses (2 bad input, 1 internal failure).
#include <sys/stat.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/common.h"
#include "cli/help.h"
#include "core/error.h"
#include "core/interruptions.h"

namespace {

using namespace kokuho;

struct entry {
    std::vector<std::string> words;  // "annual", "certificates"
    cli::command run;
    const char* help;
    bool reads_snapshot;  // takes the input options
};

const entry commands[] = {
    {{"annual", "certificates"}, cli::annual_certificates, cli::annual_certificates_help, true},
    {{"annual", "pullout"}, cli::annual_pullout, cli::annual_pullout_help, true},
    {{"annual", "replace"}, cli::annual_replace, cli::annual_replace_help, true},
    {{"history", "register"}, cli::history_register, cli::history_register_help, false},
    {{"history", "collect"}, cli::history_collect, cli::history_collect_help, false},
    {{"history", "show"}, cli::history_show, cli::history_show_help, false},
    {{"elderly", "changes"}, cli::elderly_changes, cli::elderly_changes_help, true},
    {{"limit", "recommend"}, cli::limit_recommend, cli::limit_recommend_help, true},
    {{"limit", "apply"}, cli::limit_apply, cli::limit_apply_help, false},
    {{"returns", "register"}, cli::returns_register, cli::returns_register_help, false},
    {{"returns", "reissue"}, cli::returns_reissue, cli::returns_reissue_help, true},
    {{"monthly", "changes"}, cli::monthly_changes, cli::monthly_changes_help, true},
    {{"status", "list"}, cli::status_list, cli::status_list_help, false},
    {{"barcode"}, cli::barcode, cli::barcode_help, false},
    {{"preview"}, cli::preview, cli::preview_help, true},
    {{"ratio", "judge"}, cli::ratio_judge, cli::ratio_judge_help, true},
    {{"minors", "register"}, cli::minors_register, cli::minors_register_help, true},
    {{"minors", "show"}, cli::minors_show, cli::minors_show_help, false},
    {{"inquiry", "letters"}, cli::inquiry_letters, cli::inquiry_letters_help, true},
    {{"inquiry", "answers"}, cli::inquiry_answers, cli::inquiry_answers_help, false},
};

// The families of documents the project defines, for the main help. A registry that does
// not load is named here too; the commands then say what is wrong with it.
std::string families_help() {
    std::string text = "\nFamilies of documents (--kind; families/*.yaml):\n";
    try {
        auto families = batch::load_families(cli::paths_of(cli::args({}, {}, {})));
        for (const auto& f : families.all())
            text += "  " + f.id + std::string(f.id.size() < 14 ? 14 - f.id.size() : 1, ' ') + f.title +
                    (f.is_default ? "  (default)" : "") + "\n";
    } catch (const kokuho::error& e) {
        text += "  (the family files do not load: " + e.diagnostics().front().format() + ")\n";
    } catch (const std::exception& e) {
        text += std::string("  (the family files do not load: ") + e.what() + ")\n";
    }
    return text;
}

bool wants_help(const std::vector<std::string>& argv) {
    for (const auto& a : argv)
        if (a == "--help" || a == "-h") return true;
    return false;
}

int dispatch(const std::vector<std::string>& argv) {
    if (argv.empty() || argv[0] == "help" || argv[0] == "--help" || argv[0] == "-h") {
        std::cout << cli::main_help << families_help();
        return argv.empty() ? 2 : 0;
    }
    for (const auto& c : commands) {
        if (argv.size() < c.words.size() || !std::equal(c.words.begin(), c.words.end(), argv.begin()))
            continue;
        if (wants_help(argv)) {
            std::cout << c.help << (c.reads_snapshot ? cli::input_options_help : "");
            return 0;
        }
        return c.run({argv.begin() + std::ptrdiff_t(c.words.size()), argv.end()});
    }
    std::string words;
    for (std::size_t i = 0; i < argv.size() && i < 2; ++i) words += (i ? " " : "") + argv[i];
    fail_input({"command line"}, "unknown command \"" + words + "\" (see kokuho --help)");
}

}  // namespace

int main(int argc, char** argv) {
    // Everything kokuho creates holds personal data (特定個人情報): readable by its owner only.
    ::umask(S_IRWXG | S_IRWXO);
    remove_on_interruption();
    try {
        return dispatch({argv + 1, argv + argc});
    } catch (const kokuho::error& e) {
        // The first problems and a count: a broken file can hold millions of them.
        constexpr std::size_t shown = 100;
        const auto& all = e.diagnostics();
        for (std::size_t i = 0; i < all.size() && i < shown; ++i) std::cerr << "kokuho: " << all[i].format() << "\n";
        if (all.size() > shown) std::cerr << "kokuho: ... and " << all.size() - shown << " more problems\n";
        if (e.kind() != kokuho::error_kind::internal) std::cerr << "kokuho: nothing was written\n";
        return e.exit_status();
    } catch (const std::exception& e) {
        std::cerr << "kokuho: internal error: " << e.what() << "\n";
        return 1;
    }
}
