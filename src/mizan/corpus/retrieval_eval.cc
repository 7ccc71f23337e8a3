// Mizan — governance gateway for language models.

#include "mizan/corpus/retrieval_eval.h"

#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

namespace mizan::corpus {

Result<QaSet> LoadQaSet(const std::string& path, std::string name, std::string lang) {
  std::ifstream in(path);
  if (!in) {
    return NotFoundError(path + ": cannot open question set");
  }
  QaSet set;
  set.name = std::move(name);
  set.lang = std::move(lang);
  std::map<std::string, size_t> by_text;
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) {
      continue;
    }
    nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
    if (row.is_discarded() || !row.is_object() || !row.contains("context") ||
        !row.contains("question") || !row["context"].is_string() || !row["question"].is_string()) {
      return InvalidArgumentError(path + ":" + std::to_string(line_number) +
                                  ": expected a JSON object with string 'context' and 'question'");
    }
    std::string context = row["context"].get<std::string>();
    auto [it, inserted] = by_text.try_emplace(context, set.paragraphs.size());
    if (inserted) {
      set.paragraphs.push_back(std::move(context));
    }
    set.questions.push_back(QaQuestion{row["question"].get<std::string>(), it->second});
  }
  if (set.questions.empty()) {
    return InvalidArgumentError(path + ": no questions");
  }
  return set;
}

RetrievalMetrics Evaluate(const QaSet& set,
                          const std::function<std::vector<size_t>(const std::string&)>& rank) {
  RetrievalMetrics metrics;
  metrics.questions = set.questions.size();
  metrics.paragraphs = set.paragraphs.size();
  double hits_at_1 = 0;
  double hits_at_5 = 0;
  double reciprocal_ranks = 0;
  for (const QaQuestion& question : set.questions) {
    std::vector<size_t> ranked = rank(question.text);
    for (size_t i = 0; i < ranked.size() && i < 10; ++i) {
      if (ranked[i] == question.gold) {
        hits_at_1 += i < 1 ? 1 : 0;
        hits_at_5 += i < 5 ? 1 : 0;
        reciprocal_ranks += 1.0 / static_cast<double>(i + 1);
        break;
      }
    }
  }
  const double n = static_cast<double>(set.questions.size());
  metrics.recall_at_1 = hits_at_1 / n;
  metrics.recall_at_5 = hits_at_5 / n;
  metrics.mrr_at_10 = reciprocal_ranks / n;
  return metrics;
}

RetrievalMetrics EvaluateMizan(const QaSet& set, const text::Analyzer& analyzer,
                               const Bm25Params& params) {
  PassageIndex::Builder builder;
  for (const std::string& paragraph : set.paragraphs) {
    builder.Add(AnalyzeWindows(analyzer, "", paragraph, set.lang));
  }
  PassageIndex index = std::move(builder).Build(params);
  return Evaluate(set, [&](const std::string& question) {
    std::vector<size_t> ranked;
    for (const PassageHit& hit :
         index.Search(analyzer.Terms(question, set.lang), analyzer.ArabicRoots(question), 10)) {
      ranked.push_back(hit.passage);
    }
    return ranked;
  });
}

}  // namespace mizan::corpus
