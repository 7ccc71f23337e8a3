// Mizan — governance gateway for language models.

#include "mizan/text/tokenizer.h"

#include <array>

#include <unicode/uchar.h>

#include "mizan/text/utf8.h"

namespace mizan::text {
namespace {

enum class CharClass { kSeparator, kLetter, kMark, kDigit, kApostrophe };

CharClass Classify(char32_t c) {
  if (c < 0x80) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      return CharClass::kLetter;
    }
    if (c >= '0' && c <= '9') {
      return CharClass::kDigit;
    }
    return c == '\'' ? CharClass::kApostrophe : CharClass::kSeparator;
  }
  if (c == 0x2019) {
    return CharClass::kApostrophe;
  }
  uint32_t mask = U_GET_GC_MASK(static_cast<UChar32>(c));
  if ((mask & U_GC_L_MASK) != 0) {
    return CharClass::kLetter;
  }
  if ((mask & U_GC_M_MASK) != 0) {
    return CharClass::kMark;
  }
  return (mask & U_GC_ND_MASK) != 0 ? CharClass::kDigit : CharClass::kSeparator;
}

bool IsFrenchElision(std::string_view word) {
  static constexpr std::array<std::string_view, 13> kElisions = {
      "l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"};
  for (std::string_view elision : kElisions) {
    if (word == elision) {
      return true;
    }
  }
  return false;
}

// Accumulates one word at a time; `script` is kCommon while the word holds only digits.
class WordBuilder {
 public:
  explicit WordBuilder(std::string_view text) : text_(text) {}

  bool open() const { return open_; }
  std::string_view current(size_t end) const { return text_.substr(begin_, end - begin_); }

  void Start(size_t begin, Script script) {
    open_ = true;
    begin_ = begin;
    script_ = script;
  }
  // Whether a character of `script` (kCommon for a digit) may extend the open word.
  bool Accepts(Script script) const {
    if (script == Script::kCommon) {
      return script_ == Script::kCommon || script_ == Script::kLatin;
    }
    return script_ == script || (script_ == Script::kCommon && script == Script::kLatin);
  }
  void Extend(Script script) {
    if (script_ == Script::kCommon) {
      script_ = script;
    }
  }
  void Close(size_t end, std::vector<Token>& out) {
    if (open_) {
      out.push_back({current(end), script_});
    }
    open_ = false;
  }
  void Discard() { open_ = false; }

 private:
  std::string_view text_;
  bool open_ = false;
  size_t begin_ = 0;
  Script script_ = Script::kCommon;
};

}  // namespace

std::vector<Token> TokenizeFoldedWithScripts(std::string_view folded) {
  std::vector<Token> tokens;
  WordBuilder word(folded);
  size_t offset = 0;
  while (offset < folded.size()) {
    size_t begin = offset;
    char32_t c = DecodeUtf8(folded, &offset);
    CharClass char_class = Classify(c);
    if (char_class == CharClass::kLetter || char_class == CharClass::kDigit) {
      Script script = char_class == CharClass::kDigit ? Script::kCommon : ScriptOf(c);
      if (script == Script::kCommon && char_class == CharClass::kLetter && word.open()) {
        continue;  // A script-neutral letter (e.g. a modifier letter) joins any word.
      }
      if (word.open() && word.Accepts(script)) {
        word.Extend(script);
        continue;
      }
      word.Close(begin, tokens);
      word.Start(begin, script);
    } else if (char_class == CharClass::kMark) {
      // Marks extend the open word; a mark with nothing before it is dropped.
    } else if (char_class == CharClass::kApostrophe && word.open() &&
               IsFrenchElision(word.current(begin))) {
      word.Discard();
    } else {
      word.Close(begin, tokens);
    }
  }
  word.Close(folded.size(), tokens);
  return tokens;
}

std::vector<std::string_view> TokenizeFolded(std::string_view folded) {
  std::vector<std::string_view> words;
  for (const Token& token : TokenizeFoldedWithScripts(folded)) {
    words.push_back(token.text);
  }
  return words;
}

}  // namespace mizan::text
