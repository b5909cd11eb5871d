// The yearly bulk run on the samples: every output file, checked from outside the program.
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <set>

#include "cli/annual_run.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

struct manifest_file {
    std::string name, role, sha256;
    std::uintmax_t size = 0;
    long count = -1;
};

std::vector<manifest_file> manifest_files(const std::string& out) {
    static const std::regex entry(
        R"re(\{"name": "([^"]+)", "role": "([a-z_]+)", "size": ([0-9]+), "sha256": "([0-9a-f]{64})", "(?:pages|records)": ([0-9]+))re");
    auto text = read_file(out + "/manifest.json");
    std::vector<manifest_file> files;
    for (std::sregex_iterator it(text.begin(), text.end(), entry), end; it != end; ++it)
        files.push_back({(*it)[1], (*it)[2], (*it)[4], std::stoull((*it)[3]), std::stol((*it)[5])});
    return files;
}

}  // namespace

TEST_CASE("the bulk run on the samples succeeds and says what it made") {
    const auto& r = samples_run();
    INFO(r.result.err);
    REQUIRE(r.result.status == 0);
    // The hand count of samples/CASES.md: 69 certificates, 47 notices, 8 without a document.
    CHECK_THAT(r.result.out, Catch::Contains("124 persons, 116 documents"));
    CHECK_THAT(r.result.out, Catch::Contains("lost 6"));
    CHECK_THAT(r.result.out, Catch::Contains("age75 2"));
}

TEST_CASE("manifest.json lists every file with its true size and SHA-256") {
    const auto& r = samples_run();
    REQUIRE(r.result.status == 0);
    auto files = manifest_files(r.out);
    std::set<std::string> roles, names;
    for (const auto& f : files) {
        INFO(f.name);
        roles.insert(f.role);
        names.insert(f.name);
        auto path = r.out + "/" + f.name;
        REQUIRE(fs::exists(path));
        CHECK(fs::file_size(path) == f.size);
        auto sum = run("sha256sum " + path);  // coreutils, not our hash
        CHECK(sum.out.substr(0, 64) == f.sha256);
    }
    CHECK(roles == std::set<std::string>{"documents_pdf", "issue_file", "issue_list_pdf", "issue_list_csv",
                                         "mailing_summary_pdf", "mailing_summary_csv", "carrier_sheets", "decisions",
                                         "exceptions"});
    std::set<std::string> on_disk;
    for (const auto& e : fs::directory_iterator(r.out)) on_disk.insert(e.path().filename().string());
    names.insert("manifest.json");
    CHECK(on_disk == names);  // nothing else, no temporary files left
    CHECK_THAT(read_file(r.out + "/manifest.json"), Catch::Contains("\"record_length\": 700"));
}

TEST_CASE("decisions.jsonl agrees with the hand-derived expectations for every person") {
    const auto& r = samples_run();
    REQUIRE(r.result.status == 0);
    auto decisions = read_jsonl(r.out + "/decisions.jsonl");
    auto expected = read_csv(kokuho::test::source_path("samples/expected-decisions.csv"));
    REQUIRE(decisions.size() == 124);
    REQUIRE(expected.size() == decisions.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        auto& d = decisions[i];
        auto& e = expected[i];
        INFO("person " << e["person_id"]);
        REQUIRE(d["person_id"] == e["person_id"]);
        CHECK(d["form"] == e["form"]);
        CHECK(d["reason"] == e["reason"]);
        CHECK(d["variant"] == e["variant"]);  // empty for none (rules.md)
        CHECK(d["valid_from"] == e["valid_from"]);
        CHECK(d["valid_until"] == e["valid_until"]);
        CHECK(d["valid_until_reason"] == e["valid_until_reason"]);
        CHECK(d["seq"].empty() == (e["form"] == "none"));
    }
}

TEST_CASE("documents are numbered 1..n in mailing order, certificates first") {
    const auto& r = samples_run();
    REQUIRE(r.result.status == 0);
    auto decisions = read_jsonl(r.out + "/decisions.jsonl");
    std::map<long, kokuho::test::record> by_seq;
    for (auto& d : decisions)
        if (!d["seq"].empty()) by_seq[std::stol(d["seq"])] = d;
    REQUIRE(by_seq.size() == 116);
    CHECK(by_seq.begin()->first == 1);
    CHECK(by_seq.rbegin()->first == 116);
    CHECK(by_seq[69]["form"] == "certificate");
    CHECK(by_seq[70]["form"] == "notice");
}
