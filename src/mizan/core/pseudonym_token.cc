// Mizan — governance gateway for language models.

#include "mizan/core/pseudonym_token.h"

namespace mizan::core {

std::string MakePseudonymToken(std::string_view type, int number) {
  std::string token = "[";
  token.append(type);
  token.push_back('_');
  token.append(std::to_string(number));
  token.push_back(']');
  return token;
}

size_t PseudonymTokenLength(std::string_view text) {
  if (text.empty() || text[0] != '[') {
    return 0;
  }
  size_t i = 1;
  while (i < text.size() && text[i] >= 'A' && text[i] <= 'Z') {
    ++i;
  }
  if (i == 1 || i >= text.size() || text[i] != '_') {
    return 0;
  }
  size_t digits = ++i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    ++i;
  }
  if (i == digits || i >= text.size() || text[i] != ']') {
    return 0;
  }
  return i + 1;
}

std::string RemovePseudonymTokens(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (size_t length = PseudonymTokenLength(text.substr(i)); length > 0) {
      out.push_back(' ');
      i += length;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

}  // namespace mizan::core
