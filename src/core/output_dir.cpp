#include "core/output_dir.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "core/error.h"
#include "core/interruptions.h"

namespace kokuho {

namespace fs = std::filesystem;

namespace {

std::string system_reason() { return std::strerror(errno); }

bool process_ended(long pid) { return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH; }

// fsync of a file or folder, so that a rename after it never exposes missing data.
void make_durable(const std::string& path, int flags) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        std::string reason = system_reason();
        if (fd >= 0) ::close(fd);
        fail_internal("cannot sync " + path + ": " + reason);
    }
    ::close(fd);
}

// A target to write into must be new, or an empty folder, and have a name of its own.
void check_target(const fs::path& target) {
    auto name = target.filename().string();
    if (name.empty() || name == "." || name == "..")
        fail_input({target.string()}, "the output folder needs a name of its own (not ., .. or /)");
    std::error_code ec;
    auto status = fs::symlink_status(target, ec);
    if (!fs::exists(status)) return;
    if (fs::exists(target / "manifest.json"))
        fail_input({target.string()}, "already holds a finished run (manifest.json); choose another "
                                      "--out folder or remove it");
    if (!fs::is_directory(status))
        fail_input({target.string()}, "is not a folder (a link or a file); choose another --out folder");
    if (!fs::is_empty(target, ec))
        fail_input({target.string()}, "holds other files; choose a new or empty --out folder, so that "
                                      "nothing is mixed with or lost to this run");
}

// The temporary folders (.NAME.kokuho-PID-XXXXXX) beside the target whose process has
// ended: runs killed before they renamed their folder. Links are not followed.
std::vector<fs::path> ended_runs_folders(const fs::path& parent, const std::string& name) {
    std::vector<fs::path> folders;
    std::error_code ec;
    std::string prefix = "." + name + ".kokuho-";
    for (const auto& entry : fs::directory_iterator(parent, ec)) {
        auto file = entry.path().filename().string();
        if (file.rfind(prefix, 0) != 0 || entry.is_symlink() || !entry.is_directory()) continue;
        auto pid = std::atol(file.c_str() + prefix.size());
        if (pid <= 0 || process_ended(pid)) folders.push_back(entry.path());
    }
    return folders;
}

// The temporary folders of earlier runs on the same target whose process is gone: one
// without a manifest is a partial run and is removed; one with a manifest holds a finished
// run that was not put in place (killed after recording), and stops this run so that
// nothing is lost.
void check_stale(const fs::path& parent, const std::string& name) {
    for (const auto& folder : ended_runs_folders(parent, name)) {
        if (fs::exists(folder / "manifest.json"))
            fail_input({folder.string()}, "holds a finished run that was not put in place; move it to " +
                                              (parent / name).string() + " or remove it");
        std::error_code ec;
        fs::remove_all(folder, ec);
    }
}

bool manifest_contains(const fs::path& folder, const std::string& marker) {
    std::ifstream in(folder / "manifest.json", std::ios::binary);
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return text.find(marker) != std::string::npos;
}

// The target as a folder path with a name of its own ("out/" is "out").
fs::path normal_target(const std::string& target) {
    fs::path clean = fs::path(target).lexically_normal();
    return clean.has_filename() ? clean : clean.parent_path();
}

fs::path parent_of(const fs::path& target) { return target.has_parent_path() ? target.parent_path() : fs::path("."); }

}  // namespace

bool output_dir::holds_finished_run(const std::string& target, const std::string& marker) {
    fs::path clean = normal_target(target);
    std::error_code ec;
    if (fs::is_symlink(clean, ec)) return false;
    if (manifest_contains(clean, marker)) return true;
    if (fs::exists(clean, ec) && !(fs::is_directory(clean, ec) && fs::is_empty(clean, ec))) return false;
    for (const auto& folder : ended_runs_folders(parent_of(clean), clean.filename().string())) {
        if (!manifest_contains(folder, marker)) continue;
        rename_into_place(folder.string(), clean.string(), ec);
        return !ec;
    }
    return false;
}

output_dir::output_dir(std::string target) {
    fs::path clean = normal_target(target);
    target_ = clean.string();
    check_target(clean);
    std::error_code ec;
    fs::path parent = parent_of(clean);
    fs::create_directories(parent, ec);
    if (ec) fail_input({target_}, "cannot create the folder it goes in: " + ec.message());
    check_stale(parent, clean.filename().string());
    std::string pattern = (parent / ("." + clean.filename().string() + ".kokuho-" +
                                     std::to_string(::getpid()) + "-XXXXXX")).string();
    if (!::mkdtemp(pattern.data())) fail_input({target_}, "cannot create a folder beside it: " + system_reason());
    folder_ = pattern;
    remove_if_interrupted(folder_);
}

output_dir::~output_dir() {
    if (committed_) return;
    std::error_code ec;
    fs::remove_all(folder_, ec);
    keep_if_interrupted(folder_);
}

std::string output_dir::in_folder(const std::string& name) const {
    if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
        fail_internal("output_dir: \"" + name + "\" is not a plain file name");
    return (fs::path(folder_) / name).string();
}

void output_dir::share_with_group() {
    if (::chmod(folder_.c_str(), 0750) != 0) fail_internal("cannot share " + folder_ + ": " + system_reason());
    file_mode_ = 0640;
}

std::string output_dir::reserve(const std::string& name) {
    auto path = in_folder(name);
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) fail_internal("cannot create " + path + ": " + system_reason());
    bool shared = ::fchmod(fd, file_mode_) == 0;  // the exact mode, whatever the umask
    ::close(fd);
    if (!shared) fail_internal("cannot set the mode of " + path + ": " + system_reason());
    return path;
}

std::ofstream output_dir::open(const std::string& name) {
    auto path = reserve(name);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) fail_internal("cannot write " + path + ": " + system_reason());
    return out;
}

void output_dir::close(std::ofstream& stream, const std::string& name) {
    stream.flush();
    bool written = bool(stream);
    int reason = errno;
    stream.close();
    if (!written || !stream)
        fail_internal("cannot write " + in_folder(name) + ": " + std::strerror(written ? errno : reason));
}

std::string output_dir::finish(const std::string& name) {
    auto path = in_folder(name);
    make_durable(path, O_RDONLY);
    return path;
}

void output_dir::commit_all() {
    make_durable(folder_, O_RDONLY | O_DIRECTORY);
    std::error_code ec;
    rename_into_place(folder_, target_, ec);
    if (ec) {
        // The batch is recorded: the finished run is kept where it is, and said so.
        committed_ = true;
        fail_internal("cannot put the finished run in place as " + target_ + " (" + ec.message() +
                      "); it is complete in " + folder_ + ": move that folder there");
    }
    committed_ = true;
    auto parent = parent_of(fs::path(target_));
    make_durable(parent.string(), O_RDONLY | O_DIRECTORY);
}

}  // namespace kokuho
