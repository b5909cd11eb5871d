#pragma once
// The one error type: diagnostics that carry their source location.
#include <stdexcept>
#include <string>
#include <vector>

namespace kokuho {

struct source_location {
    std::string file;
    int line = 0;    // 1-based row or line; 0 when not known
    int column = 0;  // 1-based column; 0 when not known
};

struct diagnostic {
    source_location where;
    std::string message;

    std::string format() const;  // file:line:column: message
};

enum class error_kind {
    input,     // bad input or configuration: exit status 2
    internal,  // the program failed: exit status 1
    busy,      // a shared resource stayed busy (the history store's lock): exit status 75
               // (EX_TEMPFAIL), so that a scheduler tries again
};

// Thrown only for what ends the run; collected problems travel as its diagnostics.
class error : public std::runtime_error {
public:
    error(error_kind kind, std::vector<diagnostic> diagnostics);
    error(error_kind kind, source_location where, std::string message);

    error_kind kind() const { return kind_; }
    const std::vector<diagnostic>& diagnostics() const { return diagnostics_; }
    int exit_status() const;

private:
    error_kind kind_;
    std::vector<diagnostic> diagnostics_;
};

[[noreturn]] void fail_input(source_location where, std::string message);
[[noreturn]] void fail_internal(std::string message);

}  // namespace kokuho
