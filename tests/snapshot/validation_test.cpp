// The checks of snapshot.md: each kind of bad value with its exact message, row and column;
// checks across rows; all problems at once; skipping invalid rows.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "snapshot/reader.h"
#include "snapshot/sample.h"

using namespace kokuho;
using kokuho::test::read_problems;
using kokuho::test::sample_csv;
using kokuho::test::where_what;
using problems = std::vector<std::string>;

namespace {

const std::vector<std::string> all_optional_columns = {
    "head_kana", "address_extra", "mail_name", "mail_postal_code", "mail_address",
    "mail_address_extra", "arrears_special", "name_kana", "relationship", "lost_on",
    "mynumber_insurance", "ecert_expires_on", "card_returned", "certificate_applied_on",
    "considerate", "residence_expires_on", "student_special_until", "ratio", "limit_category",
    "limit_category_requested", "specified_disease", "specified_disease_limit",
    "specified_disease_from", "taxable_income", "income", "old_proviso_income",
    "prior_municipality", "total_income", "head_on_dec31", "former_member",
    "standard_income_applied_on", "limit_applied_on", "limit_certificate_until",
    "long_term_stay_from", "resident_tax_exempt", "specified_disease_until", "prior_address"};

read_options with_reference_date() {
    read_options options;
    options.reference_date = date(2026, 8, 1);
    return options;
}

read_options skipping() {
    read_options options;
    options.skip_invalid_rows = true;
    return options;
}

}  // namespace

TEST_CASE("validation: one bad cell, its message, row and column") {
    struct example {
        std::string key;
        std::string value;
        std::string message;
    };
    auto [key, value, message] = GENERATE(Catch::Generators::values<example>({
        {"birth_date", "2026-02-30", "birth_date: not a calendar date"},
        {"birth_date", "1980/04/01", "birth_date: not a date in YYYY-MM-DD form"},
        {"ecert_expires_on", "2029-3-31", "ecert_expires_on: not a date in YYYY-MM-DD form"},
        {"lost_on", "2025-13-01", "lost_on: not a calendar date"},
        {"name", "", "name: required value missing"},
        {"acquired_on", "", "acquired_on: required value missing"},
        {"household_id", "", "household_id: required value missing"},
        {"sex", "3", "sex \"3\": not one of 1, 2"},
        {"sex", "M", "sex \"M\": not one of 1, 2"},
        {"ratio", "1", "ratio \"1\": not one of 2, 3"},
        {"mynumber_insurance", "yes",
         "mynumber_insurance \"yes\": not one of registered, none, cancelled"},
        {"specified_disease", "cancer",
         "specified_disease \"cancer\": not one of hemophilia, dialysis, hiv"},
        {"limit_category", "カ",
         "limit_category \"カ\": not one of ア, イ, ウ, エ, オ, 現役並みIII, 現役並みII, "
         "現役並みI, 一般, 低所得II, 低所得I"},
        {"card_returned", "yes", "card_returned \"yes\": not a flag (1, 0, Y or N)"},
        {"considerate", "y", "considerate \"y\": not a flag (1, 0, Y or N)"},
        {"arrears_special", "2", "arrears_special \"2\": not a flag (1, 0, Y or N)"},
        {"income", "\"1,000\"", "income: not an amount in yen (digits only)"},
        {"taxable_income", "-5", "taxable_income: not an amount in yen (digits only)"},
        {"old_proviso_income", "99999999999999999999",
         "old_proviso_income: amount too large"},
        {"postal_code", "100-001", "postal_code: not a postal code (NNN-NNNN or 7 digits)"},
        {"postal_code", "１００－０００１",
         "postal_code: not a postal code (NNN-NNNN or 7 digits)"},
        {"mail_postal_code", "10000011",
         "mail_postal_code: not a postal code (NNN-NNNN or 7 digits)"},
        {"branch", "1", "branch \"1\": not 2 digits"},
        {"branch", "0a", "branch \"0a\": not 2 digits"},
        {"specified_disease_limit", "15000", "specified_disease_limit: not 10000 or 20000"},
        {"lost_on", "2020-03-31", "lost_on: before acquired_on"},
        {"birth_date", "2026-08-02", "birth_date: after the reference date 2026-08-01"},
        {"total_income", "-1", "total_income: not an amount in yen (digits only)"},
        {"head_on_dec31", "yes", "head_on_dec31 \"yes\": not a flag (1, 0, Y or N)"},
        {"former_member", "1", "former_member \"1\": a former member needs lost_on"},
        {"standard_income_applied_on", "2026-02-29", "standard_income_applied_on: not a calendar date"},
        {"resident_tax_exempt", "x", "resident_tax_exempt \"x\": not a flag (1, 0, Y or N)"},
        // 全国地方公共団体コード: 221309 浜松市 is right (2·6+2·5+1·4+3·3+0·2 = 35, 35 mod 11 = 2,
        // 11 - 2 = 9); 011070 札幌市西区 has remainder 1, so 10, check digit 0.
        {"prior_municipality", "221308 浜松市", "prior_municipality: municipality code: the check digit should be 9"},
        {"prior_municipality", "011071 札幌市西区", "prior_municipality: municipality code: the check digit should be 0"},
        {"prior_municipality", "22130 浜松市", "prior_municipality: not a municipality code and name (6 digits, a space, the name)"},
        {"prior_municipality", "221309", "prior_municipality: not a municipality code and name (6 digits, a space, the name)"},
        {"prior_municipality", "221309浜松市", "prior_municipality: not a municipality code and name (6 digits, a space, the name)"},
    }));
    sample_csv sample(all_optional_columns);
    sample.row().row({{key, value}});
    std::string where = "3:" + std::to_string(sample.column_of(key)) + ": ";
    CHECK(read_problems(sample.write("one_bad_cell.csv"), with_reference_date()) ==
          problems{where + message});
}

