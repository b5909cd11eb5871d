#include "cli/project_copy.h"

#include <filesystem>
#include <fstream>

#include "support/run.h"

namespace kokuho::test {

namespace fs = std::filesystem;

std::string copy_project(const std::string& name) {
    auto root = temp_dir(name);
    for (const char* folder : {"templates", "layouts", "fonts", "families"})
        fs::copy(source_path(folder), fs::path(root) / folder, fs::copy_options::recursive);
    return root;
}

std::string copy_sample_config(const std::string& dir) {
    fs::create_directories(dir);
    fs::copy(source_path("samples/config"), fs::path(dir) / "config", fs::copy_options::recursive);
    return dir + "/config";
}

void write_project_file(const std::string& root, const std::string& relative, const std::string& text) {
    std::ofstream(fs::path(root) / relative, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace kokuho::test
