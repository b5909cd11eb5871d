// A family that cannot be what it says stops the run at load time: exit 2, the file and
// line named, nothing written.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "cli/project_copy.h"
#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

// The eligibility family file with one line replaced.
std::string eligibility_with(const std::string& from, const std::string& to) {
    return replaced(read_file(source_path("families/eligibility.yaml")), from, to);
}

run_result bulk_run(const std::string& project, const std::string& out, const std::string& more = "") {
    return run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                      " --as-of 2026-07-10 --project " + project + " --out " + out + " --db " +
                      fs::path(out).parent_path().string() + "/history.sqlite" +
                      (more.empty() ? " --config " + source_path("samples/config") : more));
}

// A new folder holding a copy of samples/config (dir/config), for a test that changes it.
std::string with_config_copy(const std::string& name) {
    auto dir = temp_dir(name);
    copy_sample_config(dir);
    return dir;
}

// The bulk run of the sample snapshot with the config copy of dir, into dir/out.
run_result bulk_with_config(const std::string& dir) {
    return run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                      " --as-of 2026-07-10 --config " + dir + "/config --out " + dir + "/out --db " + dir +
                      "/h.sqlite");
}

void check_refused(const run_result& r, const std::string& out, const std::string& where,
                   const std::string& says) {
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK(std::regex_search(r.err, std::regex(where)));
    CHECK_THAT(r.err, Catch::Contains(says));
    CHECK((!fs::exists(out) || fs::is_empty(out)));
}

}  // namespace

TEST_CASE("family errors: an unknown --kind names the known families") {
    auto dir = temp_dir("unknown-kind");
    auto r = run_kokuho("annual certificates --kind nosuch --snapshot " + source_path("samples/snapshot.csv") +
                        " --as-of 2026-07-10 --out " + dir + "/out --db " + dir + "/h.sqlite");
    check_refused(r, dir + "/out", "--kind nosuch", "known: disease, elderly, eligibility");
}

TEST_CASE("family errors: an unknown rule function is named with file:line") {
    auto project = copy_project("unknown-rule");
    write_project_file(project, "families/eligibility.yaml",
                       eligibility_with("rule: eligibility ", "rule: eligibilty "));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "eligibility\\.yaml:8:7:",
                  "no rule function \"eligibilty\"");
}

TEST_CASE("family errors: a form the rule chooses but the family lacks stops the run") {
    auto project = copy_project("unknown-form");
    write_project_file(project, "families/eligibility.yaml",
                       replaced(eligibility_with("  notice:\n", "  letter:\n"), "    notice: [head]", "    letter: [head]"));
    // The sample config names the mail class of "notice": that is refused first, at its line.
    check_refused(bulk_run(project, project + "/out"), project + "/out", "output\\.yaml:\\d+:\\d+:",
                  "no family has a form \"notice\"");
    copy_sample_config(project);
    auto output = read_file(project + "/config/output.yaml");
    write_project_file(project, "config/output.yaml", output.substr(0, output.find("mail_class:")));
    check_refused(bulk_run(project, project + "/out", " --config " + project + "/config"), project + "/out",
                  "eligibility\\.yaml:\\d+:\\d+:", "chose the form \"notice\", which this family does not declare");
}

TEST_CASE("family errors: an unknown key, template or layout is named with file:line") {
    auto project = copy_project("unknown-key");
    write_project_file(project, "families/eligibility.yaml", eligibility_with("title:", "titel:"));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "eligibility\\.yaml:5:1:", "titel");

    write_project_file(project, "families/eligibility.yaml",
                       eligibility_with("template: notice", "template: notise"));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "eligibility\\.yaml:\\d+:\\d+:",
                  "no template \"notise\"");

    write_project_file(project, "families/eligibility.yaml",
                       eligibility_with("layout: notice-a4", "layout: notice-a5"));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "eligibility\\.yaml:\\d+:\\d+:",
                  "no layout \"notice-a5\"");
}

