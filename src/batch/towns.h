#pragma once
// The town table of a config folder (towns.csv, in the layout of Japan Post's KEN_ALL.CSV:
// 15 columns, the 7-digit postal code in the 3rd, the prefecture, city and town names in the
// 7th to 9th; UTF-8 or CP932, as Japan Post publishes it), which splits a mailing address into
// 住所A and 住所B for the customer barcode. A city drops in its own rows.
#include <string>
#include <vector>

#include "config/config.h"
#include "core/customer_barcode.h"
#include "snapshot/snapshot.h"

namespace kokuho::batch {

// The rows of dir/towns.csv; none when the file is missing (no barcodes are printed). A
// malformed row is an input error with file:row:column.
std::vector<barcode::town> load_towns(const std::string& config_dir);

// The customer barcode of a household's mailing address (送付先, else the residence and
// 方書) as 67 bars; empty with the reason when it gets none (its town is not in the table, a
// representative postal code). Empty without a reason when there is no table.
struct mail_barcode {
    std::string bars;
    std::string problem;
};
mail_barcode barcode_of(const std::vector<barcode::town>& towns, const household& h);

}  // namespace kokuho::batch
