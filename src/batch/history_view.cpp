#include "batch/history_view.h"

#include <unicode/uchar.h>

#include "core/csv_text.h"
#include "core/json.h"
#include "core/utf.h"

namespace kokuho::batch {

namespace {

struct column {
    const char* key;
    const char* heading;  // for the text table
    std::string record::history_row::*field;
};

const column columns[] = {
    {"batch_id", "バッチ", &record::history_row::batch_id},
    {"batch_kind", "種別", &record::history_row::batch_kind},
    {"family", "帳票群", &record::history_row::family},
    {"person_id", "宛名番号", &record::history_row::person_id},
    {"household_id", "世帯番号", &record::history_row::household_id},
    {"form", "様式", &record::history_row::form},
    {"variant", "区分", &record::history_row::variant},
    {"valid_from", "有効開始", &record::history_row::valid_from},
    {"valid_until", "有効期限", &record::history_row::valid_until},
    {"status", "状態", &record::history_row::status},
    {"generated_on", "作成日", &record::history_row::generated_on},
    {"pulled_on", "抜取日", &record::history_row::pulled_on},
    {"delivered_on", "交付日", &record::history_row::delivered_on},
    {"collected_on", "回収日", &record::history_row::collected_on},
    {"pull_reasons", "抜取理由", &record::history_row::pull_reasons},
    {"replaced_by", "差替", &record::history_row::replaced_by},
};

// Display width in a terminal: East Asian wide and full-width characters take two columns.
std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (char32_t c : to_utf32(text)) {
        auto ea = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
        width += ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
    }
    return width;
}

void write_text(const std::vector<record::history_row>& rows, std::ostream& out) {
    std::vector<std::size_t> widths;
    widths.push_back(display_width("通番"));
    for (const auto& c : columns) widths.push_back(display_width(c.heading));
    for (const auto& r : rows) {
        widths[0] = std::max(widths[0], std::to_string(r.seq).size());
        for (std::size_t i = 0; i < std::size(columns); ++i)
            widths[i + 1] = std::max(widths[i + 1], display_width(r.*columns[i].field));
    }
    auto cell = [&](const std::string& text, std::size_t i) {
        out << text << std::string(widths[i] - display_width(text) + 2, ' ');
    };
    cell("通番", 0);
    for (std::size_t i = 0; i < std::size(columns); ++i) cell(columns[i].heading, i + 1);
    out << "\n";
    for (const auto& r : rows) {
        cell(std::to_string(r.seq), 0);
        for (std::size_t i = 0; i < std::size(columns); ++i) cell(r.*columns[i].field, i + 1);
        out << "\n";
    }
    out << rows.size() << " 件\n";
}

void write_csv(const std::vector<record::history_row>& rows, std::ostream& out) {
    out << "seq";
    for (const auto& c : columns) out << ',' << c.key;
    out << "\r\n";
    for (const auto& r : rows) {
        out << r.seq;
        for (const auto& c : columns) out << ',' << csv_field(r.*c.field);
        out << "\r\n";
    }
}

void write_json(const std::vector<record::history_row>& rows, std::ostream& out) {
    out << "[";
    for (std::size_t n = 0; n < rows.size(); ++n) {
        const auto& r = rows[n];
        out << (n ? ",\n " : "\n ") << "{\"seq\": " << r.seq;
        for (const auto& c : columns) out << ", \"" << c.key << "\": " << json_string(r.*c.field);
        out << "}";
    }
    out << (rows.empty() ? "]\n" : "\n]\n");
}

}  // namespace

void write_history(const std::vector<record::history_row>& rows, history_format format,
                   std::ostream& out) {
    switch (format) {
        case history_format::text: write_text(rows, out); break;
        case history_format::csv: write_csv(rows, out); break;
        case history_format::json: write_json(rows, out); break;
    }
}

}  // namespace kokuho::batch
