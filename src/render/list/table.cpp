#include "render/list/table.h"

#include "core/csv_text.h"
#include "core/utf.h"
#include "core/yaml.h"
#include "layout/compose.h"
#include "layout/fit.h"

namespace kokuho::list {

namespace {

constexpr double header_height = 22;  // title block, mm
constexpr double footer_height = 14;  // totals and page number, mm

// Puts the cells of a page into `out`: fitted to their boxes, or (for the characters only,
// unplaced) each value as one run.
struct cell_writer {
    const fonts::font_set& fonts;
    bool fit;
    std::vector<layout::item>& out;
};

void cell(const std::string& value, double x, double y, double w, double h, double size,
          layout::align a, const std::string& family, cell_writer& to) {
    if (value.empty()) return;
    if (!to.fit) {
        to.out.push_back(layout::text_run{x, y, size, 0, family, to_utf32(value)});
        return;
    }
    layout::text_style style;
    style.family = family;
    style.size = size;
    style.min_size = size * 0.6;
    style.horizontal = a;
    auto fitted = layout::fit_text(to_utf32(value), style, w - 1.2, h, to.fonts);
    layout::place_text(fitted.lines, fitted.size, style, x + 0.6, y, w - 1.2, h, to.fonts, to.out);
}

void heading(const table_layout& t, const table_context& c, int page, int pages, cell_writer& to) {
    double width = t.page_width - 2 * t.margin;
    cell(t.title, t.margin, t.margin, width, 9, 15, layout::align::center, "gothic", to);
    cell(c.reference_label + " " + c.reference, t.margin, t.margin + 11, width / 2, 5, 9, layout::align::left,
         "gothic", to);
    cell("作成日 " + c.run_date + "　　" + std::to_string(page) + " / " + std::to_string(pages) + " ページ",
         t.margin + width / 2, t.margin + 11, width / 2, 5, 9, layout::align::right, "gothic", to);
}

void row_cells(const table_layout& t, const std::vector<std::string>& values, double y,
               const std::string& family, cell_writer& to) {
    double x = t.margin;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        const auto& col = t.columns[i];
        to.out.push_back(layout::box{x, y, col.width, t.row_height, 0.15, -1, {}});
        if (i < values.size())
            cell(values[i], x, y, col.width, t.row_height, t.font_size, col.horizontal, family, to);
        x += col.width;
    }
}

// Page p (0-based) of the table's `pages`.
layout::page make_page(const table_layout& t, std::size_t rows, const row_source& row,
                       const table_context& context, const fonts::font_set& fonts, int p, bool fit) {
    int per = rows_per_page(t), pages = page_count(t, rows);
    layout::page page{t.page_width, t.page_height, {}};
    cell_writer to{fonts, fit, page.items};
    heading(t, context, p + 1, pages, to);
    double y = t.margin + header_height;
    std::vector<std::string> headers;
    for (const auto& c : t.columns) headers.push_back(c.header);
    row_cells(t, headers, y, "gothic", to);
    for (std::size_t i = std::size_t(p) * std::size_t(per); i < rows && i < std::size_t(p + 1) * std::size_t(per);
         ++i) {
        y += t.row_height;
        row_cells(t, row(i), y, "mincho", to);
    }
    if (p + 1 == pages) {
        double ty = t.page_height - t.margin - footer_height + 2;
        for (const auto& line : context.totals) {
            cell(line, t.margin, ty, t.page_width - 2 * t.margin, 4.5, 9, layout::align::left, "gothic", to);
            ty += 4.5;
        }
    }
    return page;
}

layout::align parse_align(const std::string& file, const YAML::Node& node) {
    auto text = yaml::text(file, node, "align", "left");
    if (text == "left") return layout::align::left;
    if (text == "center") return layout::align::center;
    if (text == "right") return layout::align::right;
    yaml::fail(file, node["align"], "align: expected left, center or right");
}

}  // namespace

