#include "core/process.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iterator>

namespace kokuho {

namespace {

std::string host_name() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "localhost";
    return name;
}

// Field 22 of /proc/PID/stat, the start time; empty when the process is gone. The command
// name (field 2) is in parentheses and may hold spaces, so counting starts after its ')'.
std::string start_time(long pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto close = stat.rfind(')');
    if (close == std::string::npos) return "";
    std::size_t at = close + 2;  // field 3
    for (int field = 3; field < 22 && at < stat.size(); ++field) {
        at = stat.find(' ', at);
        if (at == std::string::npos) return "";
        ++at;
    }
    auto end = stat.find(' ', at);
    return stat.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

}  // namespace

std::string this_process() {
    long pid = ::getpid();
    return host_name() + ":" + std::to_string(pid) + ":" + start_time(pid);
}

bool process_may_run(const std::string& token) {
    auto last = token.rfind(':');
    auto middle = last == std::string::npos || last == 0 ? std::string::npos : token.rfind(':', last - 1);
    if (middle == std::string::npos) return true;  // not a token of ours: assume it runs
    if (token.substr(0, middle) != host_name()) return true;
    long pid = 0;
    try {
        pid = std::stol(token.substr(middle + 1, last - middle - 1));
    } catch (const std::exception&) {
        return true;
    }
    if (pid <= 0) return true;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return false;
    auto started = start_time(pid);
    return started.empty() || started == token.substr(last + 1);
}

}  // namespace kokuho
