// Mizan — governance gateway for language models.

#include "mizan/backends/extractive_responder.h"

#include <algorithm>
#include <set>

#include "mizan/backends/messages.h"
#include "mizan/text/sentences.h"

namespace mizan::backends {
namespace {

// PDF-extracted text breaks lines inside sentences; a quote reads as one line.
std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out.push_back(' ');
      space = false;
    }
    out.push_back(c);
  }
  return out;
}

// Cuts at the last space before `max_bytes` (never inside a UTF-8 sequence) and marks the cut.
std::string Shorten(std::string text, size_t max_bytes) {
  if (text.size() <= max_bytes) {
    return text;
  }
  size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut < max_bytes / 2) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
      --cut;
    }
  }
  text.resize(cut);
  return text + " …";
}

}  // namespace

std::vector<std::string_view> ExtractiveResponder::PreferredPassageLanguages(
    std::string_view question_tag) {
  if (question_tag == "ar" || question_tag == "ary" || question_tag == "ary-Latn") {
    return {"ar", "ary"};
  }
  if (question_tag == "zgh" || question_tag == "zgh-Latn") {
    return {"zgh", "zgh-Latn"};
  }
  if (question_tag == "und" || question_tag.empty()) {
    return {};
  }
  return {question_tag};
}

std::string ExtractiveResponder::Quote(const core::RetrievedPassage& passage,
                                       const std::vector<std::string>& question_terms) const {
  std::set<std::string> wanted(question_terms.begin(), question_terms.end());
  std::vector<text::TextSpan> sentences = text::SplitSentences(passage.text);
  struct Scored {
    size_t index;
    size_t matches;
  };
  std::vector<Scored> scored;
  for (size_t i = 0; i < sentences.size(); ++i) {
    std::string_view sentence =
        std::string_view(passage.text)
            .substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
    std::set<std::string> found;
    for (const std::string& term : analyzer_.Terms(sentence, passage.lang)) {
      if (wanted.contains(term)) {
        found.insert(term);
      }
    }
    scored.push_back(Scored{i, found.size()});
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& a, const Scored& b) { return a.matches > b.matches; });
  std::vector<size_t> chosen;
  for (const Scored& s : scored) {
    if (chosen.size() == options_.max_sentences || (s.matches == 0 && !chosen.empty())) {
      break;
    }
    chosen.push_back(s.index);  // With no match at all, the passage's first sentence.
  }
  std::sort(chosen.begin(), chosen.end());
  std::string quote;
  for (size_t index : chosen) {
    std::string_view sentence =
        std::string_view(passage.text)
            .substr(sentences[index].begin, sentences[index].end - sentences[index].begin);
    if (!quote.empty()) {
      quote += " … ";
    }
    quote += CollapseWhitespace(sentence);
  }
  if (quote.empty()) {
    quote = CollapseWhitespace(passage.text);
  }
  return Shorten(std::move(quote), options_.max_quote_bytes);
}

core::Answer ExtractiveResponder::Respond(
    std::string_view question, std::string_view question_tag,
    const std::vector<core::RetrievedPassage>& candidates) const {
  const AnswerMessages& messages = MessagesFor(question_tag);
  core::Answer answer;
  answer.language = std::string(messages.tag);

  std::vector<const core::RetrievedPassage*> relevant;
  for (const auto& passage : candidates) {
    int needed = std::min(options_.min_matched_terms, passage.question_terms);
    if (passage.score > 0 && passage.coverage >= options_.min_coverage &&
        passage.matched_terms >= needed) {
      relevant.push_back(&passage);
    }
  }
  std::vector<std::string_view> preferred = PreferredPassageLanguages(question_tag);
  std::vector<const core::RetrievedPassage*> chosen;
  for (const auto* passage : relevant) {
    if (preferred.empty() ||
        std::find(preferred.begin(), preferred.end(), passage->lang) != preferred.end()) {
      chosen.push_back(passage);
    }
  }
  if (chosen.empty() && !relevant.empty()) {
    chosen = relevant;
    answer.other_language = true;
  }
  if (chosen.empty()) {
    answer.text = std::string(messages.not_found);
    return answer;
  }
  if (chosen.size() > options_.max_passages) {
    chosen.resize(options_.max_passages);
  }

  std::vector<std::string> question_terms = analyzer_.Terms(question, question_tag);
  answer.grounded = true;
  answer.text = std::string(answer.other_language ? messages.other_language : messages.intro);
  for (size_t i = 0; i < chosen.size(); ++i) {
    const core::RetrievedPassage& passage = *chosen[i];
    core::Citation citation;
    citation.passage_id = passage.passage_id;
    citation.document_id = passage.document_id;
    citation.version = passage.version;
    citation.title = passage.title;
    citation.locator = passage.locator;
    citation.source_url = passage.source_url;
    citation.lang = passage.lang;
    citation.sha256 = passage.sha256;
    citation.score = passage.score;
    citation.quote = Quote(passage, question_terms);
    std::string where = passage.title;
    if (passage.locator != passage.title) {  // A section titled like its document says it once.
      where += ", " + LocalizeLocator(passage.locator, messages);
    }
    answer.text += "\n\n[" + std::to_string(i + 1) + "] «" + citation.quote + "» — " + where;
    answer.citations.push_back(std::move(citation));
  }
  return answer;
}

}  // namespace mizan::backends
