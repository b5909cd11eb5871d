#pragma once
// The sample cycle's steps on a store of a test's own, for the tests of runs: the bulk run,
// the day-2 pull-out and the replacement, each into a folder of the caller's; and the
// store's runs as SQL sees them.
#include <string>
#include <vector>

#include "support/run.h"

namespace kokuho::test {

inline const std::string sample_batch = "A20260710-EL-72357b57";

// Arguments of each step, without --out.
std::string bulk_arguments(const std::string& db);
std::string pullout_arguments(const std::string& db);
std::string replace_arguments(const std::string& db);

// One value of SQL on the store, through Python's sqlite3 (not the store's code).
std::string query(const std::string& db, const std::string& sql);
void execute(const std::string& db, const std::string& sql);

// Starts `count` copies of `command` at once, each with " --out DIR/<name><i>"; waits for all.
// Returns each one's exit status, standard output and error.
std::vector<run_result> run_at_once(const std::string& command, const std::string& dir,
                                    const std::string& name, int count);

// The persons listed by each line of a folder's pullouts.jsonl, with their seq.
std::vector<std::string> pulled_seqs(const std::string& folder);

// One person's line of a judgment folder's judgments.jsonl, read by Python's json: the
// values of `python_values` (an expression list over the object j) joined by spaces.
std::string judged(const std::string& folder, const std::string& person_id, const std::string& python_values);

// A process token of this host that cannot run (a process id above the kernel's largest).
std::string ended_process();

}  // namespace kokuho::test