table_layout load_table_layout(const std::string& path) {
    return yaml::within(path, [&] {
        auto d = yaml::load_file(path);
        yaml::check_keys(path, d.root, {"title", "page", "font_size", "row_height", "maps", "columns"});
        table_layout t;
        t.title = yaml::required_text(path, d.root, "title");
        auto page = yaml::text(path, d.root, "page", "landscape");
        if (page == "portrait") std::swap(t.page_width, t.page_height);
        else if (page != "landscape") yaml::fail(path, d.root["page"], "page: expected landscape or portrait");
        t.font_size = yaml::number(path, d.root, "font_size", t.font_size);
        t.row_height = yaml::number(path, d.root, "row_height", t.row_height);
        t.tables = bind::load_tables(path, d.root["maps"]);
        double total = 0;
        for (const auto& node : d.root["columns"]) {
            yaml::check_keys(path, node, {"key", "header", "width", "align", "value"});
            column c{yaml::required_text(path, node, "header"), yaml::required_text(path, node, "key"),
                     yaml::number(path, node, "width", 20), parse_align(path, node), {}};
            auto value = node["value"] ? node["value"] : node["key"];
            c.value = bind::expression::parse(node["value"] ? yaml::required_text(path, node, "value")
                                                            : "{" + c.key + "}",
                                              yaml::where(path, value), t.tables);
            total += c.width;
            t.columns.push_back(std::move(c));
        }
        if (t.columns.empty()) yaml::fail(path, d.root, "columns: at least one column");
        if (total > t.page_width - 2 * t.margin + 1e-6)
            yaml::fail(path, d.root["columns"], "columns are " + std::to_string(total) + " mm wide; the page has " +
                                                     std::to_string(t.page_width - 2 * t.margin) + " between its margins");
        return t;
    });
}

std::string label(const table_layout& t, const std::string& table, const std::string& code) {
    auto found = t.tables.find(table);
    if (found == t.tables.end()) return code;
    auto entry = found->second.find(code);
    return entry == found->second.end() ? code : entry->second;
}

std::vector<std::string> cells_of(const table_layout& t, const kokuho::values& values,
                                  kokuho::era_formatter& eras) {
    std::vector<std::string> cells;
    cells.reserve(t.columns.size());
    for (const auto& c : t.columns) cells.push_back(c.value.evaluate(values, t.tables, eras));
    return cells;
}

int rows_per_page(const table_layout& t) {
    double body = t.page_height - 2 * t.margin - header_height - footer_height;
    return std::max(1, int(body / t.row_height) - 1);  // one row for the column headings
}

int page_count(const table_layout& t, std::size_t rows) {
    int per = rows_per_page(t);
    return std::max(1, int((rows + std::size_t(per) - 1) / std::size_t(per)));
}

std::vector<layout::page> table_pages(const table_layout& t, std::size_t rows,
                                      const row_source& row, const table_context& context,
                                      const fonts::font_set& fonts, int first, int count) {
    std::vector<layout::page> out;
    for (int p = first; p < page_count(t, rows) && p < first + count; ++p)
        out.push_back(make_page(t, rows, row, context, fonts, p, true));
    return out;
}

layout::page table_page(const table_layout& t, std::size_t rows, const row_source& row,
                        const table_context& context, const fonts::font_set& fonts, int page) {
    return make_page(t, rows, row, context, fonts, page, true);
}

layout::page table_page_text(const table_layout& t, std::size_t rows, const row_source& row,
                             const table_context& context, const fonts::font_set& fonts, int page) {
    return make_page(t, rows, row, context, fonts, page, false);
}

void write_csv(const table_layout& t, std::size_t rows, const row_source& row, std::ostream& out) {
    out << "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        out << (i ? "," : "") << csv_field(t.columns[i].header);
    out << "\r\n";
    for (std::size_t r = 0; r < rows; ++r) {
        auto values = row(r);
        for (std::size_t i = 0; i < values.size(); ++i) out << (i ? "," : "") << csv_field(values[i]);
        out << "\r\n";
    }
}

}  // namespace kokuho::list
