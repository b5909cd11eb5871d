// The issue file (発行用ファイル), decoded by Python's cp932 codec at the layout's offsets.
#include <catch2/catch.hpp>

#include "cli/annual_run.h"
#include "support/files.h"

using namespace kokuho::test;

namespace {

const std::vector<record>& decoded() {
    static const auto records = decode_vendor_file(
        source_path("layouts/records/issue-file.yaml"), samples_run().out + "/issue-file.dat");
    return records;
}

const record& data_record(const std::string& person_id) {
    for (const auto& r : decoded())
        if (r.at("@record") == "data" && r.at("person.person_id").rfind(person_id, 0) == 0) return r;
    FAIL("no data record for " << person_id);
    throw std::logic_error("unreachable");
}

const std::string fw_space = "\u3000";  // the N field's pad, 0x8140 in CP932

}  // namespace

TEST_CASE("the issue file has header, one data record per document, trailer and end") {
    REQUIRE(samples_run().result.status == 0);
    const auto& records = decoded();
    REQUIRE(records.size() == 116 + 3);
    CHECK(records.front().at("@record") == "header");
    CHECK(records.front().at("insurer.number") == "00229999");
    CHECK(records.front().at("batch.issue_date") == "20260710");
    CHECK(records.front().at("insurer.name").rfind("みどり市" + fw_space, 0) == 0);  // N, full-width padded
    for (std::size_t i = 1; i <= 116; ++i) {
        INFO("record " << i);
        CHECK(records[i].at("@record") == "data");
        CHECK(records[i].at("seq") == std::string(7 - std::to_string(i).size(), '0') + std::to_string(i));
    }
    CHECK(records[117].at("@record") == "trailer");
    CHECK(records[117].at("count") == "0000116");
    CHECK(records[118].at("@record") == "end");
}

TEST_CASE("data records follow the layout's offsets and the decisions") {
    REQUIRE(samples_run().result.status == 0);
    const auto& r = data_record("10003101");  // residence ends the day before the cycle
    CHECK(r.at("@seq") == "1");
    CHECK(r.at("@person.person_id") == "20");
    CHECK(r.at("decision.form_code") == "1");
    CHECK(r.at("decision.valid_from") == "20260801");
    CHECK(r.at("decision.valid_until") == "20260801");
    CHECK(r.at("decision.valid_until_reason").rfind("residence", 0) == 0);
    const auto& notice = data_record("10000101");
    CHECK(notice.at("decision.form_code") == "2");
    CHECK(notice.at("decision.valid_until") == "00000000");  // a notice under 70 has no end date
    CHECK(notice.at("ratio").rfind("法定負担割合のとおり", 0) == 0);
}

TEST_CASE("era dates are written as gyymmdd") {
    REQUIRE(samples_run().result.status == 0);
    const auto& r = data_record("10001801");  // born 1952-01-15 = 昭和27年1月15日
    CHECK(r.at("person.birth_date") == "3270115");
    CHECK(r.at("batch.issue_date") == "5080710");  // 令和8年7月10日
}

TEST_CASE("characters CP932 lacks are replaced by the table and listed as exceptions") {
    REQUIRE(samples_run().result.status == 0);
    // 𠮷田　花子 → 吉田　花子, padded with full-width spaces to 40 bytes (20 characters).
    std::string expected = "吉田" + fw_space + "花子";
    for (int i = 0; i < 15; ++i) expected += fw_space;
    CHECK(data_record("10001201").at("person.name") == expected);
    CHECK(data_record("10001301").at("person.name").rfind("森" + fw_space + "鴎子", 0) == 0);

    auto exceptions = read_csv(samples_run().out + "/exceptions.csv");
    bool yoshida = false, ougai = false;
    for (auto& e : exceptions) {
        if (e["person_id"] == "10001201" && e["field"] == "person.name" && e["original"] == "𠮷")
            yoshida = e["replacement"] == "吉" && e["action"] == "replaced" && e["output"] == "issue_file";
        if (e["person_id"] == "10001301" && e["field"] == "person.name" && e["original"] == "鷗")
            ougai = e["replacement"] == "鴎";
    }
    CHECK(yoshida);
    CHECK(ougai);
}