TEST_CASE("validation: boundary values that are accepted") {
    sample_csv sample(all_optional_columns);
    sample.row({{"birth_date", "2026-08-01"}, {"lost_on", "2020-04-01"}, {"postal_code", "0600000"},
                {"prior_municipality", "011011\u3000札幌市中央区"},
                {"income", "0"}, {"specified_disease_limit", "20000"}, {"sex", "2"},
                {"arrears_special", "N"}, {"card_returned", "Y"}, {"branch", "00"}});
    const snapshot data = read_snapshot(sample.write("boundaries.csv"), with_reference_date()).data;
    REQUIRE(data.persons.size() == 1);
    CHECK(data.persons[0].birth_date == date(2026, 8, 1));  // born on the reference date
    CHECK(data.persons[0].lost_on == date(2020, 4, 1));     // lost on the day acquired
    CHECK(data.households[0].postal_code == "060-0000");
    CHECK(data.persons[0].income == 0);
    CHECK(data.persons[0].specified_disease_limit == 20000);
    CHECK(data.persons[0].card_returned);
    CHECK(data.persons[0].branch == "00");
    CHECK(data.persons[0].prior_municipality == "011011\u3000札幌市中央区");  // remainder 0: check digit 1
}

TEST_CASE("validation: without a reference date any past or future birth is accepted") {
    sample_csv sample;
    sample.row({{"birth_date", "2099-01-01"}});
    const snapshot data = read_snapshot(sample.write("future_birth.csv"), {}).data;
    CHECK(data.persons[0].birth_date == date(2099, 1, 1));
}

TEST_CASE("validation: all problems of the file come together, in row and column order") {
    sample_csv sample({"lost_on"});
    sample.row()
        .row({{"birth_date", "1980-02-30"}, {"sex", "0"}, {"branch", "1"}})
        .row()
        .row({{"lost_on", "2019-01-01"}, {"postal_code", ""}})
        .row({{"person_id", "P0001"}});
    std::string path = sample.write("many.csv");
    try {
        read_snapshot(path, {});
        FAIL("no error thrown");
    } catch (const error& failure) {
        CHECK(failure.kind() == error_kind::input);
        std::vector<std::string> found;
        for (const diagnostic& problem : failure.diagnostics()) {
            CHECK(problem.where.file == path);
            found.push_back(where_what(problem));
        }
        CHECK(found == problems{
                           "3:8: branch \"1\": not 2 digits",
                           "3:10: birth_date: not a calendar date",
                           "3:11: sex \"0\": not one of 1, 2",
                           "5:3: postal_code: required value missing",
                           "5:13: lost_on: before acquired_on",
                           "6:6: person_id \"P0001\": already on row 2",
                       });
        CHECK(std::string(failure.what()) ==
              path + ":3:8: branch \"1\": not 2 digits (and 5 more)");
    }
}

