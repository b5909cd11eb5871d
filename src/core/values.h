#pragma once
// The values of one document or list row by name: the source values (person.birth_date,
// decision.valid_until, ...) and the fields a template binds from them. A value is text or
// a date; a date stays a date until a filter or a record field formats it.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/date.h"
#include "core/stored_text.h"

namespace kokuho {

class value {
public:
    value() = default;
    value(std::string text) : content_(std::move(text)) {}
    value(const char* text) : content_(std::string(text)) {}
    value(const stored_text& text) : content_(text.str()) {}
    value(date day) : content_(day) {}
    // An absent date is empty text.
    value(const std::optional<date>& day) : content_(day ? content{*day} : content{std::string()}) {}

    const date* as_date() const { return std::get_if<date>(&content_); }
    const std::string* as_text() const { return std::get_if<std::string>(&content_); }
    // The text as printed when no filter formats it: a date as ISO (2026-07-31).
    std::string text() const;
    bool empty() const;

    friend bool operator==(const value&, const value&) = default;

private:
    using content = std::variant<std::string, date>;
    content content_;
};

class values {
public:
    void set(std::string name, value v) { map_[std::move(name)] = std::move(v); }
    const value* find(std::string_view name) const {
        auto it = map_.find(name);
        return it == map_.end() ? nullptr : &it->second;
    }
    bool contains(std::string_view name) const { return find(name) != nullptr; }

private:
    std::map<std::string, value, std::less<>> map_;
};

}  // namespace kokuho
