#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "core/stored_text.h"

using kokuho::stored_text;
using kokuho::text_store;

TEST_CASE("text_store keeps each text where it is while more are kept") {
    text_store store;
    std::vector<std::pair<stored_text, std::string>> kept;
    // 30,000 texts of 1 to 40 bytes fill several 64 KiB blocks.
    for (int i = 0; i < 30000; ++i) {
        std::string text = "宛名" + std::to_string(i) + std::string(std::size_t(i % 31), 'x');
        kept.emplace_back(store.keep(text), text);
    }
    for (const auto& [view, text] : kept) REQUIRE(view.view() == text);
    CHECK(store.keep("").empty());
    CHECK(stored_text().empty());
}

TEST_CASE("text_store keeps a text longer than a quarter block on its own") {
    text_store store;
    auto small = store.keep("国保");
    std::string long_text(40000, 'a');
    long_text += "終";
    auto big = store.keep(long_text);
    auto after = store.keep("太郎");
    CHECK(big.view() == long_text);
    CHECK(small.view() == "国保");
    CHECK(after.view() == "太郎");
    CHECK(after.view().data() == small.view().data() + small.size());  // the small ones share a block
}

TEST_CASE("text_store clear drops the texts and reuses a block") {
    text_store store;
    auto first = store.keep("一");
    store.keep(std::string(20000, 'b'));
    store.clear();
    auto again = store.keep("二");
    CHECK(again.view() == "二");
    CHECK(again.view().data() == first.view().data());
}

TEST_CASE("stored_text reads as text: compared, ordered, joined, used as a key") {
    text_store store;
    auto a = store.keep("0000001"), b = store.keep("0000002");
    CHECK(a == "0000001");
    CHECK(a < b);
    CHECK(!(b < a));
    CHECK(std::string("世帯 ") + a == "世帯 0000001");
    CHECK(a + "-" == "0000001-");
    std::string key = a;  // a copy where a std::string is wanted
    CHECK(key == "0000001");
    std::map<std::string, int, std::less<>> rows{{"0000002", 7}};
    CHECK(rows.find(b)->second == 7);
}
