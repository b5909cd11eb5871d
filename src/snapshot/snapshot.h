#pragma once
// The eligibility snapshot (資格情報スナップショット) as plain data: see spec/snapshot.md.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/stored_text.h"

namespace kokuho {

// 世帯: the columns repeated on each member's row.
struct household {
    stored_text household_id;      // 世帯番号
    stored_text head_name;         // 世帯主氏名
    stored_text head_kana;         // 世帯主カナ氏名
    stored_text postal_code;       // 郵便番号, normalised to NNN-NNNN
    stored_text address;           // 住所
    stored_text address_extra;     // 方書
    stored_text mail_name;         // 送付先氏名
    stored_text mail_postal_code;  // 送付先郵便番号, normalised to NNN-NNNN
    stored_text mail_address;      // 送付先住所
    stored_text mail_address_extra;  // 送付先方書
    bool arrears_special = false;  // 特別療養費支給対象
    stored_text symbol;            // 記号
    bool resident_tax_exempt = false;  // 住民税非課税世帯
    int first_row = 0;             // snapshot row where the household first appears
};

enum class usage_registration { none, registered, cancelled };  // マイナ保険証利用登録

enum class specified_disease_kind { none, hemophilia, dialysis, hiv };  // 特定疾病

// 被保険者: one row of the snapshot.
struct person {
    int row = 0;                    // 1-based line of the CSV record (header is row 1)
    std::size_t household = 0;      // index into snapshot::households
    stored_text person_id;          // 宛名番号
    stored_text insured_number;     // 番号
    stored_text branch;             // 枝番, 2 digits
    stored_text name;               // 氏名
    stored_text name_kana;          // カナ氏名
    date birth_date;                // 生年月日
    int sex = 0;                    // 1 male, 2 female
    stored_text relationship;       // 続柄
    date acquired_on;               // 資格取得年月日
    std::optional<date> lost_on;    // 資格喪失年月日
    usage_registration mynumber_insurance = usage_registration::none;
    std::optional<date> ecert_expires_on;        // 電子証明書有効期限
    bool card_returned = false;                  // マイナンバーカード返納
    std::optional<date> certificate_applied_on;  // 資格確認書交付申請日
    bool considerate = false;                    // 要配慮者
    std::optional<date> residence_expires_on;    // 在留期間満了日
    std::optional<date> student_special_until;   // 学生特例終了日
    std::optional<int> ratio;                    // 負担割合: 2 or 3
    bool ratio_pending = false;                  // the cycle's ratio judgment is 保留 (batch/judgments.h)
    // The cycle's judgment is 3割 and its figures would qualify for 基準収入額適用 on
    // application (standard_income: application): letters invite the application.
    bool ratio_application_possible = false;
    stored_text limit_category;                  // 限度区分
    bool limit_category_requested = false;       // 限度区分記載申請
    specified_disease_kind specified_disease = specified_disease_kind::none;
    std::optional<std::int64_t> specified_disease_limit;  // 特定疾病自己負担限度額
    std::optional<date> specified_disease_from;           // 特定疾病認定開始日
    std::optional<std::int64_t> taxable_income;           // 課税所得
    std::optional<std::int64_t> income;                   // 収入
    std::optional<std::int64_t> old_proviso_income;       // 旧ただし書所得
    stored_text prior_municipality;                       // 前住所地
    // Judgment, certificate and application inputs (snapshot.md, for 5.3 to 5.6).
    std::optional<std::int64_t> total_income;         // 合計所得金額
    bool head_on_dec31 = false;                       // 前年末世帯主
    bool former_member = false;                       // 特定同一世帯所属者: never gets a document
    std::optional<date> standard_income_applied_on;   // 基準収入額適用申請日
    std::optional<date> limit_applied_on;             // 限度額適用認定申請日
    std::optional<date> limit_certificate_until;      // 限度額認定証有効期限
    std::optional<date> long_term_stay_from;          // 長期入院該当年月日
    std::optional<date> specified_disease_until;      // 特定疾病受療証有効期限
    stored_text prior_address;                        // 前住所: the address in prior_municipality
};

struct snapshot {
    // The text of every cell of the persons and households below.
    std::shared_ptr<text_store> texts = std::make_shared<text_store>();
    std::string file;  // as named on the command line, for messages
    // The 1-based column of each column key the header has (for messages about a cell).
    std::map<std::string, int, std::less<>> column_of;
    std::vector<household> households;
    std::vector<person> persons;  // in file order
};

}  // namespace kokuho