TEST_CASE("family errors: a mail class for a form no family has is named with file:line") {
    auto dir = with_config_copy("mail-class");
    auto output = read_file(dir + "/config/output.yaml");
    write_project_file(dir, "config/output.yaml", output + "  elderly_card: 簡易書留\n");
    auto r = bulk_with_config(dir);
    check_refused(r, dir + "/out", "output\\.yaml:\\d+:\\d+:", "no family has a form \"elderly_card\"");
}

TEST_CASE("family errors: options in rules.yaml are checked against the family's declarations") {
    auto dir = with_config_copy("family-options");
    auto rules = read_file(dir + "/config/rules.yaml");
    auto run_with = [&](const std::string& text) {
        write_project_file(dir, "config/rules.yaml", text);
        return bulk_with_config(dir);
    };
    // The sample ends with the eligibility family's section: a line added at the end is
    // line `added`, under it when indented.
    auto line_of = [&](std::size_t offset) { return std::to_string(std::count(rules.begin(), rules.begin() + offset, '\n') + 1); };
    auto added = "rules\\.yaml:" + line_of(rules.size());
    check_refused(run_with(rules + "  ecert_grace_month: 3\n"), dir + "/out", added + ":3:",
                  "eligibility.ecert_grace_month: not an option of the family");
    auto at = rules.find("ecert_grace_months: 3");
    check_refused(run_with(std::string(rules).replace(at, 21, "ecert_grace_months: 99")), dir + "/out",
                  "rules\\.yaml:" + line_of(at) + ":23:", "expected a whole number from 0 to 24");
    check_refused(run_with(rules + "limits:\n  target: all\n"), dir + "/out", added + ":1:",
                  "limits: no family of documents has this id");
    check_refused(run_with(rules + "ecert_grace_months: 3\n"), dir + "/out", added + ":1:",
                  "a family's options go under its id");
}

TEST_CASE("family errors: a family must declare the options of the rule it uses") {
    auto project = copy_project("undeclared-option");
    write_project_file(project, "families/eligibility.yaml",
                       eligibility_with("  ratio_on_certificate: {default: true}", ""));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "eligibility\\.yaml:8:7:",
                  "rule eligibility reads the option ratio_on_certificate, which this family does not declare");
}

TEST_CASE("family errors: a template or layout name that nothing binds stops the run at load") {
    auto project = copy_project("unbound-names");
    auto notice = read_file(project + "/templates/notice.yaml");
    write_project_file(project, "templates/notice.yaml",
                       replaced(notice, "{person.name_kana}", "{person.name_kane}"));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "notice\\.yaml:\\d+:\\d+:",
                  "unknown value \"person.name_kane\"");

    write_project_file(project, "templates/notice.yaml", notice);
    auto layout = read_file(project + "/layouts/notice-a4.yaml");
    write_project_file(project, "layouts/notice-a4.yaml",
                       replaced(layout, "field: name_kana", "field: name_kanji"));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "notice-a4\\.yaml",
                  "field \"name_kanji\" is not bound by the template");
}

TEST_CASE("family errors: envelope_by without an addressee key is refused at its line") {
    auto dir = with_config_copy("envelope-by");
    write_project_file(dir, "config/output.yaml", read_file(dir + "/config/output.yaml") + "envelope_by: [mail_class]\n");
    auto r = bulk_with_config(dir);
    check_refused(r, dir + "/out", "output\\.yaml:\\d+:\\d+:", "needs mailing_address or household");
}

TEST_CASE("family errors: an option of the wrong kind for its rule is named at its line") {
    auto project = copy_project("option-kind");
    write_project_file(project, "families/eligibility.yaml",
                       eligibility_with("ratio_on_certificate: {default: true}",
                                        "ratio_on_certificate: {default: 1, min: 0, max: 1}"));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "eligibility\\.yaml:\\d+:\\d+:",
                  "ratio_on_certificate: rule eligibility reads it as true or false");
}

