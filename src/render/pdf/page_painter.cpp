#include "render/pdf/page_painter.h"

#include <hpdf_doc.h>
#include <hpdf_pages.h>

#include <filesystem>
#include <type_traits>
#include <variant>

#include "core/error.h"
#include "render/pdf/pdf_strings.h"

namespace kokuho::pdf {

namespace {

constexpr double points_per_mm = 72 / 25.4;

// 切り取り線: 4 pt dash, 2 pt gap.
constexpr HPDF_UINT16 dash_pattern[] = {4, 2};

HPDF_REAL real(double value) { return static_cast<HPDF_REAL>(value); }

}  // namespace

page_painter::page_painter(const paint_context& context, const layout::page& page)
    : context_(context), height_mm_(page.height) {
    page_ = context_.doc.require(HPDF_AddPage(context_.doc.get()), "adding a page");
    check(HPDF_Page_SetWidth(page_, real(page.width * points_per_mm)), "setting the page width");
    check(HPDF_Page_SetHeight(page_, real(page.height * points_per_mm)), "setting the page height");
}

void page_painter::draw(const layout::item& item) {
    std::visit(
        [this](const auto& value) {
            using type = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<type, layout::text_run>)
                draw_text(value);
            else if constexpr (std::is_same_v<type, layout::line>)
                draw_line(value);
            else if constexpr (std::is_same_v<type, layout::box>)
                draw_box(value);
            else
                draw_image(value);
        },
        item);
}

void page_painter::finish() { end_text(); }

double page_painter::x_pt(double x_mm) const { return x_mm * points_per_mm; }

double page_painter::y_pt(double y_mm) const { return (height_mm_ - y_mm) * points_per_mm; }

void page_painter::check(HPDF_STATUS status, const char* what) const {
    context_.doc.check(status, what);
}

// Each stretch printed by one font slot is placed at its own origin from font_set widths:
// along the baseline, or down the column of an upright run (whose vertical font puts each
// glyph's origin at the top centre of its em box). Digits side by side (縦中横) are marked with
// their text, so that text extraction reads them in the column's order.
void page_painter::draw_text(const layout::text_run& run) {
    if (run.text.empty()) return;
    set_fill_gray(0);
    begin_text();
    // In writing mode 1 a glyph moves by its (negative) vertical advance plus Tc: spacing
    // that lengthens a column is negative.
    bool upright = run.set == layout::orientation::upright;
    bool along_x = run.set == layout::orientation::horizontal || run.set == layout::orientation::side_by_side;
    bool turned = run.set == layout::orientation::rotated;  // down the page, tops to the right
    set_char_space((upright ? -run.char_spacing : run.char_spacing) * points_per_mm);
    if (run.set == layout::orientation::side_by_side)
        write_operators("/Span <</ActualText <FEFF" + hex(utf16be(run.text)) + ">>> BDC\n");
    for (const sub_run& part : split_run(run, context_.fonts, context_.usage)) {
        set_font(context_.pdf_fonts.at(part.slot), run.size);
        double x = run.x, y = run.baseline;
        (along_x ? x : y) += part.offset_mm;
        move_to(x_pt(x), y_pt(y), turned);
        check(HPDF_Page_ShowText(page_, part.codes.c_str()), "showing text");
    }
    if (run.set == layout::orientation::side_by_side) write_operators("EMC\n");
}

// libharu has no call for marked content: the operators go straight into the page's stream.
void page_painter::write_operators(const std::string& text) {
    auto attr = static_cast<HPDF_PageAttr>(page_->attr);
    check(HPDF_Stream_WriteStr(attr->stream, text.c_str()), "writing marked content");
}

void page_painter::draw_line(const layout::line& line) {
    end_text();
    set_line(line.width, line.dashed, line.color);
    check(HPDF_Page_MoveTo(page_, real(x_pt(line.x1)), real(y_pt(line.y1))), "drawing a line");
    check(HPDF_Page_LineTo(page_, real(x_pt(line.x2)), real(y_pt(line.y2))), "drawing a line");
    check(HPDF_Page_Stroke(page_), "drawing a line");
}

