#include "render/fixed/field_encoder.h"

#include <algorithm>
#include <cstring>

#include "core/error.h"

namespace kokuho::fixed {

void field_report::clear() {
    replacements.clear();
    truncated = false;
    kept.clear();
    digits.clear();
    error.clear();
}

field_encoder::field_encoder(encoding target, const replacement_table& replacements)
    : encoder_(target), replacements_(replacements) {}

void field_encoder::write(const field_spec& field, std::string_view value, char* out,
                                field_report& report) {
    report.clear();
    switch (field.kind) {
        case field_kind::digits: return write_digits(field, value, out, report);
        case field_kind::date: return write_date(field, value, out, report);
        default: return write_text(field, value, out, report);
    }
}

void field_encoder::write_value(const field_spec& field, const value& given, char* out,
                                field_report& report) {
    if (const std::string* text = given.as_text()) return write(field, *text, out, report);
    report.clear();
    const date& day = *given.as_date();
    if (field.kind == field_kind::date) return write_day(field, day, out, report);
    write(field, day.iso(), out, report);
}

void field_encoder::write_digits(const field_spec& field, std::string_view value, char* out,
                                 field_report& report) {
    if (!std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        report.error = "has a non-digit";
        return;
    }
    while (value.size() > field.length && value.front() == '0') value.remove_prefix(1);
    if (value.size() > field.length) {
        if (field.overflow == overflow_policy::error) {
            report.error = "has " + std::to_string(value.size()) + " digits, the field holds " +
                           std::to_string(field.length);
            return;
        }
        value.remove_prefix(value.size() - field.length);
        report.truncated = true;
        report.kept = value;
    }
    place_digits(field.length, value, out, report);
}

void field_encoder::write_date(const field_spec& field, std::string_view value, char* out,
                               field_report& report) {
    if (value.empty()) return place_digits(field.length, {}, out, report);
    auto day = date::parse_iso(value);
    if (!day) {
        report.error = "is not a date (yyyy-mm-dd)";
        return;
    }
    write_day(field, *day, out, report);
}

void field_encoder::write_day(const field_spec& field, const date& day, char* out,
                              field_report& report) {
    if (field.format == date_format::yyyymmdd)
        return place_digits(field.length, day.compact(), out, report);
    auto era_date = eras_.gyymmdd(day);
    if (!era_date) {
        report.error = "has no era code (before 明治)";
        return;
    }
    place_digits(field.length, *era_date, out, report);
}

// Right-aligned and zero padded; the ASCII digits go to the report for hash totals.
void field_encoder::place_digits(std::size_t length, std::string_view digits, char* out,
                                 field_report& report) {
    if (digits.size() > length) fail_internal("a date field shorter than its format");
    report.digits.assign(length - digits.size(), '0');
    report.digits += digits;
    for (std::size_t i = 0; i < length; ++i) out[i] = encoder_.digit(report.digits[i] - '0');
}

void field_encoder::write_text(const field_spec& field, std::string_view value, char* out,
                               field_report& report) {
    if (!decode_utf8(value, text_)) {
        report.error = "is not valid UTF-8";
        return;
    }
    if (std::any_of(text_.begin(), text_.end(), is_control)) {
        report.error = "has a control character";
        return;
    }
    prepare(field.kind, text_);
    pieces_.clear();
    written_.clear();
    pending_.clear();
    std::u32string_view text = text_;
    for (std::size_t at = 0; at < text.size();) {
        auto length = character_length(text, at);
        if (!add_character(field.kind, text.substr(at, length), report)) return;
        at += length;
    }
    bool shifted = encoder_.shifts() && field.kind == field_kind::mixed;
    auto count = fitting_pieces(field.length, shifted);
    if (count < pieces_.size()) {
        if (field.overflow == overflow_policy::error) {
            report.error = "is " + std::to_string(total_bytes(shifted)) +
                           " bytes, the field holds " + std::to_string(field.length);
            return;
        }
        report.truncated = true;
        report.kept = to_utf8(std::u32string_view(written_).substr(
            0, count == 0 ? 0 : pieces_[count - 1].text_end));
    }
    place_text(field, count, shifted, out);
    report_changes(count, report);
}

// The spellings CP932 uses, then the width the kind asks for.
void field_encoder::prepare(field_kind kind, std::u32string& text) const {
    map_jis_to_cp932(text);
    if (kind == field_kind::single_byte) widths_.to_halfwidth(text);
    if (kind == field_kind::double_byte) widths_.to_fullwidth(text);
}

static bool accepts(field_kind kind, target_char c) {
    if (!c.found()) return false;
    if (kind == field_kind::single_byte) return !c.is_double();
    if (kind == field_kind::double_byte) return c.is_double();
    return true;
}

// One character, falling back to its 縮退 entry, its base character and then 〓.
bool field_encoder::add_character(field_kind kind, std::u32string_view character,
                                  field_report& report) {
    auto base = character.substr(0, 1);
    bool selected = character.size() > 1;
    if (!selected) {
        auto bytes = encoder_.encode(base[0]);
        if (accepts(kind, bytes)) {
            push(bytes, base[0]);
            return true;
        }
    }
    if (add_replacement(kind, character, replacements_.find(character))) return true;
    if (selected) {
        auto bytes = encoder_.encode(base[0]);
        if (accepts(kind, bytes)) {
            pending_.push_back({pieces_.size(), std::u32string(character), std::u32string(base)});
            push(bytes, base[0]);
            return true;
        }
        if (add_replacement(kind, character, replacements_.find(base))) return true;
    }
    if (kind == field_kind::single_byte) {
        report.error = "has \"" + to_utf8(character) + "\", which has no single-byte form";
        return false;
    }
    pending_.push_back({pieces_.size(), std::u32string(character), U"\u3013"});
    push(encoder_.encode(U'\u3013'), U'\u3013');
    return true;
}

// The whole replacement, or nothing when any of its characters does not fit the kind.
bool field_encoder::add_replacement(field_kind kind, std::u32string_view character,
                                    const std::u32string* replacement) {
    if (!replacement) return false;
    scratch_ = *replacement;
    prepare(kind, scratch_);
    std::vector<target_char> bytes;
    for (char32_t c : scratch_) {
        bytes.push_back(encoder_.encode(c));
        if (!accepts(kind, bytes.back())) return false;
    }
    pending_.push_back({pieces_.size(), std::u32string(character), scratch_});
    for (std::size_t i = 0; i < bytes.size(); ++i) push(bytes[i], scratch_[i]);
    return true;
}

void field_encoder::push(target_char bytes, char32_t c) {
    written_.push_back(c);
    pieces_.push_back({bytes, written_.size()});
}

// How many pieces fit in length bytes, keeping room for the SI that closes a double run.
std::size_t field_encoder::fitting_pieces(std::size_t length, bool shifted) const {
    std::size_t used = 0;
    bool in_double = false;
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
        bool is_double = pieces_[i].bytes.is_double();
        std::size_t need = pieces_[i].bytes.size + (shifted && is_double != in_double ? 1 : 0);
        std::size_t closing = shifted && is_double ? 1 : 0;
        if (used + need + closing > length) return i;
        used += need;
        in_double = is_double;
    }
    return pieces_.size();
}

