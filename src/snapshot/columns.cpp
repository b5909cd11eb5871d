#include "snapshot/columns.h"

#include <array>

namespace kokuho {

namespace {

using enum column_type;
constexpr bool required = true;
constexpr bool optional = false;

constexpr code_value sex_codes[] = {{"1", 1}, {"2", 2}};
constexpr code_value ratio_codes[] = {{"2", 2}, {"3", 3}};
constexpr code_value registration_codes[] = {
    {"registered", int(usage_registration::registered)},
    {"none", int(usage_registration::none)},
    {"cancelled", int(usage_registration::cancelled)},
};
constexpr code_value disease_codes[] = {
    {"hemophilia", int(specified_disease_kind::hemophilia)},
    {"dialysis", int(specified_disease_kind::dialysis)},
    {"hiv", int(specified_disease_kind::hiv)},
};
// 限度区分 as spelled in rules.md: under 70 ア-オ, 70-74 現役並みIII ... 低所得I.
constexpr code_value limit_codes[] = {
    {"ア", 0}, {"イ", 0}, {"ウ", 0}, {"エ", 0}, {"オ", 0}, {"現役並みIII", 0},
    {"現役並みII", 0}, {"現役並みI", 0}, {"一般", 0}, {"低所得II", 0}, {"低所得I", 0},
};

using h = household;
using p = person;

constexpr std::array<column_def, column_count> columns = {{
    {column_id::household_id, "household_id", "世帯番号", text, required, &h::household_id},
    {column_id::head_name, "head_name", "世帯主氏名", text, required, &h::head_name},
    {column_id::head_kana, "head_kana", "世帯主カナ氏名", text, optional, &h::head_kana},
    {column_id::postal_code, "postal_code", "郵便番号", postal, required, &h::postal_code},
    {column_id::address, "address", "住所", text, required, &h::address},
    {column_id::address_extra, "address_extra", "方書", text, optional, &h::address_extra},
    {column_id::mail_name, "mail_name", "送付先氏名", text, optional, &h::mail_name},
    {column_id::mail_postal_code, "mail_postal_code", "送付先郵便番号", postal, optional,
     &h::mail_postal_code},
    {column_id::mail_address, "mail_address", "送付先住所", text, optional, &h::mail_address},
    {column_id::mail_address_extra, "mail_address_extra", "送付先方書", text, optional,
     &h::mail_address_extra},
    {column_id::arrears_special, "arrears_special", "特別療養費支給対象", flag, optional,
     &h::arrears_special},
    {column_id::symbol, "symbol", "記号", text, required, &h::symbol},
    {column_id::person_id, "person_id", "宛名番号", text, required, &p::person_id},
    {column_id::insured_number, "insured_number", "番号", text, required, &p::insured_number},
    {column_id::branch, "branch", "枝番", branch, required, &p::branch},
    {column_id::name, "name", "氏名", text, required, &p::name},
    {column_id::name_kana, "name_kana", "カナ氏名", text, optional, &p::name_kana},
    {column_id::birth_date, "birth_date", "生年月日", date, required, &p::birth_date},
    {column_id::sex, "sex", "性別", code, required, &p::sex, sex_codes},
    {column_id::relationship, "relationship", "続柄", text, optional, &p::relationship},
    {column_id::acquired_on, "acquired_on", "資格取得年月日", date, required, &p::acquired_on},
    {column_id::lost_on, "lost_on", "資格喪失年月日", date, optional, &p::lost_on},
    {column_id::mynumber_insurance, "mynumber_insurance", "マイナ保険証利用登録", code, optional,
     &p::mynumber_insurance, registration_codes},
    {column_id::ecert_expires_on, "ecert_expires_on", "電子証明書有効期限", date, optional,
     &p::ecert_expires_on},
    {column_id::card_returned, "card_returned", "マイナンバーカード返納", flag, optional,
     &p::card_returned},
    {column_id::certificate_applied_on, "certificate_applied_on", "資格確認書交付申請日", date,
     optional, &p::certificate_applied_on},
    {column_id::considerate, "considerate", "要配慮者", flag, optional, &p::considerate},
    {column_id::residence_expires_on, "residence_expires_on", "在留期間満了日", date, optional,
     &p::residence_expires_on},
    {column_id::student_special_until, "student_special_until", "学生特例終了日", date, optional,
     &p::student_special_until},
    {column_id::ratio, "ratio", "負担割合", code, optional, &p::ratio, ratio_codes},
    {column_id::limit_category, "limit_category", "限度区分", code, optional, &p::limit_category,
     limit_codes},
    {column_id::limit_category_requested, "limit_category_requested", "限度区分記載申請", flag,
     optional, &p::limit_category_requested},
    {column_id::specified_disease, "specified_disease", "特定疾病", code, optional,
     &p::specified_disease, disease_codes},
    {column_id::specified_disease_limit, "specified_disease_limit", "特定疾病自己負担限度額", yen,
     optional, &p::specified_disease_limit},
    {column_id::specified_disease_from, "specified_disease_from", "特定疾病認定開始日", date,
     optional, &p::specified_disease_from},
    {column_id::taxable_income, "taxable_income", "課税所得", yen, optional, &p::taxable_income},
    {column_id::income, "income", "収入", yen, optional, &p::income},
    {column_id::old_proviso_income, "old_proviso_income", "旧ただし書所得", yen, optional,
     &p::old_proviso_income},
    {column_id::prior_municipality, "prior_municipality", "前住所地", municipality, optional,
     &p::prior_municipality},
    {column_id::total_income, "total_income", "合計所得金額", yen, optional, &p::total_income},
    {column_id::head_on_dec31, "head_on_dec31", "前年末世帯主", flag, optional, &p::head_on_dec31},
    {column_id::former_member, "former_member", "特定同一世帯所属者", flag, optional, &p::former_member},
    {column_id::standard_income_applied_on, "standard_income_applied_on", "基準収入額適用申請日", date,
     optional, &p::standard_income_applied_on},
    {column_id::limit_applied_on, "limit_applied_on", "限度額適用認定申請日", date, optional,
     &p::limit_applied_on},
    {column_id::limit_certificate_until, "limit_certificate_until", "限度額認定証有効期限", date, optional,
     &p::limit_certificate_until},
    {column_id::long_term_stay_from, "long_term_stay_from", "長期入院該当年月日", date, optional,
     &p::long_term_stay_from},
    {column_id::resident_tax_exempt, "resident_tax_exempt", "住民税非課税世帯", flag, optional,
     &h::resident_tax_exempt},
    {column_id::specified_disease_until, "specified_disease_until", "特定疾病受療証有効期限", date,
     optional, &p::specified_disease_until},
    // Not in snapshot.md's tables: the address in the municipality of prior_municipality,
    // which its inquiry letter (5.5.1) prints so that municipality can find the person.
    {column_id::prior_address, "prior_address", "前住所", text, optional, &p::prior_address},
}};

constexpr bool in_id_order() {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (std::size_t(columns[i].id) != i) return false;
    return true;
}
static_assert(in_id_order(), "column_of() indexes the table by column_id");

}  // namespace

std::span<const column_def> snapshot_columns() { return columns; }

const column_def& column_of(column_id id) { return columns[std::size_t(id)]; }

std::string_view household_text(const column_def& column, const household& home) {
    if (auto* text = std::get_if<stored_text household::*>(&column.target)) return home.**text;
    if (auto* flag = std::get_if<bool household::*>(&column.target)) return home.**flag ? "1" : "0";
    return {};
}

const column_def* find_column(std::string_view name) {
    for (const column_def& column : columns)
        if (column.key == name || column.label == name) return &column;
    return nullptr;
}

}  // namespace kokuho
