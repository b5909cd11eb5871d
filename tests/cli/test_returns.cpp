// Returned mail (5.7) and the status list (5.10) on the yearly sample: the bulk batch of
// samples/snapshot.csv (as-of 2026-07-10) is registered on 2026-07-15; three envelopes come
// back on 2026-07-20 and a day-2 snapshot of 2026-07-25 decides them. Worked out by hand from
// the batch's envelopes (the store's, by mailing address and mail class):
//   envelope of 通番 3, 4  (H0002, 10000201/10000202): the household moved -> both reissued
//   envelope of 通番 7, 8  (H0040): same address                        -> both held
//   envelope of 通番 12, 13 (H0003: 10000302, 10000303): 10000302 lost on 2026-07-20 -> closed;
//                                                       10000303 same address -> held
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cli/run_steps.h"
#include "support/files.h"

using namespace kokuho::test;
namespace fs = std::filesystem;

namespace {

const std::string new_address = "静岡県みどり市緑町二丁目7番1号";

// The day-2 snapshot: H0002 moved within the city; 10000302 lost on 2026-07-20.
std::string day2_snapshot(const std::string& dir) {
    auto text = replaced_all(read_file(source_path("samples/snapshot.csv")), "419-0602,静岡県みどり市本町二丁目5番8号",
                             "419-0603," + new_address);
    text = replaced(text, "10000302,1104137,02,鈴木　由美,スズキ　ユミ,1977-05-05,2,妻,2020-06-01,,",
                    "10000302,1104137,02,鈴木　由美,スズキ　ユミ,1977-05-05,2,妻,2020-06-01,2026-07-20,");
    auto path = dir + "/day2.csv";
    std::ofstream(path) << text;
    return path;
}

std::vector<std::string> returned_rows(const std::string& csv) {
    std::vector<std::string> rows;
    for (const auto& r : read_csv(csv)) rows.push_back(r.at("通番") + " " + r.at("宛名番号") + " " + r.at("状態"));
    return rows;
}

}  // namespace

