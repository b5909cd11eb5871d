#include "render/pdf/hpdf_document.h"

#include <cstdio>

#include "core/error.h"

namespace kokuho::pdf {

hpdf_document::hpdf_document() {
    doc_ = HPDF_New(&hpdf_document::on_error, this);
    if (!doc_) fail_internal("libharu could not create a PDF document");
}

hpdf_document::~hpdf_document() { HPDF_Free(doc_); }

void hpdf_document::on_error(HPDF_STATUS code, HPDF_STATUS detail, void* self) {
    auto* document = static_cast<hpdf_document*>(self);
    if (document->error_code_ != HPDF_OK) return;  // keep the first error
    document->error_code_ = code;
    document->error_detail_ = detail;
}

void hpdf_document::check(HPDF_STATUS status, const std::string& what) const {
    if (status != HPDF_OK || error_code_ != HPDF_OK || HPDF_GetError(doc_) != HPDF_OK)
        fail(what, status);
}

void hpdf_document::fail(const std::string& what, HPDF_STATUS status) const {
    HPDF_STATUS code = error_code_, detail = error_detail_;
    if (code == HPDF_OK) {
        code = HPDF_GetError(doc_) != HPDF_OK ? HPDF_GetError(doc_) : status;
        detail = HPDF_GetErrorDetail(doc_);
    }
    char text[64];
    std::snprintf(text, sizeof text, "libharu error 0x%04lX (detail %lu)",
                  static_cast<unsigned long>(code), static_cast<unsigned long>(detail));
    fail_internal(std::string(text) + " while " + what);
}

}  // namespace kokuho::pdf
