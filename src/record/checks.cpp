#include "record/checks.h"

#include <set>

#include "core/date.h"
#include "core/error.h"
#include "core/text.h"

namespace kokuho::record {

namespace {

void check_optional_date(const std::string& db_path, const std::string& text,
                         const std::string& what) {
    if (!text.empty()) check_date(db_path, text, what);
}

// One lowercase word of letters and underscores: annual, on_demand, eligibility.
bool is_word(const std::string& text) {
    if (text.empty()) return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || c == '_')) return false;
    return true;
}

void check_family_and_kind(const std::string& db_path, const batch_info& batch) {
    const std::string& id = batch.batch_id;
    if (!is_word(batch.family))
        fail_input({db_path}, "batch " + id + ": family '" + batch.family +
                                  "' is not one lowercase word (letters and _)");
    if (!is_word(batch.kind))
        fail_input({db_path}, "batch " + id + ": kind '" + batch.kind +
                                  "' is not one lowercase word (letters and _)");
    if (batch.parent_batch_id == id)
        fail_input({db_path}, "batch " + id + ": a batch cannot be its own parent");
    if (batch.kind == "annual" && !batch.parent_batch_id.empty())
        fail_input({db_path}, "batch " + id + ": an annual batch has no parent batch");
    if (batch.kind == "replacement" && batch.parent_batch_id.empty())
        fail_input({db_path}, "batch " + id + ": a replacement batch needs its parent batch");
}

void check_compared(const std::string& db_path, const std::string& where,
                    const document_row& row) {
    std::set<std::string> names;
    for (const auto& value : row.compared) {
        if (value.name.empty()) fail_input({db_path}, where + ": a compared value has no name");
        if (!names.insert(value.name).second)
            fail_input({db_path}, where + ": compared value '" + value.name + "' appears twice");
    }
}

void check_row(const std::string& db_path, const std::string& batch_id, const document_row& row) {
    std::string where = "batch " + batch_id + " document " + std::to_string(row.seq);
    if (row.person_id.empty()) fail_input({db_path}, where + ": no person id");
    check_optional_date(db_path, row.valid_from, where + " valid_from");
    check_optional_date(db_path, row.valid_until, where + " valid_until");
    check_compared(db_path, where, row);
}

// The names of the batch's fields that differ, in declaration order.
std::vector<std::string> batch_changes(const batch_info& a, const batch_info& b) {
    std::vector<std::string> changes;
    if (a.family != b.family) changes.push_back("family");
    if (a.kind != b.kind) changes.push_back("kind");
    if (a.reference_date != b.reference_date) changes.push_back("reference date");
    if (a.config_fingerprint != b.config_fingerprint) changes.push_back("configuration");
    if (a.parent_batch_id != b.parent_batch_id) changes.push_back("parent");
    if (a.cycle_start != b.cycle_start) changes.push_back("cycle start");
    return changes;
}

// The first field of a document that differs, by name; never its value.
std::string field_change(const document_row& a, const document_row& b) {
    if (a.household_id != b.household_id) return "household";
    if (a.person_id != b.person_id) return "person";
    if (a.form != b.form) return "form";
    if (a.variant != b.variant) return "variant";
    if (a.valid_from != b.valid_from || a.valid_until != b.valid_until) return "validity";
    if (a.valid_until_reason != b.valid_until_reason) return "validity reason";
    if (a.compared.size() != b.compared.size()) return "compared values";
    for (std::size_t i = 0; i < a.compared.size(); ++i)
        if (a.compared[i] != b.compared[i]) return "compared value '" + b.compared[i].name + "'";
    return "";
}

// What differs between a recorded document and the one given in its place; "" when nothing.
std::string document_change(const document_row& old_row, const document_row& new_row) {
    std::string seq = std::to_string(new_row.seq);
    if (old_row.seq != new_row.seq) return "document " + seq + " was not recorded";
    auto field = field_change(old_row, new_row);
    return field.empty() ? "" : "document " + seq + " differs in its " + field;
}

}  // namespace

void check_date(const std::string& db_path, const std::string& text, const std::string& what) {
    if (!date::parse_iso(text))
        fail_input({db_path}, what + ": '" + text + "' is not a date (YYYY-MM-DD)");
}

void check_batch_info(const std::string& db_path, const batch_info& batch) {
    if (batch.batch_id.empty()) fail_input({db_path}, "a batch needs an id");
    check_family_and_kind(db_path, batch);
    check_date(db_path, batch.reference_date, "batch " + batch.batch_id + " reference date");
    check_date(db_path, batch.cycle_start, "batch " + batch.batch_id + " cycle start");
}

void check_document(const std::string& db_path, const std::string& batch_id, const document_row& row,
                    long previous_seq) {
    if (previous_seq != 0 && row.seq == previous_seq)
        fail_input({db_path}, "batch " + batch_id + ": document " + std::to_string(row.seq) + " appears twice");
    if (row.seq < previous_seq)
        fail_internal("batch " + batch_id + ": document " + std::to_string(row.seq) + " comes after " +
                      std::to_string(previous_seq));
    check_row(db_path, batch_id, row);
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
    auto changes = batch_changes(old_batch, new_batch);
    if (!changes.empty())
        return "its " + join(changes, ", ") + (changes.size() == 1 ? " differs" : " differ");
    if (old_rows.size() != new_rows.size())
        return std::to_string(old_rows.size()) + " documents recorded, " +
               std::to_string(new_rows.size()) + " given";
    for (std::size_t i = 0; i < old_rows.size(); ++i) {
        auto change = document_change(old_rows[i], new_rows[i]);
        if (!change.empty()) return change;
    }
    return "";
}

}  // namespace kokuho::record
