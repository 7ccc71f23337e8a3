// Mizan — governance gateway for language models.
//
// The few sentences Mizan itself writes into answers (an introduction to quoted sources, the
// note that sources are in another language, the "nothing found" reply), in each language
// the gateway serves. Every language gets the same messages: none is a fallback for another.
// Thread-safe (constant data).

#ifndef MIZAN_BACKENDS_MESSAGES_H_
#define MIZAN_BACKENDS_MESSAGES_H_

#include <string>
#include <string_view>

namespace mizan::backends {

struct AnswerMessages {
  std::string_view tag;             // Language of these messages.
  std::string_view intro;           // Before quotes in the asker's language.
  std::string_view other_language;  // Before quotes from sources in another language.
  std::string_view not_found;       // When the corpus has nothing relevant.
  std::string_view article_word;    // How "Article" reads in this language.
};

// The messages to answer a question written in `question_tag` (ar and ary in Arabic
// script, Darija in Latin script too, get Arabic; zgh-Latn gets Tamazight in Latin script;
// und gets Arabic, the first official language).
const AnswerMessages& MessagesFor(std::string_view question_tag);

// The language to answer a question in: its tag, or for an unidentified question ("und")
// the usual language of its script in Morocco (French for Latin script, Tamazight for
// Tifinagh, Arabic otherwise).
std::string_view ReplyTag(std::string_view question_tag, std::string_view script);

// "Article 12" rendered for the answer language ("المادة 12" in Arabic); other locators as is.
std::string LocalizeLocator(std::string_view locator, const AnswerMessages& messages);

}  // namespace mizan::backends

#endif  // MIZAN_BACKENDS_MESSAGES_H_
