#pragma once
// The yearly bulk issue of a family of documents (5.1.1, 5.1.2 for 資格確認書 and
// 資格情報のお知らせ; 5.2.1 for 高齢受給者証 ...): read -> decide -> bind -> render -> record,
// into one output folder and the history store.
#include <string>

#include "batch/input.h"
#include "batch/produce.h"

namespace kokuho::batch {

struct annual_options {
    std::string family;  // --kind; empty: the default family
    input_options input;
    std::string out_dir;
    std::string database;  // the history store; empty: the config's
    produce_options produce;
};

batch_summary run_annual(const annual_options& options, const families::registry& families);

}  // namespace kokuho::batch
