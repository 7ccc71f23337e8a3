// Mizan — governance gateway for language models.
//
// The pseudonym token format shared by the stage that writes tokens (privacy) and the stages
// that must recognise them (retrieval, output checks): "[TYPE_N]" with TYPE in upper-case
// ASCII letters and N a positive decimal number, e.g. "[PHONE_1]". Pure functions;
// thread-safe.

#ifndef MIZAN_CORE_PSEUDONYM_TOKEN_H_
#define MIZAN_CORE_PSEUDONYM_TOKEN_H_

#include <string>
#include <string_view>

namespace mizan::core {

std::string MakePseudonymToken(std::string_view type, int number);

// Length of the token starting at text[0], or 0 when text does not start with one.
size_t PseudonymTokenLength(std::string_view text);

// `text` with every token replaced by a space. Search uses this: a token says a value was
// there, not what it was, so it must not match passages that happen to contain "PHONE".
std::string RemovePseudonymTokens(std::string_view text);

}  // namespace mizan::core

#endif  // MIZAN_CORE_PSEUDONYM_TOKEN_H_
