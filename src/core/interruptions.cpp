#include "core/interruptions.h"

#include <signal.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

namespace kokuho {

namespace {

std::mutex& interruption_lock() {
    static std::mutex lock;
    return lock;
}

std::set<std::string>& folders() {
    static std::set<std::string> registered;
    return registered;
}

// Waits for an interrupting signal in an ordinary thread, where removing files is safe,
// removes the registered folders and ends the process as the signal would have.
void wait_for_interruption(sigset_t signals) {
    int received = 0;
    if (sigwait(&signals, &received) != 0) return;
    std::lock_guard guard(interruption_lock());
    std::error_code ignored;
    for (const auto& folder : folders()) std::filesystem::remove_all(folder, ignored);
    std::_Exit(128 + received);
}

}  // namespace

void remove_on_interruption() {
    sigset_t signals;
    sigemptyset(&signals);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&signals, s);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::thread(wait_for_interruption, signals).detach();
}

void remove_if_interrupted(const std::string& folder) {
    std::lock_guard guard(interruption_lock());
    folders().insert(folder);
}

void keep_if_interrupted(const std::string& folder) {
    std::lock_guard guard(interruption_lock());
    folders().erase(folder);
}

void rename_into_place(const std::string& folder, const std::string& target, std::error_code& ec) {
    std::lock_guard guard(interruption_lock());
    std::filesystem::rename(folder, target, ec);
    folders().erase(folder);  // in place, or kept whole where it is: never removed now
}

}  // namespace kokuho
