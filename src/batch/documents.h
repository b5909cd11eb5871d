#pragma once
// Renders the documents of a batch: binds each planned document to its template, composes
// its pages and cuts the PDFs into files of at most documents_per_pdf documents of one form.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "batch/input.h"
#include "batch/exceptions.h"
#include "batch/manifest.h"
#include "batch/plan.h"
#include "families/family.h"
#include "bind/document_template.h"
#include "fonts/font_set.h"
#include "layout/compose.h"
#include "layout/form_layout.h"

namespace kokuho::batch {

// A form ready to render: its template, its layout and the stem of its PDF files.
struct form_kit {
    bind::document_template tmpl;
    layout::form_layout layout;
    std::string files;
};

// Every name the kit's template reads is a source value (`is_source`) or one of its fields,
// and every field its layout prints is bound: checked when the kit is loaded, before
// anything is produced. An input error naming the file otherwise.
void check_bound(const form_kit& kit, const std::function<bool(std::string_view)>& is_source);

// The kit of a letter that is no person's document (an inquiry letter, a 変更理由のお知らせ):
// templates/<name>.yaml and layouts/<name>.yaml, whose names are checked against `names`,
// values of the kind the letter is bound from.
form_kit load_kit(const project_paths& paths, const std::string& name, const kokuho::values& names);

// The kits of every form of the family, by form id, with the layout size the
// configuration chooses (certificate_size).
std::map<std::string, form_kit> load_form_kits(const project_paths& paths, const config& cfg,
                                               const families::family& f);

class document_renderer {
public:
    document_renderer(const std::map<std::string, form_kit>& kits, const fonts::font_set& fonts,
                      const layout::compose_options& options, int documents_per_pdf,
                      output_dir& out, manifest& files);

    // Adds one document to its form's PDF, written out when it holds documents_per_pdf.
    void add(const std::string& form, const kokuho::values& values, long seq,
             const std::string& person_id);
    void finish();

    const form_kit& kit(const std::string& form) const { return kits_.at(form); }
    std::vector<exception_row>& exceptions() { return exceptions_; }

private:
    // The PDF being filled for one form.
    struct open_file {
        std::vector<layout::page> pages;
        int documents = 0;
        int number = 0;  // of the last file written
    };
    void flush(const std::string& form, open_file& file);

    const std::map<std::string, form_kit>& kits_;
    const fonts::font_set& fonts_;
    layout::compose_options options_;
    int per_file_;
    output_dir& out_;
    manifest& files_;
    std::map<std::string, open_file> files_of_form_;
    std::vector<exception_row> exceptions_;
};

}  // namespace kokuho::batch
