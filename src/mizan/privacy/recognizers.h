// Mizan — governance gateway for language models.
//
// First-cut personal-data recognisers (issue "main job"): e-mail addresses, Moroccan phone
// numbers and CIN/CNIE numbers, found in UTF-8 text with their byte spans. The full layer
// (RIB, IBAN, cards, names, sensitive categories, libphonenumber validation) is its own
// piece of work; this one covers what a citizen most often types into a question.
//
// Rules (see ../shared/reference/moroccan-identifiers.md):
//   EMAIL  local@domain.tld.
//   PHONE  +212 / 00212 / national 0, then 5-8 and eight more digits, with any of space, dot
//          or dash between digits; Arabic-Indic and Extended Arabic-Indic digits count.
//   CIN    1-2 Latin letters, optional space, 4-6 digits. No public checksum exists, so
//          without a context word ("CIN", "CNIE", "carte nationale", "البطاقة الوطنية", ...)
//          only the common shape (upper-case letters, 5-6 digits) is taken. Over-detection
//          costs a needless token; under-detection leaks an identity number.
// A match glued to a letter or digit on either side is not taken ("ABC123456", "0612345678901").
//
// Thread-safety: Recognize is const and thread-safe (RE2 objects are shared read-only).

#ifndef MIZAN_PRIVACY_RECOGNIZERS_H_
#define MIZAN_PRIVACY_RECOGNIZERS_H_

#include <string>
#include <string_view>
#include <vector>

namespace mizan::privacy {

struct Finding {
  std::string type;  // "EMAIL", "PHONE", "CIN"
  size_t begin = 0;  // Byte offsets into the text.
  size_t end = 0;
  std::string normalized;  // Canonical form, so one value gets one token (e.g. "212612345678").
};

// All findings, sorted by start, overlaps resolved in favour of the longer match.
std::vector<Finding> Recognize(std::string_view text);

}  // namespace mizan::privacy

#endif  // MIZAN_PRIVACY_RECOGNIZERS_H_
