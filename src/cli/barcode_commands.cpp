// kokuho barcode: Japan Post's customer barcode of a postal code and 住所B.
#include <iostream>

#include "cli/common.h"
#include "core/customer_barcode.h"
#include "core/error.h"
#include "core/json.h"

namespace kokuho::cli {

int barcode(const std::vector<std::string>& argv) {
    args a(argv, {"postal-code", "address", "format"}, {});
    auto format = a.get("format").value_or("text");
    if (format != "text" && format != "json")
        fail_input({"command line"}, "--format \"" + format + "\": expected text or json");
    auto code = barcode::encode(a.required("postal-code"), a.get("address").value_or(""));
    std::string symbols;
    for (const auto& s : code.symbols) symbols += (symbols.empty() ? "" : " ") + s;
    if (format == "text") {
        std::cout << "data:    " << code.postal_code << " " << code.address_number << "\n"
                  << "symbols: " << symbols << "\n"
                  << "check:   " << code.check << "\n"
                  << "bars:    " << code.bars << "\n";
        return 0;
    }
    std::string list;
    for (const auto& s : code.symbols) list += (list.empty() ? "" : ", ") + json_string(s);
    std::cout << "{\"data\": " << json_string(code.postal_code + code.address_number) << ", \"symbols\": [" << list
              << "], \"check\": " << json_string(code.check) << ", \"bars\": " << json_string(code.bars) << "}\n";
    return 0;
}

}  // namespace kokuho::cli
