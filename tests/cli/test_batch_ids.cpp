// A batch id covers what decides the documents: the snapshot, the config, the cycle, and
// the family file with the templates and layouts it names.
#include <catch2/catch.hpp>
#include <regex>

#include "cli/project_copy.h"
#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;

namespace {

std::string bulk_id(const std::string& project, const std::string& name) {
    auto r = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                        " --as-of 2026-07-10 --project " + project + " --config " + source_path("samples/config") +
                        " --out " + project + "/" + name + " --db " + project + "/" + name + ".sqlite");
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::smatch m;
    REQUIRE(std::regex_search(r.out, m, std::regex("batch (A20260710-EL-[0-9a-f]{8})")));
    return m[1].str();
}

}  // namespace

TEST_CASE("batch ids: the same inputs give the same id, an edited family file or template another") {
    auto project = copy_project("batch-ids");
    auto first = bulk_id(project, "first");
    CHECK(bulk_id(project, "again") == first);
    auto family = read_file(project + "/families/eligibility.yaml");
    write_project_file(project, "families/eligibility.yaml",
                       replaced(family, "special: 資格確認書（特別療養）", "special: 資格確認書【特別療養】"));
    auto retitled = bulk_id(project, "retitled");
    CHECK(retitled != first);
    write_project_file(project, "families/eligibility.yaml", family);
    auto notice = read_file(project + "/templates/notice.yaml");
    write_project_file(project, "templates/notice.yaml", notice + "# a comment changes the file\n");
    CHECK(bulk_id(project, "template") != first);
}
