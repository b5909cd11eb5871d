#include "layout/items/box/box_item.h"

#include "core/yaml.h"
#include "layout/items/registry.h"

namespace kokuho::layout {

namespace {

item_spec load_box(const item_node& in) {
    box_item out;
    out.at = rect_of(in.file, in.node, "box", in.dx, in.dy);
    out.width = yaml::number(in.file, in.node, "width", out.width);
    if (out.width < 0) yaml::fail(in.file, in.node["width"], "width: a border of 0 mm or more");
    if (auto fill = in.node["fill"]) {
        out.fill = yaml::number(in.file, in.node, "fill", out.fill);
        if (out.fill < 0 || out.fill > 1) yaml::fail(in.file, fill, "fill: a gray from 0 (black) to 1 (white)");
    }
    out.color = color_of(in.file, in.node);
    return out;
}

void compose_box(const item_spec& spec, compose_context& c) {
    const auto& b = std::get<box_item>(spec);
    c.out.push_back(box{b.at.x, b.at.y, b.at.w, b.at.h, b.width, b.fill, b.color});
}

}  // namespace

const item_type& box_type() {
    static const item_type type{"box", {"box"}, {"width", "fill", "color"}, false, false, load_box, compose_box, nullptr};
    return type;
}

}  // namespace kokuho::layout