std::size_t field_encoder::total_bytes(bool shifted) const {
    std::size_t total = 0;
    bool in_double = false;
    for (const auto& p : pieces_) {
        if (shifted && p.bytes.is_double() != in_double) ++total;
        in_double = p.bytes.is_double();
        total += p.bytes.size;
    }
    return total + (shifted && in_double ? 1 : 0);
}

void field_encoder::place_text(const field_spec& field, std::size_t count, bool shifted,
                               char* out) const {
    char* at = out;
    bool in_double = false;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& bytes = pieces_[i].bytes;
        if (shifted && bytes.is_double() != in_double)
            *at++ = bytes.is_double() ? encoder::shift_out : encoder::shift_in;
        in_double = bytes.is_double();
        std::memcpy(at, bytes.bytes.data(), bytes.size);
        at += bytes.size;
    }
    if (shifted && in_double) *at++ = encoder::shift_in;
    char* end = out + field.length;
    if (field.kind == field_kind::double_byte) {
        auto space = encoder_.full_space();
        for (; at < end; at += 2) std::memcpy(at, space.bytes.data(), 2);
    } else {
        std::memset(at, encoder_.space(), static_cast<std::size_t>(end - at));
    }
}

// Replacements of the characters that were written; those cut off by truncation are not.
void field_encoder::report_changes(std::size_t count, field_report& report) const {
    for (const auto& change : pending_)
        if (change.piece < count)
            report.replacements.push_back({to_utf8(change.original), to_utf8(change.replaced)});
}

}  // namespace kokuho::fixed