TEST_CASE("validation: household columns must agree across the household's rows") {
    sample_csv sample({"arrears_special", "mail_postal_code"});
    sample.row({{"postal_code", "1000001"}, {"arrears_special", "1"}})
        .row({{"arrears_special", "Y"}})  // same as 1
        .row({{"head_name", "山田　太郎"}, {"arrears_special", "0"}})
        .row({{"household_id", "H0002"}, {"head_name", "鈴木 一郎"}})
        .row({{"mail_postal_code", "530-0001"}, {"arrears_special", "1"}});
    CHECK(read_problems(sample.write("household.csv")) ==
          problems{
              "4:2: household H0001: head_name differs from row 2",
              "4:13: household H0001: arrears_special differs from row 2 (\"1\" / \"0\")",
              "6:14: household H0001: mail_postal_code differs from row 2",
          });
}

TEST_CASE("validation: a household's first row with valid household columns sets them") {
    sample_csv sample;
    sample.row({{"postal_code", "bad"}, {"head_name", "A"}})
        .row({{"head_name", "B"}})
        .row({{"head_name", "C"}});
    CHECK(read_problems(sample.write("household_reference.csv")) ==
          problems{"2:3: postal_code: not a postal code (NNN-NNNN or 7 digits)",
                   "4:2: household H0001: head_name differs from row 3"});
}

TEST_CASE("validation: households in order of first appearance, indexed by their members") {
    sample_csv sample;
    sample.row({{"household_id", "H0002"}, {"head_name", "B"}})
        .row({{"household_id", "H0001"}, {"head_name", "A"}})
        .row({{"household_id", "H0002"}, {"head_name", "B"}});
    const snapshot data = read_snapshot(sample.write("order.csv"), {}).data;
    REQUIRE(data.households.size() == 2);
    CHECK(data.households[0].household_id == "H0002");
    CHECK(data.households[0].first_row == 2);
    CHECK(data.households[1].household_id == "H0001");
    CHECK(data.households[1].first_row == 3);
    CHECK(data.persons[0].household == 0);
    CHECK(data.persons[1].household == 1);
    CHECK(data.persons[2].household == 0);
}

TEST_CASE("validation: malformed CSV and a wrong number of fields reject the row") {
    sample_csv sample;
    sample.row();
    std::string text = sample.text();
    text += "H0001,\"山田 太郎\"x,100-0001,a,12,P0002,N2,01,b,1980-01-01,1,2020-04-01\n";
    text += "H0001,山田 太郎,100-0001,a,12,P0003,N3,01,b,1980-01-01,1,2020-04-01,extra\n";
    text += "H0001,山田 太郎,100-0001,a,12,P0004,N4,01,b,1980-01-01,1\n";
    text += "H0001,\"山田 太郎,100-0001,a,12,P0005,N5,01,b,1980-01-01,1,2020-04-01\n";
    CHECK(read_problems(kokuho::test::write_temp_file("malformed.csv", text)) ==
          problems{"3:2: malformed CSV: text after the closing quote of a field",
                   "4:0: row has 13 fields; the header has 12",
                   "5:0: row has 11 fields; the header has 12",
                   "6:2: malformed CSV: a quoted field is not closed before the end of the file"});
}

