#include "batch/towns.h"

#include <filesystem>

#include "batch/csv_input.h"
#include "batch/sources.h"
#include "bind/source.h"
#include "snapshot/csv.h"
#include "snapshot/encoding.h"

namespace kokuho::batch {

namespace {

constexpr std::size_t ken_all_columns = 15;

// UTF-8 when the file is valid UTF-8, else CP932 (KEN_ALL.CSV as Japan Post publishes it).
decoded_text read_either(const std::string& path) {
    auto text = read_text_file(path, text_encoding::utf8);
    if (text.faults.empty()) return text;
    return read_text_file(path, text_encoding::cp932);
}

}  // namespace

std::vector<barcode::town> load_towns(const std::string& config_dir) {
    auto path = (std::filesystem::path(config_dir) / "towns.csv").string();
    std::vector<barcode::town> towns;
    if (!std::filesystem::exists(path)) return towns;
    auto text = read_either(path);
    std::vector<diagnostic> problems;
    for (const auto& fault : text.faults) add_problem(problems, path, 0, 0, describe(fault, text_encoding::cp932));
    csv_parser parser(text.text());
    csv_record record;
    while (parser.next(record)) {
        if (record.problem != csv_problem::none)
            add_problem(problems, path, record.line, record.problem_column, std::string(describe(record.problem)));
        if (record.fields.size() != ken_all_columns) {
            add_problem(problems, path, record.line, 0,
                        "expected the 15 columns of KEN_ALL.CSV, found " + std::to_string(record.fields.size()));
            continue;
        }
        std::string postal(record.fields[2].text);
        if (postal.size() != 7 || postal.find_first_not_of("0123456789") != std::string::npos) {
            add_problem(problems, path, record.line, 3, "\"" + postal + "\": not a 7-digit postal code");
            continue;
        }
        towns.push_back({postal, std::string(record.fields[6].text), std::string(record.fields[7].text),
                         std::string(record.fields[8].text)});
    }
    if (!problems.empty()) throw error(error_kind::input, std::move(problems));
    return towns;
}

mail_barcode barcode_of(const std::vector<barcode::town>& towns, const household& h) {
    if (towns.empty()) return {};
    auto m = bind::mailing_of(h);
    if (barcode::is_representative(m.postal_code))
        return {"", "a representative postal code (…00): no customer barcode"};
    auto address_b = barcode::after_town(towns, m.postal_code, m.address);
    if (!address_b)
        return {"", "no town of postal code " + m.postal_code + " in towns.csv starts the address: no customer barcode"};
    return {barcode::encode(m.postal_code, *address_b + m.address_extra).bars, ""};
}

}  // namespace kokuho::batch
