// Mizan — governance gateway for language models.

#include "mizan/corpus/passage_index.h"

#include <algorithm>
#include <unordered_map>

#include "mizan/text/sentences.h"

namespace mizan::corpus {
namespace {

// Pairs are spelled with a separator no analysed term contains.
constexpr char kPairSeparator = '\x1f';

bool IsRoot(const std::string& term) { return term.rfind(text::Analyzer::kRootMarker, 0) == 0; }

std::vector<std::string> WithPairs(const std::vector<std::string>& terms) {
  std::vector<std::string> out = terms;
  for (size_t i = 0; i + 1 < terms.size(); ++i) {
    out.push_back(terms[i] + kPairSeparator + terms[i + 1]);
  }
  return out;
}

}  // namespace

WindowTerms AnalyzeWindows(const text::Analyzer& analyzer, std::string_view locator,
                           std::string_view text, std::string_view lang) {
  std::vector<std::string> locator_terms = analyzer.Terms(locator, lang);
  WindowTerms windows;
  auto flush = [&](std::string_view window) {
    std::vector<std::string> terms = locator_terms;
    std::vector<std::string> body = analyzer.Terms(window, lang);
    terms.insert(terms.end(), body.begin(), body.end());
    if (kRootWeight > 0) {
      std::vector<std::string> roots = analyzer.ArabicRoots(window);
      terms.insert(terms.end(), roots.begin(), roots.end());
    }
    windows.push_back(std::move(terms));
  };
  if (text.size() <= kSingleWindowBytes) {
    flush(text);
    return windows;
  }
  size_t start = 0;
  size_t end = 0;
  for (const text::TextSpan& sentence : text::SplitSentences(text)) {
    end = sentence.end;
    if (end - start >= kWindowBytes) {
      flush(text.substr(start, end - start));
      start = end;
    }
  }
  if (windows.empty() || text.find_first_not_of(" \t\r\n", start) != std::string_view::npos) {
    flush(text.substr(start));
  }
  return windows;
}

std::string JoinWindows(const WindowTerms& windows) {
  std::string joined;
  for (size_t w = 0; w < windows.size(); ++w) {
    if (w > 0) {
      joined.push_back('\n');
    }
    for (size_t t = 0; t < windows[w].size(); ++t) {
      if (t > 0) {
        joined.push_back(' ');
      }
      joined += windows[w][t];
    }
  }
  return joined;
}

WindowTerms SplitWindows(std::string_view joined) {
  WindowTerms windows(1);
  std::string current;
  for (char c : joined) {
    if (c == ' ' || c == '\n') {
      if (!current.empty()) {
        windows.back().push_back(std::move(current));
        current.clear();
      }
      if (c == '\n') {
        windows.emplace_back();
      }
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) {
    windows.back().push_back(std::move(current));
  }
  return windows;
}

uint32_t PassageIndex::Builder::Add(const WindowTerms& windows) {
  for (const auto& window : windows) {
    auto first_root = std::find_if(window.begin(), window.end(), IsRoot);
    windows_.Add(WithPairs(std::vector<std::string>(window.begin(), first_root)));
    roots_.Add(std::vector<std::string>(first_root, window.end()));
    window_passage_.push_back(passages_);
  }
  return passages_++;
}

PassageIndex PassageIndex::Builder::Build(const Bm25Params& params) && {
  PassageIndex index;
  index.windows_ = std::move(windows_).Build(params);
  index.roots_ = std::move(roots_).Build(params);
  index.window_passage_ = std::move(window_passage_);
  index.passage_count_ = passages_;
  return index;
}

std::vector<PassageHit> PassageIndex::Search(const std::vector<std::string>& query_terms,
                                             const std::vector<std::string>& query_roots,
                                             size_t k) const {
  std::vector<WeightedTerm> query;
  for (const std::string& term : query_terms) {
    query.push_back(WeightedTerm{term, 1.0f, true});
  }
  for (size_t i = 0; i + 1 < query_terms.size(); ++i) {
    // Coverage is about the question's words; pairs only re-rank.
    query.push_back(
        WeightedTerm{query_terms[i] + kPairSeparator + query_terms[i + 1], kBigramWeight, false});
  }
  // Enough windows that the k best passages are almost surely among them.
  size_t window_k = std::max<size_t>(k * 8, 64);
  std::unordered_map<uint32_t, Bm25Hit> windows;  // window -> words hit plus root score
  for (const Bm25Hit& hit : windows_.SearchWeighted(query, window_k)) {
    windows.emplace(hit.doc, hit);
  }
  if (!query_roots.empty()) {
    std::vector<WeightedTerm> roots;
    for (const std::string& root : query_roots) {
      roots.push_back(WeightedTerm{root, kRootWeight, false});
    }
    // Roots only re-rank: counted as matched words they let "who won the 2022 World Cup"
    // (كرة القدم) "match" a law on submitting requests (تقديم), three off-topic questions in
    // thirty instead of none.
    for (const Bm25Hit& hit : roots_.SearchWeighted(roots, window_k)) {
      auto [it, inserted] = windows.try_emplace(hit.doc, Bm25Hit{hit.doc, 0, 0, 0});
      it->second.score += hit.score;
    }
  }
  std::unordered_map<uint32_t, size_t> position;
  std::vector<PassageHit> hits;
  for (const auto& [doc, window] : windows) {
    uint32_t passage = window_passage_[doc];
    auto [it, inserted] = position.try_emplace(passage, hits.size());
    if (inserted) {
      hits.push_back(PassageHit{passage, window.score, window.coverage, window.matched_terms});
    } else {
      PassageHit& hit = hits[it->second];
      hit.score = std::max(hit.score, window.score);
      hit.coverage = std::max(hit.coverage, window.coverage);
      hit.matched_terms = std::max(hit.matched_terms, window.matched_terms);
    }
  }
  std::sort(hits.begin(), hits.end(), [](const PassageHit& a, const PassageHit& b) {
    return a.score != b.score ? a.score > b.score : a.passage < b.passage;
  });
  if (hits.size() > k) {
    hits.resize(k);
  }
  return hits;
}

}  // namespace mizan::corpus
