// read_snapshot on whole files: a complete sample with Japanese labels, the header rules and
// the file-level errors.
#include <catch2/catch.hpp>

#include <string>

#include "snapshot/reader.h"
#include "snapshot/sample.h"

using namespace kokuho;
using kokuho::test::read_problems;
using kokuho::test::sample_csv;
using kokuho::test::write_temp_file;
using problems = std::vector<std::string>;

namespace {

const std::string labels_sample = KOKUHO_TEST_DATA "/snapshot/members_labels.csv";

}  // namespace

TEST_CASE("reader: labels as headers, BOM, CRLF and quoted fields") {
    read_result result = read_snapshot(labels_sample, {});
    const snapshot& data = result.data;
    CHECK(data.file == labels_sample);
    CHECK(result.rejected.empty());
    REQUIRE(data.households.size() == 2);
    REQUIRE(data.persons.size() == 4);

    const household& yamada = data.households[0];
    CHECK(yamada.household_id == "H0001");
    CHECK(yamada.head_kana == "ヤマダ タロウ");
    CHECK(yamada.postal_code == "100-0001");  // given as 1000001
    CHECK(yamada.address == "東京都千代田区千代田1-1, 2F");
    CHECK(yamada.address_extra == "コーポ\"山田\" 101");
    CHECK(yamada.arrears_special);
    CHECK(yamada.symbol == "12");
    CHECK(yamada.first_row == 2);

    const household& suzuki = data.households[1];
    CHECK(suzuki.mail_name == "特別養護老人ホーム 梅田苑");
    CHECK(suzuki.mail_postal_code == "530-0002");
    CHECK(suzuki.mail_address == "大阪府大阪市北区曽根崎2-2\r\n梅田苑 3階");
    CHECK_FALSE(suzuki.arrears_special);
    CHECK(suzuki.first_row == 4);
}

TEST_CASE("reader: every member column of the sample") {
    const snapshot data = read_snapshot(labels_sample, {}).data;
    const person& taro = data.persons[0];
    CHECK(taro.row == 2);
    CHECK(taro.household == 0);
    CHECK(taro.person_id == "P0001");
    CHECK(taro.insured_number == "1001");
    CHECK(taro.branch == "01");
    CHECK(taro.name == "山田 太郎");
    CHECK(taro.name_kana == "ヤマダ タロウ");
    CHECK(taro.birth_date == date(1960, 5, 10));
    CHECK(taro.sex == 1);
    CHECK(taro.relationship == "世帯主");
    CHECK(taro.acquired_on == date(2020, 4, 1));
    CHECK_FALSE(taro.lost_on);
    CHECK(taro.mynumber_insurance == usage_registration::registered);
    CHECK(taro.ecert_expires_on == date(2029, 3, 31));
    CHECK_FALSE(taro.card_returned);
    CHECK_FALSE(taro.considerate);
    CHECK(taro.ratio == 3);
    CHECK(taro.limit_category == "ウ");
    CHECK(taro.limit_category_requested);
    CHECK(taro.specified_disease == specified_disease_kind::dialysis);
    CHECK(taro.specified_disease_limit == 10000);
    CHECK(taro.specified_disease_from == date(2021, 1, 1));
    CHECK(taro.taxable_income == 1500000);
    CHECK(taro.income == 4000000);
    CHECK(taro.old_proviso_income == 2000000);

    const person& hanako = data.persons[1];
    CHECK(hanako.sex == 2);
    CHECK(hanako.mynumber_insurance == usage_registration::none);
    CHECK(hanako.card_returned);
    CHECK(hanako.certificate_applied_on == date(2025, 12, 1));
    CHECK(hanako.considerate);
    CHECK_FALSE(hanako.ratio);
    CHECK(hanako.taxable_income == 0);
    CHECK(hanako.specified_disease == specified_disease_kind::none);

    const person& ichiro = data.persons[2];
    CHECK(ichiro.row == 4);
    CHECK(ichiro.household == 1);
    CHECK(ichiro.lost_on == date(2026, 3, 31));
    CHECK(ichiro.mynumber_insurance == usage_registration::cancelled);
    CHECK(ichiro.residence_expires_on == date(2027, 6, 30));
    CHECK(ichiro.ratio == 2);
    CHECK(ichiro.limit_category == "現役並みII");
    CHECK(ichiro.specified_disease == specified_disease_kind::hiv);
    CHECK(ichiro.prior_municipality == "271004 大阪市");

    const person& jiro = data.persons[3];
    CHECK(jiro.row == 6);  // the record before spans lines 4 and 5
    CHECK(jiro.household == 0);
    CHECK(jiro.student_special_until == date(2027, 3, 31));
    CHECK_FALSE(jiro.income);
}

TEST_CASE("reader: keys and labels can be mixed, optional columns left out") {
    std::string text =
        "household_id,世帯主氏名,postal_code,住所,symbol,宛名番号,insured_number,枝番,name,"
        "生年月日,sex,資格取得年月日\n"
        "H9,佐藤 一,123-4567,札幌市中央区1,40,P9,9001,01,佐藤 一,1990-01-02,2,2024-05-01\n";
    const snapshot data = read_snapshot(write_temp_file("mixed.csv", text), {}).data;
    REQUIRE(data.persons.size() == 1);
    CHECK(data.households[0].head_name == "佐藤 一");
    CHECK(data.persons[0].birth_date == date(1990, 1, 2));
    CHECK(data.persons[0].sex == 2);
    CHECK(data.persons[0].mynumber_insurance == usage_registration::none);
}

