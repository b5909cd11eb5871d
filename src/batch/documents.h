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
#include "batch/render_pool.h"
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
    std::string role = "documents_pdf";  // of its files in the manifest and its exceptions
    std::string title;                   // the PDFs' title; the form's id when empty
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

// Each form's documents in PDFs of documents_per_pdf, composed and written by `jobs` workers
// (render_pool.h): the same files, manifest entries and exceptions whatever `jobs` is.
class document_renderer {
public:
    document_renderer(const std::map<std::string, form_kit>& kits, const fonts::font_set& fonts,
                      const layout::compose_options& options, int documents_per_pdf, int jobs,
                      output_dir& out, manifest& files);

    // Adds one document to its form's PDF, handed to a worker when it holds documents_per_pdf.
    void add(const std::string& form, const kokuho::values& values, long seq,
             const std::string& person_id);
    // Writes the PDFs still open and waits for every worker.
    void finish();

    const form_kit& kit(const std::string& form) const { return kits_.at(form); }
    std::vector<exception_row>& exceptions() { return exceptions_; }

private:
    struct document {
        kokuho::values values;
        long seq = 0;
        std::string person_id;
    };
    // The PDF being filled for one form.
    struct open_file {
        std::vector<document> documents;
        int number = 0;  // of the last file written
    };
    struct rendered {
        std::size_t pages = 0;
        std::vector<exception_row> notes;  // what fitting shrank or could not print
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
    render_pool pool_;  // last: its workers stop before the members they use go
};

}  // namespace kokuho::batch
