// The column table: keys and Japanese labels both find their column, and none is shared.
#include <catch2/catch.hpp>

#include <set>
#include <string_view>

#include "snapshot/columns.h"

using namespace kokuho;

TEST_CASE("columns: a key and its label find the same column") {
    struct example {
        std::string_view key;
        std::string_view label;
        column_type type;
        bool required;
        column_level level;
    };
    auto [key, label, type, required, level] = GENERATE(Catch::Generators::values<example>({
        {"household_id", "世帯番号", column_type::text, true, column_level::household},
        {"postal_code", "郵便番号", column_type::postal, true, column_level::household},
        {"arrears_special", "特別療養費支給対象", column_type::flag, false, column_level::household},
        {"branch", "枝番", column_type::branch, true, column_level::member},
        {"birth_date", "生年月日", column_type::date, true, column_level::member},
        {"mynumber_insurance", "マイナ保険証利用登録", column_type::code, false, column_level::member},
        {"specified_disease_limit", "特定疾病自己負担限度額", column_type::yen, false, column_level::member},
        // The judgment, certificate and application inputs (snapshot.md, 5.3 to 5.6).
        {"total_income", "合計所得金額", column_type::yen, false, column_level::member},
        {"head_on_dec31", "前年末世帯主", column_type::flag, false, column_level::member},
        {"former_member", "特定同一世帯所属者", column_type::flag, false, column_level::member},
        {"standard_income_applied_on", "基準収入額適用申請日", column_type::date, false, column_level::member},
        {"limit_applied_on", "限度額適用認定申請日", column_type::date, false, column_level::member},
        {"limit_certificate_until", "限度額認定証有効期限", column_type::date, false, column_level::member},
        {"long_term_stay_from", "長期入院該当年月日", column_type::date, false, column_level::member},
        {"resident_tax_exempt", "住民税非課税世帯", column_type::flag, false, column_level::household},
        {"specified_disease_until", "特定疾病受療証有効期限", column_type::date, false, column_level::member},
        {"prior_address", "前住所", column_type::text, false, column_level::member},
    }));
    const column_def* by_key = find_column(key);
    REQUIRE(by_key != nullptr);
    CHECK(find_column(label) == by_key);
    CHECK(by_key->label == label);
    CHECK(by_key->type == type);
    CHECK(by_key->required == required);
    CHECK(by_key->level() == level);
}

TEST_CASE("columns: unknown names and near misses find nothing") {
    CHECK(find_column("nmae") == nullptr);
    CHECK(find_column("Name") == nullptr);
    CHECK(find_column("氏名 ") == nullptr);
    CHECK(find_column("") == nullptr);
}

TEST_CASE("columns: 49 columns, 13 of them household columns, names all distinct") {
    std::set<std::string_view> names;
    int household_columns = 0;
    for (const column_def& column : snapshot_columns()) {
        names.insert(column.key);
        names.insert(column.label);
        household_columns += column.level() == column_level::household;
        CHECK(&column_of(column.id) == &column);
    }
    CHECK(snapshot_columns().size() == 49);
    CHECK(household_columns == 13);
    CHECK(names.size() == 98);
}
