#pragma once
// A template (templates/*.yaml): what goes in each field of a form, per variant. Binding
// turns the source values of one document into field values. The family says which
// layout a form uses at which size.
#include <string>
#include <utility>
#include <vector>

#include "bind/expression.h"

namespace kokuho::bind {

class document_template {
public:
    static document_template load(const std::string& path);

    const std::string& file() const { return file_; }

    // Fields of the template, then those of the variant; the source values stay
    // reachable under their own names.
    values bind(const values& source, const std::string& variant, era_formatter& eras) const;

    // Every field the template binds, in any variant.
    bool binds(std::string_view field) const;
    // Checks, at load time, that every name an expression reads is a source value that
    // `is_source` accepts or a field of the template: an input error at the expression.
    void check_names(const std::function<bool(std::string_view)>& is_source) const;

private:
    using field_list = std::vector<std::pair<std::string, expression>>;

    std::string file_;
    lookup_tables tables_;
    field_list fields_;
    std::vector<std::pair<std::string, field_list>> variants_;
};

}  // namespace kokuho::bind
