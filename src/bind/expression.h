#pragma once
// Field expressions of templates: literal text with {name|filter:arg|...} placeholders,
// e.g. "{person.birth_date|era}" or "〒{mail.postal_code}". Parsed once at load time.
#include <functional>
#include <map>
#include <string_view>
#include <string>
#include <vector>

#include "core/era.h"
#include "core/values.h"
#include "core/error.h"

namespace YAML {
class Node;
}

namespace kokuho::bind {

using lookup_tables = std::map<std::string, std::map<std::string, std::string>, std::less<>>;

// The tables of a `maps:` mapping (name -> {value: text}); none when the node is missing.
lookup_tables load_tables(const std::string& file, const YAML::Node& maps);

struct filter {
    enum class kind {
        era, era_short, era_year, iso, compact, pad, map, fallback, fullwidth_digits, kanji_numerals, digit
    };
    kind what;
    std::string argument;  // pad width, map table name, fallback text, digit position
    int width = 0;         // parsed pad width or digit position
};

struct placeholder {
    std::string name;
    std::vector<filter> filters;
};

struct piece {
    std::string literal;             // used when is_placeholder is false
    bool is_placeholder = false;
    placeholder value;
};

class expression {
public:
    // Throws an input error at `where` for a malformed expression or unknown filter.
    static expression parse(const std::string& text, const source_location& where,
                            const lookup_tables& tables);
    // Missing source names are input errors naming the template location.
    std::string evaluate(const values& source, const lookup_tables& tables,
                         era_formatter& eras) const;
    const std::vector<piece>& pieces() const { return pieces_; }
    const source_location& where() const { return where_; }
    // An input error at the expression's place for the first name `known` does not accept.
    void check_names(const std::function<bool(std::string_view)>& known) const;

private:
    std::vector<piece> pieces_;
    source_location where_;
};

}  // namespace kokuho::bind
