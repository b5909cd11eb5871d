// The month after the yearly run (5.7, 5.11, 5.10), as the README's worked example: the bulk
// batch of samples/snapshot.csv (2026-07-10) is registered on 2026-07-15; three envelopes come
// back; on 2026-08-20 samples/snapshot-month.csv decides the returns and the monthly changes;
// both batches are registered and the status list is written. The expectations are derived by
// hand in samples/expected-month.csv, expected-month-none.csv and samples/CASES.md.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>

#include "cli/run_steps.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

struct month {
    std::string dir, db, batch;

    explicit month(const std::string& name) : dir(temp_dir(name)), db(" --db " + dir + "/h.sqlite") {
        REQUIRE(run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                           " --as-of 2026-07-10 --out " + dir + "/annual" + db)
                    .status == 0);
        batch = batch_in(dir + "/annual");
        REQUIRE(run_kokuho("history register --batch " + batch + " --date 2026-07-15" + db).status == 0);
    }

    run_result step(const std::string& arguments) { return run_kokuho(arguments + db); }

    // changes.jsonl read by Python's json (its reasons are a list): per person_id, the
    // family, form, variant, reasons joined by + and supersedes, separated by spaces.
    std::map<std::string, std::string> changes(const std::string& folder) const {
        auto r = run("python3 -c 'import json, sys\nfor line in open(sys.argv[1]):\n    j = json.loads(line)\n    "
                     "print(j[\"person_id\"], j[\"family\"], j[\"form\"], j[\"variant\"], \"+\".join(j[\"reasons\"]), "
                     "j[\"supersedes\"] or \"-\")' " + dir + "/" + folder + "/changes.jsonl");
        REQUIRE(r.status == 0);
        std::map<std::string, std::string> out;
        for (const auto& line : split_lines(r.out)) out[line.substr(0, line.find(' '))] = line.substr(line.find(' ') + 1);
        return out;
    }

    std::string on_month(const std::string& command, const std::string& out) {
        return command + " --snapshot " + source_path("samples/snapshot-month.csv") + " --as-of 2026-08-20 --out " + dir +
               "/" + out;
    }
};

}  // namespace