TEST_CASE("returns: register with envelope mates, reissue to the new address, hold, close, register, list") {
    auto dir = temp_dir("returns-cycle");
    auto db = " --db " + dir + "/h.sqlite";
    REQUIRE(run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                       " --as-of 2026-07-10 --out " + dir + "/annual" + db)
                .status == 0);
    auto batch = batch_in(dir + "/annual");
    REQUIRE(run_kokuho("history register --batch " + batch + " --date 2026-07-15" + db).status == 0);

    auto first = run_kokuho("returns register --batch " + batch + " --seq 3 --date 2026-07-20 --reason moved_no_forward --out " +
                            dir + "/ret1" + db);
    INFO(first.err);
    REQUIRE(first.status == 0);
    CHECK_THAT(first.out, Catch::Contains(": 2 documents returned, 0 returned before (unchanged); with their envelope "
                                          "mates " + batch + ":4;"));
    auto file = dir + "/returns.csv";
    std::ofstream(file) << "batch_id,seq,returned_on,reason\n" << batch << ",8,2026-07-20,unclaimed\n"
                        << batch << ",12,2026-07-21,unknown_address\n" << batch << ",3,2026-07-20,moved_no_forward\n";
    auto second = run_kokuho("returns register --file " + file + " --out " + dir + "/ret2" + db);
    REQUIRE(second.status == 0);
    CHECK_THAT(second.out, Catch::Contains(": 4 documents returned, 2 returned before (unchanged)"));
    CHECK(returned_rows(dir + "/ret2/returned-list.csv") ==
          std::vector<std::string>{"3 10000201 返送（未処理）", "4 10000202 返送（未処理）", "7 10004001 返送（未処理）",
                                   "8 10004002 返送（未処理）", "12 10000302 返送（未処理）", "13 10000303 返送（未処理）"});

    auto reissue = run_kokuho("returns reissue --snapshot " + day2_snapshot(dir) + " --as-of 2026-07-25 --out " + dir +
                              "/reissue" + db);
    INFO(reissue.err);
    REQUIRE(reissue.status == 0);
    CHECK_THAT(reissue.out, Catch::Contains("eligibility: returns of the cycle from 2026-08-01: 2 reissued to a new "
                                            "address, 3 held (address unchanged), 1 closed (no longer insured)"));
    auto list = read_csv(dir + "/reissue/returned-list.csv");
    REQUIRE(list.size() == 6);
    auto reissue_batch = batch_in(dir + "/reissue");
    CHECK(reissue_batch.rfind("S20260725-EL-", 0) == 0);
    CHECK(list[0].at("状態") == "再発行済");
    CHECK(list[0].at("再発行") == reissue_batch + ":1");
    CHECK(list[0].at("新送付先") == "〒419-0603 " + new_address);
    CHECK(list[0].at("送付先") == "〒419-0602 静岡県みどり市本町二丁目5番8号");
    CHECK(list[0].at("返送理由") == "転居先不明");
    CHECK(returned_rows(dir + "/reissue/returned-list.csv") ==
          std::vector<std::string>{"3 10000201 再発行済", "4 10000202 再発行済", "7 10004001 保管", "8 10004002 保管",
                                   "12 10000302 処理終了（資格なし）", "13 10000303 保管"});
    auto letters = pdf_text(dir + "/reissue/certificates-0001.pdf");
    CHECK_THAT(letters, Catch::Contains(unspaced(new_address)));
    auto issued = read_csv(dir + "/reissue/issue-list.csv");
    REQUIRE(issued.size() == 2);  // one envelope, two certificates

    auto again = run_kokuho("returns reissue --snapshot " + day2_snapshot(dir) + " --as-of 2026-07-26 --out " + dir +
                            "/reissue2" + db);
    CHECK_THAT(again.out, Catch::Contains("0 reissued to a new address, 0 held (address unchanged), 0 closed"));
    CHECK_FALSE(fs::exists(dir + "/reissue2/issue-file.dat"));

    REQUIRE(run_kokuho("history register --batch " + reissue_batch + " --date 2026-07-27" + db).status == 0);
    auto show = run_kokuho("history show --person 10000201 --format csv" + db);
    CHECK_THAT(show.out, Catch::Contains("reissued"));
    CHECK_THAT(show.out, Catch::Contains(reissue_batch));

    auto status = run_kokuho("status list --as-of 2026-08-10 --household H0003 --snapshot " + day2_snapshot(dir) +
                             " --out " + dir + "/status" + db);
    INFO(status.err);
    REQUIRE(status.status == 0);
    std::vector<std::string> rows;
    for (const auto& r : read_csv(dir + "/status/status-list.csv")) rows.push_back(r.at("宛名番号") + " " + r.at("状態"));
    // 10000301 holds an お知らせ delivered on 2026-07-15; 10000302 is no longer insured.
    CHECK(rows == std::vector<std::string>{"10000301 交付済", "10000302 処理終了", "10000303 保管",
                                           "10000303 要交付（有効な証なし）"});
}

TEST_CASE("returns register: every problem of the input is named, and nothing is registered") {
    auto dir = temp_dir("returns-errors");
    auto db = " --db " + dir + "/h.sqlite";
    REQUIRE(run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                       " --as-of 2026-07-10 --out " + dir + "/annual" + db)
                .status == 0);
    auto batch = batch_in(dir + "/annual");
    auto file = dir + "/bad.csv";
    std::ofstream(file) << "batch_id,seq,returned_on,reason\n" << batch << ",3,2026-07-20,moved\n"
                        << "A20990101-EL-00000000,1,2026-07-20,other\n" << batch << ",999,2026-07-20,other\n"
                        << batch << ",4,2026-07-01,other\n" << batch << ",x,2026-07-32,other\n";
    auto r = run_kokuho("returns register --file " + file + " --out " + dir + "/out" + db);
    CHECK(r.status == 2);
    for (const std::string& part : std::vector<std::string>{
             "bad.csv:2:4: reason: moved is not a return reason", "bad.csv:3:1: batch_id: no batch A20990101-EL-00000000",
          "bad.csv:4:2: seq: batch " + batch + " has no 通番 999",
          "bad.csv:5:3: returned_on: 2026-07-01 is before the batch's day 2026-07-10", "bad.csv:6:2: seq: not a 通番",
             "bad.csv:6:3: returned_on: not a date"})
        CHECK_THAT(r.err, Catch::Contains(part));
    CHECK_FALSE(fs::exists(dir + "/out"));
    auto count = query(dir + "/h.sqlite", "SELECT count(*) FROM returns");
    CHECK(count == "0");
}
