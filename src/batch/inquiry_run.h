#pragma once
// kokuho inquiry letters (資格照会資料作成, 5.5.1): asks other municipalities for the income
// figures of the ratio judgment. Who: the people the judgment of the cycle judges
// (rules/judgment.h) whose prior_municipality is given and whose answer is not registered.
// Writes into the output folder one letter per municipality of the config's inquiry.yaml
// (inquiry-<code>.pdf: the cover letter, the 照会対象者一覧 and a reply form per person), the
// 資格照会資料発送一覧 (PDF and CSV; people of a municipality not in the table are listed as
// 宛先不明 and get no letter), exceptions.csv and manifest.json; and records the inquiries
// sent in the history store.
#include <cstddef>
#include <string>

#include "batch/input.h"

namespace kokuho::batch {

struct inquiry_summary {
    std::string run_id;
    std::string cycle_start;
    int income_year = 0;
    std::size_t letters = 0;
    std::size_t people = 0;        // in a letter
    std::size_t unknown = 0;       // 宛先不明: their municipality is not in inquiry.yaml
    std::size_t asked_before = 0;  // an earlier run of the cycle asked about them too
    bool already_recorded = false;
};

inquiry_summary run_inquiry_letters(const cycle_run_options& options, const families::registry& families);

}  // namespace kokuho::batch
