#include "render/fixed/yaml_source.h"

#include <fstream>
#include <sstream>

namespace kokuho::fixed {

std::string read_text_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail_input({path.string()}, "cannot read the file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

static source_location from_mark(const std::string& source, const YAML::Mark& mark) {
    if (mark.is_null()) return {source};
    return {source, mark.line + 1, mark.column + 1};
}

YAML::Node parse_yaml(std::string_view text, const std::string& source) {
    try {
        return YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        fail_input(from_mark(source, e.mark), e.msg);
    }
}

source_location location_of(const std::string& source, const YAML::Node& node) {
    return from_mark(source, node.Mark());
}

}  // namespace kokuho::fixed
