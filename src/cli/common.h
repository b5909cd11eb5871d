#pragma once
// What the commands share: options, project paths, dates from the command line.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "batch/input.h"
#include "batch/produce.h"
#include "cli/args.h"
#include "record/history_store.h"

namespace kokuho::cli {

extern const std::set<std::string> input_options;  // --snapshot --as-of --valid-from ...
extern const std::set<std::string> input_flags;    // --skip-invalid-rows ...

// The options of a command: a base set and more.
std::set<std::string> with(std::set<std::string> base, std::initializer_list<const char*> more);
// "key n, key n" for a summary line; "0" when there is nothing.
std::string counts(const std::map<std::string, std::size_t>& by_key);

date date_option(const args& a, const std::string& name);
std::string project_root(const args& a);
batch::project_paths paths_of(const args& a);
std::string config_dir_of(const args& a);
batch::input_options input_of(const args& a);
// The history store of --db, else of the config's history.yaml.
std::unique_ptr<record::history_store> store_of(const args& a);
// A run over the snapshot for a cycle into --out, recording in --db (or the config's store).
batch::cycle_run_options cycle_run_of(const args& a);
// --as-of, --valid-from and --config alone: the cycle of a registration without a snapshot.
batch::input_options cycle_input_of(const args& a);

// How a run that produces documents draws them: the project's paths, --debug-boxes, and a
// progress count on a terminal.
batch::produce_options produce_of(const args& a);
// What became of an earlier run of the same work.
std::string earlier(const record::run_info& run);
// The summary line of a batch run, or why nothing was written.
void print_summary(const batch::batch_summary& s, const std::string& out);

using command = int (*)(const std::vector<std::string>& argv);

int annual_certificates(const std::vector<std::string>& argv);
int annual_pullout(const std::vector<std::string>& argv);
int annual_replace(const std::vector<std::string>& argv);
int elderly_changes(const std::vector<std::string>& argv);
int preview(const std::vector<std::string>& argv);
int ratio_judge(const std::vector<std::string>& argv);
int minors_register(const std::vector<std::string>& argv);
int minors_show(const std::vector<std::string>& argv);
int inquiry_letters(const std::vector<std::string>& argv);
int inquiry_answers(const std::vector<std::string>& argv);
int history_register(const std::vector<std::string>& argv);
int history_collect(const std::vector<std::string>& argv);
int history_show(const std::vector<std::string>& argv);
int limit_recommend(const std::vector<std::string>& argv);
int limit_apply(const std::vector<std::string>& argv);
int returns_register(const std::vector<std::string>& argv);
int returns_reissue(const std::vector<std::string>& argv);
int status_list(const std::vector<std::string>& argv);
int monthly_changes(const std::vector<std::string>& argv);
int barcode(const std::vector<std::string>& argv);

}  // namespace kokuho::cli
