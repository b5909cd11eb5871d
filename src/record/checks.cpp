#include "record/checks.h"

#include <set>

#include "core/date.h"
#include "core/error.h"

namespace kokuho::record {

namespace {

void check_optional_date(const std::string& db_path, const std::string& text,
                         const std::string& what) {
    if (!text.empty()) check_date(db_path, text, what);
}

void check_kind(const std::string& db_path, const batch_info& batch) {
    const std::string& id = batch.batch_id;
    if (batch.kind == "annual") {
        if (!batch.parent_batch_id.empty())
            fail_input({db_path}, "batch " + id + ": an annual batch has no parent batch");
    } else if (batch.kind == "replacement") {
        if (batch.parent_batch_id.empty() || batch.parent_batch_id == id)
            fail_input({db_path}, "batch " + id + ": a replacement batch needs its parent batch");
    } else {
        fail_input({db_path}, "batch " + id + ": unknown kind '" + batch.kind +
                                  "' (annual or replacement)");
    }
}

void check_row(const std::string& db_path, const std::string& batch_id, const document_row& row) {
    std::string where = "batch " + batch_id + " document " + std::to_string(row.seq);
    if (row.person_id.empty()) fail_input({db_path}, where + ": no person id");
    check_optional_date(db_path, row.valid_from, where + " valid_from");
    check_optional_date(db_path, row.valid_until, where + " valid_until");
}

}  // namespace

void check_date(const std::string& db_path, const std::string& text, const std::string& what) {
    if (!date::parse_iso(text))
        fail_input({db_path}, what + ": '" + text + "' is not a date (YYYY-MM-DD)");
}

void check_batch(const std::string& db_path, const batch_info& batch,
                 const std::vector<document_row>& rows) {
    if (batch.batch_id.empty()) fail_input({db_path}, "a batch needs an id");
    check_kind(db_path, batch);
    check_date(db_path, batch.reference_date, "batch " + batch.batch_id + " reference date");
    std::set<long> seen;
    for (const auto& row : rows) {
        if (!seen.insert(row.seq).second)
            fail_input({db_path}, "batch " + batch.batch_id + ": document " +
                                      std::to_string(row.seq) + " appears twice");
        check_row(db_path, batch.batch_id, row);
    }
}

void check_pullouts(const std::string& db_path, const std::string& batch_id,
                    const std::vector<pullout_row>& rows) {
    for (const auto& row : rows) {
        std::string where = "pull-out of batch " + batch_id + " document " + std::to_string(row.seq);
        if (row.reasons.empty()) fail_input({db_path}, where + ": no reason given");
        for (const auto& reason : row.reasons)
            if (reason.empty() || reason.find(',') != std::string::npos)
                fail_input({db_path}, where + ": reason '" + reason +
                                          "' must be a non-empty word without commas");
    }
}

std::string difference(const batch_info& old_batch, const std::vector<document_row>& old_rows,
                       const batch_info& new_batch, const std::vector<document_row>& new_rows) {
    if (old_batch != new_batch) return "its kind, reference date, configuration or parent differ";
    if (old_rows.size() != new_rows.size())
        return std::to_string(old_rows.size()) + " documents recorded, " +
               std::to_string(new_rows.size()) + " given";
    for (std::size_t i = 0; i < old_rows.size(); ++i)
        if (old_rows[i] != new_rows[i])
            return "document " + std::to_string(new_rows[i].seq) + " differs";
    return "";
}

}  // namespace kokuho::record
