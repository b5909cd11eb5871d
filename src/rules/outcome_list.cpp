#include "rules/outcome_list.h"

#include "core/error.h"

namespace kokuho::rules {

namespace {

void add_part(std::string& key, std::string_view part) {
    key += std::to_string(part.size());
    key += ':';
    key += part;
}

void add_date(std::string& key, const std::optional<date>& day) { add_part(key, day ? day->iso() : ""); }

// Every member of the outcome, each prefixed by its length: equal keys, equal outcomes.
std::string key_of(const outcome& o) {
    std::string key;
    for (const std::string* part : {&o.form, &o.variant, &o.reason, &o.until_reason, &o.refusal, &o.refusal_column})
        add_part(key, *part);
    add_date(key, o.valid_from);
    add_date(key, o.valid_until);
    for (const auto& [name, v] : o.facts) {
        add_part(key, name);
        key += v.as_date() ? 'd' : 't';
        add_part(key, v.text());
    }
    return key;
}

}  // namespace

outcome_list::outcome_list(std::size_t persons) { index_.assign(persons, intern(outcome{})); }

std::uint32_t outcome_list::intern(const outcome& o) {
    auto [found, added] = by_key_.try_emplace(key_of(o), std::uint32_t(distinct_.size()));
    if (added) {
        if (distinct_.size() == UINT32_MAX) fail_internal("more than 2^32 distinct outcomes");
        distinct_.push_back(o);
    }
    return found->second;
}

}  // namespace kokuho::rules
