// Mizan — governance gateway for language models.
//
// SHA-256 digests (OpenSSL) in lower-case hex, used for content provenance, passage hashes
// and the audit chain. Pure functions; thread-safe.

#ifndef MIZAN_BASE_HASH_H_
#define MIZAN_BASE_HASH_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace mizan {

using Sha256Digest = std::array<uint8_t, 32>;

Sha256Digest Sha256(std::string_view data);

// Lower-case hex of the SHA-256 of `data` (64 characters).
std::string Sha256Hex(std::string_view data);

std::string HexEncode(const uint8_t* data, size_t size);

// Incremental hashing for data that arrives in pieces (a file read in blocks, a canonical
// record built field by field).
class Sha256Hasher {
 public:
  Sha256Hasher();
  ~Sha256Hasher();
  Sha256Hasher(const Sha256Hasher&) = delete;
  Sha256Hasher& operator=(const Sha256Hasher&) = delete;

  void Update(std::string_view data);
  // Returns the hex digest; the hasher must not be updated afterwards.
  std::string FinishHex();

 private:
  void* context_;  // EVP_MD_CTX*, kept opaque so OpenSSL headers stay out of this header.
};

}  // namespace mizan

#endif  // MIZAN_BASE_HASH_H_
