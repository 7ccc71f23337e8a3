// Mizan — governance gateway for language models.
//
// Pseudonymizer: replaces each personal value found by the recognisers with a token such as
// "[PHONE_1]". Within one request a value keeps its token across every message (the same
// phone number in the system prompt and the question is [PHONE_1] in both), so a backend can
// still reason about "the same number". The originals are kept only in the request's
// in-memory map; the encrypted vault and per-subject tokens are a later piece of work.
//
// Thread-safety: a Pseudonymizer holds one request's state; use one per request.

#ifndef MIZAN_PRIVACY_PSEUDONYMIZER_H_
#define MIZAN_PRIVACY_PSEUDONYMIZER_H_

#include <map>
#include <string>
#include <string_view>

namespace mizan::privacy {

class Pseudonymizer {
 public:
  // Returns `text` with every finding replaced by its token.
  std::string Apply(std::string_view text);

  // token -> original value. Personal data: never log or store it.
  const std::map<std::string, std::string>& originals() const { return originals_; }
  // type -> number of values replaced (each distinct value once).
  const std::map<std::string, int>& counts() const { return counts_; }

 private:
  std::map<std::string, std::string> token_by_value_;  // "PHONE:212612345678" -> "[PHONE_1]"
  std::map<std::string, std::string> originals_;
  std::map<std::string, int> counts_;
};

}  // namespace mizan::privacy

#endif  // MIZAN_PRIVACY_PSEUDONYMIZER_H_
