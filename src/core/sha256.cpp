#include "core/sha256.h"

#include <openssl/evp.h>

#include <cstdio>
#include <fstream>

#include "core/error.h"

namespace kokuho {

sha256::sha256() : context_(EVP_MD_CTX_new()) {
    if (!context_ || EVP_DigestInit_ex(context_, EVP_sha256(), nullptr) != 1)
        fail_internal("OpenSSL cannot start a SHA-256 hash");
}

sha256::~sha256() { EVP_MD_CTX_free(context_); }

void sha256::update(std::string_view bytes) {
    if (EVP_DigestUpdate(context_, bytes.data(), bytes.size()) != 1) fail_internal("OpenSSL SHA-256 update failed");
}

std::string sha256::hex_digest() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    if (EVP_DigestFinal_ex(context_, digest, &length) != 1) fail_internal("OpenSSL SHA-256 failed");
    std::string out;
    char pair[3];
    for (unsigned i = 0; i < length; ++i) {
        std::snprintf(pair, sizeof pair, "%02x", digest[i]);
        out += pair;
    }
    return out;
}

std::string sha256_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail_internal("cannot read " + path + " to hash it");
    sha256 hash;
    std::string chunk(1 << 16, '\0');
    while (in.read(chunk.data(), std::streamsize(chunk.size())) || in.gcount() > 0)
        hash.update(std::string_view(chunk.data(), std::size_t(in.gcount())));
    return hash.hex_digest();
}

}  // namespace kokuho
