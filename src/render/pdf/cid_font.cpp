#include "render/pdf/cid_font.h"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>

#include "core/error.h"
#include "render/pdf/pdf_strings.h"
#include "render/pdf/text_plan.h"

namespace kokuho::pdf {

namespace {

// The codespace is every 2-byte code, although codes start at 0x0101 (code_for_index): a
// codespace of <0101> <FFFF> is read byte by byte by some readers (MuPDF), which then drop
// the code ranges and extract no text.
constexpr std::uint16_t first_code = 0x0000, last_code = 0xFFFF;
constexpr std::size_t entries_per_block = 100;  // CMap limit for one bfchar block
constexpr double missing_width = 1000;          // as font_set counts a missing glyph

// Every byte starts a 2-byte code and every byte may end one: codes are always 2 bytes.
HPDF_BOOL every_byte(HPDF_Encoder, HPDF_BYTE) { return HPDF_TRUE; }

// One code range per high byte: code_for_index(i) maps to CID i + 1.
std::vector<HPDF_CidRange_Rec> code_ranges(std::size_t count) {
    std::vector<HPDF_CidRange_Rec> ranges;
    for (std::size_t first = 0; first < count; first += codes_per_row) {
        std::size_t last = std::min(count, first + codes_per_row) - 1;
        ranges.push_back({code_for_index(first), code_for_index(last),
                          static_cast<HPDF_UINT16>(first + 1)});
    }
    ranges.push_back({0xFFFF, 0xFFFF, 0});  // end marker libharu expects
    return ranges;
}

// libharu measures each string through unicode_map and its BMP-only cmap, and skips a
// string it measures as zero wide; characters it cannot measure get code point 0, whose
// .notdef glyph has a width. libharu 2.3 indexes the maps [low byte][high byte].
void fill_unicode_map(HPDF_CMapEncoderAttr attr, const fonts::truetype_font& file,
                      const std::vector<char32_t>& characters) {
    for (std::size_t i = 0; i < characters.size(); ++i) {
        char32_t c = characters[i];
        std::uint16_t glyph = file.glyph(c);
        bool measurable = c < 0x10000 && glyph != 0 && file.advance(glyph) != 0;
        std::uint16_t code = code_for_index(i);
        attr->unicode_map[code & 0xFF][code >> 8] =
            measurable ? static_cast<HPDF_UNICODE>(c) : 0;
    }
}

HPDF_STATUS fill_encoder(HPDF_Encoder encoder, const fonts::truetype_font& file,
                         const std::vector<char32_t>& characters, bool vertical) {
    HPDF_STATUS status = HPDF_CMapEncoder_InitAttr(encoder);
    if (status != HPDF_OK) return status;
    encoder->type = HPDF_ENCODER_TYPE_DOUBLE_BYTE;
    auto attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
    attr->is_lead_byte_fn = every_byte;
    attr->is_trial_byte_fn = every_byte;
    std::snprintf(attr->registry, sizeof attr->registry, "Adobe");
    std::snprintf(attr->ordering, sizeof attr->ordering, "Identity");
    attr->suppliment = 0;
    attr->uid_offset = -1;  // no /UIDOffset in the embedded CMap
    // libharu writes /WMode 1 in the CMap: the glyphs then advance down the page.
    attr->writing_mode = vertical ? HPDF_WMODE_VERTICAL : HPDF_WMODE_HORIZONTAL;
    status = HPDF_CMapEncoder_AddCodeSpaceRange(encoder, {first_code, last_code, 0});
    if (status != HPDF_OK) return status;
    status = HPDF_CMapEncoder_AddCMap(encoder, code_ranges(characters.size()).data());
    if (status != HPDF_OK) return status;
    fill_unicode_map(attr, file, characters);
    return HPDF_OK;
}

void register_encoder(const hpdf_document& doc, const std::string& name,
                      const fonts::truetype_font& file, const std::vector<char32_t>& characters,
                      bool vertical) {
    std::string writable = name;  // libharu takes a non-const name
    HPDF_Encoder encoder = HPDF_CMapEncoder_New(doc.get()->mmgr, writable.data(), nullptr);
    doc.require(encoder, "creating encoder " + name);
    HPDF_STATUS status = fill_encoder(encoder, file, characters, vertical);
    if (status != HPDF_OK) {
        HPDF_Encoder_Free(encoder);
        doc.check(status, "building encoder " + name);
    }
    // On failure libharu frees the encoder itself.
    doc.check(HPDF_Doc_RegisterEncoder(doc.get(), encoder), "registering encoder " + name);
}

// W array: [1 [w1 w2 ... wn]], widths of CIDs 1..n in 1/1000 em.
void rewrite_widths(const hpdf_document& doc, HPDF_Font descendant,
                    const fonts::truetype_font& file, const std::vector<std::uint16_t>& glyphs) {
    auto widths = static_cast<HPDF_Array>(HPDF_Dict_GetItem(descendant, "W", HPDF_OCLASS_ARRAY));
    doc.require(widths, "finding the font's W array");
    HPDF_Array_Clear(widths);
    HPDF_Array list = doc.require(HPDF_Array_New(doc.get()->mmgr), "creating a W array");
    doc.check(HPDF_Array_AddNumber(widths, 1), "writing W");
    doc.check(HPDF_Array_Add(widths, list), "writing W");
    for (std::uint16_t glyph : glyphs) {
        double width = glyph != 0 ? file.advance_1000(glyph) : missing_width;
        doc.check(HPDF_Array_AddReal(list, static_cast<HPDF_REAL>(width)), "writing W");
    }
}

// CIDToGIDMap: two big-endian bytes per CID, CID 0 first, each the glyph's id in the subset.
void rewrite_cid_to_gid(const hpdf_document& doc, HPDF_Dict map_stream, const std::vector<std::uint16_t>& glyphs,
                        const fonts::font_subset& subset) {
    doc.require(map_stream, "finding the font's CIDToGIDMap");
    std::string bytes(2, '\0');
    for (std::uint16_t glyph : glyphs) {
        if (glyph != 0) glyph = subset.new_glyph.at(glyph);
        bytes += static_cast<char>(glyph >> 8);
        bytes += static_cast<char>(glyph & 0xFF);
    }
    HPDF_MemStream_FreeData(map_stream->stream);
    doc.check(HPDF_Stream_Write(map_stream->stream,
                                reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                static_cast<HPDF_UINT>(bytes.size())),
              "writing CIDToGIDMap");
}

// DW2 of a vertical font: every glyph's vertical origin sits at the centre of the top of
// its em box (the font's ascender above the baseline) and it advances one em down. The IPA
// fonts' vmtx gives every glyph that advance; layout counts it too (vertical.h).
void set_vertical_metrics(const hpdf_document& doc, HPDF_Font descendant,
                          const fonts::truetype_font& file) {
    auto metrics = static_cast<HPDF_Array>(HPDF_Dict_GetItem(descendant, "DW2", HPDF_OCLASS_ARRAY));
    doc.require(metrics, "finding the font's DW2 array");
    HPDF_Array_Clear(metrics);
    double origin = file.ascender() * 1000.0 / file.units_per_em();
    doc.check(HPDF_Array_AddNumber(metrics, static_cast<HPDF_INT32>(origin + 0.5)), "writing DW2");
    doc.check(HPDF_Array_AddNumber(metrics, -1000), "writing DW2");
}

std::string to_unicode_cmap(const std::vector<char32_t>& characters) {
    std::string text =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t first = 0; first < characters.size(); first += entries_per_block) {
        std::size_t end = std::min(characters.size(), first + entries_per_block);
        text += std::to_string(end - first);
        text += " beginbfchar\n";
        for (std::size_t i = first; i < end; ++i) {
            char line[32];
            std::snprintf(line, sizeof line, "<%04X> <%s>\n", code_for_index(i),
                          hex(utf16be(std::u32string(1, characters[i]))).c_str());
            text += line;
        }
        text += "endbfchar\n";
    }
    return text + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

void add_to_unicode(const hpdf_document& doc, HPDF_Font font,
                    const std::vector<char32_t>& characters) {
    HPDF_Doc pdf = doc.get();
    HPDF_Dict stream = doc.require(HPDF_DictStream_New(pdf->mmgr, pdf->xref), "creating ToUnicode");
    if (pdf->compression_mode & HPDF_COMP_METADATA)
        stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    std::string cmap = to_unicode_cmap(characters);
    doc.check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                                static_cast<HPDF_UINT>(cmap.size())),
              "writing ToUnicode");
    doc.check(HPDF_Dict_Add(font, "ToUnicode", stream), "adding ToUnicode");
}

