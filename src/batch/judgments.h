#pragma once
// The yearly runs' use of the ratio judgments (5.6.1): a 70-74 person whose snapshot gives
// no ratio gets the stored judgment of the cycle; a snapshot ratio is kept, and where the
// judgment differs, the difference goes to the run's exceptions.
#include "batch/input.h"
#include "record/history_store.h"

namespace kokuho::batch {

// Fills in the snapshot's empty ratios from the store's latest judgments of the run's cycle
// (a pending judgment marks the person ratio_pending), and lists each snapshot ratio that
// differs from a judged ratio (2 or 3, not pending) in in.exceptions.
void use_judgments(run_input& in, record::history_store& history);

}  // namespace kokuho::batch
