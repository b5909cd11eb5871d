#pragma once
// Checks an image file before a run uses it (the insurer's seal, a layout's image): a
// regular file of reasonable size that libpng decodes whole. A device, a pipe, a truncated
// or non-PNG file is found here, at load, instead of aborting the PDF writer mid-run.
#include <string>

namespace kokuho {

// Why the file cannot be used as a PNG image; empty when it can.
std::string png_problem(const std::string& path);

}  // namespace kokuho
