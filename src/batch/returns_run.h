#pragma once
// Returned mail (返送, workflows.md 5.7), for every family:
// - kokuho returns register (5.7.1): records the documents the post office brought back, with
//   their envelope mates; the whole input is checked first (file:row, nothing registered);
// - kokuho returns reissue (5.7.2): for each return not yet dealt with, a new document of the
//   same family to the new mailing address (a batch of kind reissue whose documents supersede
//   the returned ones), or held (保管: the address is unchanged), or closed (no longer insured);
// - both write the 返送分一覧 (5.7.3, layouts/lists/returned-list.yaml) of every return in the
//   store. A reissue batch registers through kokuho history register (5.7.4).
#include <optional>
#include <string>
#include <vector>

#include "batch/produce.h"
#include "record/history_store.h"
#include "render/list/table.h"

namespace kokuho::batch {

// The 返送分一覧's layout (layouts/lists/returned-list.yaml), whose maps: reason: gives the
// return reasons with their Japanese labels, and the fonts.
struct returned_list {
    list::table_layout layout;
    fonts::font_set fonts;

    explicit returned_list(const project_paths& paths);
    bool knows(const std::string& reason) const;  // a reason code of maps: reason:
};

// Writes returned-list.csv and returned-list-NNNN.pdf into the run's folder: every return of
// the store, by return day; returns the number of rows.
std::size_t write_returned_list(record::history_store& history, const families::registry& families,
                                const returned_list& kit, const std::string& reference, const date& day,
                                int pages_per_pdf, output_dir& out, manifest& files);

// What came back: --batch ID --seq N,N --date D [--reason R], or --file FILE.csv with the
// header batch_id,seq,returned_on,reason.
struct returns_input {
    std::string batch_id;
    std::vector<long> seqs;
    std::optional<date> returned_on;
    std::string reason;  // empty: the layout's first reason that is "other"
    std::string file;    // instead of the above
};

struct returns_register_options {
    returns_input returned;
    std::string config_dir;
    std::string database;  // empty: the config's
    std::string out_dir;   // the 返送分一覧
    project_paths paths;
};

struct returns_registration {
    std::string registration_id;
    record::returns_result result;
    std::size_t listed = 0;  // rows of the 返送分一覧
};

returns_registration register_returns(const returns_register_options& options, const families::registry& families);

struct reissue_options {
    std::string family;  // empty: the default family
    input_options input;
    std::string out_dir;
    std::string database;
    produce_options produce;
};

struct reissue_summary {
    std::string family;
    std::string cycle_start;         // of the returns dealt with
    std::size_t reissued = 0, held = 0, closed = 0;
    std::size_t other_cycles = 0;    // open returns of earlier cycles, left as they are
    std::optional<batch_summary> batch;  // the reissue batch, when anything was reissued
    std::size_t listed = 0;
};

reissue_summary reissue_returns(const reissue_options& options, const families::registry& families);

}  // namespace kokuho::batch
