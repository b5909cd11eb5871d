#pragma once
// Running the kokuho command and other programs from tests.
#include <string>

namespace kokuho::test {

struct run_result {
    int status = -1;
    std::string out;
    std::string err;
};

// Runs a shell command line; captures standard output and error.
run_result run(const std::string& command);

// Runs build/kokuho with the arguments (already quoted where needed).
run_result run_kokuho(const std::string& arguments);

// A fresh empty folder under the system temp folder.
std::string temp_dir(const std::string& name);

std::string read_file(const std::string& path);
std::string source_path(const std::string& relative);  // in the source tree

}  // namespace kokuho::test
