// The item types (src/layout/items/): the registry, each type's keys and validation, the
// fields a layout reads, and the customer barcode's bars.
#include <cmath>
#include <set>

#include "layout_test_support.h"

using namespace kokuho;
using namespace kokuho::layout_test;

namespace {

std::vector<std::string> strings(const std::vector<std::string_view>& words) {
    return {words.begin(), words.end()};
}

// A layout of one item (at line 4), under a new name each time: yaml::where caches the lines
// of each file it has read, so a rewritten file would be given the old file's columns.
std::string write_one_item(const scratch_dir& dir, const std::string& item) {
    static int count = 0;
    std::string name = "item-" + std::to_string(++count);
    dir.write(name + ".yaml", "pages:\n  - size: [100, 60]\n    items:\n" + item + "\n");
    return name;
}

}  // namespace

TEST_CASE("registry: the six item types and the keys that name them", "[items][registry]") {
    std::vector<std::string> names;
    for (const auto* type : layout::item_types()) names.push_back(std::string(type->name));
    CHECK(names == std::vector<std::string>{"text", "field", "line", "box", "image", "barcode"});
    CHECK(strings(layout::type_keys()) ==
          std::vector<std::string>{"text", "field", "line", "box", "image", "file", "barcode"});
    CHECK(strings(layout::item_keys(layout::barcode_type())) ==
          std::vector<std::string>{"barcode", "at", "size", "when"});

    // An item's keys: the naming keys, at, the style keys, the type's own keys, when.
    CHECK(strings(layout::item_keys(layout::line_type())) ==
          std::vector<std::string>{"line", "width", "dashed", "color", "when"});
    CHECK(strings(layout::item_keys(layout::box_type())) ==
          std::vector<std::string>{"box", "width", "fill", "color", "when"});
    CHECK(strings(layout::item_keys(layout::image_type())) ==
          std::vector<std::string>{"image", "file", "at", "when"});
    CHECK(strings(layout::item_keys(layout::field_type())) ==
          std::vector<std::string>{"field", "at", "style", "font", "size", "min_size", "line_spacing",
                                   "align", "wrap", "direction", "upright_digits", "when"});

    // Each item loads into its type's spec, and the spec leads back to the type.
    auto form = layout::load_layout(data_dir(), "parts");
    const auto& items = form.pages.at(0).items;
    REQUIRE(items.size() >= 5);
    CHECK(std::holds_alternative<layout::text_item>(items[0].spec));
    CHECK(std::holds_alternative<layout::field_item>(items[1].spec));
    CHECK(std::holds_alternative<layout::line_item>(items[2].spec));
    CHECK(std::holds_alternative<layout::box_item>(items[3].spec));
    CHECK(std::holds_alternative<layout::image_item>(items[4].spec));
    for (std::size_t i = 0; i < 5; ++i) CHECK(&layout::item_type_of(items[i].spec) == layout::item_types()[i]);
}

TEST_CASE("load_layout: an unknown item key is an error at the key, listing the type's keys",
          "[items][errors]") {
    // The fixture's text item has colour: at line 7, column 9.
    auto d = input_error_of([] { layout::load_layout(errors_dir(), "unknown-item-key"); });
    INFO(d.format());
    CHECK(d.where.file == errors_dir() + "/unknown-item-key.yaml");
    CHECK(d.where.line == 7);
    CHECK(d.where.column == 9);
    CHECK_THAT(d.message,
               Catch::Contains("unknown key \"colour\" (expected one of: text, at, style, font, size, "
                               "min_size, line_spacing, align, wrap, direction, upright_digits, when)"));

    // Each type allows its own keys only; name: is not an item key.
    scratch_dir dir("item-keys");
    struct row {
        std::string item;
        int column;
        std::string message;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {"      - {line: [0, 0, 10, 0], size: 5}", 31, "unknown key \"size\" (expected one of: line, width, dashed, color, when)"},
        {"      - {text: 氏名, at: [0, 0, 20, 5], name: 氏名}", 39, "unknown key \"name\""},
        {"      - {box: [0, 0, 5, 5], dashed: true}", 29, "unknown key \"dashed\" (expected one of: box, width, fill, color, when)"},
        {"      - {part: block, at: [0, 0], size: 5}", 35, "unknown key \"size\" (expected one of: part, at)"},
        {"      - {text: a, at: [0, 0, 20, 5], line: [0, 0, 5, 0]}", 38, "unknown key \"line\""},
        {"      - {at: [0, 0, 5, 5], size: 5}", 9, "an item needs one of text, field, line, box, image, file, barcode, part"},
    }));
    auto name = write_one_item(dir, r.item);
    auto e = input_error_of([&] { layout::load_layout(dir.path(), name); });
    INFO(r.item << "\n-> " << e.format());
    CHECK(e.where.file == dir.path() + "/" + name + ".yaml");
    CHECK(e.where.line == 4);
    CHECK(e.where.column == r.column);
    CHECK_THAT(e.message, Catch::Contains(r.message));
}

