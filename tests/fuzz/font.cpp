// Fuzz target: the TrueType reader (fonts/truetype), then every lookup a layout makes.
#include "fonts/truetype.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto path = kokuho::fuzz::write_scratch(
        "font.ttf", {reinterpret_cast<const char*>(data), size});
    kokuho::fuzz::expect_input_errors_only([&] {
        auto font = kokuho::fonts::truetype_font::load(path);
        for (char32_t c : {U'A', U'あ', U'亜', U'𠮷', char32_t{0xFFFF}, char32_t{0x10FFFF}}) {
            auto glyph = font->glyph(c);
            (void)font->advance_1000(glyph);
            (void)font->components(glyph);
        }
        for (std::uint32_t g = 0; g < font->glyph_count() && g < 64; ++g)
            (void)font->components(static_cast<std::uint16_t>(g));
    });
    return 0;
}
