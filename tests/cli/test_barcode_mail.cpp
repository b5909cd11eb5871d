// The customer barcode on the mailed documents: the sample config's towns.csv (KEN_ALL layout)
// splits every mailing address of the sample, so no document lacks its barcode; a town missing
// from the table leaves its addresses without one and lists them in exceptions.csv with the
// reason; a config without towns.csv prints none and lists nothing.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cli/project_copy.h"
#include "support/files.h"
#include "support/run.h"

using namespace kokuho::test;

namespace {

run_result bulk(const std::string& dir, const std::string& config) {
    return run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                      " --as-of 2026-07-10 --config " + config + " --db " + dir + "/h.sqlite --out " + dir + "/out");
}

std::vector<record> barcode_exceptions(const std::string& folder) {
    std::vector<record> out;
    for (const auto& row : read_csv(folder + "/exceptions.csv"))
        if (row.at("field") == "mail.barcode") out.push_back(row);
    return out;
}

}  // namespace

TEST_CASE("barcode: every mailed document of the sample has one, a missing town is listed") {
    auto dir = temp_dir("barcode-towns");
    REQUIRE(bulk(dir + "/a", source_path("samples/config")).status == 0);
    CHECK(barcode_exceptions(dir + "/a/out").empty());

    // Without 西浦 (419-0606), the documents of its households get none, each listed.
    auto config = copy_sample_config(dir + "/b");
    auto towns = read_file(config + "/towns.csv");
    std::ofstream(config + "/towns.csv", std::ios::trunc)
        << replaced(towns, "22299,\"41906\",\"4190606\",\"ｼｽﾞｵｶｹﾝ\",\"ﾐﾄﾞﾘｼ\",\"ﾆｼｳﾗ\",\"静岡県\",\"みどり市\",\"西浦\",0,0,0,0,0,0\n", "");
    REQUIRE(bulk(dir + "/b", config).status == 0);
    auto missing = barcode_exceptions(dir + "/b/out");
    REQUIRE_FALSE(missing.empty());
    for (const auto& row : missing) {
        CHECK(row.at("original") == "419-0606");
        CHECK_THAT(row.at("action"), Catch::Contains("no town of postal code 419-0606 in towns.csv"));
    }
    auto snapshot = read_csv(source_path("samples/snapshot.csv"));
    std::size_t in_nishiura = 0;
    auto decisions = read_jsonl(dir + "/b/out/decisions.jsonl");
    for (const auto& d : decisions)
        for (const auto& p : snapshot)
            if (p.at("person_id") == d.at("person_id") && d.at("form") != "none" && p.at("mail_postal_code").empty() &&
                p.at("postal_code") == "419-0606")
                ++in_nishiura;
    CHECK(missing.size() == in_nishiura);

    // No table: no barcode, nothing listed.
    auto bare = copy_sample_config(dir + "/c");
    std::filesystem::remove(bare + "/towns.csv");
    REQUIRE(bulk(dir + "/c", bare).status == 0);
    CHECK(barcode_exceptions(dir + "/c/out").empty());
}

TEST_CASE("barcode: a malformed towns.csv row is bad input at its row and column") {
    auto dir = temp_dir("barcode-towns-bad");
    auto config = copy_sample_config(dir);
    std::ofstream(config + "/towns.csv", std::ios::app) << "22299,\"41906\",\"41906X9\",\"ｼｽﾞｵｶｹﾝ\",\"ﾐﾄﾞﾘｼ\",\"ﾃｽﾄ\",\"静岡県\",\"みどり市\",\"テスト\",0,0,0,0,0,0\n"
                                                        << "22299,\"41906\"\n";
    auto r = bulk(dir, config);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("towns.csv:38:3: \"41906X9\": not a 7-digit postal code"));
    CHECK_THAT(r.err, Catch::Contains("towns.csv:39: expected the 15 columns of KEN_ALL.CSV, found 2"));
}
