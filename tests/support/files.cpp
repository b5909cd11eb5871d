#include "support/files.h"

#include <stdexcept>

#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "support/run.h"

namespace kokuho::test {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::vector<record> read_jsonl(const std::string& path) {
    static const std::regex pair(R"re("([a-z_]+)": ("((?:[^"\\]|\\.)*)"|-?[0-9]+|null))re");
    std::vector<record> out;
    for (const auto& line : split_lines(read_file(path))) {
        record r;
        for (std::sregex_iterator it(line.begin(), line.end(), pair), end; it != end; ++it) {
            auto value = (*it)[2].str();
            r[(*it)[1].str()] = value == "null" ? "" : (*it)[3].matched ? (*it)[3].str() : value;
        }
        out.push_back(std::move(r));
    }
    return out;
}

static std::vector<std::string> csv_cells(const std::string& line) {
    std::vector<std::string> cells{""};
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') cells.back() += '"', ++i;
        else if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) cells.emplace_back();
        else cells.back() += c;
    }
    return cells;
}

std::map<std::string, record> by_person(const std::vector<record>& rows) {
    std::map<std::string, record> out;
    for (const auto& row : rows) out[row.at("person_id")] = row;
    return out;
}

std::string batch_in(const std::string& folder) {
    auto manifest = read_file(folder + "/manifest.json");
    auto at = manifest.find("\"batch_id\": \"");
    REQUIRE(at != std::string::npos);
    return manifest.substr(at + 13, manifest.find('"', at + 13) - at - 13);
}

std::vector<record> read_csv(const std::string& path) {
    auto text = read_file(path);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text = text.substr(3);
    auto lines = split_lines(text);
    std::vector<record> out;
    if (lines.empty()) return out;
    auto header = csv_cells(lines[0]);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        auto cells = csv_cells(lines[i]);
        record r;
        for (std::size_t c = 0; c < header.size() && c < cells.size(); ++c) r[header[c]] = cells[c];
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<record> decode_vendor_file(const std::string& layout, const std::string& data) {
    auto result = run("python3 " + source_path("tests/tools/decode_vendor.py") + " " + layout + " " + data);
    INFO(result.err);
    REQUIRE(result.status == 0);
    std::vector<record> records;
    for (const auto& line : split_lines(result.out)) {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (int i = 0; i < 4; ++i) {
            auto tab = line.find('\t', start);
            parts.push_back(line.substr(start, tab - start));
            start = tab + 1;
        }
        parts.push_back(line.substr(start));
        std::size_t index = std::stoul(parts[0]);
        if (records.size() <= index) records.resize(index + 1);
        records[index]["@record"] = parts[1];  // header, data, trailer or end
        records[index][parts[2]] = parts[4];
        records[index]["@" + parts[2]] = parts[3];  // the field's byte offset
    }
    return records;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    if (at == std::string::npos) throw std::runtime_error("replaced: \"" + from + "\" is not in the text");
    return text.replace(at, from.size(), to);
}

std::string replaced_all(std::string text, const std::string& from, const std::string& to) {
    text = replaced(std::move(text), from, to);
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
}

std::string unspaced(const std::string& text) {
    std::string out;
    for (const auto& line : split_lines(text)) out += line;
    for (const std::string space : {"　", " "})
        for (auto at = out.find(space); at != std::string::npos; at = out.find(space)) out.erase(at, space.size());
    return out;
}

std::string pdf_text(const std::string& pdf) {
    auto r = run("pdftotext -enc UTF-8 " + pdf + " -");
    INFO(r.err);
    REQUIRE(r.status == 0);
    return unspaced(r.out);
}

}  // namespace kokuho::test