TEST_CASE("family errors: a missing key or a value of the wrong YAML type exits 2 with its place") {
    auto project = copy_project("missing-key");
    write_project_file(project, "families/eligibility.yaml",
                       eligibility_with("    titles: {standard: 資格情報のお知らせ, special: 資格情報のお知らせ（特別療養）}\n", ""));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "eligibility\\.yaml", "titles");

    write_project_file(project, "families/eligibility.yaml", eligibility_with("name: 資格確認書", "name: [資格確認書]"));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "eligibility\\.yaml:\\d+:\\d+:", "name");

    // The main help still answers, and says the family files do not load.
    auto help = run("KOKUHO_HOME=" + project + " " + KOKUHO_BINARY + " --help");
    CHECK(help.status == 0);
    CHECK_THAT(help.out, Catch::Contains("do not load"));
}

TEST_CASE("family errors: ids, file names, compared values and list names are checked at load") {
    auto project = copy_project("load-checks");
    auto refused = [&](const std::string& from, const std::string& to, const std::string& says) {
        write_project_file(project, "families/eligibility.yaml", eligibility_with(from, to));
        check_refused(bulk_run(project, project + "/out"), project + "/out", "\\.yaml(:\\d+:\\d+)?:", says);
    };
    refused("files: notices", "files: issue-list", "is the name of a list's files");
    refused("compare: \"{person.name}\"", "compare: \"{person.nmae}\"", "unknown value \"person.nmae\"");
    refused("compare: \"{person.name}\"", "compare: \"{batch.seq}\"", "unknown value \"batch.seq\"");
    refused("only_when: household.mail_address", "only_when: household.mail_adress",
            "only_when: unknown value \"household.mail_adress\"");
    // pullout-list.yaml shows issued.name: a family without a name reason cannot use it.
    write_project_file(project, "families/eligibility.yaml",
                       replaced(eligibility_with("    - {reason: name, code: 3, label: 氏名変更, compare: \"{person.name}\"}\n", ""),
                                "content: [name, ", "content: ["));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "\\.yaml(:\\d+:\\d+)?:",
                  "unknown value \"issued.name\"");
    refused("content: [name, ", "content: [nmae, ", "monthly: content: nmae is not a pull-out reason of this family");
    refused("letter: change-notice", "letter: change-notes", "letter: no template \"change-notes\"");

    write_project_file(project, "families/eligibility.yaml", read_file(source_path("families/eligibility.yaml")));
    auto moved = read_file(project + "/families/eligibility.yaml");
    fs::remove(project + "/families/eligibility.yaml");
    auto hyphen = replaced(moved, "family: eligibility", "family: eligibility-2");
    write_project_file(project, "families/eligibility-2.yaml", hyphen);
    check_refused(bulk_run(project, project + "/out"), project + "/out", "eligibility-2\\.yaml:\\d+:\\d+:",
                  "lower-case letters and _ only");
}

TEST_CASE("family errors: a when: that nothing binds is a typo found at load") {
    auto project = copy_project("when-typo");
    auto layout = read_file(project + "/layouts/notice-a4.yaml");
    auto at = layout.find("when: special_mark");
    REQUIRE(at != std::string::npos);
    write_project_file(project, "layouts/notice-a4.yaml", std::string(layout).replace(at, 18, "when: specal_mark"));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "notice-a4\\.yaml",
                  "field \"specal_mark\" is not bound");
}

