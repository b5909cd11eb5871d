#pragma once
// Internal to the PDF writer: draws the items of one layout page on a libharu page,
// converting millimetres from the top-left corner to points from the bottom-left, and
// emitting graphics and text state only when it changes.
#include <hpdf.h>

#include <map>
#include <string>
#include <vector>

#include "fonts/font_set.h"
#include "layout/page.h"
#include "render/pdf/hpdf_document.h"
#include "render/pdf/text_plan.h"

namespace kokuho::pdf {

// What every page of one document shares.
struct paint_context {
    const hpdf_document& doc;
    const fonts::font_set& fonts;
    const font_usage& usage;
    const std::vector<HPDF_Font>& pdf_fonts;  // per font slot (text_plan.h); null when unused
    std::map<std::string, HPDF_Image>& images;  // loaded PNGs by path
};

class page_painter {
public:
    page_painter(const paint_context& context, const layout::page& page);

    void draw(const layout::item& item);
    void finish();  // closes an open text object

private:
    void draw_text(const layout::text_run& run);
    void draw_line(const layout::line& line);
    void draw_box(const layout::box& box);
    void draw_image(const layout::image& image);

    void begin_text();
    void move_to(double x_pt, double y_pt, bool turned);
    void end_text();
    void set_font(HPDF_Font font, double size_pt);
    void set_char_space(double points);
    void set_fill_gray(double gray);
    void set_line(double width_mm, bool dashed, const layout::stroke_color& color);
    void write_operators(const std::string& text);
    HPDF_Image image_for(const std::string& path);
    void check(HPDF_STATUS status, const char* what) const;

    double x_pt(double x_mm) const;
    double y_pt(double y_mm) const;  // from the top in mm to from the bottom in points

    const paint_context& context_;
    HPDF_Page page_ = nullptr;
    double height_mm_ = 0;
    bool in_text_ = false;
    double line_x_ = 0, line_y_ = 0;  // the text line matrix's origin, points
    bool line_turned_ = false;
    HPDF_Font font_ = nullptr;
    double font_size_ = -1;
    double char_space_ = 0;
    double fill_gray_ = 0;
    double line_width_ = -1;
    bool dashed_ = false;
    layout::stroke_color stroke_;  // black, as a new page starts
};

}  // namespace kokuho::pdf
