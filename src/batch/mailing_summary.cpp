#include "batch/mailing_summary.h"

#include <filesystem>
#include <tuple>
#include <vector>

#include "batch/list_files.h"
#include "core/era.h"
#include "core/json.h"

namespace kokuho::batch {

namespace {

struct area_count {
    std::string mail_class, area;
    bool barcode = false;
    std::size_t envelopes = 0, documents = 0;
};

// In mailing order: envelopes are sorted by mail class, then postal code.
std::vector<area_count> count_areas(const batch_plan& plan) {
    std::vector<area_count> rows;
    for (const auto& e : plan.envelopes) {
        bool barcode = !e.barcode.empty();
        std::string area(e.postal_code.view().substr(0, 3));
        if (rows.empty() || std::tie(rows.back().mail_class, rows.back().area, rows.back().barcode) !=
                                std::tie(e.mail_class, area, barcode))
            rows.push_back({e.mail_class, area, barcode});
        ++rows.back().envelopes;
        rows.back().documents += e.documents.size();
    }
    return rows;
}

kokuho::values row_values(const area_count& r) {
    kokuho::values v;
    v.set("mailing.mail_class", r.mail_class);
    v.set("mailing.area", r.area);
    v.set("mailing.barcode", r.barcode ? "1" : "0");
    v.set("mailing.envelopes", std::to_string(r.envelopes));
    v.set("mailing.documents", std::to_string(r.documents));
    return v;
}

}  // namespace

std::map<std::string, std::size_t> write_mailing_summary(const run_input& in, const batch_plan& plan,
                                                         const std::string& batch_id, const project_paths& paths,
                                                         const fonts::font_set& fonts, output_dir& out, manifest& files) {
    auto layout = list::load_table_layout((std::filesystem::path(paths.layouts) / "lists" / "mailing-summary.yaml").string());
    auto rows = count_areas(plan);
    std::map<std::string, std::size_t> by_class, with_barcode;
    for (const auto& r : rows) {
        by_class[r.mail_class] += r.envelopes;
        if (r.barcode) with_barcode[r.mail_class] += r.envelopes;
    }
    std::vector<std::string> totals;
    std::size_t envelopes = 0;
    for (const auto& [mail_class, n] : by_class) {
        totals.push_back(mail_class + " " + std::to_string(n) + " 通（バーコード付き " +
                         std::to_string(with_barcode[mail_class]) + " 通）");
        envelopes += n;
    }
    totals.push_back("合計 " + std::to_string(envelopes) + " 通");
    kokuho::era_formatter eras;
    list::row_source row = [&](std::size_t i) { return list::cells_of(layout, row_values(rows[i]), eras); };
    list::table_context context{batch_id, eras.long_form(in.cycle.issue_date), totals};
    write_list_files({"mailing-summary", "mailing_summary", in.cfg.output.list_pages_per_pdf}, layout, rows.size(),
                     row, context, fonts, out, files);
    std::string counts;
    for (const auto& [mail_class, n] : by_class)
        counts += (counts.empty() ? "" : ", ") + json_string(mail_class) + ": " + std::to_string(n);
    files.set_fact("envelopes", std::to_string(envelopes));
    files.set_fact("envelopes_by_mail_class", "{" + counts + "}");
    return by_class;
}

}  // namespace kokuho::batch
