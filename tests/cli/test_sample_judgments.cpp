// kokuho ratio judge (5.6.1) on samples/snapshot-judgment.csv, against the judgments derived by
// hand from rules.md in samples/expected-judgments.csv (samples/CASES.md, "snapshot-judgment.csv"
// explains each household): cycle 2026-08-01, income year 2025, samples/config with its
// shipped options. Every judged person's ratio, rule, judgment day and own taxable income after
// the minors adjustment must match, and the judged persons must be exactly the expected ones.
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "cli/run_steps.h"
#include "support/files.h"

using namespace kokuho::test;

namespace {

// One judged person as judgments.jsonl has it, read by Python's json.
struct judged_line {
    std::string household_id, judgment_day, ratio, rule;
    std::string adjusted;  // the person's own line of figures.members; "missing" when it has none
    std::string under_16, age_16_to_18, income_total, income_limit;
};

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line)
        if (c == '\t') out.emplace_back();
        else out.back() += c;
    return out;
}

std::map<std::string, judged_line> judged_lines(const std::string& file, std::size_t& lines) {
    auto r = run("python3 -c 'import json, sys\nfor line in open(sys.argv[1], encoding=\"utf-8\"):\n"
                 "    j = json.loads(line)\n    f = j[\"figures\"]\n"
                 "    own = [m[\"adjusted\"] for m in f[\"members\"] if m[\"person_id\"] == j[\"person_id\"]]\n"
                 "    values = [j[\"person_id\"], j[\"household_id\"], j[\"judgment_day\"], j[\"ratio\"], j[\"rule\"],\n"
                 "              own[0] if len(own) == 1 else \"missing\", f[\"minors\"][\"under_16\"],\n"
                 "              f[\"minors\"][\"age_16_to_18\"], f[\"income_total\"], f[\"income_limit\"]]\n"
                 "    print(\"\\t\".join(\"\" if v is None else str(v) for v in values))' " + file);
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::map<std::string, judged_line> out;
    auto all = split_lines(r.out);
    lines = all.size();
    for (const auto& line : all) {
        auto f = fields(line);
        REQUIRE(f.size() == 10);
        out[f[0]] = {f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]};
    }
    return out;
}

}  // namespace

TEST_CASE("sample judgments: samples/snapshot-judgment.csv gives the hand-derived samples/expected-judgments.csv") {
    auto dir = temp_dir("sample-judgments");
    auto r = run_kokuho("ratio judge --snapshot " + source_path("samples/snapshot-judgment.csv") +
                        " --as-of 2026-07-10 --config " + source_path("samples/config") + " --db " + dir +
                        "/h.sqlite --out " + dir + "/out");
    INFO(r.err);
    REQUIRE(r.status == 0);

    auto expected_rows = read_csv(source_path("samples/expected-judgments.csv"));
    CHECK(expected_rows.size() == 29);
    std::map<std::string, record> expected;
    for (const auto& row : expected_rows) expected[row.at("person_id")] = row;
    REQUIRE(expected.size() == expected_rows.size());  // no person twice

    std::size_t lines = 0;
    auto judged = judged_lines(dir + "/out/judgments.jsonl", lines);
    CHECK(lines == judged.size());  // no person judged twice

    // The judged persons are exactly the expected ones.
    std::set<std::string> expected_ids, judged_ids;
    for (const auto& [id, row] : expected) expected_ids.insert(id);
    for (const auto& [id, line] : judged) judged_ids.insert(id);
    CHECK(judged_ids == expected_ids);

    // The same judgments in the list (判定結果一覧 CSV), whose adjusted figure is empty where
    // the rule computed none.
    std::map<std::string, std::string> listed_adjusted;
    for (const auto& row : read_csv(dir + "/out/judgment-list.csv"))
        listed_adjusted[row.at("宛名番号")] = row.at("調整後課税所得");

    for (const auto& [id, want] : expected) {
        INFO("person " << id << " (" << want.at("household_id") << "): " << want.at("why"));
        auto found = judged.find(id);
        if (found == judged.end()) {
            FAIL_CHECK("not judged");
            continue;
        }
        const auto& got = found->second;
        CHECK(got.household_id == want.at("household_id"));
        CHECK(got.judgment_day == want.at("judgment_day"));
        CHECK(got.ratio == want.at("ratio"));
        CHECK(got.rule == want.at("rule"));
        CHECK(got.adjusted != "missing");  // the judged person is always one of the 70-74 members
        // No adjusted figure is computed when the income is unknown (step 1 decides first).
        const auto& adjusted = want.at("adjusted_taxable_income");
        if (adjusted.empty()) CHECK(got.rule == "income_unknown");
        else CHECK(got.adjusted == adjusted);
        REQUIRE(listed_adjusted.contains(id));
        CHECK(listed_adjusted.at(id) == adjusted);
    }

    // Figures behind some of the hand derivations (samples/CASES.md).
    auto figures = [&](const std::string& id) {
        REQUIRE(judged.contains(id));
        const auto& j = judged.at(id);
        return j.under_16 + " " + j.age_16_to_18 + " " + j.income_total + " " + j.income_limit;
    };
    CHECK(figures("10021301") == "1 1 4300000 5200000");  // 15 (330,000) and 16 with 380,000 (120,000)
    CHECK(figures("10021401") == "1 1 4500000 3830000");  // 18 and 13 (29 Feb); not 19, not 380,001
    CHECK(figures("10021601") == "1 0 2500000 3830000");
    CHECK(figures("10021102") == "0 0 5199999 5200000");  // with the former member
    CHECK(figures("10021201") == "0 0 5200000 5200000");  // with the former member
    CHECK(figures("10021801") == "0 0 4000000 3830000");  // alone on 2026-08-01
    CHECK(figures("10021802") == "0 0 5000000 5200000");  // with her husband on 2026-09-01
    CHECK(figures("10022001") == "0 0 5400000 5200000");  // with his wife (born 29 Feb) on 2027-02-01
    CHECK(figures("10022002") == "0 0 3000000 3830000");  // alone on 2026-08-01

    CHECK_THAT(r.out, Catch::Contains("ratio 2 16, 3 7, pending 6"));
}
