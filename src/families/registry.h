#pragma once
// Every family of documents the project knows: the YAML files of families/, loaded and
// checked at once, so that an unknown rule, form, file or key stops the run before it
// writes anything, naming file:line.
#include <set>
#include <string>
#include <vector>

#include "families/family.h"

namespace kokuho::families {

// Where the files a family names are: templates/, layouts/ (records/ and lists/ below it).
struct data_folders {
    std::string families;
    std::string templates;
    std::string layouts;
};

class registry {
public:
    static registry load(const data_folders& folders);

    // The family with this id; an input error naming the known ones otherwise.
    const family& get(const std::string& id) const;
    const family* find(const std::string& id) const;
    // The family of `kokuho annual certificates` without --kind.
    const family& default_family() const;
    const std::vector<family>& all() const { return families_; }
    std::vector<std::string> ids() const;
    // Every form id of every family (the keys output.yaml's mail_class may name).
    std::set<std::string> form_ids() const;
    // Where the families, templates and layouts were read from.
    const data_folders& folders() const { return folders_; }

private:
    std::vector<family> families_;  // sorted by id
    data_folders folders_;
};

}  // namespace kokuho::families
