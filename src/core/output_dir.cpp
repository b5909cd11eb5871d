#include "core/output_dir.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.h"

namespace kokuho {

namespace fs = std::filesystem;

output_dir::output_dir(std::string path) : path_(std::move(path)) {
    std::error_code ec;
    if (fs::exists(fs::path(path_) / "manifest.json"))
        fail_input({path_}, "already holds a finished run (manifest.json); choose another --out "
                            "folder or remove it");
    fs::create_directories(path_, ec);
    if (ec) fail_input({path_}, "cannot create the output folder: " + ec.message());
}

output_dir::~output_dir() {
    if (committed_) return;
    std::error_code ec;
    for (const auto& name : pending_) fs::remove(temporary_path(name), ec);
    for (const auto& name : written_) fs::remove(fs::path(path_) / name, ec);
}

std::string output_dir::temporary_path(const std::string& name) const {
    return (fs::path(path_) / (name + ".part")).string();
}

std::string output_dir::reserve(const std::string& name) {
    pending_.push_back(name);
    return temporary_path(name);
}

std::ofstream output_dir::open(const std::string& name) {
    std::ofstream out(reserve(name), std::ios::binary | std::ios::trunc);
    if (!out) fail_input({temporary_path(name)}, std::string("cannot write: ") + std::strerror(errno));
    return out;
}

void output_dir::close(std::ofstream& stream, const std::string& name) {
    stream.flush();
    bool written = bool(stream);
    int reason = errno;
    stream.close();
    if (!written || !stream)
        fail_internal("cannot write " + temporary_path(name) + ": " + std::strerror(written ? errno : reason));
}

std::string output_dir::finish(const std::string& name) {
    auto final_path = (fs::path(path_) / name).string();
    std::error_code ec;
    fs::rename(temporary_path(name), final_path, ec);
    if (ec) fail_internal("cannot rename " + temporary_path(name) + ": " + ec.message());
    pending_.erase(std::remove(pending_.begin(), pending_.end(), name), pending_.end());
    written_.push_back(name);
    return final_path;
}

}  // namespace kokuho
