#include "families/family.h"

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
