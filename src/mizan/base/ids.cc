// Mizan — governance gateway for language models.

#include "mizan/base/ids.h"

#include <cstdio>
#include <cstdlib>

#include <sodium.h>

namespace mizan {

std::string RandomId(std::string_view prefix) {
  static const bool initialised = [] { return sodium_init() >= 0; }();
  if (!initialised) {
    std::fprintf(stderr, "mizan: libsodium initialisation failed\n");
    std::abort();
  }
  unsigned char bytes[17];
  randombytes_buf(bytes, sizeof(bytes));
  // Crockford's alphabet: no I, L, O, U, so ids read aloud or typed from paper survive.
  static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::string id(prefix);
  unsigned int buffer = 0;
  int bits = 0;
  int emitted = 0;
  for (unsigned char byte : bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && emitted < 26) {
      id.push_back(kAlphabet[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
      ++emitted;
    }
  }
  return id;
}

}  // namespace mizan
