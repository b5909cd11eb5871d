#pragma once
// SHA-256 for manifests, batch ids and fingerprints, through OpenSSL's EVP interface.
#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace kokuho {

class sha256 {
public:
    sha256();
    ~sha256();
    sha256(const sha256&) = delete;
    sha256& operator=(const sha256&) = delete;
    void update(std::string_view bytes);
    std::string hex_digest();  // finishes the hash

private:
    evp_md_ctx_st* context_ = nullptr;
};

std::string sha256_file(const std::string& path);

}  // namespace kokuho
