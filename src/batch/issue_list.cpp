#include "batch/issue_list.h"

#include "batch/list_files.h"
#include "bind/source.h"

namespace kokuho::batch {

namespace {

// The row values by column key; see layouts/lists/issue-list.yaml.
bind::values row_values(const snapshot& s, const batch_plan& plan, const planned_document& doc,
                        const title_map& titles, bind::era_formatter& eras) {
    const auto& p = s.persons[doc.person];
    const auto& h = s.households[p.household];
    const auto& d = plan.decisions[doc.person];
    auto mail = bind::mailing_of(h);
    auto title = titles.find({std::string(rules::name(d.chosen)), std::string(rules::name(d.kind))});
    bind::values v;
    v.set("seq", std::to_string(doc.seq));
    v.set("household_id", h.household_id);
    v.set("person_id", p.person_id);
    v.set("symbol_number", h.symbol + "-" + p.insured_number + "-" + p.branch);
    v.set("name", p.name);
    v.set("birth_date", eras.long_form(p.birth_date));
    v.set("form", title == titles.end() ? std::string(rules::name(d.chosen)) : title->second);
    v.set("reason", std::string(rules::name(d.reason)));
    v.set("valid_until", d.valid_until ? eras.long_form(*d.valid_until) : "");
    v.set("valid_until_reason", std::string(rules::name(d.until)));
    v.set("postal_code", mail.postal_code);
    v.set("mail_name", mail.name);
    v.set("mail_class", doc.mail_class);
    return v;
}

// The last page's totals: documents by form and variant (titled as printed) and the
// people without a document by reason code.
std::vector<std::string> totals(const batch_summary& summary, const title_map& titles) {
    std::size_t all = 0;
    std::string parts;
    for (const auto& [key, count] : summary.documents) {
        auto slash = key.find('/');
        auto title = titles.find({key.substr(0, slash), key.substr(slash + 1)});
        parts += (parts.empty() ? "" : "　") + (title == titles.end() ? key : title->second) + " " +
                 std::to_string(count) + " 件";
        all += count;
    }
    std::string excluded;
    for (const auto& [reason, count] : summary.excluded)
        excluded += (excluded.empty() ? "" : "　") + reason + " " + std::to_string(count) + " 件";
    return {"交付件数 " + std::to_string(all) + " 件（" + parts + "）",
            "対象外 " + (excluded.empty() ? std::string("0 件") : excluded)};
}

}  // namespace

void write_issue_list(const list::table_layout& layout, const snapshot& s, const batch_plan& plan,
                      const title_map& titles, const batch_summary& summary,
                      const fonts::font_set& fonts, bind::era_formatter& eras, int pages_per_pdf,
                      output_dir& out, manifest& files) {
    list::row_source row = [&](std::size_t i) {
        return list::cells_of(layout, row_values(s, plan, plan.documents[i], titles, eras));
    };
    list::table_context context{summary.batch_id, eras.long_form(plan.cycle.issue_date), totals(summary, titles)};
    write_list_files({"issue-list", "issue_list", pages_per_pdf}, layout, plan.documents.size(), row,
                     context, fonts, out, files);
}

}  // namespace kokuho::batch
