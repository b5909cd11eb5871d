#pragma once
// Mail pieces (rules.md "Mailing"): the documents of a plan grouped into envelopes by the
// configured keys, the envelopes in mailing order, and the documents numbered (通番).
#include "batch/plan.h"

namespace kokuho::batch {

// Groups plan.documents (each person's documents in a row, companions after their
// document) into envelopes, sorts both for mailing and numbers the documents.
void put_in_envelopes(const snapshot& s, const config& cfg, batch_plan& plan);

}  // namespace kokuho::batch
