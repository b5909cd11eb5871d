// Companions (a form's with:): a certificate that a cover letter goes with, through the
// whole cycle. The letter follows its certificate, leaves the mailing with it, and comes
// again with its replacement; a person whose notice became a certificate gets the letter
// too, replacing nothing.
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

struct companion_cycle {
    std::string dir;
    run_result bulk, pullout, replace, registered;
};

const companion_cycle& cycle() {
    static const companion_cycle c = [] {
        companion_cycle c;
        auto project = copy_project("companion-project");
        auto family = read_file(project + "/families/eligibility.yaml");
        family = replaced(family, "    files: certificates\n", "    files: certificates\n    with: [cover]\n");
        family = replaced(family, "  notice:\n", "  cover:\n    name: 送付状\n    code: \"9\"\n    template: notice\n    layout: notice-a4\n"
                       "    files: covers\n    titles: {standard: 送付状, special: 送付状}\n  notice:\n");
        write_project_file(project, "families/eligibility.yaml", family);
        c.dir = project;
        auto args = " --project " + project + " --config " + source_path("samples/config") + " --db " + project + "/h.sqlite";
        auto day2 = " --snapshot " + source_path("samples/snapshot-day2.csv") + " --as-of 2026-07-15";
        c.bulk = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                            " --as-of 2026-07-10 --out " + project + "/bulk" + args);
        std::smatch m;
        std::regex_search(c.bulk.out, m, std::regex("batch (A\\S+)"));
        auto id = m[1].str();
        c.pullout = run_kokuho("annual pullout --batch " + id + day2 + " --out " + project + "/pullout" + args);
        c.replace = run_kokuho("annual replace --batch " + id + day2 + " --out " + project + "/replace" + args);
        c.registered = run_kokuho("history register --batch " + id + " --date 2026-07-20" + args);
        return c;
    }();
    return c;
}

}  // namespace

TEST_CASE("companions: each certificate is followed by its letter, for the same person") {
    const auto& c = cycle();
    INFO(c.bulk.err);
    REQUIRE(c.bulk.status == 0);
    auto list = read_csv(c.dir + "/bulk/issue-list.csv");
    REQUIRE(list.size() == 116 + 69);  // 69 certificates (samples/CASES.md), each with a letter
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i]["様式"] != "送付状") continue;
        REQUIRE(i > 0);
        CHECK(list[i - 1]["様式"].rfind("資格確認書", 0) == 0);
        CHECK(list[i - 1]["宛名番号"] == list[i]["宛名番号"]);
        CHECK(list[i]["郵送区分"] == list[i - 1]["郵送区分"]);
    }
    CHECK(fs::exists(c.dir + "/bulk/covers-0001.pdf"));
}

TEST_CASE("companions: pulled out with their certificate, replaced with it, and registered") {
    const auto& c = cycle();
    INFO(c.pullout.err << c.replace.err << c.registered.err);
    REQUIRE(c.pullout.status == 0);
    // The 10 pull-outs of the sample cycle (tests/cli/test_yearly_cycle.cpp), and the letters
    // of the 5 certificates among them: 10000201, 10000202, 10000302, 10000303, 10001003.
    std::map<std::string, int> pulled;
    for (auto& row : read_csv(c.dir + "/pullout/pullout-list.csv")) ++pulled[row["宛名番号"]];
    CHECK(pulled.size() == 10);
    for (const char* person : {"10000201", "10000202", "10000302", "10000303", "10001003"}) CHECK(pulled[person] == 2);
    REQUIRE(c.replace.status == 0);
    // 8 people still insured: 7 now hold a certificate (two documents each), 10000301 a notice.
    CHECK_THAT(c.replace.out, Catch::Contains("replacing 15 pulled-out documents"));
    CHECK_THAT(c.replace.out, Catch::Contains("(2 people no longer insured get none)"));
    CHECK_THAT(c.replace.out, Catch::Contains("15 documents"));
    REQUIRE(c.registered.status == 0);
    CHECK_THAT(c.registered.out, Catch::Contains("185 delivered, 15 pulled out"));
}
