// Mizan — governance gateway for language models.

#include "mizan/text/utf8.h"

#include <cstdint>

#include <unicode/utf8.h>

namespace mizan::text {

std::optional<size_t> FirstInvalidUtf8Offset(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  size_t length = text.size();
  size_t offset = 0;
  while (offset < length) {
    // ASCII dominates most inputs; skip it without the macro.
    if (bytes[offset] < 0x80) {
      ++offset;
      continue;
    }
    size_t start = offset;
    UChar32 c;
    U8_NEXT(bytes, offset, length, c);
    if (c < 0) {
      return start;
    }
  }
  return std::nullopt;
}

char32_t DecodeUtf8(std::string_view text, size_t* offset) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  size_t length = text.size();
  UChar32 c;
  U8_NEXT(bytes, *offset, length, c);
  return c < 0 ? kReplacementCharacter : static_cast<char32_t>(c);
}

void AppendUtf8(std::string& out, char32_t code_point) {
  if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    code_point = kReplacementCharacter;
  }
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

}  // namespace mizan::text
