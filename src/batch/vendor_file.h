#pragma once
// A vendor file for the contractor (発行用ファイル, 抜取用ファイル): the record layout of
// layouts/records/<name>.yaml filled from bound values, one data record each.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "batch/exceptions.h"
#include "core/values.h"

namespace kokuho::batch {

class vendor_file {
public:
    // output_role names the file in the exceptions report (issue_file, pullout_file).
    vendor_file(const std::string& layout_path, const std::string& substitutions_path,
                std::string output_role);
    ~vendor_file();

    // Writes the header record; then add() per document, then finish().
    void start(std::ostream& out, const kokuho::values& header);
    void add(const kokuho::values& document, long seq, const std::string& person_id);
    void finish();

    std::size_t records() const;        // all records, header to end
    std::size_t record_length() const;  // bytes, without the separator
    std::vector<exception_row>& exceptions() { return exceptions_; }

private:
    struct impl;
    std::unique_ptr<impl> impl_;
    std::vector<exception_row> exceptions_;
    std::string output_role_;
};

}  // namespace kokuho::batch
