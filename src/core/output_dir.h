#pragma once
// The output folder of a run. Every file is written under a temporary name and renamed
// when complete; a run that fails removes what it wrote, so no partial output looks
// complete, and a folder that already holds a finished run (its manifest.json) is refused,
// so nothing written before is lost.
#include <fstream>
#include <string>
#include <vector>

namespace kokuho {

class output_dir {
public:
    explicit output_dir(std::string path);
    ~output_dir();  // removes this run's files unless commit_all() was called
    output_dir(const output_dir&) = delete;
    output_dir& operator=(const output_dir&) = delete;

    // Opens `name` for writing under its temporary name.
    std::ofstream open(const std::string& name);
    // Registers `name` and returns its temporary path, for writers that open files themselves.
    std::string reserve(const std::string& name);
    // Flushes and closes a stream from open(); a failed write (a full disk) is an error
    // with the system's reason, so a truncated file never goes on to its final name.
    void close(std::ofstream& stream, const std::string& name);
    // Renames the finished file to its final name; returns the final path.
    std::string finish(const std::string& name);
    // Keeps the files: the run succeeded.
    void commit_all() { committed_ = true; }

    const std::string& path() const { return path_; }

private:
    std::string temporary_path(const std::string& name) const;

    std::string path_;
    std::vector<std::string> written_;  // final names finished by this run
    std::vector<std::string> pending_;  // temporary names not yet finished
    bool committed_ = false;
};

}  // namespace kokuho
