#include "layout/items/barcode/barcode_item.h"

#include "core/error.h"
#include "core/yaml.h"
#include "layout/items/registry.h"

namespace kokuho::layout {

namespace {

constexpr std::size_t bar_count = 67;

item_spec load_barcode(const item_node& in) {
    barcode_item out;
    out.field = name_of(in, "barcode");
    auto at = numbers(in.file, in.node, "at", 2);
    out.x = at[0] + in.dx;
    out.y = at[1] + in.dy;
    out.points = yaml::number(in.file, in.node, "size", out.points);
    if (out.points < 8 || out.points > 11.5)
        yaml::fail(in.file, in.node["size"], "size: the manual allows 8 to 11.5 points");
    return out;
}

// Six units of 0.6 mm at 10 pt make a long bar; an upper semi-long bar is the top four, a
// lower one the bottom four, a timing bar the middle two.
void compose_barcode(const item_spec& spec, compose_context& c) {
    const auto& b = std::get<barcode_item>(spec);
    const value* bound = c.values.find(b.field);
    if (!bound) fail_input({c.file}, "barcode field \"" + b.field + "\" is not bound by the template");
    auto bars = bound->text();
    if (bars.empty()) return;
    if (bars.size() != bar_count || bars.find_first_not_of("1234") != std::string::npos)
        fail_internal("barcode field \"" + b.field + "\": not " + std::to_string(bar_count) + " bars of 1 to 4");
    double unit = 0.6 * b.points / 10, pitch = 2 * unit;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        double top = bars[i] == '1' || bars[i] == '2' ? 0 : 2 * unit;
        double bottom = bars[i] == '1' || bars[i] == '3' ? 6 * unit : 4 * unit;
        c.out.push_back(box{b.x + double(i) * pitch, b.y + top, unit, bottom - top, 0, 0, {}});
    }
}

void barcode_read(const item_spec& spec, std::vector<std::string>& out) {
    out.push_back(std::get<barcode_item>(spec).field);
}

}  // namespace

const item_type& barcode_type() {
    static const item_type type{"barcode", {"barcode"}, {"at", "size"}, false, false, load_barcode, compose_barcode,
                                barcode_read};
    return type;
}

}  // namespace kokuho::layout
