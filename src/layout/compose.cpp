#include "layout/compose.h"

#include "layout/items/registry.h"

namespace kokuho::layout {

namespace {

// when: the item is drawn only when that field is bound and not empty.
bool shown(const layout_item& it, const kokuho::values& values) {
    if (it.when.empty()) return true;
    const value* flag = values.find(it.when);
    return flag && !flag->empty();
}

}  // namespace

void compose(const form_layout& form, const kokuho::values& values, const fonts::font_set& fonts,
             const compose_options& options, std::vector<page>& out,
             std::vector<fit_note>& notes) {
    for (const auto& source_page : form.pages) {
        page p{source_page.width, source_page.height, {}};
        compose_context c{values, fonts, options, form.file, p.items, notes};
        for (const auto& it : source_page.items)
            if (shown(it, values)) item_type_of(it.spec).compose(it.spec, c);
        out.push_back(std::move(p));
    }
}

}  // namespace kokuho::layout
