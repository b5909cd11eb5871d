#include "batch/vendor_file.h"

#include "render/fixed/record_layout.h"
#include "render/fixed/replacements.h"
#include "render/fixed/writer.h"

namespace kokuho::batch {

struct vendor_file::impl {
    fixed::record_layout layout;
    fixed::replacement_table replacements;
    std::unique_ptr<fixed::file_writer> writer;
    std::vector<std::string> person_of_seq;  // person_id by seq, for the exceptions report
};

vendor_file::vendor_file(const std::string& layout_path, const std::string& substitutions_path,
                         std::string output_role)
    : impl_(std::make_unique<impl>()), output_role_(std::move(output_role)) {
    impl_->layout = fixed::load_record_layout(layout_path);
    if (!substitutions_path.empty()) impl_->replacements = fixed::load_replacements(substitutions_path);
}

vendor_file::~vendor_file() = default;

void vendor_file::start(std::ostream& out, const kokuho::values& header) {
    impl_->writer = std::make_unique<fixed::file_writer>(impl_->layout, impl_->replacements, out);
    impl_->writer->write_header(header);
}

void vendor_file::add(const kokuho::values& document, long seq, const std::string& person_id) {
    if (impl_->person_of_seq.size() <= std::size_t(seq)) impl_->person_of_seq.resize(std::size_t(seq) + 1);
    impl_->person_of_seq[std::size_t(seq)] = person_id;
    impl_->writer->write_data(std::to_string(seq), document);
}

void vendor_file::finish() {
    impl_->writer->finish();
    for (const auto& e : impl_->writer->exceptions()) {
        long seq = 0;
        try {
            seq = std::stol(e.seq);
        } catch (const std::exception&) {
            seq = 0;
        }
        std::string person = seq > 0 && std::size_t(seq) < impl_->person_of_seq.size()
                                 ? impl_->person_of_seq[std::size_t(seq)] : "";
        exceptions_.push_back({seq, person, output_role_, e.field, e.original, e.action, e.replaced});
    }
}

std::size_t vendor_file::records() const { return impl_->writer->record_count(); }

std::size_t vendor_file::record_length() const { return impl_->layout.record_length; }

}  // namespace kokuho::batch
