#pragma once
// The bound values of one document: field name -> printable text (UTF-8). Templates fill
// it; layouts and record layouts read it by name.
#include <map>
#include <string>
#include <string_view>

namespace kokuho::bind {

class values {
public:
    void set(std::string name, std::string text) { map_[std::move(name)] = std::move(text); }
    const std::string* find(std::string_view name) const {
        auto it = map_.find(name);
        return it == map_.end() ? nullptr : &it->second;
    }
    bool contains(std::string_view name) const { return find(name) != nullptr; }
    const std::map<std::string, std::string, std::less<>>& all() const { return map_; }

private:
    std::map<std::string, std::string, std::less<>> map_;
};

}  // namespace kokuho::bind
