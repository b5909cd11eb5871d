// compose: layouts from tests/data/layout/ with bound values -> page descriptions and notes.
#include <array>
#include <filesystem>

#include "layout_test_support.h"

using namespace kokuho;
using namespace kokuho::layout_test;
using layout::align;

namespace {

layout::form_layout fixture(const std::string& name) { return layout::load_layout(data_dir(), name); }

kokuho::values values_of(std::initializer_list<std::pair<const char*, const char*>> list) {
    kokuho::values v;
    for (const auto& [k, t] : list) v.set(k, t);
    return v;
}

std::string notes_text(const std::vector<layout::fit_note>& notes) {
    std::string out;
    for (const auto& n : notes) out += "\n  " + n.field + ": " + n.action;
    return out;
}

std::vector<std::string> texts_of(const layout::page& p) {
    std::vector<std::string> out;
    for (const auto& r : runs_of(p)) out.push_back(to_utf8(r.text));
    return out;
}

}  // namespace

TEST_CASE("compose: styles inherit through style:, then the item's own keys override", "[compose][styles]") {
    auto form = fixture("styles");
    REQUIRE(form.pages.size() == 1);
    const auto& items = form.pages[0].items;
    REQUIRE(items.size() == 4);
    struct row {
        std::string family;
        double size, min_size, line_spacing;
        align horizontal;
        bool wrap;
    };
    const row expected[] = {
        {"mincho", 9, 0, 1.2, align::left, false},   // a: the defaults
        {"gothic", 8, 6, 1.4, align::right, false},  // b: base
        {"gothic", 9, 6, 1.4, align::right, true},   // c: derived = base + size 9, wrap
        {"mincho", 9, 0, 1.4, align::center, true},  // d: derived + its own align, font, min_size
    };
    for (std::size_t i = 0; i < 4; ++i) {
        const auto& field = std::get<layout::field_item>(items[i].spec);
        INFO("item " << field.field);
        const auto& s = field.style;
        CHECK(s.family == expected[i].family);
        CHECK(s.size == expected[i].size);
        CHECK(s.min_size == expected[i].min_size);
        CHECK(s.line_spacing == expected[i].line_spacing);
        CHECK(s.horizontal == expected[i].horizontal);
        CHECK(s.wrap == expected[i].wrap);
    }

    // Composed: 山田 is 2 em. b: gothic 8 pt right: x = 45 - 2 * 2.822222 = 39.355556.
    // d: mincho 9 pt centred: x = 5 + (40 - 6.35) / 2 = 21.825.
    auto out = compose_all(form, values_of({{"a", "山田"}, {"b", "山田"}, {"c", "山田"}, {"d", "山田"}}));
    auto runs = runs_of(out.pages.at(0));
    REQUIRE(runs.size() == 4);
    CHECK(runs[0].x == Approx(5));
    CHECK(runs[0].size == 9);
    CHECK(runs[1].family == "gothic");
    CHECK(runs[1].size == 8);
    CHECK(runs[1].x == Approx(39.355556).margin(1e-5));
    CHECK(runs[3].family == "mincho");
    CHECK(runs[3].x == Approx(21.825).margin(1e-5));
    CHECK(out.notes.empty());
}

TEST_CASE("compose: when: hides items whose field is empty or missing", "[compose][when]") {
    auto form = fixture("when");
    struct row {
        const char* special_mark;    // nullptr: not bound at all
        const char* effective_from;  // nullptr: not bound at all
        std::vector<std::string> texts;
        std::size_t lines, boxes, images;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {nullptr, nullptr, {"山田　太郎"}, 0, 0, 0},
        {"", "", {"山田　太郎"}, 0, 0, 0},
        {"特別療養費支給対象者", "", {"特別療養費支給対象者", "山田　太郎"}, 0, 0, 0},
        {nullptr, "令和8年8月1日", {"発効期日", "令和8年8月1日", "山田　太郎"}, 1, 1, 1},
        {"特別療養費支給対象者", "令和8年8月1日",
         {"特別療養費支給対象者", "発効期日", "令和8年8月1日", "山田　太郎"}, 1, 1, 1},
    }));
    kokuho::values v;
    v.set("name", "山田　太郎");
    v.set("seal", "/work/seal.png");
    if (r.special_mark) v.set("special_mark", r.special_mark);
    if (r.effective_from) v.set("effective_from", r.effective_from);
    auto out = compose_all(form, v);
    REQUIRE(out.pages.size() == 1);
    CHECK(texts_of(out.pages[0]) == r.texts);
    CHECK(items_of<layout::line>(out.pages[0]).size() == r.lines);
    CHECK(items_of<layout::box>(out.pages[0]).size() == r.boxes);
    CHECK(items_of<layout::image>(out.pages[0]).size() == r.images);
}

