#include "layout/items/field/field_item.h"

#include "core/error.h"
#include "core/utf.h"
#include "layout/items/registry.h"
#include "layout/items/text_block.h"

namespace kokuho::layout {

namespace {

item_spec load_field(const item_node& in) {
    check_text_box(in);
    return field_item{name_of(in, "field"), in.at, in.style};
}

// The debug overlay: the field's box and its name, for adjusting layouts by millimetres.
void add_debug_box(const field_item& f, std::vector<item>& out) {
    out.push_back(box{f.at.x, f.at.y, f.at.w, f.at.h, 0.1, -1, {}});
    out.push_back(text_run{f.at.x + 0.3, f.at.y + 1.4, 3.5, 0, "gothic", to_utf32(f.field)});
}

void compose_field(const item_spec& spec, compose_context& c) {
    const auto& f = std::get<field_item>(spec);
    const value* bound = c.values.find(f.field);
    if (!bound) fail_input({c.file}, "field \"" + f.field + "\" is not bound by the template");
    compose_text_block(f.field, bound->text(), f.style, f.at, true, c);
    if (c.options.debug_boxes) add_debug_box(f, c.out);
}

void field_read(const item_spec& spec, std::vector<std::string>& out) {
    out.push_back(std::get<field_item>(spec).field);
}

}  // namespace

const item_type& field_type() {
    static const item_type type{"field", {"field"}, {}, true, true, load_field, compose_field, field_read};
    return type;
}

}  // namespace kokuho::layout
