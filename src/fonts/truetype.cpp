#include "fonts/truetype.h"

#include <algorithm>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"

namespace kokuho::fonts {

namespace {

constexpr char32_t bmp_size = 0x10000;
constexpr char32_t last_code_point = 0x10FFFF;
constexpr int max_component_depth = 16;

// Composite glyph flags (glyf table).
constexpr std::uint16_t arg_words = 0x0001;
constexpr std::uint16_t have_scale = 0x0008;
constexpr std::uint16_t more_components = 0x0020;
constexpr std::uint16_t have_xy_scale = 0x0040;
constexpr std::uint16_t have_two_by_two = 0x0080;

constexpr const char* truncated = "font file is truncated or malformed";

// Big-endian reads with bounds checks; reading past the end is an input error.
struct cursor {
    std::string_view data;
    const std::string& path;

    std::uint32_t read(std::size_t at, std::size_t width) const {
        if (at > data.size() || data.size() - at < width) fail_input({path, 0, 0}, truncated);
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < width; ++i)
            value = value << 8 | static_cast<unsigned char>(data[at + i]);
        return value;
    }
    std::uint16_t u16(std::size_t at) const { return static_cast<std::uint16_t>(read(at, 2)); }
    std::int16_t i16(std::size_t at) const { return static_cast<std::int16_t>(u16(at)); }
    std::uint32_t u32(std::size_t at) const { return read(at, 4); }
};

}  // namespace

struct truetype_font::mapping {
    const char* data = nullptr;
    std::size_t size = 0;

    ~mapping() {
        if (data) munmap(const_cast<char*>(data), size);
    }
};

std::shared_ptr<const truetype_font> truetype_font::load(const std::string& path) {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail_input({path, 0, 0}, "cannot open font file");
    struct stat info {};
    auto file = std::make_unique<mapping>();
    if (fstat(fd, &info) == 0 && info.st_size > 0) {
        file->size = static_cast<std::size_t>(info.st_size);
        void* data = mmap(nullptr, file->size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (data != MAP_FAILED) file->data = static_cast<const char*>(data);
    }
    close(fd);
    if (!file->data) fail_input({path, 0, 0}, "cannot read font file");
    std::shared_ptr<truetype_font> font(new truetype_font(path, std::move(file)));
    font->parse_tables();
    font->parse_metrics();
    font->parse_cmap();
    font->vertical_ = std::make_unique<const vertical_forms>(font->bytes());
    return font;
}

truetype_font::truetype_font(std::string path, std::unique_ptr<mapping> file)
    : path_(std::move(path)), file_(std::move(file)) {}

truetype_font::~truetype_font() = default;

std::string_view truetype_font::bytes() const { return {file_->data, file_->size}; }

void truetype_font::fail(const std::string& message) const {
    fail_input({path_, 0, 0}, message);
}

truetype_font::table truetype_font::find_table(std::string_view tag) const {
    for (const auto& [name, entry] : tables_)
        if (name == tag) return entry;
    return {};
}

truetype_font::table truetype_font::require_table(std::string_view tag) const {
    table found = find_table(tag);
    if (found.length == 0) fail("font has no '" + std::string(tag) + "' table");
    return found;
}

void truetype_font::parse_tables() {
    cursor in{bytes(), path_};
    std::uint32_t version = in.u32(0);
    if (version == 0x4F54544F) fail("CFF-based OpenType fonts are not supported");
    if (version != 0x00010000 && version != 0x74727565) fail("not a TrueType font file");
    std::uint16_t count = in.u16(4);
    for (std::uint16_t i = 0; i < count; ++i) {
        std::size_t record = 12 + 16 * std::size_t{i};
        table entry{in.u32(record + 8), in.u32(record + 12)};
        if (entry.offset > file_->size || file_->size - entry.offset < entry.length)
            fail(truncated);
        tables_.emplace_back(std::string(bytes().substr(record, 4)), entry);
    }
}

void truetype_font::parse_metrics() {
    cursor in{bytes(), path_};
    table head = require_table("head");
    units_per_em_ = in.u16(head.offset + 18);
    long_loca_ = in.i16(head.offset + 50) == 1;
    table hhea = require_table("hhea");
    ascender_ = in.i16(hhea.offset + 4);
    descender_ = in.i16(hhea.offset + 6);
    metric_count_ = in.u16(hhea.offset + 34);
    glyph_count_ = in.u16(require_table("maxp").offset + 4);
    hmtx_ = require_table("hmtx");
    loca_ = require_table("loca");
    glyf_ = find_table("glyf");
    if (units_per_em_ == 0 || metric_count_ == 0 || glyph_count_ == 0)
        fail("font has empty metrics");
    if (hmtx_.length < 4 * std::size_t{metric_count_}) fail(truncated);
    if (loca_.length < (long_loca_ ? 4u : 2u) * (std::size_t{glyph_count_} + 1))
        fail(truncated);
}

void truetype_font::parse_cmap() {
    cursor in{bytes(), path_};
    table cmap = require_table("cmap");
    std::size_t format12 = 0, format4 = 0;
    std::uint16_t count = in.u16(cmap.offset + 2);
    for (std::uint16_t i = 0; i < count; ++i) {
        std::size_t record = cmap.offset + 4 + 8 * std::size_t{i};
        std::uint16_t platform = in.u16(record), encoding = in.u16(record + 2);
        std::size_t offset = cmap.offset + in.u32(record + 4);
        std::uint16_t format = in.u16(offset);
        if (platform == 3 && encoding == 10 && format == 12) format12 = offset;
        if (platform == 3 && encoding == 1 && format == 4) format4 = offset;
    }
    bmp_.assign(bmp_size, 0);
    if (format12)
        read_format12(format12);
    else if (format4)
        read_format4(format4);
    else
        fail("font has no Unicode cmap (format 12 or 4)");
}

void truetype_font::read_format12(std::size_t offset) {
    cursor in{bytes(), path_};
    std::uint32_t count = in.u32(offset + 12);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::size_t at = offset + 16 + 12 * std::size_t{i};
        group g{in.u32(at), in.u32(at + 4), in.u32(at + 8)};
        if (g.last < g.first || g.last > last_code_point) fail("bad cmap format 12 group");
        for (char32_t c = g.first; c <= g.last && c < bmp_size; ++c) {
            std::uint32_t id = g.first_glyph + (c - g.first);
            bmp_[c] = id < glyph_count_ ? static_cast<std::uint16_t>(id) : 0;
        }
        if (g.last < bmp_size) continue;
        if (g.first < bmp_size) {
            g.first_glyph += bmp_size - g.first;
            g.first = bmp_size;
        }
        supplementary_.push_back(g);
    }
    std::sort(supplementary_.begin(), supplementary_.end(),
              [](const group& a, const group& b) { return a.first < b.first; });
}

