// kokuho history register | collect | show (5.1.5, 5.2.4, 5.1.6).
#include <iostream>

#include "batch/collect_run.h"
#include "batch/history.h"
#include "batch/history_view.h"
#include "cli/common.h"
#include "core/clock.h"
#include "core/error.h"
#include "record/history_store.h"

namespace kokuho::cli {

namespace {

batch::history_format format_of(const args& a) {
    auto f = a.get("format").value_or("text");
    if (f == "text") return batch::history_format::text;
    if (f == "csv") return batch::history_format::csv;
    if (f == "json") return batch::history_format::json;
    fail_input({"command line"}, "--format \"" + f + "\": expected text, csv or json");
}

}  // namespace

int history_register(const std::vector<std::string>& argv) {
    args a(argv, {"batch", "date", "db", "config", "project"}, {});
    auto batch_id = a.required("batch");
    date on = a.get("date") ? date_option(a, "date") : today();
    auto history = store_of(a);
    auto r = history->register_delivery(batch_id, on.iso());
    if (r.already_registered) {
        std::cout << "batch " << batch_id << " was already registered on " << r.registered_on
                  << ": nothing changed\n";
        return 0;
    }
    std::cout << "batch " << batch_id << " registered on " << r.registered_on << ": " << r.delivered
              << " delivered, " << r.pulled << " pulled out (not delivered)\n";
    return 0;
}

int history_collect(const std::vector<std::string>& argv) {
    args a(argv, {"kind", "expired-by", "file", "date", "db", "config", "project"}, {});
    if (bool(a.get("expired-by")) == bool(a.get("file")))
        fail_input({"command line"}, "give exactly one of --expired-by, --file");
    batch::collect_request request{a.get("expired-by") ? std::optional(date_option(a, "expired-by")) : std::nullopt,
                                   a.get("file").value_or(""), a.get("date") ? date_option(a, "date") : today()};
    auto families = batch::load_families(paths_of(a));
    const auto& f = families.get(a.required("kind"));
    auto history = store_of(a);
    auto s = batch::collect_documents(*history, f, request);
    std::cout << f.id << ": " << s.result.collected << " collected on " << request.on.iso() << ", "
              << s.result.already << " collected before (unchanged), of " << s.named << " named\n";
    return 0;
}

int history_show(const std::vector<std::string>& argv) {
    args a(argv, {"person", "household", "batch", "format", "db", "config", "project"}, {});
    int given = int(bool(a.get("person"))) + int(bool(a.get("household"))) + int(bool(a.get("batch")));
    if (given != 1) fail_input({"command line"}, "give exactly one of --person, --household, --batch");
    auto format = format_of(a);
    auto history = store_of(a);
    std::vector<record::history_row> rows;
    if (auto p = a.get("person")) rows = history->history_of_person(*p);
    else if (auto h = a.get("household")) rows = history->history_of_household(*h);
    else rows = history->history_of_batch(*a.get("batch"));
    batch::write_history(rows, format, std::cout);
    return 0;
}

}  // namespace kokuho::cli
