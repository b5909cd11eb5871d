#include "families/registry.h"

#include <algorithm>
#include <filesystem>

#include "core/text.h"
#include "families/load.h"

namespace kokuho::families {

namespace {

namespace fs = std::filesystem;

void check_together(const std::vector<family>& families, const std::string& folder) {
    std::vector<const family*> defaults;
    for (const auto& f : families) {
        if (f.is_default) defaults.push_back(&f);
        for (const auto& other : families)
            if (&other < &f && other.batch_code == f.batch_code)
                fail_input({f.file}, "batch_code " + f.batch_code + " is the batch code of " +
                                         other.file + " too");
    }
    if (defaults.size() != 1)
        fail_input({folder}, "exactly one family needs default: true (found " +
                                 std::to_string(defaults.size()) + ")");
}

}  // namespace

registry registry::load(const data_folders& folders) {
    if (!fs::is_directory(folders.families)) fail_input({folders.families}, "families folder not found");
    std::vector<std::string> paths;
    for (const auto& entry : fs::directory_iterator(folders.families))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml")
            paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    registry r;
    r.folders_ = folders;
    for (const auto& path : paths) r.families_.push_back(load_family(path, folders));
    check_together(r.families_, folders.families);
    return r;
}

const family* registry::find(const std::string& id) const {
    for (const auto& f : families_)
        if (f.id == id) return &f;
    return nullptr;
}

const family& registry::get(const std::string& id) const {
    if (const auto* f = find(id)) return *f;
    fail_input({"command line"}, "--kind " + id + ": no such family of documents (known: " +
                                     join(ids(), ", ") + ")");
}

const family& registry::default_family() const {
    for (const auto& f : families_)
        if (f.is_default) return f;
    fail_internal("the family registry has no default family");
}

std::vector<std::string> registry::ids() const {
    std::vector<std::string> out;
    for (const auto& f : families_) out.push_back(f.id);
    return out;
}

std::set<std::string> registry::form_ids() const {
    std::set<std::string> out;
    for (const auto& f : families_)
        for (const auto& form : f.forms) out.insert(form.id);
    return out;
}

}  // namespace kokuho::families