TEST_CASE("validation: skip_invalid_rows keeps the valid rows and returns the rejected") {
    sample_csv sample;
    sample.row({{"household_id", "H0001"}})
        .row({{"household_id", "H0001"}, {"sex", "5"}})
        .row({{"household_id", "H0001"}, {"address", "別住所"}})
        .row({{"household_id", "H0002"}, {"birth_date", ""}})  // H0002 has no valid row
        .row({{"household_id", "H0003"}, {"person_id", "P0001"}})
        .row({{"household_id", "H0004"}, {"name", ""}})
        .row({{"household_id", "H0004"}})
        .row({{"household_id", "H0001"}});
    const read_result result = read_snapshot(sample.write("skip.csv"), skipping());
    std::vector<std::string> rejected;
    for (const diagnostic& problem : result.rejected) rejected.push_back(where_what(problem));
    CHECK(rejected ==
          problems{"3:11: sex \"5\": not one of 1, 2",
                   "4:4: household H0001: address differs from row 2",
                   "5:10: birth_date: required value missing",
                   "6:6: person_id \"P0001\": already on row 2",
                   "7:9: name: required value missing"});
    const snapshot& data = result.data;
    REQUIRE(data.persons.size() == 3);
    CHECK(data.persons[0].row == 2);
    CHECK(data.persons[1].row == 8);
    CHECK(data.persons[2].row == 9);
    REQUIRE(data.households.size() == 2);
    CHECK(data.households[0].household_id == "H0001");
    CHECK(data.households[1].household_id == "H0004");
    CHECK(data.households[1].first_row == 8);  // its first row (7) was rejected
    CHECK(data.persons[0].household == 0);
    CHECK(data.persons[1].household == 1);
    CHECK(data.persons[2].household == 0);
}

TEST_CASE("validation: skip_invalid_rows with nothing wrong rejects nothing") {
    sample_csv sample;
    sample.row().row();
    const read_result result = read_snapshot(sample.write("skip_clean.csv"), skipping());
    CHECK(result.rejected.empty());
    CHECK(result.data.persons.size() == 2);
    CHECK(result.data.households.size() == 1);
}

TEST_CASE("validation: control characters are rejected at their cell, never echoed, and skippable") {
    sample_csv sample;
    sample.row({{"household_id", "H0001"}, {"person_id", "P0001"}, {"name", "山田\x1b[31m太郎"}})
        .row({{"household_id", "H0002"}, {"person_id", "P0002"}, {"address", "千代田\x07区"}})
        .row({{"household_id", "H0003"}, {"person_id", "P0003"}, {"name", std::string("花\0子", 7)}})
        .row({{"household_id", "H0004"}, {"person_id", "P0004"}, {"name", "次郎\x7f"}})
        .row({{"household_id", "H0005"}, {"person_id", "P0005"}, {"name", "正常　五郎"}});
    auto path = sample.write("control.csv");
    auto found = read_problems(path);
    CHECK(found == problems{"2:9: name: control character U+001B in the cell",
                            "3:4: address: control character U+0007 in the cell",
                            "4:9: name: control character U+0000 in the cell",
                            "5:9: name: control character U+007F in the cell"});
    for (const auto& p : found) CHECK(p.find("山田") == std::string::npos);
    const read_result skipped = read_snapshot(path, skipping());
    REQUIRE(skipped.data.persons.size() == 1);
    CHECK(skipped.data.persons[0].person_id == "P0005");
    CHECK(skipped.rejected.size() == 4);
}

TEST_CASE("validation: dates outside 1900-2199 are not plausible, the first and last days are") {
    sample_csv sample;
    sample.row({{"household_id", "H0001"}, {"person_id", "P0001"}, {"birth_date", "0000-01-01"}})
        .row({{"household_id", "H0002"}, {"person_id", "P0002"}, {"birth_date", "-001-01-01"}})
        .row({{"household_id", "H0003"}, {"person_id", "P0003"}, {"birth_date", "1899-12-31"}})
        .row({{"household_id", "H0004"}, {"person_id", "P0004"}, {"birth_date", "1900-01-01"}})
        .row({{"household_id", "H0005"}, {"person_id", "P0005"}, {"acquired_on", "2200-01-01"}})
        .row({{"household_id", "H0006"}, {"person_id", "P0006"}, {"acquired_on", "2199-12-31"}});
    auto found = read_problems(sample.write("plausible.csv"));
    REQUIRE(found.size() == 4);
    CHECK_THAT(found[0], Catch::StartsWith("2:10: birth_date"));
    CHECK_THAT(found[1], Catch::StartsWith("3:10: birth_date"));
    CHECK_THAT(found[2], Catch::StartsWith("4:10: birth_date"));
    CHECK_THAT(found[3], Catch::StartsWith("6:12: acquired_on"));
    for (std::size_t i = 0; i < 4; ++i) CHECK_THAT(found[i], Catch::Contains("not a plausible date"));
}