TEST_CASE("month: returns, reissue, monthly changes, registration and the status list") {
    month m("month");
    auto returns = m.dir + "/returns.csv";
    std::ofstream(returns) << "batch_id,seq,returned_on,reason\n" << m.batch << ",3,2026-07-21,moved_no_forward\n"
                           << m.batch << ",7,2026-07-22,unclaimed\n" << m.batch << ",12,2026-07-22,unknown_address\n";
    auto registered = m.step("returns register --file " + returns + " --out " + m.dir + "/returned");
    INFO(registered.err);
    REQUIRE(registered.status == 0);
    CHECK_THAT(registered.out, Catch::Contains("6 documents returned"));

    auto reissued = m.step(m.on_month("returns reissue", "reissue"));
    INFO(reissued.err);
    REQUIRE(reissued.status == 0);
    CHECK_THAT(reissued.out, Catch::Contains("2 reissued to a new address, 3 held (address unchanged), 1 closed"));

    auto monthly = m.step(m.on_month("monthly changes", "monthly"));
    INFO(monthly.err);
    REQUIRE(monthly.status == 0);
    CHECK_THAT(monthly.out, Catch::Contains("21 documents (certificate/standard 16, notice/special 2, notice/standard 3)"));

    // Every new document as derived by hand, and no other.
    auto expected = read_csv(source_path("samples/expected-month.csv"));
    auto changed = m.changes("monthly");
    CHECK(changed.size() == expected.size());
    for (const auto& e : expected) {
        INFO(e.at("person_id") << ": " << e.at("why"));
        REQUIRE(changed.count(e.at("person_id")));
        auto line = changed.at(e.at("person_id"));
        CHECK(line.rfind("eligibility " + e.at("form") + " " + e.at("variant") + " " + e.at("reasons") + " ", 0) == 0);
        bool supersedes = line.find(" " + m.batch + ":") != std::string::npos;
        CHECK(supersedes == (e.at("reasons") != "new_member"));
    }
    for (const auto& none : read_csv(source_path("samples/expected-month-none.csv"))) {
        INFO(none.at("person_id") << ": " << none.at("why"));
        CHECK_FALSE(changed.count(none.at("person_id")));
    }

    // Dates: the age70 certificates from the elderly status, a new member from joining, the
    // others from the day of the run.
    auto decided = by_person(read_jsonl(m.dir + "/monthly/decisions.jsonl"));
    CHECK(decided.at("10002402").at("valid_from") == "2026-09-01");
    CHECK(decided.at("10002402").at("valid_until") == "2027-07-31");
    CHECK(decided.at("10001203").at("valid_from") == "2026-08-05");
    CHECK(decided.at("10004101").at("valid_from") == "2026-08-20");
    CHECK(decided.at("10003001").at("valid_until") == "2027-07-31");

    // One 変更理由のお知らせ per envelope: H0042's two certificates share one, naming both reasons.
    auto letters = pdf_text(m.dir + "/monthly/change-notices-0001.pdf");
    CHECK_THAT(letters, Catch::Contains("資格確認書の交付申請があったため"));
    CHECK_THAT(letters, Catch::Contains("資格確認書を交付する要配慮者となったため"));
    CHECK_THAT(letters, Catch::Contains("70歳となり、一部負担金の割合を記載するため"));
    CHECK_THAT(letters, Catch::Contains("破棄してください"));
    CHECK(run("qpdf --check " + m.dir + "/monthly/change-notices-0001.pdf").status == 0);
    auto envelopes = read_csv(m.dir + "/monthly/issue-list.csv");
    std::set<std::string> households;
    for (const auto& row : envelopes) households.insert(row.at("世帯番号") + row.at("郵送区分"));
    auto pages = run("pdfinfo " + m.dir + "/monthly/change-notices-0001.pdf");
    CHECK_THAT(pages.out, Catch::Contains("Pages:           " + std::to_string(households.size())));

    // Nothing new the second time.
    auto again = m.step(m.on_month("monthly changes", "again"));
    CHECK_THAT(again.out, Catch::Contains("no changes: nothing issued"));
    CHECK_FALSE(fs::exists(m.dir + "/again"));

    // Both batches register on their own; the superseded documents say so.
    auto monthly_batch = batch_in(m.dir + "/monthly"), reissue_batch = batch_in(m.dir + "/reissue");
    CHECK(monthly_batch.rfind("M20260820-EL-", 0) == 0);
    REQUIRE(m.step("history register --batch " + reissue_batch + " --date 2026-08-25").status == 0);
    REQUIRE(m.step("history register --batch " + monthly_batch + " --date 2026-08-25").status == 0);
    auto history = m.step("history show --person 10004101 --format csv");
    CHECK_THAT(history.out, Catch::Contains("superseded"));
    CHECK_THAT(history.out, Catch::Contains(monthly_batch));

    auto status = m.step("status list --as-of 2026-08-31 --snapshot " + source_path("samples/snapshot-month.csv") +
                         " --out " + m.dir + "/status");
    INFO(status.err);
    REQUIRE(status.status == 0);
    std::map<std::string, std::string> state;
    for (const auto& r : read_csv(m.dir + "/status/status-list.csv")) state[r.at("宛名番号") + " " + r.at("バッチ")] = r.at("状態");
    CHECK(state.at("10004101 " + monthly_batch) == "交付済");
    CHECK(state.at("10000201 " + reissue_batch) == "交付済");
    CHECK(state.at("10004001 " + m.batch) == "保管");
    CHECK(state.at("10000302 " + m.batch) == "処理終了");
    CHECK(state.at("10002402 " + monthly_batch) == "交付済");
    // 10000303's returned certificate is held: insured, it holds no valid document.
    CHECK(state.at("10000303 ") == "要交付（有効な証なし）");
}
