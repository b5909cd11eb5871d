#pragma once
// The issue file (発行用ファイル) for the contractor: the record layout of
// layouts/records/<name>.yaml filled from each document's bound values.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "batch/exceptions.h"
#include "bind/values.h"

namespace kokuho::batch {

class issue_file {
public:
    issue_file(const std::string& layout_path, const std::string& substitutions_path);
    ~issue_file();

    // Writes the header record; then add() per document, then finish().
    void start(std::ostream& out, const bind::values& header);
    void add(const bind::values& document, long seq, const std::string& person_id);
    void finish();

    std::size_t records() const;        // all records, header to end
    std::size_t record_length() const;  // bytes, without the separator
    std::vector<exception_row>& exceptions() { return exceptions_; }

private:
    struct impl;
    std::unique_ptr<impl> impl_;
    std::vector<exception_row> exceptions_;
};

}  // namespace kokuho::batch
