// Mizan — governance gateway for language models.
//
// mizan_retrieval_bench: Mizan's retrieval against Xapian's BM25, Xapian fed Mizan's terms
// and SQLite FTS5 (the alternative to Mizan's own index), on the same real data and queries,
// in one run. Quality: recall@1, recall@5 and MRR@10 on ARCD (Arabic) and PIAF (French).
// Latency: per-query wall time over the legal corpus and over 100k passages built from the
// real sentence sets, plus build time, peak memory and index size per engine. Every table
// ends with Mizan-to-peer ratios; bench/README.md explains how to read them.
//
//   mizan_retrieval_bench [--data DIR] [--quick]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "mizan/base/result.h"
#include "mizan/corpus/retrieval_eval.h"
#include "mizan/text/analyzer.h"

#include "bench/bench_data.h"
#include "bench/measure.h"
#include "bench/search_engines.h"

namespace mizan::bench {
namespace {

namespace fs = std::filesystem;

// The server's defaults (core/config.h), so the figures are those of a stock deployment.
const corpus::Bm25Params kServerBm25{};

struct Options {
  std::string data_dir;  // Empty: $MIZAN_DATA_DIR or ../shared/data.
  bool quick = false;    // A smoke-test run: smaller corpus, fewer rounds.
};

struct Scale {
  size_t sentence_passages;
  int rounds;  // Timed passes over all queries, after one untimed warm-up pass.
};

constexpr Scale kFullScale{100000, 5};
constexpr Scale kQuickScale{10000, 2};

Result<Options> ParseOptions(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) {
      options.quick = true;
    } else if (std::strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
      options.data_dir = argv[++i];
    } else {
      return InvalidArgumentError(std::string("unexpected argument '") + argv[i] +
                                  "'; usage: mizan_retrieval_bench [--data DIR] [--quick]");
    }
  }
  return options;
}

// "1.07x", or "-" when the ratio means nothing (no peer figure, or a zero one).
std::string Ratio(double mizan, double peer) {
  if (mizan < 0 || peer <= 0) {
    return "-";
  }
  char text[32];
  std::snprintf(text, sizeof(text), "%.2fx", mizan / peer);
  return text;
}

// `value` with `decimals` digits, or "-" for a figure that does not apply (negative).
std::string Figure(double value, int decimals) {
  if (value < 0) {
    return "-";
  }
  char text[32];
  std::snprintf(text, sizeof(text), "%.*f", decimals, value);
  return text;
}

// ---- Quality -------------------------------------------------------------------------------

corpus::RetrievalMetrics Score(const corpus::QaSet& set, SearchEngine& engine) {
  return corpus::Evaluate(set, [&](const std::string& question) {
    return engine.Search(Query{set.lang, question});
  });
}

// Each question's gold paragraph rank, 1-based; kTopK + 1 when it is not in the top kTopK.
std::vector<size_t> GoldRanks(const corpus::QaSet& set, SearchEngine& engine) {
  std::vector<size_t> ranks;
  for (const corpus::QaQuestion& question : set.questions) {
    const std::vector<size_t> ranked = engine.Search(Query{set.lang, question.text});
    auto found = std::find(ranked.begin(), ranked.end(), question.gold);
    ranks.push_back(found == ranked.end() ? kTopK + 1 : found - ranked.begin() + 1);
  }
  return ranks;
}

void PrintQualityHeader() {
  std::printf("\nQuality: find each question's own paragraph among its set's paragraphs.\n");
  std::printf("Higher is better; ratios above 1.00x mean Mizan is ahead.\n");
  std::printf("%-11s %9s %10s  %-28s %8s %8s %8s\n", "set", "questions", "paragraphs", "engine",
              "R@1", "R@5", "MRR@10");
}

void PrintQualityRow(const char* engine, const corpus::RetrievalMetrics& m) {
  std::printf("%-11s %9s %10s  %-28s %8.4f %8.4f %8.4f\n", "", "", "", engine, m.recall_at_1,
              m.recall_at_5, m.mrr_at_10);
}

void PrintRatioRow(const char* label, const corpus::RetrievalMetrics& mizan,
                   const corpus::RetrievalMetrics& peer) {
  std::printf("%-11s %9s %10s  %-28s %8s %8s %8s\n", "", "", "", label,
              Ratio(mizan.recall_at_1, peer.recall_at_1).c_str(),
              Ratio(mizan.recall_at_5, peer.recall_at_5).c_str(),
              Ratio(mizan.mrr_at_10, peer.mrr_at_10).c_str());
}