TEST_CASE("family errors: issue_file_layout names a family that exists and a record layout, not a path") {
    auto dir = with_config_copy("issue-file-layout");
    auto output = read_file(dir + "/config/output.yaml");
    auto run_with = [&](const std::string& line) {
        write_project_file(dir, "config/output.yaml", output + line);
        return bulk_with_config(dir);
    };
    auto without = [&](const std::string& text) {
        auto at = text.find("issue_file_layout:");
        return text.substr(0, at) + text.substr(text.find('\n', at) + 1);
    };
    output = without(output);
    check_refused(run_with("issue_file_layout: {trail: issue-file}\n"), dir + "/out", "output\\.yaml:\\d+:\\d+:",
                  "trail: no family of documents has this id");
    check_refused(run_with("issue_file_layout: ../../x\n"), dir + "/out", "output\\.yaml:\\d+:\\d+:",
                  "a name in layouts/records/, not a path");
    check_refused(run_with("issue_file_layout: nosuch\n"), dir + "/out", "output\\.yaml:\\d+:\\d+:",
                  "no record layout");
}

TEST_CASE("family errors: config numbers out of range or too large for a number stop at their line") {
    auto dir = with_config_copy("config-numbers");
    auto output = read_file(dir + "/config/output.yaml");
    auto rules = read_file(dir + "/config/rules.yaml");
    auto run_with = [&](const std::string& file, const std::string& text) {
        write_project_file(dir, "config/" + file, text);
        auto r = bulk_with_config(dir);
        write_project_file(dir, "config/output.yaml", output);
        write_project_file(dir, "config/rules.yaml", rules);
        return r;
    };
    auto at = output.find("documents_per_pdf: 500");
    check_refused(run_with("output.yaml", std::string(output).replace(at, 22, "documents_per_pdf: 1000000")),
                  dir + "/out", "output\\.yaml:\\d+:\\d+:", "documents_per_pdf: from 1 to 10000");
    at = rules.find("later_elderly_age: 75");
    check_refused(run_with("rules.yaml", std::string(rules).replace(at, 21, "later_elderly_age: 100000")),
                  dir + "/out", "rules\\.yaml:\\d+:\\d+:", "later_elderly_age: must be at most 130");
    check_refused(run_with("rules.yaml", std::string(rules).replace(at, 21, "later_elderly_age: 99999999999999999999")),
                  dir + "/out", "rules\\.yaml:\\d+:\\d+:", "later_elderly_age");
}

TEST_CASE("family errors: a seal that is not a whole PNG file, or a substitutions table that is no file, stops at load") {
    auto dir = with_config_copy("seal-checks");
    auto seal = read_file(dir + "/config/seal.png");
    auto run_bulk = [&] {
        return bulk_with_config(dir);
    };
    write_project_file(dir, "config/seal.png", seal.substr(0, seal.size() / 2));
    check_refused(run_bulk(), dir + "/out", "insurer\\.yaml:\\d+:\\d+:", "a damaged PNG image");
    write_project_file(dir, "config/seal.png", "GIF89a not a png");
    check_refused(run_bulk(), dir + "/out", "insurer\\.yaml:\\d+:\\d+:", "not a PNG image");
    auto insurer = read_file(dir + "/config/insurer.yaml");
    auto zero_seal = replaced(insurer, "seal: seal.png", "seal: /dev/zero");
    write_project_file(dir, "config/insurer.yaml", zero_seal + "outside_config: [seal]\n");
    check_refused(run_bulk(), dir + "/out", "insurer\\.yaml:\\d+:\\d+:", "not a regular file");
    write_project_file(dir, "config/insurer.yaml", insurer);
    write_project_file(dir, "config/seal.png", seal);
    auto output = read_file(dir + "/config/output.yaml");
    write_project_file(dir, "config/output.yaml",
                       replaced(output, "substitutions: substitutions.yaml", "substitutions: /dev/zero") +
                           "outside_config: [substitutions]\n");
    check_refused(run_bulk(), dir + "/out", "output\\.yaml:\\d+:\\d+:", "not a regular file");
}

