// load_layout's errors: each is an input error naming file:line:column (line and column as
// an editor shows them, 1-based) and what is wrong. Fixtures: tests/data/layout/errors/.
#include "layout_test_support.h"

using namespace kokuho;
using namespace kokuho::layout_test;

TEST_CASE("load_layout: errors name the file, line and column", "[load][errors]") {
    struct row {
        std::string layout;    // in tests/data/layout/errors/
        std::string file;      // the file the error names, relative to errors/
        int line, column;      // 0: not checked
        std::vector<std::string> message;  // fragments of the message
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        // Unknown keys, named with the key's own position.
        {"unknown-item-key", "unknown-item-key.yaml", 7, 9, {"unknown key \"colour\""}},
        {"unknown-style-key", "unknown-style-key.yaml", 2, 34, {"unknown key \"colour\""}},
        {"unknown-page-key", "unknown-page-key.yaml", 3, 5, {"unknown key \"margin\""}},
        {"unknown-top-key", "unknown-top-key.yaml", 1, 1, {"unknown key \"paper\""}},
        // ... in a part: the part's file.
        {"bad-part", "parts/bad-key.yaml", 3, 0, {"unknown key \"colour\""}},  // column: below
        // at: [x, y, w, h] with 3 numbers, at the list.
        {"short-at", "short-at.yaml", 5, 13, {"4 numbers"}},
        // An unknown style or alignment, at the value.
        {"unknown-style", "unknown-style.yaml", 6, 0, {"unknown style \"heading\""}},  // column: below
        {"unknown-align", "unknown-align.yaml", 6, 16, {"align", "left, center, right or distribute"}},
        {"unknown-style-align", "unknown-style-align.yaml", 2, 41, {"align"}},
        // A text or field box must be wider than 0: at the item (its first key).
        {"zero-width", "zero-width.yaml", 4, 9, {"width must be positive"}},
        {"negative-width", "negative-width.yaml", 4, 0, {"width must be positive"}},
        // A part that does not exist: the missing file's path.
        {"missing-part", "parts/no-such-part.yaml", 0, 0, {"not found"}},
        // A part named by a path: refused at the name, nothing outside parts/ is read.
        {"part-path", "part-path.yaml", 4, 15, {"not a path"}},
        // A key that is a list, and a list where text goes (YAML kinds): at their places.
        {"sequence-key", "sequence-key.yaml", 1, 1, {"a key must be a plain name"}},
        {"list-as-text", "list-as-text.yaml", 4, 15, {}},
    }));
    auto d = input_error_of([&] { layout::load_layout(errors_dir(), r.layout); });
    INFO(d.format());
    CHECK(d.where.file == errors_dir() + "/" + r.file);
    if (r.line) CHECK(d.where.line == r.line);
    if (r.column) CHECK(d.where.column == r.column);
    for (const auto& m : r.message) CHECK_THAT(d.message, Catch::Contains(m));
}

TEST_CASE("load_layout: columns count characters, as an editor shows them, not UTF-8 bytes",
          "[load][errors]") {
    // Layout lines are full of Japanese before the offending key: in
    //   "  - {text: 印, at: [0, 0, 5, 5], colour: red}"   colour is character 33 (印 is 1
    // character, 3 bytes in UTF-8, so byte 35), and in
    //   "      - {text: 氏名, at: [5, 5, 20, 5], style: heading}"   heading is character 46
    // (byte 50).
    struct row {
        std::string layout, file;
        int line, column;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {"bad-part", "parts/bad-key.yaml", 3, 33},
        {"unknown-style", "unknown-style.yaml", 6, 46},
    }));
    auto d = input_error_of([&] { layout::load_layout(errors_dir(), r.layout); });
    INFO(d.format());
    CHECK(d.where.file == errors_dir() + "/" + r.file);
    CHECK(d.where.line == r.line);
    CHECK(d.where.column == r.column);
}