void PrintHeadToHead(const std::vector<size_t>& mizan, const std::vector<size_t>& xapian) {
  size_t mizan_wins = 0;
  size_t xapian_wins = 0;
  for (size_t i = 0; i < mizan.size(); ++i) {
    mizan_wins += mizan[i] < xapian[i] ? 1 : 0;
    xapian_wins += xapian[i] < mizan[i] ? 1 : 0;
  }
  std::printf("%-11s %9s %10s  gold ranked higher by Mizan: %zu questions, by Xapian: %zu\n", "",
              "", "", mizan_wins, xapian_wins);
}

void RunQuality(const corpus::QaSet& set, const text::Analyzer& analyzer, const fs::path& scratch) {
  const std::vector<Passage> paragraphs = Paragraphs(set);
  std::unique_ptr<SearchEngine> mizan = BuildMizanEngine(paragraphs, analyzer, kServerBm25);
  std::unique_ptr<SearchEngine> xapian = BuildXapianEngine(paragraphs, scratch / "xapian");
  std::unique_ptr<SearchEngine> xapian_terms =
      BuildXapianTermsEngine(paragraphs, analyzer, scratch / "xapian-terms");
  std::unique_ptr<SearchEngine> fts5 = BuildFts5Engine(paragraphs, analyzer, scratch / "fts5");
  const corpus::RetrievalMetrics mizan_metrics = corpus::EvaluateMizan(set, analyzer, kServerBm25);
  const corpus::RetrievalMetrics xapian_metrics = Score(set, *xapian);
  const corpus::RetrievalMetrics xapian_terms_metrics = Score(set, *xapian_terms);

  std::printf("%-11s %9zu %10zu  %-28s %8.4f %8.4f %8.4f\n", set.name.c_str(),
              mizan_metrics.questions, mizan_metrics.paragraphs, "Mizan", mizan_metrics.recall_at_1,
              mizan_metrics.recall_at_5, mizan_metrics.mrr_at_10);
  PrintQualityRow("Xapian BM25", xapian_metrics);
  PrintQualityRow("Xapian BM25, Mizan terms", xapian_terms_metrics);
  PrintQualityRow("FTS5 bm25, Mizan terms", Score(set, *fts5));
  PrintRatioRow("Mizan / Xapian", mizan_metrics, xapian_metrics);
  PrintRatioRow("Mizan / Xapian, Mizan terms", mizan_metrics, xapian_terms_metrics);
  PrintHeadToHead(GoldRanks(set, *mizan), GoldRanks(set, *xapian));
}

// ---- Latency -------------------------------------------------------------------------------

struct LatencyCase {
  std::string title;  // What the passages and queries are, for the table heading.
  std::vector<Passage> passages;
  std::vector<Query> queries;
};

struct MeasuredEngine {
  const char* name;
  std::unique_ptr<SearchEngine> engine;
  const char* stored = "RAM";  // Where the index lives: "RAM" or "disk".
  double build_s = 0;
  double peak_mib = -1;                       // Resident growth at the build's peak.
  double index_mib = 0;                       // Mizan: resident after the build; peers: disk.
  std::vector<std::vector<double>> times_us;  // Per query, one sample per round.
};

void AppendQueries(const std::vector<Query>& more, std::vector<Query>& queries) {
  queries.insert(queries.end(), more.begin(), more.end());
}

Result<LatencyCase> LegalCase(const fs::path& data_dir, const QaSets& qa) {
  LatencyCase legal;
  MIZAN_ASSIGN_OR_RETURN(legal.passages, LegalPassages(data_dir));
  MIZAN_ASSIGN_OR_RETURN(legal.queries, LegalQuestions());
  const size_t yaml_questions = legal.queries.size();
  AppendQueries(Questions(qa.arcd), legal.queries);
  AppendQueries(Questions(qa.piaf), legal.queries);
  legal.title = "legal corpus (governed-corpus-ma-law), " + std::to_string(legal.passages.size()) +
                " passages; queries: " + std::to_string(yaml_questions) +
                " from tests/data + ARCD + PIAF = " + std::to_string(legal.queries.size());
  return legal;
}

