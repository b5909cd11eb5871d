#pragma once
// Reading a whole file.
#include <string>

namespace kokuho {

// The file's bytes; an input error naming the path when it cannot be read.
std::string read_whole_file(const std::string& path);

}  // namespace kokuho