TEST_CASE("load_layout: each item type validates its own keys", "[items][errors]") {
    scratch_dir dir("item-checks");
    struct row {
        std::string item;
        int column;
        std::string message;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        // line: 4 numbers, a positive width
        {"      - {line: [0, 0, 10]}", 16, "expected a list of 4 numbers"},
        {"      - {line: [0, 0, a, 0]}", 23, "line: \"a\" is not a number"},
        {"      - {line: [0, 0, 10, 0], width: 0}", 38, "positive width"},
        // box: 4 numbers, a border of 0 or more, a fill from 0 to 1
        {"      - {box: [0, 0, 5]}", 15, "expected a list of 4 numbers"},
        {"      - {box: [0, 0, 5, 5], width: -1}", 36, "0 mm or more"},
        {"      - {box: [0, 0, 5, 5], fill: 2}", 35, "fill: a gray from 0 (black) to 1 (white)"},
        // image: a field or a file, not both; a size; a name
        {"      - {image: seal, file: seal.png, at: [0, 0, 9, 9]}", 9, "not both"},
        {"      - {image: seal, at: [0, 0, 9, 0]}", 9, "positive width and height"},
        {"      - {image: seal}", 9, "missing at"},
        {"      - {image: \"\", at: [0, 0, 9, 9]}", 17, "image: must not be empty"},
        {"      - {file: \"\", at: [0, 0, 9, 9]}", 16, "file: must not be empty"},
        // field and text: a name, a box wider than 0
        {"      - {field: \"\", at: [0, 0, 9, 9]}", 17, "field: must not be empty"},
        {"      - {field: name, at: [0, 0, 0, 5]}", 9, "width must be positive"},
        {"      - {text: 氏名, at: [0, 0, -5, 5]}", 9, "width must be positive"},
        // barcode: a field, a place, a size the manual allows
        {"      - {barcode: \"\", at: [0, 0]}", 19, "barcode: must not be empty"},
        {"      - {barcode: code, at: [0, 0], size: 12}", 43, "8 to 11.5 points"},
        {"      - {barcode: code, at: [0]}", 29, "expected a list of 2 numbers"},
    }));
    auto name = write_one_item(dir, r.item);
    auto d = input_error_of([&] { layout::load_layout(dir.path(), name); });
    INFO(r.item << "\n-> " << d.format());
    CHECK(d.where.line == 4);
    CHECK(d.where.column == r.column);
    CHECK_THAT(d.message, Catch::Contains(r.message));
}

TEST_CASE("unbound_fields: what a template leaves unbound, when: taken into account", "[items][fields]") {
    auto form = layout::load_layout(project_layouts(), "certificate-card");
    // templates/certificate.yaml without a variant, and the insurer's values.
    std::set<std::string, std::less<>> bound{
        "title", "symbol", "number", "branch", "name", "birth_date", "sex", "acquired_on",
        "issue_date", "valid_until", "ratio", "ratio_effective_from", "limit_category", "head_name",
        "address", "seq", "insurer.number", "insurer.name", "insurer.seal"};
    auto is_bound = [&](std::string_view name) { return bound.count(name) > 0; };
    // special_mark and special_notice are drawn only when: they are bound.
    CHECK(layout::unbound_fields(form, is_bound).empty());

    bound.erase("insurer.seal");
    bound.erase("ratio");
    CHECK(layout::unbound_fields(form, is_bound) == std::vector<std::string>{"ratio", "insurer.seal"});

    // The fixture's image of `seal` is drawn when effective_from is: bound, so seal must be.
    auto when = layout::load_layout(data_dir(), "when");
    std::set<std::string, std::less<>> names{"name", "effective_from"};
    auto named = [&](std::string_view name) { return names.count(name) > 0; };
    CHECK(layout::unbound_fields(when, named) == std::vector<std::string>{"seal"});
}

TEST_CASE("barcode: 67 bars at the manual's dimensions, nothing for an empty value", "[items][barcode]") {
    auto form = layout::load_layout(data_dir(), "barcode");
    kokuho::values v;
    // 419-0601 一丁目3番12号, as kokuho barcode gives it (tests/core checks the bars).
    v.set("code", "1312311441114432114411411441431241411413243243243243243243243232131");
    auto out = compose_all(form, v);
    REQUIRE(out.pages.size() == 1);
    auto bars = items_of<layout::box>(out.pages[0]);
    REQUIRE(bars.size() == 2 * 67);
    // At 10 pt: a bar 0.6 mm wide every 1.2 mm; long 3.6 mm; upper and lower semi-long 2.4 mm
    // at the top or the bottom; timing 1.2 mm in the middle.
    auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };
    CHECK(near(bars[0].x, 10));
    CHECK(near(bars[0].y, 20));
    CHECK(near(bars[0].w, 0.6));
    CHECK(near(bars[0].h, 3.6));        // 1: long
    CHECK(near(bars[1].x, 11.2));
    CHECK(near(bars[1].y, 21.2));       // 3: lower semi-long
    CHECK(near(bars[1].h, 2.4));
    CHECK(near(bars[7].y, 21.2));       // 4: timing (the 8th bar)
    CHECK(near(bars[7].h, 1.2));
    CHECK(near(bars[66].x, 10 + 66 * 1.2));
    CHECK(near(bars[3].y, 20));         // 2: upper semi-long (the 4th bar)
    CHECK(near(bars[3].h, 2.4));
    CHECK(bars[0].line_width == 0);
    CHECK(bars[0].fill_gray == 0);
    // At 8 pt in the part at (5, 7): everything by 0.8.
    CHECK(near(bars[67].x, 5));
    CHECK(near(bars[67].y, 7));
    CHECK(near(bars[67].w, 0.48));
    CHECK(near(bars[67].h, 2.88));
    CHECK(near(bars[68].x, 5.96));

    v.set("code", "");
    CHECK(items_of<layout::box>(compose_all(form, v).pages[0]).empty());
}
