#include "snapshot/encoding.h"

#include "core/sha256.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "core/error.h"

namespace kokuho {

namespace {

constexpr std::size_t largest_snapshot = std::size_t(4) << 30;

std::string read_bytes(const std::string& path) {
    std::unique_ptr<std::FILE, decltype(&std::fclose)> file(std::fopen(path.c_str(), "rb"),
                                                            &std::fclose);
    if (!file) fail_input({path}, std::string("cannot open the file: ") + std::strerror(errno));
    std::error_code no_size;  // a folder or a pipe: read in chunks only
    auto size = std::filesystem::file_size(path, no_size);
    if (!no_size && size > largest_snapshot) fail_input({path}, "larger than 4 GiB: not a snapshot");
    std::string bytes(no_size ? 0 : size, '\0');
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file.get()));
    char chunk[1 << 16];  // what a file that grew or a pipe still holds
    while (std::size_t n = std::fread(chunk, 1, sizeof chunk, file.get())) {
        // A text file holds no NUL: a device like /dev/zero is refused at once, not read forever.
        if (std::memchr(chunk, '\0', n)) fail_input({path}, "holds NUL bytes: not a text file");
        if (bytes.size() + n > largest_snapshot) fail_input({path}, "larger than 4 GiB: not a snapshot");
        bytes.append(chunk, n);
    }
    if (std::ferror(file.get()))
        fail_input({path}, std::string("cannot read the file: ") + std::strerror(errno));
    return bytes;
}

// Records a fault unless one was already recorded on the same line of the decoded text.
void add_fault(decoded_text& out, encoding_fault fault) {
    if (!out.faults.empty()) {
        const char* text = out.buffer.data() + out.start;
        std::size_t last = out.faults.back().text_offset;
        if (!std::memchr(text + last, '\n', fault.text_offset - last)) return;
    }
    out.faults.push_back(std::move(fault));
}

// Length of the well-formed UTF-8 sequence at p, or 0 (Unicode 15, table 3-7).
std::size_t utf8_length(const unsigned char* p, const unsigned char* end) {
    unsigned char lead = p[0];
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // no overlong forms
        if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
    } else {
        return 0;
    }
    if (std::size_t(end - p) < length || p[1] < low || p[1] > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (p[i] < 0x80 || p[i] > 0xBF) return 0;
    return length;
}

bool eight_ascii_bytes(const unsigned char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return (word & 0x8080808080808080u) == 0;
}

decoded_text check_utf8(std::string bytes) {
    decoded_text out;
    out.buffer = std::move(bytes);
    if (out.buffer.starts_with("\xEF\xBB\xBF")) out.start = 3;
    auto* first = reinterpret_cast<unsigned char*>(out.buffer.data() + out.start);
    auto* end = reinterpret_cast<unsigned char*>(out.buffer.data() + out.buffer.size());
    for (auto* p = first; p < end;) {
        if (end - p >= 8 && eight_ascii_bytes(p)) {
            p += 8;
        } else if (std::size_t length = utf8_length(p, end)) {
            p += length;
        } else {
            auto offset = std::size_t(p - first);
            add_fault(out, {offset, offset + out.start, std::string(1, char(*p))});
            *p++ = '?';
        }
    }
    return out;
}

void append_utf8(std::string& out, const UChar* units, const UChar* units_end) {
    auto count = std::int32_t(units_end - units);
    std::size_t old_size = out.size();
    out.resize(old_size + 3 * std::size_t(count));
    std::int32_t written = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8(out.data() + old_size, 3 * count, &written, units, count, &status);
    if (U_FAILURE(status)) fail_internal(std::string("UTF-16 to UTF-8: ") + u_errorName(status));
    out.resize(old_size + std::size_t(written));
}

bool is_encoding_fault(UErrorCode status) {
    return status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
           status == U_TRUNCATED_CHAR_FOUND;
}

using converter_ptr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

// The Windows-31J converter, made to stop at the first bad sequence instead of substituting.
converter_ptr open_cp932() {
    UErrorCode status = U_ZERO_ERROR;
    converter_ptr converter(ucnv_open("windows-31j", &status), &ucnv_close);
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    if (U_FAILURE(status)) fail_internal(std::string("ICU windows-31j: ") + u_errorName(status));
    return converter;
}

// Converts in chunks; at each stop records the fault, writes '?' and goes on after it.
decoded_text convert_cp932(const std::string& bytes) {
    converter_ptr converter = open_cp932();
    decoded_text out;
    out.buffer.reserve(bytes.size() + bytes.size() / 2);
    std::vector<UChar> units(1 << 16);
    const char* source = bytes.data();
    const char* source_end = source + bytes.size();
    while (true) {
        UChar* target = units.data();
        UErrorCode status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, source_end,
                       nullptr, true, &status);
        append_utf8(out.buffer, units.data(), target);
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_SUCCESS(status)) return out;
        if (!is_encoding_fault(status)) fail_internal(std::string("CP932: ") + u_errorName(status));
        char bad[32];
        std::int8_t bad_length = sizeof bad;
        status = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.get(), bad, &bad_length, &status);
        auto file_offset = std::size_t(source - bytes.data()) - std::size_t(bad_length);
        add_fault(out, {out.buffer.size(), file_offset, std::string(bad, std::size_t(bad_length))});
        out.buffer += '?';
        ucnv_resetToUnicode(converter.get());
    }
}

}  // namespace

decoded_text read_text_file(const std::string& path, text_encoding encoding) {
    std::string bytes = read_bytes(path);
    kokuho::sha256 hash;
    hash.update(bytes);
    auto digest = hash.hex_digest();
    auto decoded = encoding == text_encoding::utf8 ? check_utf8(std::move(bytes)) : convert_cp932(bytes);
    decoded.sha256 = std::move(digest);
    return decoded;
}

std::string describe(const encoding_fault& fault, text_encoding encoding) {
    std::string text =
        encoding == text_encoding::utf8 ? "invalid UTF-8" : "invalid CP932 (Windows-31J)";
    text += " at byte offset " + std::to_string(fault.file_offset) + " (";
    for (unsigned char byte : fault.bytes) {
        char hex[8];
        std::snprintf(hex, sizeof hex, text.back() == '(' ? "0x%02X" : " 0x%02X", unsigned(byte));
        text += hex;
    }
    return text + ")";
}

}  // namespace kokuho
