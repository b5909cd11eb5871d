#include "snapshot/sample.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <stdexcept>

#include "support/run.h"

namespace kokuho::test {

namespace {

// The required columns and a valid value of each.
const std::vector<std::pair<std::string, std::string>> required_values = {
    {"household_id", "H0001"}, {"head_name", "山田 太郎"}, {"postal_code", "100-0001"},
    {"address", "東京都千代田区千代田1-1"}, {"symbol", "12"}, {"person_id", ""},
    {"insured_number", ""}, {"branch", "01"}, {"name", "山田 太郎"},
    {"birth_date", "1980-04-01"}, {"sex", "1"}, {"acquired_on", "2020-04-01"},
};

std::string numbered(const char* prefix, std::size_t number) {
    char text[32];
    std::snprintf(text, sizeof text, "%s%04zu", prefix, number);
    return text;
}

}  // namespace

std::string write_temp_file(const std::string& name, const std::string& bytes) {
    static const std::string folder = temp_dir("snapshot");
    std::string path = folder + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::string where_what(const diagnostic& problem) {
    return std::to_string(problem.where.line) + ":" + std::to_string(problem.where.column) +
           ": " + problem.message;
}

std::vector<std::string> read_problems(const std::string& path, const read_options& options) {
    std::vector<std::string> problems;
    try {
        read_snapshot(path, options);
    } catch (const error& failure) {
        for (const diagnostic& problem : failure.diagnostics())
            problems.push_back(where_what(problem));
    }
    return problems;
}

sample_csv::sample_csv(std::vector<std::string> extra_columns) {
    for (const auto& [key, value] : required_values) columns_.push_back(key);
    columns_.insert(columns_.end(), extra_columns.begin(), extra_columns.end());
}

sample_csv& sample_csv::row(const std::map<std::string, std::string>& values) {
    std::size_t number = lines_.size() + 1;
    std::string line;
    for (const std::string& key : columns_) {
        std::string value;
        if (auto given = values.find(key); given != values.end()) {
            value = given->second;
        } else if (key == "person_id") {
            value = numbered("P", number);
        } else if (key == "insured_number") {
            value = numbered("N", number);
        } else {
            auto known = std::find_if(required_values.begin(), required_values.end(),
                                      [&](const auto& entry) { return entry.first == key; });
            if (known != required_values.end()) value = known->second;
        }
        if (&key != &columns_.front()) line += ',';
        line += value;
    }
    lines_.push_back(line);
    return *this;
}

std::string sample_csv::text() const {
    std::string text;
    for (const std::string& key : columns_) text += (text.empty() ? "" : ",") + key;
    text += "\n";
    for (const std::string& line : lines_) text += line + "\n";
    return text;
}

int sample_csv::column_of(const std::string& key) const {
    auto found = std::find(columns_.begin(), columns_.end(), key);
    if (found == columns_.end()) throw std::invalid_argument("no column " + key);
    return int(found - columns_.begin()) + 1;
}

}  // namespace kokuho::test
