// Mail pieces (rules.md "Mailing"): the sample snapshot's documents put into envelopes by
// the envelope_by keys, and companions (a form's with:) enclosed right after their document.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "batch/input.h"
#include "batch/plan.h"
#include "support/run.h"

using namespace kokuho;
using namespace kokuho::batch;
namespace fs = std::filesystem;

namespace {

const run_input& sample_input() {
    static const run_input in = [] {
        input_options o;
        o.snapshot_path = test::source_path("samples/snapshot.csv");
        o.as_of = *date::parse_iso("2026-07-10");
        return load_input(o, load_config(test::source_path("samples/config")));
    }();
    return in;
}

project_paths source_paths(const std::string& families) {
    return {test::source_path("templates"), test::source_path("layouts"),
            test::source_path("fonts/fonts.yaml"), families};
}

const families::registry& source_families() {
    static const auto r = load_families(source_paths(test::source_path("families")));
    return r;
}

batch_plan plan_with(std::vector<std::string> envelope_by, const families::family& f) {
    const auto& in = sample_input();
    config cfg = in.cfg;
    cfg.output.envelope_by = std::move(envelope_by);
    return plan_batch(in.snapshot.data, in.cycle, cfg, f);
}

// The households of each envelope, by envelope.
std::vector<std::set<std::string>> households_of(const batch_plan& plan) {
    std::vector<std::set<std::string>> out;
    const auto& s = sample_input().snapshot.data;
    for (const auto& e : plan.envelopes) {
        std::set<std::string> ids;
        for (auto i : e.documents) ids.insert(s.households[s.persons[plan.documents[i].person].household].household_id);
        out.push_back(ids);
    }
    return out;
}

std::size_t envelopes_holding(const batch_plan& plan, const std::string& household) {
    std::size_t n = 0;
    for (const auto& ids : households_of(plan)) n += ids.contains(household);
    return n;
}

}  // namespace

TEST_CASE("mailing: one envelope per mail class and mailing address by default") {
    auto plan = plan_with({"mail_class", "mailing_address"}, source_families().get("eligibility"));
    REQUIRE(plan.documents.size() == 116);
    // H0038 and H0039 share their 送付先 (a facility, samples/CASES.md): one envelope.
    bool shared = false;
    for (const auto& ids : households_of(plan)) shared = shared || (ids.contains("H0038") && ids.contains("H0039"));
    CHECK(shared);
    // H0003 has both forms (two certificates and a notice): two envelopes, two classes.
    CHECK(envelopes_holding(plan, "H0003") == 2);
    // Every document belongs to exactly one envelope, numbered in enclosing order.
    long seq = 0;
    for (std::size_t e = 0; e < plan.envelopes.size(); ++e)
        for (auto i : plan.envelopes[e].documents) {
            CHECK(plan.documents[i].seq == ++seq);
            CHECK(plan.documents[i].envelope == e);
            // mail_class is one of the keys: a document's form has its envelope's class.
            CHECK(plan.form_class(plan.documents[i]) == plan.envelopes[e].mail_class);
        }
    CHECK(seq == 116);
}

TEST_CASE("mailing: envelopes go out certificates' class first, then by postal code") {
    auto plan = plan_with({"mail_class", "mailing_address"}, source_families().get("eligibility"));
    for (std::size_t e = 1; e < plan.envelopes.size(); ++e) {
        const auto& a = plan.envelopes[e - 1];
        const auto& b = plan.envelopes[e];
        INFO("envelope " << e);
        if (a.mail_class == b.mail_class) CHECK(a.postal_code <= b.postal_code);
        else CHECK((a.mail_class == "特定記録" && b.mail_class == "普通郵便"));
    }
}

TEST_CASE("mailing: the grouping keys come from the config") {
    const auto& f = source_families().get("eligibility");
    auto by_household = plan_with({"mail_class", "household"}, f);
    for (const auto& ids : households_of(by_household)) CHECK(ids.size() == 1);
    // Without the mail class, a household's certificates and notices share one envelope,
    // which goes by the certificates' class, whichever document comes first.
    auto one_per_address = plan_with({"mailing_address"}, f);
    CHECK(envelopes_holding(one_per_address, "H0003") == 1);
    CHECK(one_per_address.envelopes.size() < by_household.envelopes.size());
    for (const auto& e : one_per_address.envelopes) {
        bool has_certificate = false;
        for (auto i : e.documents) has_certificate = has_certificate || one_per_address.documents[i].form->id == "certificate";
        CHECK(e.mail_class == (has_certificate ? "特定記録" : "普通郵便"));
    }
}

TEST_CASE("mailing: a companion form is enclosed right after its document, for the same person") {
    // A family whose certificate goes with a cover letter (the notice form, for the test).
    auto dir = test::temp_dir("companion-family");
    fs::create_directories(dir + "/families");
    auto text = test::read_file(test::source_path("families/eligibility.yaml"));
    text.replace(text.find("    files: certificates\n"), 24, "    files: certificates\n    with: [cover]\n");
    text.replace(text.find("  notice:\n"), 10,
                 "  cover:\n    name: 送付状\n    code: \"9\"\n    template: notice\n    layout: notice-a4\n"
                 "    files: covers\n    titles: {standard: 送付状, special: 送付状}\n  notice:\n");
    std::ofstream(dir + "/families/eligibility.yaml") << text;
    auto companions = load_families(source_paths(dir + "/families"));
    auto plan = plan_with({"mail_class", "mailing_address"}, companions.get("eligibility"));
    // 69 certificates, each with its cover letter; 47 notices.
    REQUIRE(plan.documents.size() == 116 + 69);
    std::size_t covers = 0;
    for (std::size_t i = 0; i < plan.documents.size(); ++i) {
        const auto& doc = plan.documents[i];
        if (!doc.companion) continue;
        ++covers;
        REQUIRE(i > 0);
        const auto& before = plan.documents[i - 1];
        CHECK(doc.form->id == "cover");
        CHECK(before.form->id == "certificate");
        CHECK(before.person == doc.person);
        CHECK(before.envelope == doc.envelope);
        CHECK(plan.envelopes[doc.envelope].mail_class == "特定記録");  // the certificate's class
        CHECK(plan.seq_of_person[doc.person] == before.seq);
    }
    CHECK(covers == 69);
}
