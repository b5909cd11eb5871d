#include "core/files.h"

#include <fstream>
#include <sstream>

#include "core/error.h"

namespace kokuho {

std::string read_whole_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail_input({path}, "cannot read the file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace kokuho
