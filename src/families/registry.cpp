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

// The options of other families a family's rule reads ("<family>.<option>"): declared by
// that family, of the kind the rule reads.
void borrow_options(std::vector<family>& families) {
    for (auto& f : families)
        for (const auto& needed : rules::options_read_by(f.rule_name)) {
            auto dot = needed.name.find('.');
            if (dot == std::string_view::npos) continue;
            std::string owner(needed.name.substr(0, dot)), name(needed.name.substr(dot + 1));
            auto other = std::find_if(families.begin(), families.end(), [&](const auto& o) { return o.id == owner; });
            if (other == families.end())
                fail_input({f.file}, "rule " + f.rule_name + " reads " + std::string(needed.name) + ", but there is no family " +
                                         owner + " (families/" + owner + ".yaml)");
            auto d = std::find_if(other->options.begin(), other->options.end(), [&](const auto& o) { return o.name == name; });
            if (d == other->options.end() || d->what != needed.kind)
                fail_input({other->file}, "rule " + f.rule_name + " of " + f.file + " reads the option " + name +
                                              " of this family, which does not declare it of that kind under options:");
            f.borrowed.push_back({owner, *d});
        }
}

// The other family a change names (also_reissued:): it exists, has those forms and that flag.
void check_changes(const std::vector<family>& families) {
    for (const auto& f : families) {
        if (!f.changes || f.changes->also_family.empty()) continue;
        const auto& c = *f.changes;
        auto other = std::find_if(families.begin(), families.end(), [&](const auto& o) { return o.id == c.also_family; });
        if (other == families.end())
            fail_input({f.file}, "changes: also_reissued: no family " + c.also_family);
        for (const auto& form : c.also_forms)
            if (!other->find_form(form))
                fail_input({f.file}, "changes: also_reissued: family " + c.also_family + " has no form " + form);
        auto flag = std::find_if(other->options.begin(), other->options.end(), [&](const auto& o) { return o.name == c.also_when; });
        if (flag == other->options.end() || flag->what != rules::option_kind::flag)
            fail_input({f.file}, "changes: also_reissued: " + c.also_when + " is not a flag option of family " + c.also_family);
    }
}

// An off_when: of a borrowed option, and the families the store_inputs: name.
void check_borrowed_uses(const std::vector<family>& families) {
    for (const auto& f : families) {
        if (f.off_when && f.off_when->option.find('.') != std::string::npos) {
            auto b = std::find_if(f.borrowed.begin(), f.borrowed.end(), [&](const auto& o) {
                return o.family + "." + o.declaration.name == f.off_when->option;
            });
            if (b == f.borrowed.end() || b->declaration.what != rules::option_kind::choice)
                fail_input({f.file}, "off_when: " + f.off_when->option + " is not a choice option that rule " +
                                         f.rule_name + " reads");
            const auto& choices = b->declaration.choices;
            if (std::find(choices.begin(), choices.end(), f.off_when->value) == choices.end())
                fail_input({f.file}, "off_when: " + f.off_when->value + " is not one of the choices of " +
                                         f.off_when->option);
        }
        for (const auto& in : f.store_inputs)
            if (in.from != "applications" && std::none_of(families.begin(), families.end(), [&](const auto& o) { return o.id == in.from; }))
                fail_input({f.file}, "store_inputs: " + in.column + " from " + in.from +
                                         ": neither applications nor a family (families/*.yaml)");
    }
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
    borrow_options(r.families_);
    check_changes(r.families_);
    check_borrowed_uses(r.families_);
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
