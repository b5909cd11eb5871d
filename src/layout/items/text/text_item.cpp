#include "layout/items/text/text_item.h"

#include "core/yaml.h"
#include "layout/items/registry.h"
#include "layout/items/text_block.h"

namespace kokuho::layout {

namespace {

item_spec load_text(const item_node& in) {
    check_text_box(in);
    return text_item{yaml::required_text(in.file, in.node, "text"), in.at, in.style};
}

// Static text is the layout's own: only its overflow is reported.
void compose_text(const item_spec& spec, compose_context& c) {
    const auto& t = std::get<text_item>(spec);
    compose_text_block(t.text, t.text, t.style, t.at, false, c);
}

}  // namespace

const item_type& text_type() {
    static const item_type type{"text", {"text"}, {}, true, true, load_text, compose_text, nullptr};
    return type;
}

}  // namespace kokuho::layout
