#include "layout/items/line/line_item.h"

#include "core/yaml.h"
#include "layout/items/registry.h"

namespace kokuho::layout {

namespace {

// The end is the start plus the line's extent, as the layouts have always been read, so that
// the composed coordinates stay the same to the last bit.
item_spec load_line(const item_node& in) {
    auto l = numbers(in.file, in.node, "line", 4);
    line_item out;
    out.x1 = l[0] + in.dx;
    out.y1 = l[1] + in.dy;
    out.x2 = out.x1 + (l[2] - l[0]);
    out.y2 = out.y1 + (l[3] - l[1]);
    out.width = yaml::number(in.file, in.node, "width", out.width);
    if (out.width <= 0) yaml::fail(in.file, in.node["width"], "width: a line needs a positive width (mm)");
    out.dashed = yaml::flag(in.file, in.node, "dashed", out.dashed);
    out.color = color_of(in.file, in.node);
    return out;
}

void compose_line(const item_spec& spec, compose_context& c) {
    const auto& l = std::get<line_item>(spec);
    c.out.push_back(line{l.x1, l.y1, l.x2, l.y2, l.width, l.dashed, l.color});
}

}  // namespace

const item_type& line_type() {
    static const item_type type{"line", {"line"}, {"width", "dashed", "color"}, false, false, load_line, compose_line, nullptr};
    return type;
}

}  // namespace kokuho::layout
