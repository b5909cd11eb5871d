#pragma once
// A family of documents (families/<id>.yaml): its forms, its output files, what a pull-out
// compares, and the rule function that decides who gets which form. Adding a family is
// YAML plus, when no registered rule fits, one rule function (rules/registry.h).
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bind/expression.h"
#include "core/error.h"
#include "config/config.h"
#include "rules/options.h"
#include "rules/registry.h"

namespace kokuho::families {

// A variant the rule function may choose (standard, special = 特別療養, ...).
struct variant_info {
    std::string id;
    std::string code;   // in the vendor file
    std::string label;  // as lists print it; empty for the ordinary variant
};

struct form_info {
    std::string id;     // as the rule function names it
    std::string name;   // 資格確認書: the form's plain name, as lists print it
    std::string code;   // in the vendor file
    std::string template_name;  // templates/<name>.yaml
    std::vector<std::pair<std::string, std::string>> layouts;  // size key -> layouts/<name>.yaml; "" for any size
    std::string files;       // PDF file stem: certificates -> certificates-0001.pdf
    std::string mail_class;  // 郵送区分, unless output.yaml names another
    std::map<std::string, std::string> titles;  // variant -> the title printed
    // Forms whose document goes with each document of this one, for the same person, in
    // the same envelope, right after it (a card and its letter).
    std::vector<std::string> companions;
    // The office collects the document back when it expires or is replaced (回収, 5.2.4:
    // cards, not letters): `kokuho history collect` registers it (collect: true).
    bool collected = false;
    // An A4 letter whose address block shows through a window envelope (window: true): its
    // envelope needs no 宛名台紙.
    bool window = false;

