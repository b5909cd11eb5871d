#include "batch/issue_list.h"

#include "batch/list_files.h"
#include "batch/sources.h"

namespace kokuho::batch {

namespace {

// The last page's totals: documents by form and variant (titled as printed) and the
// people without a document by reason code.
std::vector<std::string> totals(const batch_summary& summary, const families::family& f) {
    std::size_t all = 0;
    std::string parts;
    for (const auto& [key, count] : summary.documents) {
        auto slash = key.find('/');
        const auto* form = f.find_form(key.substr(0, slash));
        auto title = form ? form->titles.at(key.substr(slash + 1)) : key;
        parts += (parts.empty() ? "" : "　") + title + " " + std::to_string(count) + " 件";
        all += count;
    }
    std::string excluded;
    for (const auto& [reason, count] : summary.excluded)
        excluded += (excluded.empty() ? "" : "　") + reason + " " + std::to_string(count) + " 件";
    return {"交付件数 " + std::to_string(all) + " 件（" + parts + "）",
            "対象外 " + (excluded.empty() ? std::string("0 件") : excluded)};
}

}  // namespace

void write_issue_list(const list::table_layout& layout, const run_input& in, const batch_plan& plan,
                      const batch_summary& summary, const fonts::font_set& fonts, int pages_per_pdf, int jobs,
                      output_dir& out, manifest& files) {
    kokuho::era_formatter eras;
    list::row_source row = [&](std::size_t i) {
        const auto& doc = plan.documents[i];
        auto values = document_source(in, *plan.family, doc.person, outcome_of(plan, doc),
                                      batch_context_of(in, plan, doc, summary.batch_id));
        return list::cells_of(layout, values, eras);
    };
    list::table_context context{summary.batch_id, eras.long_form(plan.cycle.issue_date),
                                totals(summary, *plan.family)};
    write_list_files({"issue-list", "issue_list", pages_per_pdf, jobs}, layout, plan.documents.size(), row,
                     context, fonts, out, files);
}

}  // namespace kokuho::batch