TEST_CASE("compose: a field missing from the values is an input error naming the layout file",
          "[compose][errors]") {
    auto form = fixture("when");
    kokuho::values v;  // name is not bound; special_mark and effective_from are hidden by when:
    v.set("seal", "/work/seal.png");
    auto d = input_error_of([&] { compose_all(form, v); });
    CHECK(d.where.file == data_dir() + "/when.yaml");
    CHECK_THAT(d.message, Catch::Contains("\"name\""));

    // In a part, too: the field insurer.name of parts/test-block.yaml.
    auto parts = fixture("parts");
    kokuho::values p;
    p.set("insurer.seal", "/work/seal.png");
    auto e = input_error_of([&] { compose_all(parts, p); });
    CHECK(e.where.file == data_dir() + "/parts.yaml");
    CHECK_THAT(e.message, Catch::Contains("insurer.name"));
}

TEST_CASE("compose: parts are offset by their at, nested parts by the sum", "[compose][parts]") {
    auto form = fixture("parts");
    REQUIRE(form.pages.size() == 1);
    const auto& items = form.pages[0].items;
    // Each item's type and geometry: [x, y, w, h], or a line's [x1, y1, x2, y2].
    struct row {
        std::string type;
        double a, b, c, d;
    };
    auto geometry = [](const layout::layout_item& it) -> std::array<double, 4> {
        if (auto t = text_like_of(it)) return {t->at.x, t->at.y, t->at.w, t->at.h};
        if (auto l = std::get_if<layout::line_item>(&it.spec)) return {l->x1, l->y1, l->x2, l->y2};
        if (auto b = std::get_if<layout::box_item>(&it.spec)) return {b->at.x, b->at.y, b->at.w, b->at.h};
        const auto& im = std::get<layout::image_item>(it.spec);
        return {im.at.x, im.at.y, im.at.w, im.at.h};
    };
    // test-block at (10, 20) then at (50, 0); test-inner at (2, 13) inside it.
    const row expected[] = {
        {"text", 11, 22, 20, 4},   {"field", 11, 26, 30, 4}, {"line", 10, 31, 50, 31},
        {"box", 10, 20, 40, 12},   {"image", 40, 18, 9, 9},  {"text", 12, 33, 5, 5},
        {"text", 51, 2, 20, 4},    {"field", 51, 6, 30, 4},  {"line", 50, 11, 90, 11},
        {"box", 50, 0, 40, 12},    {"image", 80, -2, 9, 9},  {"text", 52, 13, 5, 5},
    };
    REQUIRE(items.size() == std::size(expected));
    for (std::size_t i = 0; i < items.size(); ++i) {
        INFO("item " << i);
        CHECK(layout::item_type_of(items[i].spec).name == expected[i].type);
        auto g = geometry(items[i]);
        CHECK(g[0] == Approx(expected[i].a));
        CHECK(g[1] == Approx(expected[i].b));
        CHECK(g[2] == Approx(expected[i].c));
        CHECK(g[3] == Approx(expected[i].d));
    }
    // The part's own style builds on the placing layout's style: gothic (base) at 6 pt.
    CHECK(text_like_of(items[0])->style.family == "gothic");
    CHECK(text_like_of(items[0])->style.size == 6);
    CHECK(text_like_of(items[5])->style.family == "mincho");

    auto out = compose_all(form, values_of({{"insurer.name", "みどり市"}, {"insurer.seal", "/work/seal.png"}}));
    const auto& page = out.pages.at(0);
    auto runs = runs_of(page);
    REQUIRE(runs.size() == 6);
    // 保険者 at 6 pt (2.116667 mm) in a 4 mm box at y 22: baseline 22 + 0.941667 + 1.862667.
    CHECK(runs[0].x == Approx(11));
    CHECK(runs[0].baseline == Approx(24.804333).margin(1e-5));
    // みどり市 at 8 pt (2.822222 mm) in a 4 mm box at y 26: 26 + 0.588889 + 2.483556.
    CHECK(runs[1].x == Approx(11));
    CHECK(runs[1].baseline == Approx(29.072444).margin(1e-5));
    // 印 at 10 pt in a 5 mm box at (12, 33): 33 + 0.736111 + 3.104444.
    CHECK(runs[2].x == Approx(12));
    CHECK(runs[2].baseline == Approx(36.840556).margin(1e-5));
    CHECK(runs[3].x == Approx(51));
    CHECK(runs[5].x == Approx(52));

    auto lines = items_of<layout::line>(page);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].x1 == Approx(10));
    CHECK(lines[0].y1 == Approx(31));
    CHECK(lines[0].x2 == Approx(50));
    CHECK(lines[0].y2 == Approx(31));
    CHECK(lines[0].width == Approx(0.3));
    CHECK(lines[1].x1 == Approx(50));
    CHECK(lines[1].x2 == Approx(90));
    CHECK(lines[1].y1 == Approx(11));
    auto boxes = items_of<layout::box>(page);
    REQUIRE(boxes.size() == 2);
    CHECK(boxes[0].x == Approx(10));
    CHECK(boxes[0].y == Approx(20));
    CHECK(boxes[1].x == Approx(50));
    CHECK(boxes[1].y == Approx(0));
    auto images = items_of<layout::image>(page);
    REQUIRE(images.size() == 2);
    CHECK(images[0].x == Approx(40));
    CHECK(images[0].y == Approx(18));
    CHECK(images[1].x == Approx(80));
    CHECK(images[1].y == Approx(-2));
    CHECK(images[0].path == "/work/seal.png");
}