// Passages with distinct text: the sentence corpus reuses sentences once they run out.
size_t DistinctTexts(const std::vector<Passage>& passages) {
  std::unordered_set<std::string_view> texts;
  for (const Passage& passage : passages) {
    texts.insert(passage.text);
  }
  return texts.size();
}

Result<LatencyCase> SentenceCase(const fs::path& data_dir, const QaSets& qa, size_t count) {
  LatencyCase sentences;
  MIZAN_ASSIGN_OR_RETURN(sentences.passages, SentencePassages(data_dir, qa, count));
  for (const corpus::QaSet* set : {&qa.arcd, &qa.piaf, &qa.xquad_ar, &qa.xquad_en}) {
    AppendQueries(Questions(*set), sentences.queries);
  }
  sentences.title = "sentence corpus (QA contexts + langid sentences), " +
                    std::to_string(sentences.passages.size()) + " passages (" +
                    std::to_string(DistinctTexts(sentences.passages)) +
                    " distinct); queries: ARCD + PIAF + XQuAD ar + XQuAD en = " +
                    std::to_string(sentences.queries.size());
  return sentences;
}

// Builds one engine and records its cost. `folder` is where an on-disk engine writes; empty
// for the in-memory one, whose index size is the resident memory it keeps.
MeasuredEngine MeasureBuild(const char* name, const fs::path& folder,
                            const std::function<std::unique_ptr<SearchEngine>()>& build) {
  MeasuredEngine measured{name, nullptr};
  MemoryProbe probe;
  const auto start = std::chrono::steady_clock::now();
  measured.engine = build();
  measured.build_s = SecondsSince(start);
  const MemoryUse memory = probe.Read();
  measured.peak_mib = memory.peak_mib;
  if (folder.empty()) {
    measured.index_mib = memory.kept_mib;
  } else {
    measured.stored = "disk";
    measured.index_mib = DirectoryMib(folder);
  }
  return measured;
}

void TimeRound(const std::vector<Query>& queries, MeasuredEngine& measured) {
  measured.times_us.resize(queries.size());
  for (size_t q = 0; q < queries.size(); ++q) {
    const auto start = std::chrono::steady_clock::now();
    measured.engine->Search(queries[q]);
    measured.times_us[q].push_back(SecondsSince(start) * 1e6);
  }
}

LatencySummary SummarizeAll(const MeasuredEngine& measured) {
  std::vector<double> samples;
  for (const std::vector<double>& rounds : measured.times_us) {
    samples.insert(samples.end(), rounds.begin(), rounds.end());
  }
  return Summarize(std::move(samples));
}

// Queries on which `peer`'s median over the rounds beats Mizan's.
size_t PeerFasterCount(const MeasuredEngine& mizan, const MeasuredEngine& peer) {
  size_t count = 0;
  for (size_t q = 0; q < mizan.times_us.size(); ++q) {
    count += Median(peer.times_us[q]) < Median(mizan.times_us[q]) ? 1 : 0;
  }
  return count;
}

void PrintEngineRow(const MeasuredEngine& e, const LatencySummary& s) {
  std::printf("%-28s %6s %8.2f %9s %10.1f %9.1f %9.1f %9.1f\n", e.name, e.stored, e.build_s,
              Figure(e.peak_mib, 1).c_str(), e.index_mib, s.mean_us, s.p50_us, s.p99_us);
}

void PrintRatioRow(const MeasuredEngine& mizan, const LatencySummary& ms,
                   const MeasuredEngine& peer, const LatencySummary& ps) {
  const std::string label = std::string("Mizan / ") + peer.name;
  std::printf("%-28s %6s %8s %9s %10s %9s %9s %9s\n", label.c_str(), "",
              Ratio(mizan.build_s, peer.build_s).c_str(),
              Ratio(mizan.peak_mib, peer.peak_mib).c_str(),
              Ratio(mizan.index_mib, peer.index_mib).c_str(), Ratio(ms.mean_us, ps.mean_us).c_str(),
              Ratio(ms.p50_us, ps.p50_us).c_str(), Ratio(ms.p99_us, ps.p99_us).c_str());
}

