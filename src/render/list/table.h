#pragma once
// Lists (一覧): an A4 table (landscape unless the layout says `page: portrait`) as PDF pages
// and the same rows as CSV (UTF-8 with a BOM). Columns come from a list layout
// (layouts/lists/*.yaml).
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "bind/expression.h"
#include "fonts/font_set.h"
#include "layout/form_layout.h"
#include "layout/page.h"

namespace kokuho::list {

struct column {
    std::string header;
    std::string key;  // names the column; its value is "{key}" unless value: says otherwise
    double width = 20;  // mm
    layout::align horizontal = layout::align::left;
    bind::expression value;  // over the row's values: "{person.birth_date|era}"
};

struct table_layout {
    std::string title;
    std::vector<column> columns;
    bind::lookup_tables tables;  // maps: for the value expressions
    double page_width = 297, page_height = 210;
    double margin = 12;
    double font_size = 8;
    double row_height = 5.2;
};

table_layout load_table_layout(const std::string& path);

// The heading of every page, and the totals printed on the last.
struct table_context {
    std::string reference;  // the batch, or what else the list belongs to
    std::string run_date;   // as printed (和暦)
    std::vector<std::string> totals;
    std::string reference_label = "バッチ";  // printed before the reference
};

using row_source = std::function<std::vector<std::string>(std::size_t)>;

// A row's cells in column order: each column's value expression over the row's values.
// The label the layout's maps: give a code in one table (status, reason), or the code itself.
std::string label(const table_layout& t, const std::string& table, const std::string& code);

std::vector<std::string> cells_of(const table_layout& t, const kokuho::values& values,
                                  kokuho::era_formatter& eras);

int page_count(const table_layout& t, std::size_t rows);
// The rows a page holds (the last one may hold fewer).
int rows_per_page(const table_layout& t);

// Pages [first, first + count) of the table (0-based), numbered n / m over the whole table.
std::vector<layout::page> table_pages(const table_layout& t, std::size_t rows,
                                      const row_source& row, const table_context& context,
                                      const fonts::font_set& fonts, int first, int count);
// Page `page` of the table (0-based), laid out.
layout::page table_page(const table_layout& t, std::size_t rows, const row_source& row,
                        const table_context& context, const fonts::font_set& fonts, int page);
// What page `page` of the table prints, not laid out: each value as one unplaced run, every
// character of the page among them. For pdf::write_pdf's pass that collects the characters.
layout::page table_page_text(const table_layout& t, std::size_t rows, const row_source& row,
                             const table_context& context, const fonts::font_set& fonts, int page);

void write_csv(const table_layout& t, std::size_t rows, const row_source& row, std::ostream& out);

}  // namespace kokuho::list
