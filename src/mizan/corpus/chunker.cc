// Mizan — governance gateway for language models.

#include "mizan/corpus/chunker.h"

#include <algorithm>

#include <re2/re2.h>

namespace mizan::corpus {
namespace {

// Heading patterns. RE2 works on UTF-8, so Arabic words and digits are matched directly.
const RE2& FrenchHeading() {
  static const RE2 pattern(
      R"(^\s*(?:ARTICLE|Article|ART\.?|Art\.?)\s*(\d+|premier|PREMIER|1er|1ER)\s*)"
      R"(((?:bis|ter|quater|BIS|TER|QUATER)\b)?\s*(?:$|[:.\-–—]))");
  return pattern;
}

const RE2& ArabicHeading() {
  static const RE2 pattern(
      R"(^\s*(?:ال)?(?:مادة|فصل)\s*([0-9٠-٩۰-۹]+|الأولى|الاولى|الأول|الاول)\s*)"
      R"(((?:مكررة|مكرر))?\s*(?:$|[:.\-–—]))");
  return pattern;
}

std::string AsciiDigits(std::string_view number) {
  std::string out;
  for (size_t i = 0; i < number.size();) {
    unsigned char lead = static_cast<unsigned char>(number[i]);
    if (lead < 0x80) {
      out.push_back(number[i]);
      ++i;
      continue;
    }
    // U+0660..U+0669 are D9 A0..D9 A9; U+06F0..U+06F9 are DB B0..DB B9.
    if (i + 1 < number.size()) {
      unsigned char next = static_cast<unsigned char>(number[i + 1]);
      if (lead == 0xD9 && next >= 0xA0 && next <= 0xA9) {
        out.push_back(static_cast<char>('0' + (next - 0xA0)));
        i += 2;
        continue;
      }
      if (lead == 0xDB && next >= 0xB0 && next <= 0xB9) {
        out.push_back(static_cast<char>('0' + (next - 0xB0)));
        i += 2;
        continue;
      }
    }
    out.push_back(number[i]);
    ++i;
  }
  return out;
}

std::string NormaliseNumber(const std::string& number) {
  if (number == "premier" || number == "PREMIER" || number == "1er" || number == "1ER" ||
      number == "الأولى" || number == "الاولى" || number == "الأول" || number == "الاول") {
    return "1";
  }
  return AsciiDigits(number);
}

std::string_view Trim(std::string_view text) {
  const char* kSpace = " \t\r\n\f\v";
  size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) {
    return {};
  }
  size_t end = text.find_last_not_of(kSpace);
  return text.substr(begin, end - begin + 1);
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

void AppendLine(std::string& body, std::string_view line) {
  if (!body.empty()) {
    body.push_back('\n');
  }
  body.append(line);
}

void PushChunk(std::vector<Chunk>& chunks, std::string locator, const std::string& body) {
  std::string_view trimmed = Trim(body);
  if (!trimmed.empty()) {
    chunks.push_back(Chunk{std::move(locator), std::string(trimmed)});
  }
}

std::vector<Chunk> ChunkLegal(const std::vector<std::string_view>& lines) {
  std::vector<Chunk> chunks;
  std::string locator = "Preamble";
  std::string body;
  for (std::string_view line : lines) {
    if (auto number = ArticleHeadingNumber(line)) {
      PushChunk(chunks, locator, body);
      locator = "Article " + *number;
      body.clear();
    }
    AppendLine(body, line);
  }
  PushChunk(chunks, locator, body);
  return chunks;
}

// Cuts an over-long section at blank lines so each piece stays near the size limit.
void PushSection(std::vector<Chunk>& chunks, const std::string& locator, const std::string& body,
                 size_t max_bytes) {
  if (body.size() <= max_bytes) {
    PushChunk(chunks, locator, body);
    return;
  }
  std::string piece;
  int part = 1;
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find("\n\n", start);
    std::string_view paragraph = std::string_view(body).substr(
        start, end == std::string::npos ? std::string::npos : end - start);
    if (!piece.empty() && piece.size() + paragraph.size() > max_bytes) {
      PushChunk(chunks, locator + " (" + std::to_string(part++) + ")", piece);
      piece.clear();
    }
    if (!piece.empty()) {
      piece += "\n\n";
    }
    piece.append(paragraph);
    if (end == std::string::npos) {
      break;
    }
    start = end + 2;
  }
  PushChunk(chunks, part > 1 ? locator + " (" + std::to_string(part) + ")" : locator, piece);
}

std::vector<Chunk> ChunkSections(const std::vector<std::string_view>& lines, size_t max_bytes) {
  std::vector<Chunk> chunks;
  std::string heading;
  std::string body;
  int part = 0;
  auto flush = [&] {
    if (!Trim(body).empty()) {
      std::string locator = heading.empty() ? "Part " + std::to_string(++part) : heading;
      PushSection(chunks, locator, body, max_bytes);
    }
    body.clear();
  };
  for (std::string_view line : lines) {
    std::string_view trimmed = Trim(line);
    if (!trimmed.empty() && trimmed.front() == '#') {
      flush();
      size_t level_end = trimmed.find_first_not_of('#');
      heading = std::string(
          Trim(trimmed.substr(level_end == std::string_view::npos ? trimmed.size() : level_end)));
      AppendLine(body, heading);  // Headings carry search terms too.
      continue;
    }
    AppendLine(body, line);
  }
  flush();
  return chunks;
}

}  // namespace

std::optional<std::string> ArticleHeadingNumber(std::string_view line) {
  std::string number;
  std::string suffix;
  re2::StringPiece input(line.data(), line.size());
  if (RE2::PartialMatch(input, FrenchHeading(), &number, &suffix) ||
      RE2::PartialMatch(input, ArabicHeading(), &number, &suffix)) {
    std::string result = NormaliseNumber(number);
    if (!suffix.empty()) {
      result += " " + suffix;
    }
    return result;
  }
  return std::nullopt;
}

std::vector<Chunk> ChunkDocument(std::string_view text, const ChunkOptions& options) {
  std::vector<std::string_view> lines = Lines(text);
  size_t headings = std::count_if(lines.begin(), lines.end(), [](std::string_view line) {
    return ArticleHeadingNumber(line).has_value();
  });
  if (headings >= 2) {
    return ChunkLegal(lines);
  }
  return ChunkSections(lines, options.max_section_bytes);
}

}  // namespace mizan::corpus
