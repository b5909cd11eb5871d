#pragma once
// The outcomes of every person of a snapshot, in snapshot order. Most persons share an
// outcome (the same form, reason, validity and facts), so each distinct outcome is kept
// once and a person holds its index: four bytes a person, whatever the snapshot's size.
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/outcome.h"

namespace kokuho::rules {

class outcome_list {
public:
    outcome_list() = default;
    explicit outcome_list(std::size_t persons);  // that many outcomes of no document

    void reserve(std::size_t persons) { index_.reserve(persons); }
    void push_back(const outcome& o) { index_.push_back(intern(o)); }
    void set(std::size_t person, const outcome& o) { index_.at(person) = intern(o); }

    // Stays valid while outcomes are added or set.
    const outcome& operator[](std::size_t person) const { return distinct_[index_[person]]; }
    std::size_t size() const { return index_.size(); }
    bool empty() const { return index_.empty(); }
    // How many different outcomes the persons have.
    std::size_t distinct() const { return distinct_.size(); }

    class iterator {
    public:
        iterator(const outcome_list& list, std::size_t at) : list_(&list), at_(at) {}
        const outcome& operator*() const { return (*list_)[at_]; }
        iterator& operator++() { ++at_; return *this; }
        bool operator==(const iterator&) const = default;

    private:
        const outcome_list* list_;
        std::size_t at_;
    };
    iterator begin() const { return {*this, 0}; }
    iterator end() const { return {*this, size()}; }

private:
    std::uint32_t intern(const outcome& o);

    std::vector<std::uint32_t> index_;
    std::deque<outcome> distinct_;  // a deque: references stay valid as it grows
    std::unordered_map<std::string, std::uint32_t> by_key_;
};

}  // namespace kokuho::rules
