#pragma once
// What every fuzz target shares: a scratch folder of its own, where a path-taking parser
// reads the input as a file, and the one verdict on what a parser may do with bad input.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace kokuho::fuzz {

// A folder under $TMPDIR (or /tmp) made once per process and removed at its exit.
const std::string& scratch_folder();

// Writes data to scratch_folder()/name, replacing what was there; returns the path.
std::string write_scratch(const std::string& name, std::string_view data);

// Copies a file of the source tree (relative to it) into the scratch folder.
void copy_from_source(const std::string& relative, const std::string& name);

// Runs parse: returning or throwing kokuho::error of kind input is what bad input may do.
// Any other exception, or an error of another kind, aborts, so that the fuzzer reports it.
void expect_input_errors_only(const std::function<void()>& parse);

}  // namespace kokuho::fuzz

// Each target defines this, as libFuzzer expects.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
