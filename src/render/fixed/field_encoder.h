#pragma once
// One value into its field's bytes, by the field's kind:
//   X     JIS/CP932 spellings mapped, full-width made half-width; every character must be
//         single-byte (a 縮退 entry may supply one), else an error; space padded.
//   N     spellings mapped, half-width made full-width; double-byte only; full-width space
//         padded. In EBCDIC, pure double-byte text without SO/SI.
//   M     spellings mapped; single and double-byte; space padded. In EBCDIC the SO/SI
//         around double-byte runs count toward the field's length.
//   9     ASCII digits only, right-aligned, zero padded; empty is all zeros. Extra leading
//         zeros are dropped; truncation keeps the low-order digits.
//   date  yyyy-mm-dd to yyyymmdd or gyymmdd; empty is all zeros.
// In N and M, a character the target lacks becomes its 縮退 entry, else 〓; a character
// with a variation selector (異体字セレクタ) is looked up with it, then written as its base
// character. Control characters are an error in every kind. A value too long for its field
// is an error, or with overflow: truncate is cut at a character boundary.
#include <string>
#include <string_view>
#include <vector>

#include "render/fixed/encoder.h"
#include "core/era.h"
#include "core/values.h"
#include "render/fixed/record_layout.h"
#include "render/fixed/replacements.h"
#include "render/fixed/unicode_text.h"

namespace kokuho::fixed {

// What happened to one value on its way into its field.
struct field_report {
    struct replacement {
        std::string original;
        std::string replaced;
    };
    std::vector<replacement> replacements;  // 縮退 or 〓, one per character written
    bool truncated = false;
    std::string kept;    // when truncated: the text that was written
    std::string digits;  // kinds 9 and date: the digits written
    std::string error;   // why the value cannot be written; empty when it was

    void clear();
};

class field_encoder {
public:
    // Keeps a reference to the table, which must outlive the encoder.
    field_encoder(encoding target, const replacement_table& replacements);

    // Writes exactly field.length bytes at out; when report.error is set they are unspecified.
    void write(const field_spec& field, std::string_view value, char* out, field_report& report);
    // A date value goes into a date field as it is; any other value as its text.
    void write_value(const field_spec& field, const value& given, char* out, field_report& report);

private:
    struct piece {  // one character as written
        target_char bytes;
        std::size_t text_end;  // where its text ends in written_
    };
    struct pending_replacement {
        std::size_t piece;  // the first piece it wrote
        std::u32string original;
        std::u32string replaced;
    };

    void write_digits(const field_spec& field, std::string_view value, char* out,
                      field_report& report);
    void write_day(const field_spec& field, const date& day, char* out, field_report& report);
    void write_date(const field_spec& field, std::string_view value, char* out,
                    field_report& report);
    void place_digits(std::size_t length, std::string_view digits, char* out,
                      field_report& report);
    void write_text(const field_spec& field, std::string_view value, char* out,
                    field_report& report);
    void prepare(field_kind kind, std::u32string& text) const;
    bool add_character(field_kind kind, std::u32string_view character, field_report& report);
    bool add_replacement(field_kind kind, std::u32string_view character,
                         const std::u32string* replacement);
    void push(target_char bytes, char32_t c);
    std::size_t fitting_pieces(std::size_t length, bool shifted) const;
    std::size_t total_bytes(bool shifted) const;
    void place_text(const field_spec& field, std::size_t count, bool shifted, char* out) const;
    void report_changes(std::size_t count, field_report& report) const;

    encoder encoder_;
    width_converter widths_;
    era_formatter eras_;
    const replacement_table& replacements_;
    std::u32string text_;     // the value's code points
    std::u32string written_;  // the text as written, after replacements
    std::u32string scratch_;  // a replacement being prepared
    std::vector<piece> pieces_;
    std::vector<pending_replacement> pending_;
};

}  // namespace kokuho::fixed
