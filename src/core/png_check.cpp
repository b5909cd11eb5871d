#include "core/png_check.h"

#include <png.h>

#include <filesystem>
#include <vector>

#include "core/files.h"

namespace kokuho {

namespace {

constexpr std::uintmax_t largest_image = 16u << 20;  // 16 MiB: a seal is a few KiB

}  // namespace

std::string png_problem(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return "not a regular file";
    auto size = std::filesystem::file_size(path, ec);
    if (ec) return "cannot read its size: " + ec.message();
    if (size > largest_image) return "larger than 16 MiB";
    std::string bytes = read_whole_file(path);
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()))
        return std::string("not a PNG image (") + image.message + ")";
    image.format = PNG_FORMAT_RGBA;
    std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr))
        return std::string("a damaged PNG image (") + image.message + ")";
    return "";
}

}  // namespace kokuho
