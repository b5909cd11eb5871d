#include "snapshot/cells.h"

#include <algorithm>
#include <charconv>

#include "core/municipality.h"

namespace kokuho {

namespace {

template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;  // clang 14 does not deduce aggregates by itself

// A parsed cell; which members count depends on the column type.
struct cell_value {
    std::string_view text;
    std::string normalised;  // a postal code rewritten as NNN-NNNN
    date day;
    std::int64_t number = 0;  // yen, or the value of a code
    bool flag = false;
};

using reason = std::optional<std::string>;

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// No date of the snapshot lies outside these: a year 0 or a negative year is a broken export,
// not a person who would silently drop out of the mailing as 75 or older.
const date earliest_date(1900, 1, 1), latest_date(2199, 12, 31);

reason parse_date(std::string_view text, cell_value& value) {
    if (auto day = date::parse_iso(text)) {
        if (*day < earliest_date || *day > latest_date) return "not a plausible date (1900-01-01 to 2199-12-31)";
        value.day = *day;
        return std::nullopt;
    }
    bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                  all_digits(text.substr(0, 4)) && all_digits(text.substr(5, 2)) &&
                  all_digits(text.substr(8, 2));
    return shaped ? "not a calendar date" : "not a date in YYYY-MM-DD form";
}

reason parse_yen(std::string_view text, cell_value& value) {
    if (!all_digits(text)) return "not an amount in yen (digits only)";
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value.number);
    if (error != std::errc{}) return "amount too large";
    return std::nullopt;
}

reason parse_flag(std::string_view text, cell_value& value) {
    value.flag = text == "1" || text == "Y";
    if (!value.flag && text != "0" && text != "N") return "not a flag (1, 0, Y or N)";
    return std::nullopt;
}

reason parse_code(const column_def& column, std::string_view text, cell_value& value) {
    for (const code_value& code : column.codes) {
        if (code.text != text) continue;
        value.number = code.value;
        return std::nullopt;
    }
    std::string allowed;
    for (const code_value& code : column.codes)
        allowed += (allowed.empty() ? "" : ", ") + std::string(code.text);
    return "not one of " + allowed;
}

// 郵便番号: NNN-NNNN as it is, or 7 digits given a hyphen.
reason parse_postal(std::string_view text, cell_value& value) {
    if (text.size() == 8 && text[3] == '-' && all_digits(text.substr(0, 3)) &&
        all_digits(text.substr(4)))
        return std::nullopt;
    if (text.size() != 7 || !all_digits(text)) return "not a postal code (NNN-NNNN or 7 digits)";
    value.normalised.assign(text.substr(0, 3)).append("-").append(text.substr(3));
    value.text = value.normalised;
    return std::nullopt;
}

reason parse_branch(std::string_view text) {
    if (text.size() != 2 || !all_digits(text)) return "not 2 digits";
    return std::nullopt;
}

// 全国地方公共団体コード: five digits and a check digit, the ones digit of 11 minus the
// remainder by 11 of the digits weighted 6, 5, 4, 3, 2; then a space and the name.
reason parse_municipality(std::string_view text) {
    auto parts = split_municipality(text);
    if (!parts) return "not a municipality code and name (6 digits, a space, the name)";
    return municipality_code_problem(parts->code);
}

reason parse(const column_def& column, std::string_view text, cell_value& value) {
    switch (column.type) {
    case column_type::text: return std::nullopt;
    case column_type::date: return parse_date(text, value);
    case column_type::yen: return parse_yen(text, value);
    case column_type::flag: return parse_flag(text, value);
    case column_type::code: return parse_code(column, text, value);
    case column_type::postal: return parse_postal(text, value);
    case column_type::branch: return parse_branch(text);
    case column_type::municipality: return parse_municipality(text);
    }
    return "unknown column type";
}

void store(const column_target& target, const cell_value& value, household& home,
           person& member, text_store& texts) {
    std::visit(overloaded{
                   [&](stored_text household::*field) { home.*field = texts.keep(value.text); },
                   [&](bool household::*field) { home.*field = value.flag; },
                   [&](stored_text person::*field) { member.*field = texts.keep(value.text); },
                   [&](bool person::*field) { member.*field = value.flag; },
                   [&](date person::*field) { member.*field = value.day; },
                   [&](std::optional<date> person::*field) { member.*field = value.day; },
                   [&](std::optional<std::int64_t> person::*field) {
                       member.*field = value.number;
                   },
                   [&](int person::*field) { member.*field = int(value.number); },
                   [&](std::optional<int> person::*field) { member.*field = int(value.number); },
                   [&](usage_registration person::*field) {
                       member.*field = usage_registration(value.number);
                   },
                   [&](specified_disease_kind person::*field) {
                       member.*field = specified_disease_kind(value.number);
                   },
               },
               target);
}

}  // namespace

// The value in quotes, cut after 80 characters: a message shows what is wrong, not a
// megabyte of it.
std::string quoted(std::string_view text) {
    constexpr std::size_t shown = 80;
    std::size_t characters = 0, end = 0;
    while (end < text.size() && characters < shown) {
        ++end;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
        ++characters;
    }
    std::string out;
    out.reserve(end + 8);
    out.append(1, '"').append(text.substr(0, end)).append(1, '"');
    if (end < text.size()) out += "...";
    return out;
}

bool shows_value(const column_def& column) {
    switch (column.type) {
        case column_type::code:
        case column_type::flag:
        case column_type::branch: return true;
        default:
            return column.id == column_id::household_id || column.id == column_id::person_id ||
                   column.id == column_id::symbol || column.id == column_id::insured_number;
    }
}

std::string cell_message(const column_def& column, std::string_view text, std::string_view reason) {
    if (!shows_value(column)) return std::string(column.key) + ": " + std::string(reason);
    return std::string(column.key) + " " + quoted(text) + ": " + std::string(reason);
}

std::optional<std::string> store_cell(const column_def& column, std::string_view text,
                                      household& home, person& member, text_store& texts) {
    cell_value value;
    value.text = text;
    if (auto problem = parse(column, text, value)) return problem;
    store(column.target, value, home, member, texts);
    return std::nullopt;
}

}  // namespace kokuho