void truetype_font::read_format4(std::size_t offset) {
    cursor in{bytes(), path_};
    std::size_t segments = in.u16(offset + 6) / 2;
    std::size_t ends = offset + 14, starts = ends + 2 * segments + 2;
    std::size_t deltas = starts + 2 * segments, range_offsets = deltas + 2 * segments;
    for (std::size_t i = 0; i < segments; ++i) {
        char32_t first = in.u16(starts + 2 * i), last = in.u16(ends + 2 * i);
        std::uint16_t delta = in.u16(deltas + 2 * i);
        std::size_t range_at = range_offsets + 2 * i;
        std::uint16_t range = in.u16(range_at);
        for (char32_t c = first; c <= last && c < 0xFFFF; ++c) {
            std::uint16_t id = static_cast<std::uint16_t>(c);
            if (range != 0) {
                id = in.u16(range_at + range + 2 * (c - first));
                if (id == 0) continue;
            }
            id = static_cast<std::uint16_t>(id + delta);
            bmp_[c] = id < glyph_count_ ? id : 0;
        }
    }
}

std::uint16_t truetype_font::glyph_outside_bmp(char32_t c) const {
    auto after = std::upper_bound(supplementary_.begin(), supplementary_.end(), c,
                                  [](char32_t value, const group& g) { return value < g.first; });
    if (after == supplementary_.begin()) return 0;
    const group& g = *(after - 1);
    if (c > g.last) return 0;
    std::uint32_t id = g.first_glyph + (c - g.first);
    return id < glyph_count_ ? static_cast<std::uint16_t>(id) : 0;
}

std::uint16_t truetype_font::advance(std::uint16_t glyph) const {
    if (glyph >= glyph_count_) glyph = 0;
    std::uint16_t metric = std::min<std::uint16_t>(glyph, metric_count_ - 1);
    cursor in{bytes(), path_};
    return in.u16(hmtx_.offset + 4 * std::size_t{metric});
}

std::string_view truetype_font::glyph_data(std::uint16_t glyph) const {
    if (glyph >= glyph_count_ || glyf_.length == 0) return {};
    cursor in{bytes(), path_};
    std::size_t start, end;
    if (long_loca_) {
        start = in.u32(loca_.offset + 4 * std::size_t{glyph});
        end = in.u32(loca_.offset + 4 * std::size_t{glyph} + 4);
    } else {
        start = 2 * std::size_t{in.u16(loca_.offset + 2 * std::size_t{glyph})};
        end = 2 * std::size_t{in.u16(loca_.offset + 2 * std::size_t{glyph} + 2)};
    }
    if (end < start || end > glyf_.length) fail(truncated);
    return bytes().substr(glyf_.offset + start, end - start);
}

std::vector<std::uint16_t> truetype_font::components(std::uint16_t glyph) const {
    std::vector<std::uint16_t> out;
    collect_components(glyph, 0, out);
    return out;
}

void truetype_font::collect_components(std::uint16_t glyph, int depth,
                                       std::vector<std::uint16_t>& out) const {
    std::string_view data = glyph_data(glyph);
    cursor in{data, path_};
    if (data.size() < 10 || in.i16(0) >= 0) return;  // simple or empty glyph
    if (depth >= max_component_depth) fail("composite glyphs nest too deeply");
    std::size_t at = 10;
    std::uint16_t flags;
    do {
        flags = in.u16(at);
        std::uint16_t part = in.u16(at + 2);
        at += 4 + ((flags & arg_words) ? 4 : 2);
        if (flags & have_scale)
            at += 2;
        else if (flags & have_xy_scale)
            at += 4;
        else if (flags & have_two_by_two)
            at += 8;
        if (std::find(out.begin(), out.end(), part) == out.end()) {
            out.push_back(part);
            collect_components(part, depth + 1, out);
        }
    } while (flags & more_components);
}

}  // namespace kokuho::fonts
