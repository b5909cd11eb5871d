#include "render/fixed/writer.h"

namespace kokuho::fixed {

file_writer::file_writer(const record_layout& layout, const replacement_table& replacements,
                         std::ostream& out)
    : layout_(layout),
      replacements_(replacements),
      encoder_(layout_.target, replacements_),
      out_(out),
      header_(prepare(layout_.header)),
      data_(prepare(layout_.data)),
      trailer_(prepare(layout_.trailer)),
      end_(prepare(layout_.end)),
      summed_(layout_.hash_total.empty() ? nullptr : layout_.data.find(layout_.hash_total)) {}

// Constants and the file id are written once, here; they must fit exactly as given.
file_writer::record file_writer::prepare(const record_spec& spec) {
    record made{std::string(layout_.record_length, ' '), {}};
    if (layout_.crlf) made.bytes += "\r\n";
    for (const auto& field : spec.fields) {
        if (field.source != field_source::constant && field.source != field_source::file_id) {
            made.variable.push_back(&field);
            continue;
        }
        const auto& text = field.source == field_source::file_id ? layout_.file_id : field.constant;
        encoder_.write(field, text, made.bytes.data() + field.offset, report_);
        if (!report_.error.empty())
            fail_input(field.where, "the value \"" + text + "\" of " + field.name + " " +
                                        report_.error);
        if (report_.truncated || !report_.replacements.empty())
            fail_input(field.where, "the value \"" + text + "\" of " + field.name +
                                        " cannot be written as it is in " +
                                        std::string(encoding_name(layout_.target)));
    }
    return made;
}

const value* file_writer::value_for(const field_spec& field, const kokuho::values& values) const {
    switch (field.source) {
        case field_source::seq: return &seq_;
        case field_source::count: return &count_text_;
        case field_source::hash_total: return &hash_text_;
        default: return values.find(field.name);
    }
}

// Adds decimal digits to a total kept least significant digit first.
static void add_decimal(std::string& reversed_total, std::string_view digits) {
    if (reversed_total.size() < digits.size()) reversed_total.resize(digits.size(), '0');
    int carry = 0;
    for (std::size_t i = 0; i < reversed_total.size(); ++i) {
        if (i >= digits.size() && carry == 0) return;
        int sum = reversed_total[i] - '0' + carry;
        if (i < digits.size()) sum += digits[digits.size() - 1 - i] - '0';
        reversed_total[i] = static_cast<char>('0' + sum % 10);
        carry = sum / 10;
    }
    if (carry) reversed_total.push_back('1');
}

// Fills the record's variable fields; false when any of them had an error. seq is the data
// record's 通番, or the name of the other records.
bool file_writer::fill(record& target, std::string_view seq, const kokuho::values& values) {
    bool ok = true;
    for (const auto* field : target.variable) {
        const auto* given = value_for(*field, values);
        if (!given) {
            add_error(seq, *field, "has no value");
            ok = false;
            continue;
        }
        encoder_.write_value(*field, *given, target.bytes.data() + field->offset, report_);
        if (!report_.error.empty()) {
            add_error(seq, *field, "(\"" + given->text() + "\") " + report_.error);
            ok = false;
            continue;
        }
        note(seq, *field, *given);
        if (field == summed_) summed_digits_ = report_.digits;
    }
    return ok;
}

void file_writer::add_error(std::string_view seq, const field_spec& field,
                            const std::string& problem) {
    diagnostic found;
    found.message = "record " + std::string(seq) + ": field " + field.name + " " + problem;
    errors_.push_back(std::move(found));
}

void file_writer::note(std::string_view seq, const field_spec& field, const value& written) {
    for (auto& change : report_.replacements)
        exceptions_.push_back({std::string(seq), field.name, std::move(change.original),
                               std::move(change.replaced), "replaced"});
    if (report_.truncated)
        exceptions_.push_back(
            {std::string(seq), field.name, written.text(), report_.kept, "truncated"});
}

void file_writer::emit(const record& done) {
    out_.write(done.bytes.data(), static_cast<std::streamsize>(done.bytes.size()));
    if (!out_) fail_internal("cannot write the vendor file");
    ++record_count_;
    bytes_written_ += done.bytes.size();
}

void file_writer::write_header(const kokuho::values& file_values) {
    if (header_written_) fail_internal("file_writer: the header was already written");
    header_written_ = true;
    file_values_ = file_values;
    if (fill(header_, "header", file_values_)) emit(header_);
}

void file_writer::write_data(std::string_view seq, const kokuho::values& values) {
    if (!header_written_ || finished_)
        fail_internal("file_writer: data records go between the header and finish()");
    seq_ = std::string(seq);
    if (!fill(data_, seq, values)) return;
    emit(data_);
    ++data_count_;
    if (summed_) add_decimal(hash_reversed_, summed_digits_);
}

void file_writer::finish() {
    if (!header_written_ || finished_)
        fail_internal("file_writer: finish() comes once, after the header");
    finished_ = true;
    if (errors_.empty()) {
        count_text_ = std::to_string(data_count_);
        hash_text_ = std::string(hash_reversed_.rbegin(), hash_reversed_.rend());
        if (fill(trailer_, "trailer", file_values_)) emit(trailer_);
        if (fill(end_, "end", file_values_)) emit(end_);
    }
    if (!errors_.empty()) throw error(error_kind::input, errors_);
    out_.flush();
    if (!out_) fail_internal("cannot write the vendor file");
}

}  // namespace kokuho::fixed
