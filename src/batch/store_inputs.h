#pragma once
// What the history store gives a run besides the snapshot: the ratio judgments
// (batch/judgments.h) and the empty cells a family fills from the store (store_inputs: in
// families/<id>.yaml): applications registered in this tool, and the end of the certificate a
// person held last.
#include "batch/input.h"
#include "record/history_store.h"

namespace kokuho::batch {

// Uses the judgments, then fills the family's store_inputs where the snapshot leaves them
// empty. Each filled cell is added to in.stored_inputs ("person_id column date" lines, in
// snapshot order), which the bulk batch id covers.
void use_store(run_input& in, record::history_store& history, const families::family& f);

}  // namespace kokuho::batch
