#pragma once
// SHA-256 (FIPS 180-4) for manifests and fingerprints.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kokuho {

class sha256 {
public:
    sha256();
    void update(std::string_view bytes);
    std::string hex_digest();  // finishes the hash

private:
    void block(const unsigned char* p);
    std::array<std::uint32_t, 8> h_;
    unsigned char buffer_[64];
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;
};

std::string sha256_file(const std::string& path);

}  // namespace kokuho
