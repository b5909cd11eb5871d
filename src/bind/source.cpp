#include "bind/source.h"

#include "rules/registry.h"

namespace kokuho::bind {

namespace {

std::string amount(const std::optional<std::int64_t>& yen) {
    return yen ? std::to_string(*yen) : std::string();
}

std::string_view usage_name(usage_registration u) {
    switch (u) {
        case usage_registration::none: return "none";
        case usage_registration::registered: return "registered";
        case usage_registration::cancelled: return "cancelled";
    }
    return "";
}

void add_person(values& v, const person& p) {
    v.set("person.person_id", p.person_id);
    v.set("person.insured_number", p.insured_number);
    v.set("person.branch", p.branch);
    v.set("person.name", p.name);
    v.set("person.name_kana", p.name_kana);
    v.set("person.birth_date", p.birth_date);
    v.set("person.sex", std::to_string(p.sex));
    v.set("person.relationship", p.relationship);
    v.set("person.acquired_on", p.acquired_on);
    v.set("person.lost_on", p.lost_on);
    v.set("person.mynumber_insurance", std::string(usage_name(p.mynumber_insurance)));
    v.set("person.residence_expires_on", p.residence_expires_on);
    v.set("person.student_special_until", p.student_special_until);
    v.set("person.ratio", p.ratio ? std::to_string(*p.ratio) : "");
    v.set("person.limit_category", p.limit_category);
    // 限度区分 is printed only when applied for (任意記載事項).
    v.set("person.limit_category_printed", p.limit_category_requested ? p.limit_category : stored_text());
    v.set("person.specified_disease", std::string(rules::disease_name(p.specified_disease)));
    v.set("person.specified_disease_limit", amount(p.specified_disease_limit));
    v.set("person.limit_applied_on", p.limit_applied_on);
    v.set("person.limit_certificate_until", p.limit_certificate_until);
    v.set("person.long_term_stay_from", p.long_term_stay_from);
    v.set("person.prior_municipality", p.prior_municipality);
    v.set("person.prior_address", p.prior_address);
}

void add_household(values& v, const household& h) {
    v.set("household.household_id", h.household_id);
    v.set("household.head_name", h.head_name);
    v.set("household.head_kana", h.head_kana);
    v.set("household.postal_code", h.postal_code);
    v.set("household.address", h.address);
    v.set("household.address_extra", h.address_extra);
    v.set("household.symbol", h.symbol);
    v.set("household.arrears_special", h.arrears_special ? "1" : "0");
    // The 送付先 columns as given, empty when the household has none.
    v.set("household.mail_name", h.mail_name);
    v.set("household.mail_postal_code", h.mail_postal_code);
    v.set("household.mail_address", h.mail_address);
    v.set("household.mail_address_extra", h.mail_address_extra);
    auto m = mailing_of(h);
    v.set("mail.name", m.name);
    v.set("mail.postal_code", m.postal_code);
    v.set("mail.address", m.address);
    v.set("mail.address_extra", m.address_extra);
}

void add_decision(values& v, const rules::outcome& d, const form_context& form) {
    v.set("decision.form", d.form);
    v.set("decision.variant", d.variant);
    v.set("decision.reason", d.reason);
    v.set("decision.valid_from", d.valid_from);
    v.set("decision.valid_until", d.valid_until);
    v.set("decision.valid_until_reason", d.until_reason);
    for (const auto& [name, fact] : d.facts) v.set("decision." + name, fact);
    v.set("decision.form_code", form.form_code);
    v.set("decision.variant_code", form.variant_code);
    v.set("form.title", form.title);
    v.set("form.name", form.name);
    v.set("variant.label", form.variant_label);
}

}  // namespace

mailing_address mailing_of(const household& h) {
    if (!h.mail_address.empty())
        return {h.mail_name.empty() ? h.head_name : h.mail_name,
                h.mail_postal_code.empty() ? h.postal_code : h.mail_postal_code, h.mail_address,
                h.mail_address_extra};
    return {h.head_name, h.postal_code, h.address, h.address_extra};
}

bool is_source_name(std::string_view name) {
    static const values names = source_values({}, {}, {}, {}, {}, {});
    return names.contains(name) || name.starts_with("decision.");
}

void add_insurer(values& v, const insurer_settings& insurer) {
    v.set("insurer.number", insurer.number);
    v.set("insurer.name", insurer.name);
    v.set("insurer.address", insurer.address);
    v.set("insurer.phone", insurer.phone);
    v.set("insurer.section", insurer.section);
    v.set("insurer.seal", insurer.seal_path);
}

values snapshot_values(const person& p, const household& h) {
    values v;
    add_person(v, p);
    add_household(v, h);
    return v;
}

values source_values(const person& p, const household& h, const rules::outcome& d,
                     const form_context& form, const insurer_settings& insurer,
                     const batch_context& batch) {
    values v = snapshot_values(p, h);
    add_decision(v, d, form);
    add_insurer(v, insurer);
    v.set("batch.batch_id", batch.batch_id);
    v.set("batch.issue_date", batch.issue_date);
    v.set("batch.seq", std::to_string(batch.seq));
    v.set("batch.mail_class", batch.mail_class);
    v.set("batch.envelope", std::to_string(batch.envelope));
    v.set("batch.envelope_size", std::to_string(batch.envelope_size));
    v.set("batch.envelope_position", std::to_string(batch.envelope_position));
    v.set("mail.barcode", batch.mail_barcode);
    return v;
}

}  // namespace kokuho::bind