TEST_CASE("compose: images come from a field (the insurer's seal) or a static file", "[compose][images]") {
    auto seal = std::string(KOKUHO_SOURCE_DIR) + "/samples/config/seal.png";
    // The fixture's absolute path made real, in a copy laid out like tests/data (layout/ and
    // fonts/ side by side), so that its relative path still resolves.
    namespace fs = std::filesystem;
    auto root = fs::temp_directory_path() / ("kokuho-images-" + std::to_string(::getpid()));
    fs::create_directories(root / "layout");
    fs::create_directories(root / "fonts");
    fs::copy_file(fs::path(KOKUHO_TEST_DATA) / "fonts" / "stamp.png", root / "fonts" / "stamp.png",
                  fs::copy_options::overwrite_existing);
    std::ifstream in(fs::path(KOKUHO_TEST_DATA) / "layout" / "images.yaml");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    text.replace(text.find("/ABSOLUTE"), 9, KOKUHO_SOURCE_DIR);
    { std::ofstream(root / "layout" / "images.yaml", std::ios::trunc) << text; }
    auto form = layout::load_layout((root / "layout").string(), "images");
    auto stamp = (root / "fonts" / "stamp.png").lexically_normal().string();

    auto out = compose_all(form, values_of({{"insurer.seal", seal.c_str()}}));
    auto images = items_of<layout::image>(out.pages.at(0));
    REQUIRE(images.size() == 3);
    CHECK(images[0].path == seal);
    CHECK(images[0].x == 70);
    CHECK(images[0].y == 40);
    CHECK(images[0].w == 9);
    CHECK(images[0].h == 9);
    // A static file is relative to the layout file's folder: tests/data/layout/../fonts.
    CHECK(images[1].path == stamp);
    CHECK(std::filesystem::exists(images[1].path));
    CHECK(images[1].x == 10);
    CHECK(images[2].path == seal);
    CHECK(images[2].w == 12);
    CHECK(images[2].h == 6);

    // No seal configured (an empty value): no image, the static ones stay.
    auto none = compose_all(form, values_of({{"insurer.seal", ""}}));
    auto rest = items_of<layout::image>(none.pages.at(0));
    REQUIRE(rest.size() == 2);
    CHECK(rest[0].path == stamp);
}

