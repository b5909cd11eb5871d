// The yearly cycle end to end (5.1.1 - 5.1.6): bulk issue on 2026-07-10, a day of changes
// (samples/snapshot-day2.csv, as of 2026-07-15), pull-out, replacement, registration and
// history, each step asserted. The changes, by hand:
//   10000102 lost eligibility on 07-14                       -> lost
//   H0002 moved (10000201, 10000202); it has no 送付先          -> address
//   10000101 applied for a certificate on 07-13 (had a notice) -> form, validity
//   H0003 became an arrears household (10000301..03, all adults) -> variant
//   10000502 cancelled the registration (had a notice)       -> form, validity
//   10000603 is a newborn of H0006, not in the batch         -> not a pull-out
// and, from the samples themselves:
//   10001003 has lost_on 07-11: insured on 07-10, not on 07-15 -> lost
//   10000601's e-certificate grace ended on 07-10 (ecert 04-10) -> form, validity
// A notice has no end date and a certificate has one, so a change of form changes validity.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <set>

#include "cli/annual_run.h"
#include "support/files.h"

using namespace kokuho::test;

namespace {

struct cycle {
    std::string dir, db, batch_id;
    std::map<std::string, std::string> seq_of;  // person_id -> seq in the bulk batch
    run_result bulk, pullout, pullout_again, replace, register_first, register_again;
};

std::string batch_id_of(const std::string& manifest_path) {
    static const std::regex id(R"re("batch_id": "([^"]+)")re");
    std::smatch m;
    auto text = read_file(manifest_path);
    return std::regex_search(text, m, id) ? m[1].str() : "";
}

const cycle& yearly_cycle() {
    static const cycle c = [] {
        cycle c;
        c.dir = temp_dir("cycle");
        c.db = " --db " + c.dir + "/history.sqlite";
        auto day2 = " --snapshot " + source_path("samples/snapshot-day2.csv") + " --as-of 2026-07-15";
        c.bulk = run_kokuho("annual certificates --snapshot " + source_path("samples/snapshot.csv") +
                            " --as-of 2026-07-10 --out " + c.dir + "/bulk" + c.db);
        c.batch_id = batch_id_of(c.dir + "/bulk/manifest.json");
        for (auto& d : read_jsonl(c.dir + "/bulk/decisions.jsonl")) c.seq_of[d["person_id"]] = d["seq"];
        c.pullout = run_kokuho("annual pullout --batch " + c.batch_id + day2 + " --out " + c.dir + "/pullout" + c.db);
        c.pullout_again = run_kokuho("annual pullout --batch " + c.batch_id + day2 + " --out " + c.dir + "/pullout2" + c.db);
        c.replace = run_kokuho("annual replace --batch " + c.batch_id + day2 + " --out " + c.dir + "/replace" + c.db);
        c.register_first = run_kokuho("history register --batch " + c.batch_id + " --date 2026-07-20" + c.db);
        c.register_again = run_kokuho("history register --batch " + c.batch_id + " --date 2026-07-21" + c.db);
        return c;
    }();
    return c;
}

const std::map<std::string, std::string> expected_pullouts = {
    {"10000102", "lost"},
    {"10000201", "address"},
    {"10000202", "address"},
    {"10000101", "form,validity"},
    {"10000301", "variant"},
    {"10000302", "variant"},
    {"10000303", "variant"},
    {"10000502", "form,validity"},
    {"10001003", "lost"},
    {"10000601", "form,validity"},
};

}  // namespace

TEST_CASE("cycle: the bulk issue records its batch and names it in manifest.json") {
    const auto& c = yearly_cycle();
    INFO(c.bulk.err);
    REQUIRE(c.bulk.status == 0);
    // A, the issue date, the family's batch code (families/eligibility.yaml) and a hash.
    CHECK(std::regex_match(c.batch_id, std::regex("A20260710-EL-[0-9a-f]{8}")));
    CHECK_THAT(c.bulk.out, Catch::Contains("batch " + c.batch_id + " (eligibility)"));
}

TEST_CASE("cycle: the pull-out lists exactly the changed documents with their reasons") {
    const auto& c = yearly_cycle();
    INFO(c.pullout.err);
    REQUIRE(c.pullout.status == 0);
    auto pulls = read_jsonl(c.dir + "/pullout/pullouts.jsonl");
    std::map<std::string, std::string> found;
    auto text = read_file(c.dir + "/pullout/pullouts.jsonl");
    for (auto& p : pulls) {
        std::regex line("\"person_id\": \"" + p["person_id"] + "\", \"reasons\": \\[([^\\]]*)\\]");
        std::smatch m;
        REQUIRE(std::regex_search(text, m, line));
        found[p["person_id"]] = std::regex_replace(m[1].str(), std::regex("[\" ]"), "");
        CHECK(p["seq"] == c.seq_of.at(p["person_id"]));  // the bulk batch's 通番
    }
    CHECK(found == expected_pullouts);
    CHECK(found.count("10000603") == 0);  // the newborn was never issued
}

TEST_CASE("cycle: the pull-out file carries the seq and reason codes, in CP932 fixed width") {
    const auto& c = yearly_cycle();
    REQUIRE(c.pullout.status == 0);
    auto records = decode_vendor_file(source_path("layouts/records/pullout-file.yaml"),
                                      c.dir + "/pullout/pullout-file.dat");
    REQUIRE(records.size() == expected_pullouts.size() + 3);
    CHECK(records.front().at("batch.batch_id").rfind(c.batch_id, 0) == 0);
    CHECK(records.front().at("pullout.date") == "20260715");
    std::map<std::string, std::string> codes;
    for (const auto& r : records)
        if (r.at("@record") == "data")
            codes[r.at("person.person_id").substr(0, 8)] = r.at("seq") + "/" + r.at("pullout.reason_codes");
    // Codes of layouts/records/pullout-file.yaml: 01 lost, 04 address, 07 form, 08 variant,
    // 10 validity.
    auto seq7 = [&](const std::string& person) {
        auto s = c.seq_of.at(person);
        return std::string(7 - s.size(), '0') + s;
    };
    CHECK(codes.at("10000102").rfind(seq7("10000102") + "/01 ", 0) == 0);
    CHECK(codes.at("10000201").rfind(seq7("10000201") + "/04 ", 0) == 0);
    CHECK(codes.at("10000101").rfind(seq7("10000101") + "/0710 ", 0) == 0);
    CHECK(codes.at("10000301").rfind(seq7("10000301") + "/08 ", 0) == 0);
    CHECK(records.at(records.size() - 2).at("count") == "0000010");
    auto list = read_csv(c.dir + "/pullout/pullout-list.csv");
    CHECK(list.size() == expected_pullouts.size());
}

TEST_CASE("cycle: a second pull-out lists only what is new") {
    const auto& c = yearly_cycle();
    INFO(c.pullout_again.err);
    REQUIRE(c.pullout_again.status == 0);
    CHECK_THAT(c.pullout_again.out, Catch::Contains("0 to pull out (0), 10 pulled out before"));
    auto records = decode_vendor_file(source_path("layouts/records/pullout-file.yaml"),
                                      c.dir + "/pullout2/pullout-file.dat");
    CHECK(records.size() == 3);  // header, trailer, end: no data record
    CHECK(read_jsonl(c.dir + "/pullout2/pullouts.jsonl").empty());
}

TEST_CASE("cycle: the replacement batch has new documents for the pulled-out people still insured") {
    const auto& c = yearly_cycle();
    INFO(c.replace.err);
    REQUIRE(c.replace.status == 0);
    CHECK_THAT(c.replace.out, Catch::Contains("2 people no longer insured get none"));
    auto manifest = read_file(c.dir + "/replace/manifest.json");
    CHECK_THAT(manifest, Catch::Contains("\"replaces_batch_id\": \"" + c.batch_id + "\""));
    std::map<std::string, std::string> forms;
    for (auto& d : read_jsonl(c.dir + "/replace/decisions.jsonl"))
        forms[d["person_id"]] = d["form"] + "/" + d["variant"];
    CHECK(forms.size() == 10);
    CHECK(forms.at("10000101") == "certificate/standard");  // applied
    CHECK(forms.at("10000102") == "none/");                  // lost: no replacement, no variant
    CHECK(forms.at("10000301") == "notice/special");         // arrears now
    CHECK(forms.at("10000302") == "certificate/special");
    CHECK(forms.at("10000502") == "certificate/standard");   // cancelled
    CHECK(forms.at("10000201") == "certificate/standard");   // moved: same form, new address
    auto issue = read_csv(c.dir + "/replace/issue-list.csv");
    CHECK(issue.size() == 8);
}

TEST_CASE("cycle: registration delivers all but the pulled-out documents, once") {
    const auto& c = yearly_cycle();
    INFO(c.register_first.err);
    REQUIRE(c.register_first.status == 0);
    // 116 issued - 10 pulled + 8 replacements = 114 delivered.
    CHECK_THAT(c.register_first.out, Catch::Contains("114 delivered, 10 pulled out"));
    REQUIRE(c.register_again.status == 0);
    CHECK_THAT(c.register_again.out, Catch::Contains("already registered on 2026-07-20: nothing changed"));
}

TEST_CASE("cycle: the history shows each document with its status and dates") {
    const auto& c = yearly_cycle();
    REQUIRE(c.register_first.status == 0);
    auto shown = run_kokuho("history show --person 10000101 --format json" + c.db);
    REQUIRE(shown.status == 0);
    std::vector<record> rows;
    std::regex object(R"(\{[^}]*\})");
    for (std::sregex_iterator it(shown.out.begin(), shown.out.end(), object), end; it != end; ++it) {
        auto text = it->str();
        record r;
        for (const char* key : {"batch_id", "status", "form", "valid_until", "pulled_on", "delivered_on"}) {
            std::smatch m;
            std::regex field(std::string("\"") + key + "\": \"([^\"]*)\"");
            if (std::regex_search(text, m, field)) r[key] = m[1];
        }
        rows.push_back(r);
    }
    REQUIRE(rows.size() == 2);
    CHECK(rows[0]["batch_id"] == c.batch_id);
    CHECK(rows[0]["status"] == "pulled");
    CHECK(rows[0]["form"] == "notice");
    CHECK(rows[0]["pulled_on"] == "2026-07-15");
    CHECK(rows[0]["delivered_on"].empty());
    CHECK(rows[1]["batch_id"].rfind("R20260715-", 0) == 0);
    CHECK(rows[1]["status"] == "delivered");
    CHECK(rows[1]["form"] == "certificate");
    CHECK(rows[1]["valid_until"] == "2027-07-31");
    CHECK(rows[1]["delivered_on"] == "2026-07-20");

    auto household = run_kokuho("history show --household H0001" + c.db);
    REQUIRE(household.status == 0);
    CHECK_THAT(household.out, Catch::Contains("5 件"));  // 4 issued + 1 replacement
    auto csv = run_kokuho("history show --batch " + c.batch_id + " --format csv" + c.db);
    REQUIRE(csv.status == 0);
    CHECK(split_lines(csv.out).size() == 1 + 116);
}

TEST_CASE("cycle: bad history requests exit 2 with a message") {
    const auto& c = yearly_cycle();
    auto unknown = run_kokuho("annual pullout --batch A20990101-00000000 --snapshot " +
                              source_path("samples/snapshot-day2.csv") + " --as-of 2026-07-15 --out " +
                              c.dir + "/nope" + c.db);
    CHECK(unknown.status == 2);
    CHECK_THAT(unknown.err, Catch::Contains("no such batch"));
    auto again = run_kokuho("annual replace --batch " + c.batch_id + " --snapshot " +
                            source_path("samples/snapshot-day2.csv") + " --as-of 2026-07-15 --out " +
                            c.dir + "/replace-again" + c.db);
    CHECK(again.status == 2);
    CHECK_THAT(again.err, Catch::Contains("nothing to replace"));  // only the 2 lost people are left
    auto replacement = run_kokuho("history register --batch " + batch_id_of(c.dir + "/replace/manifest.json") + c.db);
    CHECK(replacement.status == 2);
    auto two = run_kokuho("history show --person 1 --batch 2" + c.db);
    CHECK(two.status == 2);
    CHECK_THAT(two.err, Catch::Contains("exactly one of"));
}

TEST_CASE("cycle: two commands writing to one history store at once both land") {
    auto dir = temp_dir("concurrent");
    auto db = " --db " + dir + "/history.sqlite";
    // Two bulk runs (the samples and the 12-row CP932 file) and a registration race for the
    // same store; each must succeed and the store must hold both batches.
    auto both = run("(" + std::string(KOKUHO_BINARY) + " annual certificates --snapshot " +
                    source_path("samples/snapshot.csv") + " --as-of 2026-07-10 --out " + dir + "/a" + db +
                    " > " + dir + "/a.log 2>&1; echo a=$? >> " + dir + "/status) & (" +
                    std::string(KOKUHO_BINARY) + " annual certificates --encoding cp932 --snapshot " +
                    source_path("tests/data/cli/snapshot-cp932.csv") + " --as-of 2026-07-10 --out " + dir +
                    "/b" + db + " > " + dir + "/b.log 2>&1; echo b=$? >> " + dir + "/status) & wait");
    REQUIRE(both.status == 0);
    auto status = read_file(dir + "/status");
    INFO(read_file(dir + "/a.log") << read_file(dir + "/b.log"));
    CHECK_THAT(status, Catch::Contains("a=0"));
    CHECK_THAT(status, Catch::Contains("b=0"));
    auto a = run_kokuho("history show --batch " + batch_id_of(dir + "/a/manifest.json") + " --format csv" + db);
    auto b = run_kokuho("history show --batch " + batch_id_of(dir + "/b/manifest.json") + " --format csv" + db);
    CHECK(split_lines(a.out).size() == 1 + 116);
    CHECK(split_lines(b.out).size() == 1 + 12);  // 12 persons, each with a document (expected-decisions.csv)
}
