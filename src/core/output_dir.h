#pragma once
// The output folder of a run. Everything is written into a fresh temporary folder beside
// the target (mode 0700, files 0600, each created new, never through a link) and the folder
// is renamed into place only when the run is complete, so no partial output ever sits under
// the target's name. A run that fails removes its temporary folder and nothing else. A
// target that holds a finished run (its manifest.json) or any other file is refused, so
// nothing written before is lost or mixed with this run's files. The temporary folder
// (.NAME.kokuho-PID-XXXXXX) of a run that was killed is removed by the next run on the
// same target, unless it holds a finished run, which the next run reports instead.
#include <fstream>
#include <string>

namespace kokuho {

class output_dir {
public:
    explicit output_dir(std::string target);
    ~output_dir();  // removes the temporary folder unless commit_all() was called
    output_dir(const output_dir&) = delete;
    output_dir& operator=(const output_dir&) = delete;

    // The office's print group may read the run (folder 0750, files 0640, output.yaml's
    // group_readable); called before any file is created.
    void share_with_group();

    // Creates `name` in the temporary folder and opens it for writing.
    std::ofstream open(const std::string& name);
    // Creates `name` and returns its path, for writers that open files themselves.
    std::string reserve(const std::string& name);
    // Flushes and closes a stream from open(); a failed write (a full disk) is an error
    // with the system's reason, so a truncated file is never kept.
    void close(std::ofstream& stream, const std::string& name);
    // Makes the finished file durable (fsync) and returns its path.
    std::string finish(const std::string& name);
    // The run succeeded: the folder is made durable and renamed to the target.
    void commit_all();

    const std::string& path() const { return target_; }

    // Whether the target holds the finished run whose manifest.json contains `marker`. A
    // finished temporary folder of that run, left beside the target by a process killed
    // before its rename, is put in place first when the target is missing or empty.
    static bool holds_finished_run(const std::string& target, const std::string& marker);

private:
    std::string in_folder(const std::string& name) const;

    std::string target_;
    std::string folder_;  // the temporary folder
    bool committed_ = false;
    unsigned file_mode_ = 0600;
};

}  // namespace kokuho
