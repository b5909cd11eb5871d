#include "layout/items/registry.h"

namespace kokuho::layout {

const std::vector<const item_type*>& item_types() {
    static const std::vector<const item_type*> types{&text_type(), &field_type(), &line_type(),
                                                     &box_type(), &image_type(), &barcode_type()};
    return types;
}

const item_type& item_type_of(const item_spec& spec) { return *item_types()[spec.index()]; }

const item_type* item_type_of(const YAML::Node& item) {
    for (const item_type* type : item_types())
        for (auto key : type->keys)
            if (item[std::string(key)]) return type;
    return nullptr;
}

std::vector<std::string_view> item_keys(const item_type& type) {
    auto keys = type.keys;
    if (type.placed_by_at) keys.push_back("at");
    if (type.styled) keys.insert(keys.end(), style_keys.begin(), style_keys.end());
    keys.insert(keys.end(), type.own_keys.begin(), type.own_keys.end());
    keys.push_back("when");
    return keys;
}

std::vector<std::string_view> type_keys() {
    std::vector<std::string_view> keys;
    for (const item_type* type : item_types()) keys.insert(keys.end(), type->keys.begin(), type->keys.end());
    return keys;
}

}  // namespace kokuho::layout
