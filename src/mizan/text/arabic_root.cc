// Mizan — governance gateway for language models.

#include "mizan/text/arabic_root.h"

#include <array>

#include "mizan/text/utf8.h"

namespace mizan::text {
namespace {

constexpr char32_t kFa = 0x0641;   // ف, root letter 1 in patterns
constexpr char32_t kAin = 0x0639;  // ع, root letter 2
constexpr char32_t kLam = 0x0644;  // ل, root letter 3

std::u32string Decode(std::string_view word) {
  std::u32string out;
  size_t offset = 0;
  while (offset < word.size()) {
    out.push_back(DecodeUtf8(word, &offset));
  }
  return out;
}

std::string Encode(const std::u32string& word) {
  std::string out;
  for (char32_t c : word) {
    AppendUtf8(out, c);
  }
  return out;
}

bool StartsWith(const std::u32string& word, const std::u32string& prefix) {
  return word.size() >= prefix.size() && word.compare(0, prefix.size(), prefix) == 0;
}

bool EndsWith(const std::u32string& word, const std::u32string& suffix) {
  return word.size() >= suffix.size() &&
         word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Affixes, longest first. The article and its prepositional forms, then conjunctions.
const std::array<std::u32string, 7> kPrefixes = {U"وال", U"بال", U"كال", U"فال",
                                                 U"ولل", U"ال",  U"لل"};
// Pronouns and inflection endings (folded: ة is ه).
const std::array<std::u32string, 20> kSuffixes = {
    U"تها", U"تهم", U"هما", U"كما", U"تين", U"تان", U"ها", U"هم", U"هن", U"كم",
    U"نا",  U"ون",  U"ين",  U"ات",  U"ان",  U"يه",  U"تم", U"وا", U"ه",  U"ي"};

// Derivation patterns by length; ف ع ل mark the root letters, other letters must match.
const std::array<std::u32string, 11> kPatterns4 = {U"فاعل", U"فعال", U"فعيل", U"فعول",
                                                   U"مفعل", U"تفعل", U"افعل", U"يفعل",
                                                   U"نفعل", U"فعلي", U"فعلا"};
const std::array<std::u32string, 14> kPatterns5 = {U"افتعل", U"انفعل", U"تفاعل", U"مفاعل", U"مفعول",
                                                   U"تفعيل", U"مفتعل", U"متفعل", U"افعال", U"فعايل",
                                                   U"فواعل", U"مفعال", U"يفتعل", U"تفتعل"};
const std::array<std::u32string, 8> kPatterns6 = {U"استفعل", U"مستفعل", U"افتعال", U"انفعال",
                                                  U"مفاعيل", U"متفاعل", U"يستفعل", U"تستفعل"};
const std::array<std::u32string, 1> kPatterns7 = {U"استفعال"};

bool MatchPattern(const std::u32string& word, const std::u32string& pattern, std::u32string* root) {
  if (word.size() != pattern.size()) {
    return false;
  }
  std::u32string letters;
  for (size_t i = 0; i < word.size(); ++i) {
    char32_t p = pattern[i];
    if (p == kFa || p == kAin || p == kLam) {
      letters.push_back(word[i]);
    } else if (p != word[i]) {
      return false;
    }
  }
  *root = letters;
  return true;
}

template <size_t N>
bool MatchAny(const std::u32string& word, const std::array<std::u32string, N>& patterns,
              std::u32string* root) {
  for (const std::u32string& pattern : patterns) {
    if (MatchPattern(word, pattern, root)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string ArabicRoot(std::string_view folded_word) {
  std::u32string word = Decode(folded_word);
  for (const std::u32string& prefix : kPrefixes) {
    if (StartsWith(word, prefix) && word.size() >= prefix.size() + 3) {
      word.erase(0, prefix.size());
      break;
    }
  }
  if (word.size() >= 5 && (word[0] == U'و' || word[0] == U'ف')) {
    word.erase(0, 1);
  }
  // The prepositions ل, ب and ك attach to words without the article too ("لتجديد"); a root
  // is never shorter than three letters, so a five-letter word can lose one.
  if (word.size() >= 5 && (word[0] == U'ل' || word[0] == U'ب' || word[0] == U'ك')) {
    word.erase(0, 1);
  }
  // Two rounds: a pronoun after an inflection ending ("معطياتهم").
  for (int round = 0; round < 2 && word.size() > 3; ++round) {
    for (const std::u32string& suffix : kSuffixes) {
      if (EndsWith(word, suffix) && word.size() >= suffix.size() + 3) {
        word.erase(word.size() - suffix.size());
        break;
      }
    }
  }
  // A feminine ending written ت before a pronoun ("صلاحيت" from "صلاحيتها").
  if (word.size() > 3 && word.back() == U'ت') {
    word.pop_back();
  }
  std::u32string root;
  bool matched = (word.size() == 4 && MatchAny(word, kPatterns4, &root)) ||
                 (word.size() == 5 && MatchAny(word, kPatterns5, &root)) ||
                 (word.size() == 6 && MatchAny(word, kPatterns6, &root)) ||
                 (word.size() == 7 && MatchAny(word, kPatterns7, &root));
  return Encode(matched ? root : word);
}

}  // namespace mizan::text
