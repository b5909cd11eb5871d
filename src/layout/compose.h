#pragma once
// Layout + bound values -> page descriptions, each item composed by its type (items/).
#include <vector>

#include "core/values.h"
#include "fonts/font_set.h"
#include "layout/compose_options.h"
#include "layout/form_layout.h"
#include "layout/page.h"

namespace kokuho::layout {

// Appends the pages of one document to `out`; notes collect fitting exceptions.
void compose(const form_layout& form, const kokuho::values& values, const fonts::font_set& fonts,
             const compose_options& options, std::vector<page>& out,
             std::vector<fit_note>& notes);

}  // namespace kokuho::layout
