#pragma once
// A copy of the project's data folders (templates/, layouts/, fonts/, families/) in a temp
// folder, for tests that add a family or change one without touching the source tree.
#include <string>

namespace kokuho::test {

// Returns the copy's root, for --project.
std::string copy_project(const std::string& name);

// A copy of samples/config as DIR/config (DIR is made when missing); returns its path.
std::string copy_sample_config(const std::string& dir);

// Writes `text` to `relative` under the copy, replacing what is there.
void write_project_file(const std::string& root, const std::string& relative, const std::string& text);

}  // namespace kokuho::test
