#pragma once
// Japan Post's customer barcode (カスタマバーコード), by 「郵便番号・バーコードマニュアル」: the
// 住所表示番号 taken from the part of the address after the town name (住所B, 抜き出し法 with
// the supplementary rules), joined to the postal code and cut or padded to 20 data symbols,
// the mod-19 check symbol, and the 67 bars of the four-state code between the start and stop
// codes.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kokuho::barcode {

// The four bar kinds, as `bars` writes them.
enum class bar : char { full = '1', ascender = '2', descender = '3', timing = '4' };

struct customer_barcode {
    std::string postal_code;     // 7 digits
    std::string address_number;  // 住所表示番号 as extracted, before the cut: 3-20-5B604
    // The 20 data symbols: "0"-"9", "-", "CC1"-"CC8" (a letter is a control code and a digit).
    std::vector<std::string> symbols;
    std::string check;  // the check symbol
    std::string bars;   // 67 digits: start, 21 symbols of 3 bars, stop (1 full ... 4 timing)
};

// A row of the town table (Japan Post's KEN_ALL.CSV layout): the postal code and the names up
// to the town (町域名), which end 住所A.
struct town {
    std::string postal_code;  // 7 digits
    std::string prefecture, city, name;
};

// 住所B of an address that starts with the prefecture or the city: what follows the longest
// town name of the postal code that the address starts with (a KEN_ALL note in （） is not
// part of the name); nullopt when no town of the postal code matches.
std::optional<std::string> after_town(const std::vector<town>& towns, std::string_view postal_code,
                                      std::string_view address);

// 住所表示番号 from 住所B (抜き出し法): upper-case letters, &/・. removed, kanji numerals
// before 丁目/丁/番地/番/号/地割/線/の/ノ made digits, digits, hyphens and lone letters kept
// (not an F that follows a digit: a floor), everything else between them one hyphen, no
// leading hyphen, no hyphen next to a letter. Full-width digits, letters and hyphens count
// as their half-width forms.
std::string address_number(std::string_view address_b);

// True for a representative postal code (郵便番号簿's "以下に掲載がない場合": the last two
// digits 00), which gets no customer barcode.
bool is_representative(std::string_view postal_code);

// The barcode of a postal code (NNN-NNNN or 7 digits) and 住所B: empty 住所B for a large
// office's individual code (個別番号), the box number for a PO box code (私書箱包括番号).
// Throws an input error naming the postal code when it is malformed or representative.
customer_barcode encode(std::string_view postal_code, std::string_view address_b);

}  // namespace kokuho::barcode
