// Mizan — governance gateway for language models.
//
// `mizan eval retrieval --data DIR`: recall@5 and MRR@10 of Mizan's retrieval on the real
// question sets under DIR (qa-arcd-ar, Arabic; qa-piaf-fr, French). See
// corpus/retrieval_eval.h for the method; bench/retrieval_bench runs Xapian on the same data.

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "mizan/cli/commands.h"
#include "mizan/cli/common.h"
#include "mizan/corpus/retrieval_eval.h"
#include "mizan/text/analyzer.h"

namespace mizan::cli {
namespace {

struct EvalOptions {
  CommonOptions common;
  std::string data_dir;
};

struct SetSpec {
  const char* name;
  const char* file;
  const char* lang;
};

constexpr SetSpec kRetrievalSets[] = {
    {"qa-arcd-ar", "qa-arcd-ar/arcd.jsonl", "ar"},
    {"qa-piaf-fr", "qa-piaf-fr/piaf_v1.0.jsonl", "fr"},
};

int EvalRetrieval(const EvalOptions& options) {
  Result<core::Config> config = LoadConfig(options.common);
  if (!config.ok()) {
    return ReportError(config.status());
  }
  if (!std::filesystem::is_directory(options.data_dir)) {
    return ReportError(NotFoundError("--data: " + options.data_dir + " is not a folder"));
  }
  // Every set is loaded first, so a missing file fails before any output.
  std::vector<std::pair<const SetSpec*, corpus::QaSet>> loaded;
  for (const SetSpec& spec : kRetrievalSets) {
    std::string path = (std::filesystem::path(options.data_dir) / spec.file).string();
    Result<corpus::QaSet> set = corpus::LoadQaSet(path, spec.name, spec.lang);
    if (!set.ok()) {
      return ReportError(set.status());
    }
    loaded.emplace_back(&spec, std::move(set).value());
  }
  text::Analyzer analyzer;
  corpus::Bm25Params params{config->retrieval.bm25_k1, config->retrieval.bm25_b};
  nlohmann::json sets = nlohmann::json::array();
  if (!options.common.json) {
    std::printf("%-12s %9s %10s %9s %9s %9s\n", "set", "questions", "paragraphs", "recall@1",
                "recall@5", "MRR@10");
  }
  for (const auto& [spec, set] : loaded) {
    corpus::RetrievalMetrics m = corpus::EvaluateMizan(set, analyzer, params);
    sets.push_back({{"set", spec->name},
                    {"lang", spec->lang},
                    {"questions", m.questions},
                    {"paragraphs", m.paragraphs},
                    {"recall_at_1", m.recall_at_1},
                    {"recall_at_5", m.recall_at_5},
                    {"mrr_at_10", m.mrr_at_10}});
    if (!options.common.json) {
      std::printf("%-12s %9zu %10zu %9.4f %9.4f %9.4f\n", spec->name, m.questions, m.paragraphs,
                  m.recall_at_1, m.recall_at_5, m.mrr_at_10);
    }
  }
  if (options.common.json) {
    std::cout << nlohmann::json{{"retrieval", sets}, {"bm25", {{"k1", params.k1}, {"b", params.b}}}}
                     .dump(2)
              << "\n";
  }
  return kExitOk;
}

}  // namespace

void RegisterEval(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* eval = app.add_subcommand("eval", "Measure quality on real data sets");
  eval->require_subcommand(1);
  CLI::App* retrieval = eval->add_subcommand(
      "retrieval", "recall@5 and MRR@10 on ARCD (ar) and PIAF (fr) question sets");
  AddCommonOptions(*retrieval, options->common);
  retrieval
      ->add_option("--data", options->data_dir,
                   "Folder holding qa-arcd-ar/ and qa-piaf-fr/ (e.g. ../shared/data)")
      ->required();
  retrieval->callback([options, exit_code] { *exit_code = EvalRetrieval(*options); });
}

}  // namespace mizan::cli