TEST_CASE("compose: fit notes report shrunk and overflowing values, not wraps", "[compose][notes]") {
    auto form = fixture("notes");
    // shrinks: 10 kanji in 30 mm at 10 pt -> 8.5 pt (30 / 3.527778 = 8.504).
    // overflows: 20 kanji in 30 mm, min 7 pt: 49.4 mm -> overflow at 7 pt.
    // wraps: 20 kanji in 36 x 9 mm at 10 pt without shrinking: 10 + 10, 7.76 mm high.
    const std::string shrinks = "国民健康保険資格確認";
    const std::string overflows = "国民健康保険資格確認書交付年月日被保険者";
    const std::string wraps = "被保険者記号番号枝番氏名性別国民健康保険";
    auto out = compose_all(form, values_of({{"fits", "山田太郎"},
                                            {"shrinks", shrinks.c_str()},
                                            {"overflows", overflows.c_str()},
                                            {"wraps", wraps.c_str()},
                                            {"empty", ""}}));
    auto runs = runs_of(out.pages.at(0));
    // fits, shrinks, wraps (2 lines), the static text that shrank. What overflows is not
    // printed at all (forms.md: never overprinted): the field and the static text of 20
    // kanji. Empty draws nothing.
    REQUIRE(runs.size() == 5);
    CHECK(runs[0].size == 10);
    CHECK(runs[1].size == 8.5);
    CHECK(runs[2].size == 10);
    CHECK(runs[3].size == 10);
    CHECK(to_utf8(runs[2].text + runs[3].text) == wraps);

    // Static text: the layout's own words are not an exception when they shrink
    // (国民健康保険資格確認書 -> 7.5 pt), only when they overflow (20 kanji, min 7 pt).
    CHECK(runs[4].size == 7.5);

    auto note_for = [&](const std::string& original) -> const layout::fit_note* {
        for (const auto& n : out.notes)
            if (n.original == original) return &n;
        return nullptr;
    };
    INFO("notes:" << notes_text(out.notes));
    auto shrunk = note_for(shrinks);
    REQUIRE(shrunk);
    CHECK(shrunk->field == "shrinks");
    CHECK(shrunk->action == "shrunk 10pt->8.5pt");
    auto overflowed = note_for(overflows);
    REQUIRE(overflowed);
    CHECK(overflowed->field == "overflows");
    CHECK(overflowed->action == "overflow at 7pt: not printed");
    auto static_overflow = note_for("国民健康保険被保険者資格確認書交付年月日");
    REQUIRE(static_overflow);
    CHECK(static_overflow->action == "overflow at 7pt: not printed");
    CHECK_FALSE(note_for("山田太郎"));                // fits
    CHECK_FALSE(note_for(wraps));                     // wrapped at its size: not an exception
    CHECK_FALSE(note_for("国民健康保険資格確認書"));  // static text that only shrank
    CHECK(out.notes.size() == 3);
}

TEST_CASE("compose: fit notes by field, table-driven over one field box", "[compose][notes]") {
    // One field v: 30 x 5 mm, 10 pt, min 6 pt. n kanji at s pt are n * s * 0.352778 mm.
    scratch_dir dir("notes");
    dir.write("one.yaml",
              "pages:\n"
              "  - size: [100, 20]\n"
              "    items:\n"
              "      - {field: v, at: [10, 5, 30, 5], size: 10, min_size: 6}\n");
    auto form = layout::load_layout(dir.path(), "one");
    struct row {
        std::string value;
        std::size_t runs;
        std::string action;  // "" for no note
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {"山田太郎", 1, ""},                                  // 14.11 mm: fits at 10 pt
        {"国民健康保険資格確認書", 1, "shrunk 10pt->7.5pt"},    // 11: 30 / 3.880556 = 7.73
        {"国民健康保険資格確認書交付", 1, "shrunk 10pt->6.5pt"},  // 13: 30 / 4.586111 = 6.54
        {"国民健康保険資格確認書交付年", 1, "shrunk 10pt->6pt"},  // 14: 30 / 4.938889 = 6.07
        {"国民健康保険資格確認書交付年月", 0, "overflow at 6pt: not printed"},  // 15 at 6 pt: 31.75 mm
        {"", 0, ""},                                          // nothing drawn, nothing noted
    }));
    kokuho::values v;
    v.set("v", r.value);
    auto out = compose_all(form, v);
    INFO("\"" << r.value << "\"");
    CHECK(runs_of(out.pages.at(0)).size() == r.runs);
    if (r.action.empty()) {
        CHECK(out.notes.empty());
    } else {
        REQUIRE(out.notes.size() == 1);
        CHECK(out.notes[0].field == "v");
        CHECK(out.notes[0].original == r.value);
        CHECK(out.notes[0].action == r.action);
    }
}

TEST_CASE("compose: a layout's image file that is missing or not a PNG stops the load at its line", "[compose][images]") {
    namespace fs = std::filesystem;
    auto root = fs::temp_directory_path() / ("kokuho-bad-images-" + std::to_string(::getpid()));
    fs::create_directories(root);
    { std::ofstream(root / "fake.png") << "not an image"; }
    for (const char* file : {"missing.png", "fake.png"}) {
        { std::ofstream(root / "bad.yaml", std::ios::trunc)
              << "pages:\n  - size: [100, 60]\n    items:\n      - file: " << file << "\n        at: [10, 10, 9, 9]\n"; }
        try {
            layout::load_layout(root.string(), "bad");
            FAIL("loaded a layout with image " << file);
        } catch (const kokuho::error& e) {
            CHECK(e.kind() == kokuho::error_kind::input);
            CHECK(e.diagnostics().front().where.line == 4);
            CHECK_THAT(e.diagnostics().front().message,
                       Catch::Contains(std::string(file) == "fake.png" ? "not a PNG image" : "not a regular file"));
        }
    }
}