TEST_CASE("reader: a header without rows is an empty snapshot") {
    const read_result result =
        read_snapshot(write_temp_file("header_only.csv", sample_csv().text()), {});
    CHECK(result.data.persons.empty());
    CHECK(result.data.households.empty());
    CHECK(result.rejected.empty());
}

TEST_CASE("reader: an empty file is an error") {
    std::string text = GENERATE(as<std::string>{}, "", "\xEF\xBB\xBF", "\n\n");
    CHECK(read_problems(write_temp_file("empty.csv", text)) ==
          problems{"0:0: empty file: no header row"});
}

TEST_CASE("reader: a folder is not a file") {
    std::string folder = KOKUHO_TEST_DATA "/snapshot";
    CHECK(read_problems(folder) == problems{"0:0: cannot read the file: Is a directory"});
}

TEST_CASE("reader: a file that cannot be opened names the path") {
    std::string path = "/nonexistent/members.csv";
    try {
        read_snapshot(path, {});
        FAIL("no error thrown");
    } catch (const error& failure) {
        CHECK(failure.kind() == error_kind::input);
        CHECK(failure.exit_status() == 2);
        REQUIRE(failure.diagnostics().size() == 1);
        CHECK(failure.diagnostics()[0].format() ==
              "/nonexistent/members.csv: cannot open the file: No such file or directory");
    }
}

TEST_CASE("reader: an unknown column is an error unless ignored") {
    sample_csv sample({"nmae", "name_kana"});
    sample.row({{"nmae", "typo"}, {"name_kana", "ヤマダ"}});
    std::string path = sample.write("unknown.csv");
    CHECK(read_problems(path) == problems{"1:13: unknown column \"nmae\""});

    read_options ignore;
    ignore.ignore_unknown_columns = true;
    const snapshot data = read_snapshot(path, ignore).data;
    REQUIRE(data.persons.size() == 1);
    CHECK(data.persons[0].name_kana == "ヤマダ");
}

TEST_CASE("reader: a column given twice, by key or by label, is an error") {
    sample_csv sample({"氏名", "birth_date"});
    sample.row({{"氏名", "x"}});
    CHECK(read_problems(sample.write("duplicate.csv")) ==
          problems{"1:13: duplicate column \"氏名\": name is already column 9",
                   "1:14: duplicate column \"birth_date\": birth_date is already column 10"});
}

TEST_CASE("reader: missing required columns are named with their labels") {
    std::string text = "household_id,head_name,postal_code,address,symbol,person_id,"
                       "insured_number,branch,name,sex\nH1,a,100-0001,b,1,P1,1,01,c,1\n";
    CHECK(read_problems(write_temp_file("missing.csv", text)) ==
          problems{"1:0: missing required column birth_date (生年月日)",
                   "1:0: missing required column acquired_on (資格取得年月日)"});
}

TEST_CASE("reader: header problems are reported with the rows' problems") {
    sample_csv sample({"nmae"});
    sample.row({{"sex", "9"}});
    read_options skip;
    skip.skip_invalid_rows = true;  // a broken header cannot be skipped
    CHECK(read_problems(sample.write("header_and_rows.csv"), skip) ==
          problems{"1:13: unknown column \"nmae\"", "2:11: sex \"9\": not one of 1, 2"});
}

// samples/CASES.md, "snapshot-errors.csv: expected diagnostics": rows, columns and reasons.
TEST_CASE("reader: the shipped error sample gives the documented diagnostics") {
    read_options options;
    options.reference_date = date(2026, 7, 10);
    CHECK(read_problems(KOKUHO_SOURCE_DIR "/samples/snapshot-errors.csv", options) ==
          problems{
              "3:2: household H0901: head_name differs from row 2",
              "4:18: birth_date: not a calendar date",
              "5:19: sex \"3\": not one of 1, 2",
              "6:13: person_id \"10090101\": already on row 2",
              "7:22: lost_on: before acquired_on",
              "8:18: birth_date: after the reference date 2026-07-10",
              "9:23: mynumber_insurance \"yes\": not one of registered, none, cancelled",
              "10:4: postal_code: not a postal code (NNN-NNNN or 7 digits)",
              "11:15: branch \"1\": not 2 digits",
              "11:30: ratio \"1\": not one of 2, 3",
              "12:16: name: required value missing",
          });

    options.skip_invalid_rows = true;
    const read_result result =
        read_snapshot(KOKUHO_SOURCE_DIR "/samples/snapshot-errors.csv", options);
    CHECK(result.rejected.size() == 11);
    REQUIRE(result.data.persons.size() == 2);
    CHECK(result.data.persons[0].row == 2);
    CHECK(result.data.persons[1].row == 13);
}

TEST_CASE("reader: the shipped sample snapshot is valid") {
    read_options options;
    options.reference_date = date(2026, 7, 10);
    const snapshot data = read_snapshot(KOKUHO_SOURCE_DIR "/samples/snapshot.csv", options).data;
    CHECK(data.persons.size() == 124);
    CHECK(data.households.size() == 62);
}
