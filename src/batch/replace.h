#pragma once
// kokuho annual replace (5.1.4, 5.2.3): a replacement batch (差替分), linked to the issued
// batch, with new documents for the pulled-out people who are still insured, decided by the
// same family's rules; the same outputs as the bulk run.
#include <string>

#include "batch/input.h"
#include "batch/produce.h"

namespace kokuho::batch {

struct replace_options {
    input_options input;  // valid_from defaults to the issued batch's
    std::string batch_id;  // the issued batch
    std::string out_dir;
    std::string database;  // empty: the config's
    produce_options produce;
};

struct replace_summary {
    batch_summary batch;       // the replacement batch
    std::size_t pulled = 0;    // documents pulled out of the issued batch
    std::size_t not_insured = 0;  // pulled-out people who get no replacement
};

// The family comes from the issued batch.
replace_summary run_replace(const replace_options& options, const families::registry& families);

}  // namespace kokuho::batch