void PrintLatency(const LatencyCase& c, int rounds, const std::vector<MeasuredEngine>& engines) {
  std::printf("\nLatency: %s; %d timed rounds.\n", c.title.c_str(), rounds);
  std::printf("Lower is better; ratios below 1.00x mean Mizan is ahead.\n");
  std::printf("%-28s %6s %8s %9s %10s %9s %9s %9s\n", "engine", "index", "build s", "peak MiB",
              "index MiB", "mean us", "p50 us", "p99 us");
  std::vector<LatencySummary> summaries;
  for (const MeasuredEngine& e : engines) {
    summaries.push_back(SummarizeAll(e));
    PrintEngineRow(e, summaries.back());
  }
  for (size_t i = 1; i < engines.size(); ++i) {
    PrintRatioRow(engines[0], summaries[0], engines[i], summaries[i]);
  }
  for (size_t i = 1; i < engines.size(); ++i) {
    std::printf("%-28s faster than Mizan on %zu of %zu queries (median of the rounds)\n",
                engines[i].name, PeerFasterCount(engines[0], engines[i]), c.queries.size());
  }
}

void RunLatency(const LatencyCase& c, const text::Analyzer& analyzer, const fs::path& scratch,
                int rounds) {
  std::vector<MeasuredEngine> engines;
  engines.push_back(MeasureBuild(
      "Mizan", {}, [&] { return BuildMizanEngine(c.passages, analyzer, kServerBm25); }));
  engines.push_back(MeasureBuild("Xapian", scratch / "xapian", [&] {
    return BuildXapianEngine(c.passages, scratch / "xapian");
  }));
  engines.push_back(MeasureBuild("Xapian, Mizan terms", scratch / "xapian-terms", [&] {
    return BuildXapianTermsEngine(c.passages, analyzer, scratch / "xapian-terms");
  }));
  engines.push_back(MeasureBuild("FTS5 (Mizan terms)", scratch / "fts5", [&] {
    return BuildFts5Engine(c.passages, analyzer, scratch / "fts5");
  }));
  for (MeasuredEngine& e : engines) {
    for (const Query& query : c.queries) {
      e.engine->Search(query);  // Warm-up: caches, lazily built query parsers, page cache.
    }
  }
  // Rounds alternate between engines so that load from other processes spreads over all.
  for (int round = 0; round < rounds; ++round) {
    for (MeasuredEngine& e : engines) {
      TimeRound(c.queries, e);
    }
  }
  PrintLatency(c, rounds, engines);
}

Status Run(const Options& options) {
  const Scale scale = options.quick ? kQuickScale : kFullScale;
  MIZAN_ASSIGN_OR_RETURN(const fs::path data_dir, ResolveDataDir(options.data_dir));
  MIZAN_ASSIGN_OR_RETURN(const QaSets qa, LoadQaSets(data_dir));
  MIZAN_ASSIGN_OR_RETURN(const TempDir scratch, TempDir::Create());
  const text::Analyzer analyzer;
  std::printf("mizan_retrieval_bench%s: data from %s\n", options.quick ? " --quick" : "",
              data_dir.lexically_normal().c_str());

  PrintQualityHeader();
  RunQuality(qa.arcd, analyzer, scratch.path() / qa.arcd.name);
  RunQuality(qa.piaf, analyzer, scratch.path() / qa.piaf.name);

  MIZAN_ASSIGN_OR_RETURN(const LatencyCase legal, LegalCase(data_dir, qa));
  RunLatency(legal, analyzer, scratch.path() / "legal", scale.rounds);
  MIZAN_ASSIGN_OR_RETURN(const LatencyCase sentences,
                         SentenceCase(data_dir, qa, scale.sentence_passages));
  RunLatency(sentences, analyzer, scratch.path() / "sentences", scale.rounds);
  return Status::Ok();
}

}  // namespace
}  // namespace mizan::bench

int main(int argc, char** argv) {
  using mizan::bench::ParseOptions;
  mizan::Result<mizan::bench::Options> options = ParseOptions(argc, argv);
  if (!options.ok()) {
    std::fprintf(stderr, "mizan_retrieval_bench: %s\n", options.status().message().c_str());
    return 2;
  }
  // Last resort: Xapian and SQLite failures throw; report them on one line.
  try {
    mizan::Status status = mizan::bench::Run(*options);
    if (!status.ok()) {
      std::fprintf(stderr, "mizan_retrieval_bench: %s\n", status.message().c_str());
      return 1;
    }
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "mizan_retrieval_bench: Xapian: %s\n", e.get_description().c_str());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mizan_retrieval_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
