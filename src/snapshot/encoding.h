#pragma once
// Reads a snapshot file in one go and turns it into UTF-8 text, finding every byte sequence
// that is not valid in the chosen encoding. Nothing is guessed: a bad sequence is a fault,
// replaced by '?' in the text only so that the rest of its row can still be checked.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "snapshot/reader.h"

namespace kokuho {

struct encoding_fault {
    std::size_t text_offset;  // where the replacement '?' stands in the decoded text
    std::size_t file_offset;  // 0-based byte offset of the bad bytes in the file
    std::string bytes;        // the bad bytes as read
};

struct decoded_text {
    std::string buffer;
    std::size_t start = 0;  // past a UTF-8 byte order mark
    // The first fault of each line, in file order: a file in the wrong encoding gives one
    // fault per line, not one per character.
    std::vector<encoding_fault> faults;
    std::string sha256;  // of the bytes as read, before decoding

    std::span<char> text() { return {buffer.data() + start, buffer.size() - start}; }
};

// Throws kokuho::error (input) naming the path when the file cannot be read.
decoded_text read_text_file(const std::string& path, text_encoding encoding);

// "invalid UTF-8 at byte offset 1234 (0xFF)"
std::string describe(const encoding_fault& fault, text_encoding encoding);

}  // namespace kokuho
