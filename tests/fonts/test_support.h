#pragma once
// Helpers shared by the font and PDF tests: the project's fonts.yaml, scratch folders and
// running poppler's command-line tools.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include <unistd.h>

#include "fonts/font_set.h"

namespace kokuho::test {

inline std::string fonts_yaml() { return std::string(KOKUHO_SOURCE_DIR) + "/fonts/fonts.yaml"; }

inline const fonts::font_set& project_fonts() {
    static const fonts::font_set set = fonts::font_set::load(fonts_yaml());
    return set;
}

// A fresh folder under the system temp folder, removed with its contents at the end.
class scratch_dir {
public:
    explicit scratch_dir(const std::string& name)
        : path_(std::filesystem::temp_directory_path() /
                ("kokuho-" + name + "-" + std::to_string(getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~scratch_dir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

inline std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_all(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// Runs a shell command and returns what it printed on stdout.
inline std::string run(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) return {};
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
    return out;
}

}  // namespace kokuho::test
