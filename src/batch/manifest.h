#pragma once
// manifest.json: every file of a run with its role, size, SHA-256 and page or record count,
// so that the contractor and the clerk can verify what arrived.
#include <cstdint>
#include <string>
#include <vector>

#include "core/output_dir.h"

namespace kokuho::batch {

struct manifest_entry {
    std::string name;
    std::string role;  // documents_pdf, issue_file, issue_list_pdf, issue_list_csv, decisions, exceptions
    std::uintmax_t size = 0;
    std::string sha256;
    std::string count_key;  // "pages" or "records"
    std::size_t count = 0;
    std::size_t record_length = 0;  // issue_file only
    std::string form;               // documents_pdf only
};

class manifest {
public:
    manifest(std::string batch_id, std::string kind) : batch_id_(std::move(batch_id)), kind_(std::move(kind)) {}

    // Finishes a file of the output folder (synced to disk) and records it with
    // its size and SHA-256; count_key is "pages" or "records".
    void add(output_dir& out, std::string name, std::string role, std::string count_key,
             std::size_t count, std::size_t record_length = 0, std::string form = {});
    void set_fact(std::string key, std::string json_value) { facts_.emplace_back(std::move(key), std::move(json_value)); }
    // Writes manifest.json itself, last.
    void write(output_dir& out) const;

private:
    std::string batch_id_;
    std::string kind_;
    std::vector<std::pair<std::string, std::string>> facts_;
    std::vector<manifest_entry> entries_;
};

}  // namespace kokuho::batch
