#include "render/pdf/font_program.h"

#include <cstdint>

#include "core/error.h"

namespace kokuho::pdf {

namespace {

constexpr std::uint32_t checksum_magic = 0xB1B0AFBA;  // head.checkSumAdjustment base

struct table_entry {
    std::string tag;
    std::string data;
};

std::uint32_t read_be(std::string_view data, std::size_t at, std::size_t width) {
    if (at > data.size() || data.size() - at < width)
        fail_internal("the embedded font program is malformed");
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < width; ++i)
        value = value << 8 | static_cast<unsigned char>(data[at + i]);
    return value;
}

void put_be(std::string& out, std::uint32_t value, std::size_t width) {
    for (std::size_t i = width; i-- > 0;) out += static_cast<char>(value >> (8 * i) & 0xFF);
}

void set_be(std::string& data, std::size_t at, std::uint32_t value, std::size_t width) {
    read_be(data, at, width);  // bounds check
    for (std::size_t i = 0; i < width; ++i)
        data[at + i] = static_cast<char>(value >> (8 * (width - 1 - i)) & 0xFF);
}

std::uint32_t checksum(std::string_view data) {
    std::string padded(data);
    padded.append((4 - padded.size() % 4) % 4, '\0');
    std::uint32_t sum = 0;
    for (std::size_t at = 0; at < padded.size(); at += 4) sum += read_be(padded, at, 4);
    return sum;
}

std::vector<table_entry> read_tables(std::string_view sfnt) {
    std::vector<table_entry> tables;
    std::uint32_t count = read_be(sfnt, 4, 2);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::size_t record = 12 + 16 * std::size_t{i};
        std::uint32_t offset = read_be(sfnt, record + 8, 4), length = read_be(sfnt, record + 12, 4);
        if (offset > sfnt.size() || sfnt.size() - offset < length)
            fail_internal("the embedded font program is malformed");
        tables.push_back(
            {std::string(sfnt.substr(record, 4)), std::string(sfnt.substr(offset, length))});
    }
    return tables;
}

const std::string& table_data(const std::vector<table_entry>& tables, std::string_view tag) {
    for (const auto& table : tables)
        if (table.tag == tag) return table.data;
    fail_internal("the embedded font program has no '" + std::string(tag) + "' table");
}

// A cmap with one (3,1) format 4 subtable that maps nothing: just the 0xFFFF end segment.
std::string empty_cmap() {
    std::string out;
    for (std::uint32_t field : {0u, 1u, 3u, 1u}) put_be(out, field, 2);
    put_be(out, 12, 4);  // subtable offset
    for (std::uint32_t field : {4u, 24u, 0u, 2u, 2u, 0u, 0u, 0xFFFFu, 0u, 0xFFFFu, 1u, 0u})
        put_be(out, field, 2);
    return out;
}

// The 32-byte post header as version 3.0, which carries no glyph names.
std::string post_without_names(const std::string& post) {
    std::string out = post.substr(0, 32);
    if (out.size() < 32) fail_internal("the embedded font program has a short 'post' table");
    set_be(out, 0, 0x00030000, 4);
    return out;
}

void clear_unused_metrics(std::string& hmtx, std::uint32_t long_metrics, std::uint32_t glyphs,
                          const std::vector<bool>& used) {
    for (std::uint32_t glyph = 0; glyph < glyphs; ++glyph) {
        if (glyph < used.size() && used[glyph]) continue;
        if (glyph + 1 < long_metrics)
            set_be(hmtx, 4 * std::size_t{glyph}, 0, 4);
        else if (glyph + 1 == long_metrics)
            set_be(hmtx, 4 * std::size_t{glyph} + 2, 0, 2);  // keep the shared advance
        else
            set_be(hmtx, 4 * std::size_t{long_metrics} + 2 * (glyph - long_metrics), 0, 2);
    }
}

std::string assemble(std::uint32_t version, std::vector<table_entry>& tables) {
    std::uint32_t count = static_cast<std::uint32_t>(tables.size()), selector = 0;
    while ((2u << selector) <= count) ++selector;
    std::string out;
    put_be(out, version, 4);
    for (std::uint32_t field : {count, 16u << selector, selector, count * 16 - (16u << selector)})
        put_be(out, field, 2);
    std::size_t offset = out.size() + 16 * tables.size();
    std::string body;
    for (const auto& table : tables) {
        out += table.tag;
        put_be(out, checksum(table.data), 4);
        put_be(out, static_cast<std::uint32_t>(offset + body.size()), 4);
        put_be(out, static_cast<std::uint32_t>(table.data.size()), 4);
        body += table.data;
        body.append((4 - body.size() % 4) % 4, '\0');
    }
    return out + body;
}

}  // namespace

std::string slim_font_program(std::string_view sfnt, const std::vector<bool>& used) {
    std::vector<table_entry> tables = read_tables(sfnt);
    std::uint32_t long_metrics = read_be(table_data(tables, "hhea"), 34, 2);
    std::uint32_t glyphs = read_be(table_data(tables, "maxp"), 4, 2);
    std::size_t head_index = tables.size();
    for (std::size_t i = 0; i < tables.size(); ++i) {
        table_entry& table = tables[i];
        if (table.tag == "cmap") table.data = empty_cmap();
        if (table.tag == "post") table.data = post_without_names(table.data);
        if (table.tag == "hmtx") clear_unused_metrics(table.data, long_metrics, glyphs, used);
        if (table.tag == "head") {
            set_be(table.data, 8, 0, 4);  // checkSumAdjustment is computed over the result
            head_index = i;
        }
    }
    std::string out = assemble(read_be(sfnt, 0, 4), tables);
    if (head_index == tables.size()) fail_internal("the embedded font program has no 'head' table");
    std::size_t head_offset = read_be(out, 12 + 16 * head_index + 8, 4);
    set_be(out, head_offset + 8, checksum_magic - checksum(out), 4);
    return out;
}

}  // namespace kokuho::pdf
