// Mizan — governance gateway for language models.

#include "mizan/backends/messages.h"

#include <array>

namespace mizan::backends {
namespace {

// TODO: the Tamazight sentences were written by the team without a native-speaker review;
// users of Tifinagh answers are the ones affected; a review by an IRCAM-trained speaker
// (and the same for Darija if Darija-specific wording is wanted) would fix it.
constexpr std::array<AnswerMessages, 6> kMessages = {{
    {"ar", "وفقا للنصوص الرسمية المعتمدة:",
     "لا يوجد في المصادر نص بالعربية يجيب عن هذا السؤال؛ إليكم النصوص الرسمية بلغتها الأصلية:",
     "لم أجد في النصوص الرسمية المعتمدة أي مقطع يجيب عن هذا السؤال. يرجى إعادة صياغته أو "
     "التوجه إلى المصلحة المعنية.",
     "المادة"},
    {"fr", "D'après les textes officiels du corpus :",
     "Aucun passage en français ne répond à cette question ; voici les textes officiels dans "
     "leur langue d'origine :",
     "Je n'ai trouvé dans les textes officiels du corpus aucun passage qui réponde à cette "
     "question. Reformulez-la ou adressez-vous au service concerné.",
     "Article"},
    {"zgh", "ⵀⴰ ⵎⴰⴷ ⵏⵏⴰⵏ ⵉⴹⵕⵉⵚⵏ ⵓⵏⵚⵉⴱⵏ:",
     "ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⴹⵕⵉⵚ ⵙ ⵜⵎⴰⵣⵉⵖⵜ; ⵀⴰ ⵉⴹⵕⵉⵚⵏ ⵓⵏⵚⵉⴱⵏ ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⵙⵏ:",
     "ⵓⵔ ⵓⴼⵉⵖ ⴳ ⵉⴹⵕⵉⵚⵏ ⵓⵏⵚⵉⴱⵏ ⴽⵔⴰ ⵏ ⵜⵔⴰⵔⵉⵜ ⵉ ⵓⵙⵇⵙⵉ ⴰ.", "Article"},
    {"zgh-Latn", "Ha mad nnan yiḍṛiṣen unṣiben:",
     "Ur illi kra n uḍṛiṣ s tmaziɣt; ha iḍṛiṣen unṣiben s tutlayt nnsen:",
     "Ur ufiɣ g iḍṛiṣen unṣiben kra n tririt i usqsi a.", "Article"},
    {"en", "According to the official texts in the governed corpus:",
     "No passage in English answers this question; here are the official texts in their "
     "original language:",
     "I found no passage in the official texts of the corpus that answers this question. "
     "Please rephrase it or contact the service concerned.",
     "Article"},
    {"es", "Según los textos oficiales del corpus:",
     "Ningún pasaje en español responde a esta pregunta; estos son los textos oficiales en su "
     "idioma original:",
     "No he encontrado en los textos oficiales del corpus ningún pasaje que responda a esta "
     "pregunta. Reformúlela o diríjase al servicio competente.",
     "Artículo"},
}};

}  // namespace

const AnswerMessages& MessagesFor(std::string_view question_tag) {
  std::string_view wanted = question_tag;
  if (question_tag == "ary" || question_tag == "ary-Latn" || question_tag == "und" ||
      question_tag.empty()) {
    wanted = "ar";
  }
  for (const AnswerMessages& messages : kMessages) {
    if (messages.tag == wanted) {
      return messages;
    }
  }
  return kMessages[0];
}

std::string_view ReplyTag(std::string_view question_tag, std::string_view script) {
  if (question_tag != "und" && !question_tag.empty()) {
    return question_tag;
  }
  if (script == "Latn") {
    return "fr";
  }
  return script == "Tfng" ? "zgh" : "ar";
}

std::string LocalizeLocator(std::string_view locator, const AnswerMessages& messages) {
  constexpr std::string_view kArticle = "Article ";
  if (locator.substr(0, kArticle.size()) == kArticle) {
    return std::string(messages.article_word) + " " + std::string(locator.substr(kArticle.size()));
  }
  return std::string(locator);
}

}  // namespace mizan::backends
