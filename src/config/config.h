#pragma once
// The insurer's settings and the rule and output options (a config folder of YAML files).
#include <map>
#include <string>
#include <vector>

#include "config/inquiry.h"
#include "core/customer_barcode.h"
#include "core/error.h"

namespace kokuho {

// 保険者
struct insurer_settings {
    std::string number;      // 保険者番号
    std::string name;        // 保険者名称
    std::string address;     // 所在地
    std::string phone;       // 問い合わせ先電話番号
    std::string section;     // 担当課
    std::string seal_path;   // 保険者印 (PNG), absolute
};

// The rule options every family shares (rules.yaml, top level): the cycle and the ages of
// spec/rules.md; defaults are the shipped values. A family's own options are declared in
// its YAML and set in rules.yaml under the family's id.
struct rule_options {
    unsigned cycle_start_month = 8;
    unsigned cycle_start_day = 1;
    int certificate_years = 1;
    int elderly_age = 70;
    int later_elderly_age = 75;
    int preschool_age = 6;
};

// The co-payment ratio judgment for 70-74 (負担割合判定, rules.md): its options and amounts in
// yen (rules.yaml, ratio_judgment:), shared by every family that prints the ratio.
struct judgment_options {
    enum class unknown_income_rule { pending, provisional_3 };
    enum class standard_income_rule { ex_officio, application };
    unknown_income_rule unknown_income = unknown_income_rule::pending;
    standard_income_rule standard_income = standard_income_rule::ex_officio;
    long long taxable_income_limit = 1'450'000;   // 課税所得 145万円: under it, 2割
    long long deduction_under_16 = 330'000;       // 年少扶養控除 相当, per member under 16
    long long deduction_16_to_18 = 120'000;       // per member aged 16 to 18
    long long minor_income_limit = 380'000;       // a minor counts with 合計所得金額 up to this
    long long old_proviso_limit = 2'100'000;      // 旧ただし書所得 210万円 or less: 2割
    long long income_limit_single = 3'830'000;    // 基準収入額: one 70-74 member, under it
    long long income_limit_several = 5'200'000;   // two or more, or one with former members
};

// One option of a family as rules.yaml sets it, under the family's id.
struct option_setting {
    std::string name;
    std::string text;
    source_location where;        // of the name
    source_location value_where;  // of the value
};

struct family_option_settings {
    source_location where;  // the family's id in rules.yaml
    std::vector<option_setting> settings;
};

enum class certificate_size { card, postcard };

struct output_options {
    certificate_size size = certificate_size::card;
    int documents_per_pdf = 500;
    int list_pages_per_pdf = 500;  // a list PDF holds at most this many pages
    // Record layouts (layouts/records/) replacing a family's issue file, by family id; the
    // key "" (a plain name in output.yaml) is for the default family.
    std::map<std::string, std::string> issue_file_layout;
    std::map<std::string, source_location> issue_file_layout_where;
    std::string substitutions_path;  // absolute; empty for none
    // 郵送区分 by form id (every family's form of that id) or family.form, replacing the
    // family's; where each was given, for the check against the families' forms.
    std::map<std::string, std::string> mail_class;
    std::map<std::string, source_location> mail_class_where;
    // What puts two documents in one envelope (rules.md "Mailing"): the same values of
    // these keys, among mail_class, mailing_address (送付先 or the head at the residence)
    // and household.
    std::vector<std::string> envelope_by{"mail_class", "mailing_address"};
    // The office's print group may read the outputs and the history store (0640, folders
    // 0750); by default only their owner may (0600, 0700).
    bool group_readable = false;
};

struct config {
    std::string dir;  // the config folder, absolute
    insurer_settings insurer;
    rule_options rules;
    judgment_options judgment;  // rules.yaml, ratio_judgment:
    std::map<std::string, family_option_settings> family_options;  // by family id
    output_options output;
    inquiry_settings inquiry;  // inquiry.yaml: the municipalities asked about income (5.5.1)
    // towns.csv (KEN_ALL layout) for the customer barcode; read by the runs (batch/towns.h),
    // which parse CSV; empty when the folder has none.
    std::vector<barcode::town> towns;
    std::string history_database;  // 発行履歴: the SQLite file (history.yaml), absolute
    int history_busy_seconds = 10;  // how long a run waits for the store's lock (history.yaml)
    std::string fingerprint;  // SHA-256 of the files that decide the output (not history.yaml)
};

// Reads insurer.yaml, rules.yaml, output.yaml, inquiry.yaml and history.yaml from dir. Unknown keys and bad values are
// input errors naming file:line:column.
config load_config(const std::string& dir);

}  // namespace kokuho