// libharu measures every string it shows, looking each character up in its linear cmap
// search (a third of the bulk run's time). The painter places every string at its own
// text matrix, so the measure only has to be non-zero (libharu skips a string measured 0).
HPDF_TextWidth nominal_text_width(HPDF_Font, const HPDF_BYTE*, HPDF_UINT length) {
    HPDF_TextWidth width{};
    width.numchars = length / 2;
    width.width = 1000 * width.numchars;
    return width;
}

}  // namespace

HPDF_Font add_cid_font(const hpdf_document& doc, const fonts::truetype_font& file,
                       const std::vector<char32_t>& characters, const std::vector<std::uint16_t>& glyphs,
                       const std::string& tag, bool vertical, const fonts::font_subset& subset) {
    std::string encoder_name = "Kokuho-" + tag;
    register_encoder(doc, encoder_name, file, characters, vertical);
    const char* font_name = doc.require(
        HPDF_LoadTTFontFromFile(doc.get(), file.path().c_str(), HPDF_TRUE),
        "loading font " + file.path());
    HPDF_Font font = doc.require(HPDF_GetFont(doc.get(), font_name, encoder_name.c_str()),
                                 "creating a font for " + file.path());
    auto attr = static_cast<HPDF_FontAttr>(font->attr);
    attr->text_width_fn = nominal_text_width;
    rewrite_widths(doc, attr->descendant_font, file, glyphs);
    if (vertical) set_vertical_metrics(doc, attr->descendant_font, file);
    rewrite_cid_to_gid(doc, attr->map_stream, glyphs, subset);
    add_to_unicode(doc, font, characters);
    return font;
}

