#include "fuzz_input.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>

#include "core/error.h"

namespace fs = std::filesystem;

namespace kokuho::fuzz {

namespace {

std::string make_scratch() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/kokuho-fuzz-XXXXXX";
    if (!mkdtemp(pattern.data())) {
        std::perror("kokuho fuzz: mkdtemp");
        std::abort();
    }
    static std::string folder = pattern;
    std::atexit([] { std::error_code ignored; fs::remove_all(folder, ignored); });
    return pattern;
}

}  // namespace

const std::string& scratch_folder() {
    static const std::string folder = make_scratch();
    return folder;
}

std::string write_scratch(const std::string& name, std::string_view data) {
    auto path = scratch_folder() + "/" + name;
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out.flush()) {
        std::fprintf(stderr, "kokuho fuzz: cannot write %s\n", path.c_str());
        std::abort();
    }
    return path;
}

void copy_from_source(const std::string& relative, const std::string& name) {
    auto target = fs::path(scratch_folder()) / name;
    fs::create_directories(target.parent_path());
    fs::copy(fs::path(KOKUHO_SOURCE_DIR) / relative, target,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

void expect_input_errors_only(const std::function<void()>& parse) {
    try {
        parse();
    } catch (const kokuho::error& e) {
        if (e.kind() == error_kind::input) return;
        std::fprintf(stderr, "kokuho fuzz: bad input ended as another kind of error: %s\n", e.what());
        std::abort();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kokuho fuzz: bad input escaped as %s\n", e.what());
        std::abort();
    }
}

}  // namespace kokuho::fuzz
