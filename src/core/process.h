#pragma once
// Which process works on something: a token that outlives the process in a shared store
// (the history store's runs) and tells, later, whether that very process still runs.
#include <string>

namespace kokuho {

// "host:pid:start": the host name, the process id and its start time in clock ticks since
// boot (/proc/PID/stat), so that a reused process id is not taken for the same process.
std::string this_process();

// False only when the process is known to have ended: same host, and no process with that
// id and start time. A process of another host may still run, as far as this one can tell.
bool process_may_run(const std::string& token);

}  // namespace kokuho