std::vector<std::uint16_t> glyphs_of(const fonts::truetype_font& file, const std::vector<char32_t>& characters,
                                     bool vertical) {
    std::vector<std::uint16_t> glyphs;
    for (char32_t c : characters) glyphs.push_back(vertical ? file.vertical_glyph(c) : file.glyph(c));
    return glyphs;
}

void embed_font_program(const hpdf_document& doc, HPDF_Font font, const std::string& program) {
    auto attr = static_cast<HPDF_FontAttr>(font->attr);
    auto def_attr = static_cast<HPDF_TTFontDefAttr>(attr->fontdef->attr);
    if (!font->before_write_fn) fail_internal("libharu font has no embedding step");
    // libharu builds the descriptor without a font program of its own: the subset is ours.
    def_attr->embedding = HPDF_FALSE;
    doc.check(font->before_write_fn(font), "describing a font");
    HPDF_Doc pdf = doc.get();
    HPDF_Dict stream = doc.require(HPDF_DictStream_New(pdf->mmgr, pdf->xref), "creating a font program");
    if (pdf->compression_mode & HPDF_COMP_METADATA) stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    doc.check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(program.data()),
                                static_cast<HPDF_UINT>(program.size())),
              "writing the embedded font");
    doc.check(HPDF_Dict_AddNumber(stream, "Length1", static_cast<HPDF_INT32>(program.size())),
              "writing the embedded font");
    doc.check(HPDF_Dict_Add(attr->fontdef->descriptor, "FontFile2", stream), "embedding a font");
}

}  // namespace kokuho::pdf
