#pragma once
// Reading the outputs of a run in tests: JSON lines with flat string/number values, CSV,
// and the vendor file through the independent Python decoder.
#include <map>
#include <string>
#include <vector>

namespace kokuho::test {

using record = std::map<std::string, std::string>;

// One flat JSON object per line ({"key": "text", "n": 12, "x": null}); null reads as "".
std::vector<record> read_jsonl(const std::string& path);

// A CSV file with a header row (UTF-8, optional BOM, RFC 4180 quoting).
std::vector<record> read_csv(const std::string& path);

// Fields of every record of a vendor file as decoded by tests/tools/decode_vendor.py
// (Python's cp932 codec): records[i][field] = text. Fails the test when the decoder does.
std::vector<record> decode_vendor_file(const std::string& layout, const std::string& data);

std::vector<std::string> split_lines(const std::string& text);

// Text without line breaks and spaces (half- or full-width), which a PDF's text extraction
// does not keep as printed.
std::string unspaced(const std::string& text);

// Rows by their person_id (decisions.jsonl, expected-*.csv).
std::map<std::string, record> by_person(const std::vector<record>& rows);

// The batch id an output folder's manifest.json gives.
std::string batch_in(const std::string& folder);

// The text of a PDF as poppler's pdftotext extracts it, unspaced.
std::string pdf_text(const std::string& pdf);

// The text with the first `from` replaced by `to`; an error when the text has no `from`, so
// that a test never runs on an input it did not change.
std::string replaced(std::string text, const std::string& from, const std::string& to);
// The same for every `from`.
std::string replaced_all(std::string text, const std::string& from, const std::string& to);

}  // namespace kokuho::test