    // The layout for a size key (card, postcard), or the one for every size.
    const std::string* layout_for(const std::string& size) const;
};

// A reason to pull a document out (抜取理由), with its code in the pull-out file.
struct pullout_reason {
    enum class trigger {
        not_in_snapshot,  // the person is no longer in the snapshot (転出等)
        no_document,      // the rules now give no document (資格喪失)
        changed,          // the compared value differs from the one issued
    };
    std::string id;
    int code = 0;
    std::string label;
    trigger when = trigger::changed;
    bind::expression compare;  // changed: the value compared, over the source values
    std::string only_when;     // changed: a source value; compared only when it is non-empty
};

// An option of the family's rule function (options:), with its default; rules.yaml may set
// it under the family's id.
struct option_declaration {
    std::string name;
    rules::option_kind what = rules::option_kind::flag;
    std::string fallback;              // the default, as canonical text
    int minimum = 0, maximum = 0;      // number
    std::vector<std::string> choices;  // choice
};

// An option of another family that this family's rule reads (the registry names it
// "<family>.<option>"): that family's declaration, and its setting in rules.yaml.
struct borrowed_option {
    std::string family;  // the family that declares it
    option_declaration declaration;
};

// A choice option that switches the family off (off_when:): with that value, a run issues
// nothing of the family, says so and writes nothing.
struct off_switch {
    std::string option;
    std::string value;
};

// Mid-year changes (5.9.1, changes:): a delivered document whose compared values of these
// pull-out reasons differ now is superseded by a new one from an effective day.
struct change_rule {
    std::vector<std::string> reasons;  // pull-out reasons that compare (changed)
    bool judge = false;                // judge the ratios of the cycle first, and record them
    std::string list;                  // layouts/lists/<name>.yaml: the change list
    // Documents of another family that print the same values and are reissued by that
    // family's own run: listed when that family's flag option is on.
    std::string also_family;
    std::vector<std::string> also_forms;
    std::string also_when;
};

// The monthly and on-demand changes (5.11, monthly:): what makes a person's new document,
// each with a reason code and the Japanese text the 変更理由のお知らせ prints for it.
struct monthly_rule {
    // Pull-out reasons that compare printed content (name, address, ...): a change gives
    // the reason of the same name.
    std::vector<std::string> content;
    // Per form, the content reasons it does not print (an お知らせ has no 世帯主): no new
    // document of that form for them.
    std::map<std::string, std::vector<std::string>> not_printed;
    // The rule's reason for a new form (or the finer fact form_cause) -> the change reason.
    std::map<std::string, std::string> form_reasons;
    // A new variant -> the change reason (special -> arrears_start).
    std::map<std::string, std::string> variant_reasons;
    // The rule's reason for someone with no document of the family yet -> the change reason;
    // any other is new_member.
    std::map<std::string, std::string> new_reasons;
    // A held document that ends with age70 on the last day of the month: a new one from the
    // start of the elderly status (the rule decides it from that day).
    bool age70 = false;
    std::map<std::string, std::string> labels;  // reason -> the letter's text
    std::string letter;  // templates/<letter>.yaml and layouts/<letter>.yaml: 変更理由のお知らせ
};

// A snapshot date cell of every person that the history store fills when the snapshot leaves
// it empty (store_inputs:): the store wins over an empty cell, never over a given one.
struct store_input {
    std::string column;  // a member date column of the snapshot: limit_applied_on
    // "applications": the latest date registered for the column (kokuho limit apply);
    // a family id: the latest 有効期限 of the person's delivered documents of that family.
    std::string from;
};

struct family {
    std::string id;
    std::string file;   // the YAML file, for messages
    std::string title;  // 資格確認書・資格情報のお知らせ
    std::string batch_code;  // in every batch id of the family: A20260710-EL-1a2b3c4d
    // SHA-256 of the family file and of the templates, layouts, record layouts and lists it
    // names: what decides its documents besides the config, so a batch id covers it.
    std::string fingerprint;
    bool is_default = false;
    std::string rule_name;
    rules::rule_function rule = nullptr;
    std::vector<variant_info> variants;
    std::vector<form_info> forms;  // in the order their mail classes are mailed
    source_location forms_where, variants_where;  // of forms: and variants:, for messages
    std::string issue_file;    // layouts/records/<name>.yaml
    std::string issue_list;    // layouts/lists/<name>.yaml
    std::string pullout_file;  // layouts/records/<name>.yaml
    std::string pullout_list;  // layouts/lists/<name>.yaml
    std::vector<pullout_reason> pullout_reasons;  // in the order they are listed
    bind::lookup_tables tables;  // maps: for the compare expressions
    std::vector<option_declaration> options;
    std::vector<borrowed_option> borrowed;  // set by the registry, which knows every family
    std::optional<off_switch> off_when;
    // Facts of the rule (decision.<name>) that decisions.jsonl gives besides the form,
    // variant, reason and validity (decisions:).
    std::vector<std::string> decision_facts;
    std::optional<change_rule> changes;
    std::vector<store_input> store_inputs;
    std::optional<monthly_rule> monthly;
    // templates/ and layouts/<carrier_sheet>.yaml: the 宛名台紙 of each envelope that holds no
    // window form (cards that go alone); empty for none.
    std::string carrier_sheet;
    // templates/ and layouts/<envelope>.yaml: the address printed on each of those envelopes
    // itself (a 長形3号 with the address in columns); empty for none. A family may have both.
    std::string envelope;

    const form_info* find_form(const std::string& id) const;
    // True for a form that goes with another's documents (with:), as a card's letter does.
    bool is_companion(const std::string& form) const;
    const variant_info* find_variant(const std::string& id) const;
    const pullout_reason* find_reason(const std::string& id) const;
};

// The family's options: what rules.yaml sets under its id, else the declared defaults, and
// the options it borrows from other families under "<family>.<option>", as rules.yaml sets
// them under that family's id. An option the family does not declare, or a value of the
// wrong kind or out of range, is an input error at its place in rules.yaml.
rules::family_options options_for(const family& f, const config& cfg);

// True when the config switches the family off (off_when:): its runs issue nothing.
bool switched_off(const family& f, const config& cfg);

}  // namespace kokuho::families
