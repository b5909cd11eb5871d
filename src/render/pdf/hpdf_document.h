#pragma once
// Internal to the PDF writer: owns one libharu document and turns libharu errors into
// kokuho::error (internal). libharu is C, so its error handler only records the error;
// check() throws it from C++ after the failing call has returned.
#include <hpdf.h>

#include <string>

namespace kokuho::pdf {

class hpdf_document {
public:
    hpdf_document();
    ~hpdf_document();
    hpdf_document(const hpdf_document&) = delete;
    hpdf_document& operator=(const hpdf_document&) = delete;

    HPDF_Doc get() const { return doc_; }

    // Throws when the status or the document reports an error; `what` names the step.
    void check(HPDF_STATUS status, const std::string& what) const;
    // Throws when a libharu call returned no object.
    template <typename T>
    T* require(T* object, const std::string& what) const {
        if (!object) fail(what, HPDF_OK);
        check(HPDF_OK, what);
        return object;
    }

private:
    static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* self);
    [[noreturn]] void fail(const std::string& what, HPDF_STATUS status) const;

    HPDF_Doc doc_ = nullptr;
    HPDF_STATUS error_code_ = HPDF_OK;
    HPDF_STATUS error_detail_ = 0;
};

}  // namespace kokuho::pdf