TEST_CASE("load_layout: an item without at is an input error at the item", "[load][errors]") {
    // Text, field and part items need `at`; leaving it out is a mistake in the layout file and
    // must be reported like any other (kokuho::error, exit status 2, file:line:column), not
    // escape as a yaml-cpp exception.
    auto layout = GENERATE(as<std::string>{}, "missing-at", "missing-field-at", "missing-part-at");
    auto d = input_error_of([&] { layout::load_layout(errors_dir(), layout); });
    INFO(d.format());
    CHECK(d.where.file == errors_dir() + "/" + layout + ".yaml");
    CHECK(d.where.line == 4);  // the item
    CHECK_THAT(d.message, Catch::Contains("at"));
}

TEST_CASE("load_layout: a layout that does not exist is a file-not-found input error", "[load][errors]") {
    auto d = input_error_of([&] { layout::load_layout(errors_dir(), "no-such-layout"); });
    CHECK(d.where.file == errors_dir() + "/no-such-layout.yaml");
    CHECK_THAT(d.message, Catch::Contains("not found"));
}

TEST_CASE("load_layout: errors from a layout written on the fly", "[load][errors]") {
    scratch_dir dir("load");
    struct row {
        std::string yaml;
        int line, column;
        std::string message;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        // pages must be a list (column not checked: reported at the document, 1:1)
        {"pages: {size: [10, 10]}\n", 1, 0, "pages"},
        // an item of none of the known kinds
        {"pages:\n  - size: [10, 10]\n    items:\n      - {at: [0, 0, 5, 5], size: 5}\n", 4, 9,
         "an item needs one of"},
        // a size that is not a number
        {"pages:\n  - size: [10, 10]\n    items:\n      - {text: a, at: [0, 0, 5, 5], size: big}\n",
         4, 43, "size"},
        // wrap must be true or false
        {"pages:\n  - size: [10, 10]\n    items:\n      - {text: a, at: [0, 0, 5, 5], wrap: maybe}\n",
         4, 43, "wrap"},
        // page size needs 2 numbers
        {"pages:\n  - size: [10]\n    items: []\n", 2, 11, "2 numbers"},
        // vertical text: a direction that is neither; 縦中横 of more than 3 digits
        {"pages:\n  - size: [10, 10]\n    items:\n      - {text: a, at: [0, 0, 5, 5], direction: up}\n",
         4, 48, "direction: expected horizontal or vertical"},
        {"pages:\n  - size: [10, 10]\n    items:\n      - {text: a, at: [0, 0, 5, 5], upright_digits: 4}\n",
         4, 53, "upright_digits: expected 0 to 3"},
        // a colour that is not #RRGGBB
        {"pages:\n  - size: [10, 10]\n    items:\n      - {box: [0, 0, 5, 5], color: red}\n",
         4, 36, "color: expected \"#RRGGBB\""},
    }));
    dir.write("bad.yaml", r.yaml);
    auto d = input_error_of([&] { layout::load_layout(dir.path(), "bad"); });
    INFO(r.yaml << "\n-> " << d.format());
    CHECK(d.where.file == dir.path() + "/bad.yaml");
    CHECK(d.where.line == r.line);
    if (r.column) CHECK(d.where.column == r.column);
    CHECK_THAT(d.message, Catch::Contains(r.message));
}

TEST_CASE("load_layout: the project's layouts load", "[load]") {
    struct row {
        std::string name;
        std::size_t pages;
        double width, height;
    };
    auto r = GENERATE(Catch::Generators::values<row>({
        {"certificate-card", 2, 85.6, 54},
        {"certificate-postcard", 2, 100, 148},
        {"notice-a4", 1, 210, 297},
        {"envelope-naga3", 1, 120, 235},  // 長形3号
    }));
    auto form = layout::load_layout(project_layouts(), r.name);
    CHECK(form.name == r.name);
    CHECK(form.file == project_layouts() + "/" + r.name + ".yaml");
    REQUIRE(form.pages.size() == r.pages);
    for (const auto& p : form.pages) {
        CHECK(p.width == r.width);
        CHECK(p.height == r.height);
        CHECK_FALSE(p.items.empty());
        for (const auto& it : p.items) {
            auto box = text_like_of(it);
            if (!box) continue;
            INFO(r.name << ": " << box->name);
            CHECK(box->at.w > 0);
            CHECK(box->at.h > 0);
            CHECK(box->style.size > 0);
            CHECK(project_fonts().has_family(box->style.family));
        }
    }
}