TEST_CASE("family errors: a config path outside the config folder is refused unless the file allows it") {
    auto dir = with_config_copy("confined-paths");
    auto insurer = read_file(dir + "/config/insurer.yaml");
    auto with_seal = [&](const std::string& seal) {
        return replaced(insurer, "seal: seal.png", "seal: " + seal);
    };
    write_project_file(dir, "config/insurer.yaml", with_seal("/etc/passwd"));
    check_refused(bulk_with_config(dir), dir + "/out", "insurer\\.yaml:\\d+:7:",
                  "seal: /etc/passwd is outside the config folder; list seal under outside_config: to allow it");
    write_project_file(dir, "config/insurer.yaml", with_seal("../seal.png"));
    check_refused(bulk_with_config(dir), dir + "/out", "insurer\\.yaml:\\d+:7:", "is outside the config folder");
    // A link inside the folder that leads out of it is outside too.
    fs::create_symlink("/etc/passwd", dir + "/config/linked.png");
    write_project_file(dir, "config/insurer.yaml", with_seal("linked.png"));
    check_refused(bulk_with_config(dir), dir + "/out", "insurer\\.yaml:\\d+:7:", "is outside the config folder");
    // outside_config names keys of paths of the file, nothing else.
    write_project_file(dir, "config/insurer.yaml", insurer + "outside_config: [name]\n");
    check_refused(bulk_with_config(dir), dir + "/out", "insurer\\.yaml:\\d+:\\d+:",
                  "outside_config: \"name\" is not a path of this file");
    // Allowed: the seal kept beside the config folder (the shipped history.yaml does the same
    // for the store).
    fs::copy_file(dir + "/config/seal.png", dir + "/seal.png");
    write_project_file(dir, "config/insurer.yaml", with_seal("../seal.png") + "outside_config: [seal]\n");
    auto allowed = bulk_with_config(dir);
    INFO(allowed.err);
    CHECK(allowed.status == 0);
}

TEST_CASE("family errors: a value of the wrong YAML kind in a record layout or the substitutions is bad input") {
    auto dir = with_config_copy("yaml-kinds");
    write_project_file(dir, "config/substitutions.yaml", "\"鷗\": [鴎, 欧]\n");
    check_refused(bulk_with_config(dir), dir + "/out", "substitutions\\.yaml:1:\\d+:", "");
    auto project = copy_project("record-kinds");
    auto layout = read_file(project + "/layouts/records/issue-file.yaml");
    write_project_file(project, "layouts/records/issue-file.yaml",
                       replaced(layout, "record_length: 700", "record_length: [700]"));
    check_refused(bulk_run(project, project + "/out"), project + "/out", "issue-file\\.yaml:\\d+:\\d+:", "");
}

TEST_CASE("family errors: rules.yaml's ratio_judgment is checked where it is written") {
    auto dir = with_config_copy("judgment-options");
    auto rules = read_file(dir + "/config/rules.yaml");
    auto line_of = [&](const std::string& text) {
        return std::to_string(std::count(rules.begin(), rules.begin() + rules.find(text), '\n') + 1);
    };
    auto run_with = [&](const std::string& from, const std::string& to) {
        write_project_file(dir, "config/rules.yaml", replaced(rules, from, to));
        return bulk_with_config(dir);
    };
    check_refused(run_with("unknown_income: pending", "unknown_income: later"), dir + "/out",
                  "rules\\.yaml:" + line_of("unknown_income: pending") + ":19:",
                  "unknown_income: expected pending or provisional_3");
    check_refused(run_with("standard_income: ex_officio", "standard_income: sometimes"), dir + "/out",
                  "rules\\.yaml:" + line_of("standard_income: ex_officio") + ":20:",
                  "standard_income: expected ex_officio or application");
    check_refused(run_with("taxable_income_limit: 1450000", "taxable_income_limit: -1"), dir + "/out",
                  "rules\\.yaml:" + line_of("taxable_income_limit") + ":25:",
                  "taxable_income_limit: yen from 0 to 1000000000");
    check_refused(run_with("old_proviso_limit: 2100000", "old_proviso_limt: 2100000"), dir + "/out",
                  "rules\\.yaml:" + line_of("old_proviso_limit") + ":3:", "unknown key \"old_proviso_limt\"");
}
