#include "families/family.h"

#include <algorithm>

namespace kokuho::families {

const std::string* form_info::layout_for(const std::string& size) const {
    for (const auto& [key, name] : layouts)
        if (key.empty() || key == size) return &name;
    return nullptr;
}

const form_info* family::find_form(const std::string& id) const {
    for (const auto& f : forms)
        if (f.id == id) return &f;
    return nullptr;
}

bool family::is_companion(const std::string& form) const {
    return std::any_of(forms.begin(), forms.end(), [&](const auto& other) {
        return std::find(other.companions.begin(), other.companions.end(), form) != other.companions.end();
    });
}

const variant_info* family::find_variant(const std::string& id) const {
    for (const auto& v : variants)
        if (v.id == id) return &v;
    return nullptr;
}

const pullout_reason* family::find_reason(const std::string& id) const {
    for (const auto& r : pullout_reasons)
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace kokuho::families
