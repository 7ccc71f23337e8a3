// Mizan — governance gateway for language models.
//
// Identifiers that must be unguessable (receipt ids a citizen can look up, request ids) are
// drawn from libsodium's CSPRNG. Thread-safe.

#ifndef MIZAN_BASE_IDS_H_
#define MIZAN_BASE_IDS_H_

#include <string>
#include <string_view>

namespace mizan {

// `prefix` followed by 26 characters of Crockford base32 (128 random bits), e.g.
// "rcpt_3K9V...". Aborts only if libsodium cannot be initialised.
std::string RandomId(std::string_view prefix);

}  // namespace mizan

#endif  // MIZAN_BASE_IDS_H_
