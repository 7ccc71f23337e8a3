// Mizan — governance gateway for language models.

#include "mizan/corpus/bm25_index.h"

#include <algorithm>
#include <cmath>

namespace mizan::corpus {
namespace {

uint64_t TermHash(std::string_view term) { return std::hash<std::string_view>{}(term); }

}  // namespace

uint32_t Bm25Index::Builder::Add(const std::vector<std::string>& terms) {
  uint32_t doc = static_cast<uint32_t>(doc_lengths_.size());
  doc_lengths_.push_back(static_cast<uint32_t>(terms.size()));
  for (const std::string& term : terms) {
    auto [it, inserted] =
        term_ids_.try_emplace(TermHash(term), static_cast<uint32_t>(postings_.size()));
    if (inserted) {
      postings_.emplace_back();
    }
    auto& list = postings_[it->second];
    // Terms of one passage arrive together, so a repeat is always at the back.
    if (!list.empty() && list.back().first == doc) {
      ++list.back().second;
    } else {
      list.emplace_back(doc, 1);
    }
  }
  return doc;
}

Bm25Index Bm25Index::Builder::Build(const Bm25Params& params) && {
  Bm25Index index;
  index.doc_lengths_ = std::move(doc_lengths_);
  std::vector<std::pair<uint64_t, uint32_t>> terms(term_ids_.begin(), term_ids_.end());
  term_ids_.clear();
  std::sort(terms.begin(), terms.end());
  index.term_hashes_.reserve(terms.size());
  index.term_slots_.reserve(terms.size());
  for (const auto& [hash, id] : terms) {
    index.term_hashes_.push_back(hash);
    index.term_slots_.push_back(id);
  }
  const double doc_count = static_cast<double>(index.doc_lengths_.size());
  double total_length = 0;
  for (uint32_t length : index.doc_lengths_) {
    total_length += length;
  }
  const double average_length = doc_count > 0 ? std::max(1.0, total_length / doc_count) : 1.0;

  std::vector<float> norms(index.doc_lengths_.size());
  for (size_t doc = 0; doc < norms.size(); ++doc) {
    norms[doc] = static_cast<float>(
        params.k1 * (1 - params.b + params.b * index.doc_lengths_[doc] / average_length));
  }
  index.offsets_.reserve(postings_.size() + 1);
  index.idf_.reserve(postings_.size());
  index.offsets_.push_back(0);
  for (const auto& list : postings_) {
    const double df = static_cast<double>(list.size());
    index.idf_.push_back(static_cast<float>(std::log(1 + (doc_count - df + 0.5) / (df + 0.5))));
    for (const auto& [doc, tf] : list) {
      index.posting_docs_.push_back(doc);
      index.posting_weights_.push_back(
          static_cast<float>(tf * (params.k1 + 1) / (tf + norms[doc])));
    }
    index.offsets_.push_back(static_cast<uint32_t>(index.posting_docs_.size()));
  }
  return index;
}

bool Bm25Index::FindTerm(std::string_view term, uint32_t* id) const {
  uint64_t hash = TermHash(term);
  auto it = std::lower_bound(term_hashes_.begin(), term_hashes_.end(), hash);
  if (it == term_hashes_.end() || *it != hash) {
    return false;
  }
  *id = term_slots_[static_cast<size_t>(it - term_hashes_.begin())];
  return true;
}

double Bm25Index::Idf(const std::string& term) const {
  uint32_t id = 0;
  return FindTerm(term, &id) ? idf_[id] : 0.0;
}

std::vector<Bm25Hit> Bm25Index::Search(const std::vector<std::string>& query_terms, size_t k,
                                       const std::function<bool(uint32_t)>& accept) const {
  std::vector<WeightedTerm> query;
  query.reserve(query_terms.size());
  for (const std::string& term : query_terms) {
    query.push_back(WeightedTerm{term, 1.0f});
  }
  return SearchWeighted(query, k, accept);
}

std::vector<Bm25Hit> Bm25Index::SearchWeighted(const std::vector<WeightedTerm>& query, size_t k,
                                               const std::function<bool(uint32_t)>& accept) const {
  // Dense accumulators, reused across queries on this thread; only touched slots are reset.
  thread_local std::vector<float> scores;
  thread_local std::vector<float> matched;
  thread_local std::vector<uint32_t> matched_terms;
  thread_local std::vector<uint32_t> touched;
  if (scores.size() < doc_lengths_.size()) {
    scores.assign(doc_lengths_.size(), 0.0f);
    matched.assign(doc_lengths_.size(), 0.0f);
    matched_terms.assign(doc_lengths_.size(), 0);
  }
  touched.clear();

  // Distinct terms with their highest weight.
  struct QueryTerm {
    std::string_view text;
    float weight;
    bool covered;
  };
  std::vector<QueryTerm> distinct;
  std::unordered_map<std::string_view, size_t> position;  // Linear in the query's length.
  for (const WeightedTerm& item : query) {
    if (!(item.weight > 0)) {
      continue;  // A zero weight would also break the "untouched" test below.
    }
    auto [it, inserted] = position.try_emplace(item.term, distinct.size());
    if (inserted) {
      distinct.push_back(QueryTerm{item.term, item.weight, item.covered});
    } else {
      distinct[it->second].weight = std::max(distinct[it->second].weight, item.weight);
    }
  }
  struct IndexedTerm {
    uint32_t id;
    float weight;
    bool covered;
  };
  std::vector<IndexedTerm> term_ids;
  float known_weight = 0;
  float known_count = 0;
  float unknown_count = 0;
  for (const QueryTerm& term : distinct) {
    uint32_t id = 0;
    if (!FindTerm(term.text, &id)) {
      unknown_count += term.covered ? term.weight : 0;
      continue;
    }
    if (term.covered) {
      known_weight += term.weight * idf_[id];
      known_count += 1;
    }
    term_ids.push_back(IndexedTerm{id, term.weight, term.covered});
  }
  // Words the corpus never uses still count against coverage, each as much as an average
  // known word of the question: "couscous" in a question about law must lower the share a
  // passage can match, but a stray filler word should not sink a good match.
  float total_weight =
      known_count > 0 ? known_weight + unknown_count * known_weight / known_count : unknown_count;

  for (const IndexedTerm& term : term_ids) {
    const float idf = term.weight * idf_[term.id];
    // A tiny positive share keeps "touched" detectable for terms outside coverage.
    const float share = term.covered ? idf : 1e-9f;
    for (uint32_t p = offsets_[term.id]; p < offsets_[term.id + 1]; ++p) {
      const uint32_t doc = posting_docs_[p];
      if (matched[doc] == 0.0f) {
        touched.push_back(doc);
      }
      scores[doc] += idf * posting_weights_[p];
      matched[doc] += share;
      matched_terms[doc] += term.covered ? 1 : 0;
    }
  }

  std::vector<Bm25Hit> hits;
  hits.reserve(touched.size());
  for (uint32_t doc : touched) {
    if (!accept || accept(doc)) {
      hits.push_back(Bm25Hit{doc, scores[doc], total_weight > 0 ? matched[doc] / total_weight : 0,
                             matched_terms[doc]});
    }
    scores[doc] = 0.0f;
    matched[doc] = 0.0f;
    matched_terms[doc] = 0;
  }
  auto better = [](const Bm25Hit& a, const Bm25Hit& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
  };
  if (hits.size() > k) {
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(k), hits.end(),
                      better);
    hits.resize(k);
  } else {
    std::sort(hits.begin(), hits.end(), better);
  }
  return hits;
}

}  // namespace mizan::corpus
