// A family defined only in YAML (tests/data/families/trial.yaml) runs the whole yearly
// cycle with no C++ of its own: bulk, pull-out, replacement, registration and history, on
// the same store as the eligibility family and the same cycle. It reuses the eligibility
// rule, so its decisions are those of samples/expected-decisions.csv (derived by hand);
// everything else comes from its YAML: batch code, file names, vendor codes, mail classes,
// pull-out reasons and their codes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <regex>

#include "cli/project_copy.h"
#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

// An X field of a vendor file without its padding.
std::string trimmed(const std::string& field) { return field.substr(0, field.find_last_not_of(' ') + 1); }

std::string batch_id_of(const std::string& manifest_path) {
    static const std::regex id(R"re("batch_id": "([^"]+)")re");
    std::smatch m;
    auto text = read_file(manifest_path);
    return std::regex_search(text, m, id) ? m[1].str() : "";
}

struct trial_cycle {
    std::string project, dir, args, batch_id, eligibility_id;
    run_result bulk, eligibility_bulk, pullout, replace, register_trial, register_eligibility, history;
};

const trial_cycle& cycle() {
    static const trial_cycle c = [] {
        trial_cycle c;
        c.project = copy_project("trial-project");
        // The sample config, whose mail_class names certificate and notice for every family,
        // and one class for the trial family's certificate alone.
        copy_sample_config(c.project);
        write_project_file(c.project, "config/output.yaml",
                           read_file(c.project + "/config/output.yaml") + "  trial.certificate: 簡易書留\n");
        fs::copy(source_path("tests/data/families/trial.yaml"), fs::path(c.project) / "families" / "trial.yaml");
        c.dir = temp_dir("trial-cycle");
        c.args = " --project " + c.project + " --config " + c.project + "/config --db " + c.dir + "/history.sqlite";
        auto day1 = " --snapshot " + source_path("samples/snapshot.csv") + " --as-of 2026-07-10";
        auto day2 = " --snapshot " + source_path("samples/snapshot-day2.csv") + " --as-of 2026-07-15";
        c.bulk = run_kokuho("annual certificates --kind trial" + day1 + " --out " + c.dir + "/bulk" + c.args);
        c.batch_id = batch_id_of(c.dir + "/bulk/manifest.json");
        c.eligibility_bulk = run_kokuho("annual certificates" + day1 + " --out " + c.dir + "/elig" + c.args);
        c.eligibility_id = batch_id_of(c.dir + "/elig/manifest.json");
        c.pullout = run_kokuho("annual pullout --batch " + c.batch_id + day2 + " --out " + c.dir + "/pullout" + c.args);
        c.replace = run_kokuho("annual replace --batch " + c.batch_id + day2 + " --out " + c.dir + "/replace" + c.args);
        c.register_trial = run_kokuho("history register --batch " + c.batch_id + " --date 2026-07-20" + c.args);
        c.register_eligibility = run_kokuho("history register --batch " + c.eligibility_id + " --date 2026-07-20" + c.args);
        c.history = run_kokuho("history show --person 10000101 --format csv" + c.args);
        return c;
    }();
    return c;
}

// What the trial family's reasons make of the changes of samples/snapshot-day2.csv (see
// tests/cli/test_yearly_cycle.cpp): it has no variant or validity reason, so the three
// households that became arrears households are not pulled out, and a change of form is
// pulled for the form alone.
const std::map<std::string, std::string> expected_pullouts = {
    {"10000102", "gone"}, {"10001003", "gone"},   {"10000201", "address"}, {"10000202", "address"},
    {"10000101", "form"}, {"10000502", "form"}, {"10000601", "form"},
};

}  // namespace

TEST_CASE("yaml family: the bulk run takes its batch code, file names and mail classes from YAML") {
    // (the file names and codes from families/trial.yaml, the certificate's class from output.yaml's trial.certificate)
    const auto& c = cycle();
    INFO(c.bulk.err);
    REQUIRE(c.bulk.status == 0);
    CHECK(std::regex_match(c.batch_id, std::regex("A20260710-TR-[0-9a-f]{8}")));
    CHECK(fs::exists(c.dir + "/bulk/trial-cards-0001.pdf"));
    CHECK(fs::exists(c.dir + "/bulk/trial-letters-0001.pdf"));
    CHECK_FALSE(fs::exists(c.dir + "/bulk/certificates-0001.pdf"));
    CHECK_THAT(read_file(c.dir + "/bulk/manifest.json"), Catch::Contains("\"family\": \"trial\""));
    auto list = read_csv(c.dir + "/bulk/issue-list.csv");
    REQUIRE(list.size() == 116);
    std::map<std::string, int> classes, titles;
    for (auto& row : list) ++classes[row["郵送区分"]], ++titles[row["様式"]];
    CHECK(classes["簡易書留"] == 69);  // 69 certificates (samples/CASES.md totals)
    CHECK(classes["普通郵便"] == 47);
    CHECK(titles["試行確認書（特別）"] == 7);
    CHECK(titles["試行お知らせ（特別）"] == 4);
    // The eligibility family's certificates keep the class output.yaml gives every certificate.
    std::map<std::string, int> eligibility_classes;
    for (auto& row : read_csv(c.dir + "/elig/issue-list.csv")) ++eligibility_classes[row["郵送区分"]];
    CHECK(eligibility_classes == std::map<std::string, int>{{"特定記録", 69}, {"普通郵便", 47}});
}

TEST_CASE("yaml family: decisions are the reused rule's, as derived by hand") {
    const auto& c = cycle();
    REQUIRE(c.bulk.status == 0);
    std::map<std::string, record> expected;
    for (auto& row : read_csv(source_path("samples/expected-decisions.csv"))) expected[row["person_id"]] = row;
    auto decisions = read_jsonl(c.dir + "/bulk/decisions.jsonl");
    REQUIRE(decisions.size() == expected.size());
    for (auto& d : decisions) {
        INFO(d["person_id"]);
        auto& e = expected.at(d["person_id"]);
        CHECK(d["form"] == e["form"]);
        CHECK(d["variant"] == e["variant"]);
        CHECK(d["reason"] == e["reason"]);
        CHECK(d["valid_until"] == e["valid_until"]);
    }
}

TEST_CASE("yaml family: the issue file carries the family's form and variant codes") {
    const auto& c = cycle();
    REQUIRE(c.bulk.status == 0);
    auto records = decode_vendor_file(source_path("layouts/records/issue-file.yaml"), c.dir + "/bulk/issue-file.dat");
    std::map<std::string, int> codes;
    for (auto& r : records)
        if (r["@record"] == "data") ++codes[r["decision.form_code"] + r["decision.variant_code"]];
    // certificates: 62 standard, 7 special; notices: 43 standard, 4 special (CASES.md totals)
    CHECK(codes == std::map<std::string, int>{{"75", 62}, {"76", 7}, {"85", 43}, {"86", 4}});
}

TEST_CASE("yaml family: its options reach the rule it reuses") {
    const auto& c = cycle();
    REQUIRE(c.bulk.status == 0);
    REQUIRE(c.eligibility_bulk.status == 0);
    // trial.yaml declares ratio_numbers_under_70 true; eligibility's default is false. The
    // issue file prints the ratio as the template binds it (templates/certificate.yaml).
    auto ratio_of = [](const std::string& file, const std::string& person) {
        for (auto& r : decode_vendor_file(source_path("layouts/records/issue-file.yaml"), file))
            if (r["@record"] == "data" && trimmed(r["person.person_id"]) == person) return r["ratio"];
        return std::string("(no record)");
    };
    // 10000201, born 1968: under 70 and past school age.
    CHECK_THAT(ratio_of(c.dir + "/bulk/issue-file.dat", "10000201"), Catch::StartsWith("3割"));
    CHECK_THAT(ratio_of(c.dir + "/elig/issue-file.dat", "10000201"), Catch::StartsWith("法定負担割合のとおり"));
}

TEST_CASE("yaml family: the pull-out compares what the family's YAML names, with its codes") {
    const auto& c = cycle();
    INFO(c.pullout.err);
    REQUIRE(c.pullout.status == 0);
    CHECK(read_jsonl(c.dir + "/pullout/pullouts.jsonl").size() == expected_pullouts.size());
    std::map<std::string, std::string> found;
    auto list = read_csv(c.dir + "/pullout/pullout-list.csv");
    for (auto& row : list) found[row["宛名番号"]] = row["理由 (code)"];
    CHECK(found == expected_pullouts);
    auto records = decode_vendor_file(source_path("layouts/records/pullout-file.yaml"), c.dir + "/pullout/pullout-file.dat");
    std::map<std::string, std::string> codes;
    for (auto& r : records)
        if (r["@record"] == "data") codes[trimmed(r["person.person_id"])] = trimmed(r["pullout.reason_codes"]);
    CHECK(codes.at("10000102") == "21");
    CHECK(codes.at("10000201") == "24");
    CHECK(codes.at("10000101") == "25");
    for (auto& row : list)
        if (row["宛名番号"] == "10000201") CHECK(row["抜取理由"] == "住所");
}

TEST_CASE("yaml family: replacement, registration and history beside the eligibility family") {
    const auto& c = cycle();
    INFO(c.replace.err << c.register_trial.err << c.register_eligibility.err);
    REQUIRE(c.replace.status == 0);
    // 7 pulled out, 2 of them no longer insured: 5 replacements.
    CHECK_THAT(c.replace.out, Catch::Contains("5 documents"));
    CHECK(std::regex_search(c.replace.out, std::regex("batch R20260715-TR-[0-9a-f]{8} \\(trial\\)")));
    // 116 - 7 pulled + 5 replacements; the same cycle of the other family registers too.
    CHECK(c.register_trial.status == 0);
    CHECK_THAT(c.register_trial.out, Catch::Contains("114 delivered, 7 pulled out"));
    CHECK(c.eligibility_bulk.status == 0);
    CHECK(c.register_eligibility.status == 0);
    CHECK_THAT(c.register_eligibility.out, Catch::Contains("116 delivered, 0 pulled out"));
    // 10000101: the trial document pulled, its replacement and the eligibility document.
    auto rows = split_lines(c.history.out);
    REQUIRE(rows.size() == 4);
    CHECK_THAT(c.history.out, Catch::Contains(c.batch_id + ",annual,trial,10000101"));
    CHECK_THAT(c.history.out, Catch::Contains(c.eligibility_id + ",annual,eligibility,10000101"));
}
