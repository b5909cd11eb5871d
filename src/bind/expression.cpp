#include "bind/expression.h"

#include "bind/text_filters.h"
#include "core/yaml.h"

namespace kokuho::bind {

namespace {

filter parse_filter(const std::string& text, const source_location& where,
                    const lookup_tables& tables) {
    auto colon = text.find(':');
    std::string head = text.substr(0, colon);
    std::string arg = colon == std::string::npos ? "" : text.substr(colon + 1);
    static const std::map<std::string, filter::kind> kinds = {
        {"era", filter::kind::era},       {"era_short", filter::kind::era_short},
        {"era_year", filter::kind::era_year},
        {"iso", filter::kind::iso},       {"compact", filter::kind::compact},
        {"pad", filter::kind::pad},       {"map", filter::kind::map},
        {"default", filter::kind::fallback}, {"fullwidth_digits", filter::kind::fullwidth_digits},
        {"kanji_numerals", filter::kind::kanji_numerals}, {"digit", filter::kind::digit}};
    auto it = kinds.find(head);
    if (it == kinds.end()) fail_input(where, "unknown filter \"" + head + "\"");
    filter f{it->second, arg};
    if (f.what == filter::kind::pad || f.what == filter::kind::digit) {
        try {
            f.width = std::stoi(arg);
        } catch (const std::exception&) {
            f.width = 0;
        }
        if (f.width <= 0)
            fail_input(where, head + (f.what == filter::kind::pad ? ": expected a width" : ": expected a position from 1") +
                                  ", got \"" + arg + "\"");
    }
    if (f.what == filter::kind::map && !tables.contains(arg))
        fail_input(where, "map: no table \"" + arg + "\" under maps:");
    return f;
}

placeholder parse_placeholder(const std::string& body, const source_location& where,
                              const lookup_tables& tables) {
    placeholder p;
    std::size_t start = 0;
    bool first = true;
    while (start <= body.size()) {
        auto bar = body.find('|', start);
        std::string part = body.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
        if (first) p.name = part;
        else p.filters.push_back(parse_filter(part, where, tables));
        first = false;
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    if (p.name.empty()) fail_input(where, "empty placeholder {}");
    return p;
}

// A date filter formats a date; text (an absent date is empty text) passes unchanged.
value format_date(value given, era_formatter& eras, filter::kind how) {
    const date* d = given.as_date();
    if (!d) return given;
    switch (how) {
        case filter::kind::era: return eras.long_form(*d);
        case filter::kind::era_short: return eras.short_form(*d);
        case filter::kind::era_year: {  // 令和7年: the long form up to its year
            auto text = eras.long_form(*d);
            return text.substr(0, text.find("年") + std::string_view("年").size());
        }
        case filter::kind::compact: return d->compact();
        default: return d->iso();
    }
}

// Text filters see a date as its ISO text.
std::string apply_to_text(const filter& f, std::string value, const lookup_tables& tables) {
    switch (f.what) {
        case filter::kind::pad:
            if (value.empty() || int(value.size()) >= f.width) return value;
            return std::string(std::size_t(f.width) - value.size(), '0') + value;
        case filter::kind::map: {
            const auto& table = tables.find(f.argument)->second;
            auto it = table.find(value);
            return it == table.end() ? value : it->second;
        }
        case filter::kind::fallback: return value.empty() ? f.argument : value;
        case filter::kind::fullwidth_digits: return fullwidth_digits(value);
        case filter::kind::kanji_numerals: return kanji_numerals(value);
        case filter::kind::digit: return nth_digit(value, f.width);
        default: return value;
    }
}

value apply(const filter& f, value given, const lookup_tables& tables, era_formatter& eras) {
    switch (f.what) {
        case filter::kind::era:
        case filter::kind::era_short:
        case filter::kind::era_year:
        case filter::kind::iso:
        case filter::kind::compact: return format_date(std::move(given), eras, f.what);
        case filter::kind::fallback:  // a date that is there stays a date for the filters after
            if (given.as_date()) return given;
            return apply_to_text(f, given.text(), tables);
        default: return apply_to_text(f, given.text(), tables);
    }
}

piece literal(std::string text) {
    piece p;
    p.literal = std::move(text);
    return p;
}

}  // namespace

lookup_tables load_tables(const std::string& file, const YAML::Node& maps) {
    lookup_tables tables;
    if (!maps) return tables;
    if (!maps.IsMap()) yaml::fail(file, maps, "maps: expected a mapping of tables");
    for (const auto& table : maps) {
        auto& target = tables[table.first.as<std::string>()];
        if (!table.second.IsMap()) yaml::fail(file, table.second, "a map table must be a mapping");
        for (const auto& entry : table.second)
            target[entry.first.as<std::string>()] = entry.second.as<std::string>();
    }
    return tables;
}

expression expression::parse(const std::string& text, const source_location& where,
                             const lookup_tables& tables) {
    expression e;
    e.where_ = where;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto open = text.find('{', pos);
        if (open == std::string::npos) {
            e.pieces_.push_back(literal(text.substr(pos)));
            break;
        }
        if (open > pos) e.pieces_.push_back(literal(text.substr(pos, open - pos)));
        auto close = text.find('}', open);
        if (close == std::string::npos) fail_input(where, "unclosed { in \"" + text + "\"");
        piece p;
        p.is_placeholder = true;
        p.value = parse_placeholder(text.substr(open + 1, close - open - 1), where, tables);
        e.pieces_.push_back(std::move(p));
        pos = close + 1;
    }
    return e;
}

void expression::check_names(const std::function<bool(std::string_view)>& known) const {
    for (const auto& p : pieces_)
        if (p.is_placeholder && !known(p.value.name))
            fail_input(where_, "unknown value \"" + p.value.name + "\"");
}

std::string expression::evaluate(const values& source, const lookup_tables& tables,
                                 era_formatter& eras) const {
    std::string out;
    for (const auto& p : pieces_) {
        if (!p.is_placeholder) {
            out += p.literal;
            continue;
        }
        const value* found = source.find(p.value.name);
        if (!found) fail_input(where_, "unknown value \"" + p.value.name + "\"");
        value current = *found;
        for (const auto& f : p.value.filters) current = apply(f, std::move(current), tables, eras);
        out += current.text();
    }
    return out;
}

}  // namespace kokuho::bind
