#pragma once
// What a run leaves behind when it is interrupted (Ctrl-C, SIGTERM from a scheduler, SIGHUP):
// the folders a run registers here are removed before the process ends, so an interrupted
// run leaves no personal data in a temporary folder.
#include <string>
#include <system_error>

namespace kokuho {

// Blocks the interrupting signals in every thread and starts the thread that waits for
// them; call once, first thing in main, before any other thread starts.
void remove_on_interruption();

// A folder to remove if the run is interrupted, and to forget once it is gone.
void remove_if_interrupted(const std::string& folder);
void keep_if_interrupted(const std::string& folder);

// Renames a registered folder into place and forgets it, with no interruption between.
void rename_into_place(const std::string& folder, const std::string& target, std::error_code& ec);

}  // namespace kokuho
