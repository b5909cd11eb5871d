#include "render/fixed/encoder.h"

#include <string>

#include <unicode/utf16.h>

#include "core/error.h"
#include "render/fixed/unicode_text.h"

namespace kokuho::fixed {

// ICU 72 names: windows-31j is ibm-943_P15A-2003 (CP932); EBCDIC Japanese is stateful.
static const char* icu_name(encoding target) {
    switch (target) {
        case encoding::cp932:
        case encoding::shift_jis: return "windows-31j";
        case encoding::ibm930: return "ibm-930";
        case encoding::ibm939: return "ibm-939";
    }
    return "windows-31j";
}

// Strict Shift_JIS: JIS X 0201 single bytes and JIS X 0208 rows 1-8 and 16-84, leaving
// out CP932's NEC and IBM extensions (0x87, 0xED-0xEE, 0xFA-0xFC) and user area (0xF0-0xF9).
static bool in_jis_x0208(const target_char& c) {
    auto lead = static_cast<unsigned char>(c.bytes[0]);
    if (!c.is_double()) return lead < 0x80 || (lead >= 0xA1 && lead <= 0xDF);
    auto trail = static_cast<unsigned char>(c.bytes[1]);
    if (lead >= 0x81 && lead <= 0x84) return true;
    if (lead >= 0x88 && lead <= 0x9F) return lead > 0x88 || trail >= 0x9F;
    if (lead >= 0xE0 && lead <= 0xE9) return true;
    return lead == 0xEA && trail <= 0xA4;
}

encoder::encoder(encoding target) : bmp_cache_(0x10000) {
    UErrorCode status = U_ZERO_ERROR;
    converter_.reset(ucnv_open(icu_name(target), &status));
    if (U_FAILURE(status))
        fail_internal(std::string("ICU cannot open ") + icu_name(target) + ": " +
                      u_errorName(status));
    ucnv_setFromUCallBack(converter_.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr,
                          nullptr, &status);
    ucnv_setFallback(converter_.get(), false);
    strict_jis_ = target == encoding::shift_jis;
    shifts_ = ucnv_getType(converter_.get()) == UCNV_EBCDIC_STATEFUL;
    space_ = required(U' ', "a space").bytes[0];
    full_space_ = required(U'\u3000', "a full-width space");
    for (int value = 0; value < 10; ++value)
        digits_[static_cast<std::size_t>(value)] = required(U'0' + value, "digits").bytes[0];
}

target_char encoder::required(char32_t c, const char* what) {
    auto found = convert(c);
    if (found.is_double() != (c == U'\u3000'))
        fail_internal(std::string("the target encoding has no ") + what);
    return found;
}

// One code point through ICU with the converter reset; EBCDIC's SO/SI around a double-byte
// character are stripped (the field writer adds them where mixed text needs them). ICU
// writes nothing, successfully, for ignorable code points such as variation selectors:
// that counts as lacking too.
target_char encoder::convert(char32_t c) {
    if (is_private_use(c)) return {};
    UChar units[2];
    int32_t count = 0;
    U16_APPEND_UNSAFE(units, count, static_cast<UChar32>(c));
    char out[8];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = ucnv_fromUChars(converter_.get(), out, sizeof out, units, count, &status);
    if (U_FAILURE(status)) return {};
    target_char result;
    if (length == 1) {
        result = {1, {out[0], 0}};
    } else if (length == 2 && !shifts_) {
        result = {2, {out[0], out[1]}};
    } else if (length == 4 && shifts_ && out[0] == shift_out && out[3] == shift_in) {
        result = {2, {out[1], out[2]}};
    } else {
        return {};
    }
    if (strict_jis_ && !in_jis_x0208(result)) return {};
    return result;
}

target_char encoder::lookup(char32_t c) {
    auto found = convert(c);
    if (!found.found())
        if (char32_t other = spelling_counterpart(c)) found = convert(other);
    return found;
}

target_char encoder::encode(char32_t c) {
    if (c < 0x10000) {
        auto& entry = bmp_cache_[c];
        if (!entry.known) entry = {true, lookup(c)};
        return entry.result;
    }
    if (auto it = other_cache_.find(c); it != other_cache_.end()) return it->second;
    auto found = lookup(c);
    other_cache_.emplace(c, found);
    return found;
}

}  // namespace kokuho::fixed