void page_painter::draw_box(const layout::box& box) {
    bool fill = box.fill_gray >= 0, stroke = box.line_width > 0;
    if (!fill && !stroke) return;
    end_text();
    if (fill) set_fill_gray(box.fill_gray);
    if (stroke) set_line(box.line_width, false, box.color);
    check(HPDF_Page_Rectangle(page_, real(x_pt(box.x)), real(y_pt(box.y + box.h)),
                              real(box.w * points_per_mm), real(box.h * points_per_mm)),
          "drawing a box");
    if (fill && stroke)
        check(HPDF_Page_FillStroke(page_), "drawing a box");
    else if (fill)
        check(HPDF_Page_Fill(page_), "drawing a box");
    else
        check(HPDF_Page_Stroke(page_), "drawing a box");
}

void page_painter::draw_image(const layout::image& image) {
    end_text();
    HPDF_Image loaded = image_for(image.path);
    check(HPDF_Page_DrawImage(page_, loaded, real(x_pt(image.x)), real(y_pt(image.y + image.h)),
                              real(image.w * points_per_mm), real(image.h * points_per_mm)),
          "drawing an image");
}

HPDF_Image page_painter::image_for(const std::string& path) {
    auto found = context_.images.find(path);
    if (found != context_.images.end()) return found->second;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) fail_input({path, 0, 0}, "image not found");
    HPDF_Image loaded = context_.doc.require(
        HPDF_LoadPngImageFromFile(context_.doc.get(), path.c_str()), "loading PNG " + path);
    // libharu 2.3 stores a PNG's transparency (its soft mask) uncompressed.
    auto mask = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(loaded, "SMask", HPDF_OCLASS_DICT));
    if (mask && (context_.doc.get()->compression_mode & HPDF_COMP_IMAGE)) mask->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    context_.images.emplace(path, loaded);
    return loaded;
}

void page_painter::begin_text() {
    if (in_text_) return;
    check(HPDF_Page_BeginText(page_), "starting text");
    in_text_ = true;
    line_x_ = line_y_ = 0;  // BT starts the line matrix at the identity
    line_turned_ = false;
}

// The next string's origin, in points. An upright line matrix moves by Td, two numbers;
// a turned one is set whole by Tm, six.
void page_painter::move_to(double x, double y, bool turned) {
    if (!turned && !line_turned_)
        check(HPDF_Page_MoveTextPos(page_, real(x - line_x_), real(y - line_y_)), "placing text");
    else
        check(HPDF_Page_SetTextMatrix(page_, turned ? 0 : 1, turned ? -1 : 0, turned ? 1 : 0, turned ? 0 : 1,
                                      real(x), real(y)),
              "placing text");
    line_x_ = x;
    line_y_ = y;
    line_turned_ = turned;
}

void page_painter::end_text() {
    if (!in_text_) return;
    check(HPDF_Page_EndText(page_), "ending text");
    in_text_ = false;
}

void page_painter::set_font(HPDF_Font font, double size_pt) {
    if (font == font_ && size_pt == font_size_) return;
    check(HPDF_Page_SetFontAndSize(page_, font, real(size_pt)), "choosing a font");
    font_ = font;
    font_size_ = size_pt;
}

void page_painter::set_char_space(double points) {
    if (points == char_space_) return;
    check(HPDF_Page_SetCharSpace(page_, real(points)), "setting character spacing");
    char_space_ = points;
}

void page_painter::set_fill_gray(double gray) {
    if (gray == fill_gray_) return;
    check(HPDF_Page_SetGrayFill(page_, real(gray)), "setting the fill gray");
    fill_gray_ = gray;
}

void page_painter::set_line(double width_mm, bool dashed, const layout::stroke_color& color) {
    if (!(color == stroke_)) {
        check(HPDF_Page_SetRGBStroke(page_, real(color.r), real(color.g), real(color.b)), "setting the line colour");
        stroke_ = color;
    }
    if (width_mm != line_width_) {
        check(HPDF_Page_SetLineWidth(page_, real(width_mm * points_per_mm)), "setting line width");
        line_width_ = width_mm;
    }
    if (dashed == dashed_) return;
    HPDF_STATUS status = dashed ? HPDF_Page_SetDash(page_, dash_pattern, 2, 0)
                                : HPDF_Page_SetDash(page_, nullptr, 0, 0);
    check(status, "setting the dash pattern");
    dashed_ = dashed;
}

}  // namespace kokuho::pdf
