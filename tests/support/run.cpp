#include "support/run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kokuho::test {

namespace fs = std::filesystem;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string temp_dir(const std::string& name) {
    auto dir = fs::temp_directory_path() / ("kokuho-test-" + std::to_string(getpid())) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

run_result run(const std::string& command) {
    auto dir = temp_dir("run");
    auto out = (fs::path(dir) / "stdout").string(), err = (fs::path(dir) / "stderr").string();
    int raw = std::system((command + " >" + out + " 2>" + err + " </dev/null").c_str());
    run_result r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
}

run_result run_kokuho(const std::string& arguments) {
    return run(std::string(KOKUHO_BINARY) + " " + arguments);
}

std::string source_path(const std::string& relative) {
    return (fs::path(KOKUHO_SOURCE_DIR) / relative).string();
}

}  // namespace kokuho::test
