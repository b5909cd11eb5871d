#pragma once
// kokuho monthly changes (資格確認書・資格情報のお知らせ作成（月次・随時）, workflows.md 5.11):
// every insured person of the snapshot is compared with the latest document of the family
// they hold in the store (generated or delivered, not superseded) and decided again with the
// family's rules (a monthly cycle). A new document is issued, with the reason codes of the
// family's monthly: section, for a change of printed content, of form, of variant, of the
// validity, for the start of the elderly status next month (age70), and for someone with no
// document of the family yet (new_member). Each envelope carries a 変更理由のお知らせ naming
// each reason of each of its documents. The batch (kind monthly) supersedes the documents it
// replaces; changes.jsonl lists each new document with its reasons.
#include <string>

#include "batch/produce.h"

namespace kokuho::batch {

struct monthly_options {
    std::string family;  // empty: the default family
    input_options input;  // the cycle --as-of falls in, unless --valid-from
    std::string out_dir;
    std::string database;
    produce_options produce;
};

struct monthly_summary {
    std::string family;
    std::string cycle_start;
    std::size_t compared = 0;  // people who hold a document of the family
    std::map<std::string, std::size_t> reasons;  // reason -> new documents
    std::size_t letters = 0;   // 変更理由のお知らせ, one per envelope
    std::optional<batch_summary> batch;  // empty when nothing changed: nothing is written
};

monthly_summary run_monthly(const monthly_options& options, const families::registry& families);

}  // namespace kokuho::batch
