#include "batch/manifest.h"

#include <filesystem>

#include "core/json.h"
#include "core/sha256.h"

namespace kokuho::batch {

void manifest::add(output_dir& out, std::string name, std::string role, std::string count_key,
                   std::size_t count, std::size_t record_length, std::string form) {
    manifest_entry entry;
    entry.name = std::move(name);
    entry.role = std::move(role);
    entry.count_key = std::move(count_key);
    entry.count = count;
    entry.record_length = record_length;
    entry.form = std::move(form);
    auto path = out.finish(entry.name);
    entry.size = std::filesystem::file_size(path);
    entry.sha256 = sha256_file(path);
    entries_.push_back(std::move(entry));
}

void manifest::write(output_dir& out) const {
    auto file = out.open("manifest.json");
    file << "{\n  \"batch_id\": " << json_string(batch_id_) << ",\n  \"kind\": " << json_string(kind_);
    for (const auto& [key, value] : facts_) file << ",\n  " << json_string(key) << ": " << value;
    file << ",\n  \"files\": [";
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const auto& e = entries_[i];
        file << (i ? "," : "") << "\n    {\"name\": " << json_string(e.name)
             << ", \"role\": " << json_string(e.role) << ", \"size\": " << e.size
             << ", \"sha256\": " << json_string(e.sha256);
        if (!e.count_key.empty()) file << ", " << json_string(e.count_key) << ": " << e.count;
        if (e.record_length) file << ", \"record_length\": " << e.record_length;
        if (!e.form.empty()) file << ", \"form\": " << json_string(e.form);
        file << "}";
    }
    file << "\n  ]\n}\n";
    out.close(file, "manifest.json");
    out.finish("manifest.json");
}

}  // namespace kokuho::batch
