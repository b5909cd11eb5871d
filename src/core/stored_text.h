#pragma once
// Text kept in large blocks for the life of its owner (a snapshot's cells: ids, names,
// addresses), each piece a 16-byte view: a snapshot of a million rows holds no million
// small strings of 32 bytes each and their allocations.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kokuho {

class stored_text {
public:
    stored_text() = default;

    std::string_view view() const { return view_; }
    operator std::string_view() const { return view_; }
    // A copy, where a std::string is wanted (a map's key, a record's field).
    operator std::string() const { return std::string(view_); }
    std::string str() const { return std::string(view_); }
    bool empty() const { return view_.empty(); }
    std::size_t size() const { return view_.size(); }

    friend bool operator==(const stored_text& a, std::string_view b) { return a.view_ == b; }
    friend auto operator<=>(const stored_text& a, std::string_view b) { return a.view_ <=> b; }
    friend std::string operator+(std::string a, const stored_text& b) { return a.append(b.view_); }
    friend std::string operator+(const stored_text& a, std::string_view b) { return a.str().append(b); }

private:
    friend class text_store;
    explicit stored_text(std::string_view kept) : view_(kept) {}
    std::string_view view_;
};

// Owns the text of stored_texts. Not thread-safe: filled by one thread, then only read.
class text_store {
public:
    text_store() = default;
    text_store(const text_store&) = delete;
    text_store& operator=(const text_store&) = delete;

    // A copy of `text` that stays where it is until the store goes or is cleared.
    stored_text keep(std::string_view text);
    // Drops every text kept, keeping one block for the next ones.
    void clear();

private:
    static constexpr std::size_t block_size = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> blocks_;  // of block_size each
    std::size_t used_ = block_size;                 // of the last block; full when there is none
    std::vector<std::unique_ptr<char[]>> long_;    // a text of more than a quarter block each
};

}  // namespace kokuho
