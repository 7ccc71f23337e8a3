// Mizan — governance gateway for language models.
//
// `mizan corpus add|list|show|stats|remove`: the governed document store.

#include <iostream>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "mizan/base/clock.h"
#include "mizan/cli/commands.h"
#include "mizan/cli/common.h"
#include "mizan/corpus/corpus_store.h"
#include "mizan/corpus/ingest.h"
#include "mizan/storage/database.h"
#include "mizan/text/analyzer.h"

namespace mizan::cli {
namespace {

using nlohmann::json;

struct CorpusOptions {
  CommonOptions common;
  std::vector<std::string> files;
  corpus::IngestOptions ingest;
  std::string document_id;
};

enum class Access { kCreateAndWrite, kWrite, kRead };

Result<std::unique_ptr<storage::Database>> OpenStore(const CommonOptions& common, Access access) {
  MIZAN_ASSIGN_OR_RETURN(core::Config config, LoadConfig(common));
  storage::OpenOptions open;
  open.create = access == Access::kCreateAndWrite;
  open.read_only = access == Access::kRead;
  return storage::Database::Open(config.storage.sqlite_path, open);
}

std::string Dump(const json& value) {
  return value.dump(2, ' ', false, json::error_handler_t::replace);
}

json VersionJson(const corpus::DocumentVersion& v) {
  return json{{"version", v.version},
              {"title", v.title},
              {"lang", v.lang},
              {"lang_detected", v.lang_detected},
              {"source_url", v.source_url},
              {"licence", v.licence},
              {"steward", v.steward},
              {"classification", v.classification},
              {"source_name", v.source_name},
              {"media_type", v.media_type},
              {"sha256", v.sha256},
              {"ingested_at", v.ingested_at},
              {"passages", v.passage_count}};
}

int Add(CorpusOptions& options) {
  Result<std::unique_ptr<storage::Database>> db =
      OpenStore(options.common, Access::kCreateAndWrite);
  if (!db.ok()) {
    return ReportError(db.status());
  }
  bool terminal = isatty(STDERR_FILENO) != 0 && !options.common.json;
  if (terminal) {
    options.ingest.progress = [](size_t done, size_t total, const std::string& file) {
      std::cerr << "\r\033[K[" << done << "/" << total << "] read " << file << std::flush;
      if (done == total) {
        std::cerr << "\r\033[K";
      }
    };
  }
  text::Analyzer analyzer;
  corpus::Ingestor ingestor(**db, analyzer);
  Result<std::vector<corpus::IngestedDocument>> report =
      ingestor.AddFiles(options.files, options.ingest);
  if (terminal) {
    std::cerr << "\r\033[K";
  }
  if (!report.ok()) {
    return ReportError(report.status().WithContext("nothing was added"));
  }
  json out = json::array();
  size_t passages = 0;
  for (const auto& doc : *report) {
    passages += doc.outcome.passages;
    out.push_back({{"file", doc.source},
                   {"document_id", doc.document_id},
                   {"lang", doc.lang},
                   {"result", corpus::AddResultName(doc.outcome.result)},
                   {"version", doc.outcome.version},
                   {"passages", doc.outcome.passages}});
    if (!options.common.json) {
      std::cout << corpus::AddResultName(doc.outcome.result) << "  " << doc.document_id << " v"
                << doc.outcome.version << "  (" << doc.lang << ", " << doc.outcome.passages
                << " passages)\n";
    }
  }
  if (options.common.json) {
    std::cout << Dump(json{{"documents", out}}) << "\n";
  } else {
    std::cout << report->size() << " document(s), " << passages << " passage(s)\n";
  }
  return kExitOk;
}

int List(const CorpusOptions& options) {
  Result<std::unique_ptr<storage::Database>> db = OpenStore(options.common, Access::kRead);
  if (!db.ok()) {
    return ReportError(db.status());
  }
  Result<std::vector<corpus::DocumentSummary>> list = corpus::CorpusStore(**db).List();
  if (!list.ok()) {
    return ReportError(list.status());
  }
  json out = json::array();
  for (const auto& doc : *list) {
    json entry = VersionJson(doc.current);
    entry["document_id"] = doc.document_id;
    entry["status"] = doc.status;
    out.push_back(entry);
    if (!options.common.json) {
      std::cout << doc.document_id << "  v" << doc.current_version << "  " << doc.status << "  "
                << doc.current.lang << "  " << doc.current.passage_count << " passages  "
                << doc.current.title << "\n";
    }
  }
  if (options.common.json) {
    std::cout << Dump(json{{"documents", out}}) << "\n";
  }
  return kExitOk;
}

int Show(const CorpusOptions& options) {
  Result<std::unique_ptr<storage::Database>> db = OpenStore(options.common, Access::kRead);
  if (!db.ok()) {
    return ReportError(db.status());
  }
  corpus::CorpusStore store(**db);
  Result<corpus::DocumentSummary> summary = store.Find(options.document_id);
  Result<std::vector<corpus::DocumentVersion>> versions = store.Versions(options.document_id);
  if (!summary.ok() || !versions.ok()) {
    return ReportError(summary.ok() ? versions.status() : summary.status());
  }
  Result<std::vector<corpus::StoredPassage>> passages =
      store.Passages(options.document_id, summary->current_version);
  if (!passages.ok()) {
    return ReportError(passages.status());
  }
  json version_list = json::array();
  for (const auto& v : *versions) {
    version_list.push_back(VersionJson(v));
  }
  json passage_list = json::array();
  for (const auto& p : *passages) {
    passage_list.push_back({{"passage_id", p.passage_id},
                            {"locator", p.locator},
                            {"sha256", p.sha256},
                            {"bytes", p.text.size()}});
  }
  if (options.common.json) {
    std::cout << Dump(json{{"document_id", summary->document_id},
                           {"status", summary->status},
                           {"current_version", summary->current_version},
                           {"versions", version_list},
                           {"passages", passage_list}})
              << "\n";
    return kExitOk;
  }
  std::cout << summary->document_id << " (" << summary->status << ", current v"
            << summary->current_version << ")\n";
  for (const auto& v : *versions) {
    std::cout << "  v" << v.version << "  " << v.ingested_at << "  " << v.lang << "  "
              << v.classification << "  sha256 " << v.sha256.substr(0, 16) << "…  " << v.title
              << "\n      source " << v.source_url << "  licence " << v.licence << "  steward "
              << v.steward << "\n";
  }
  std::cout << "  passages of v" << summary->current_version << ":";
  for (const auto& p : *passages) {
    std::cout << " [" << p.locator << "]";
  }
  std::cout << "\n";
  return kExitOk;
}

int Stats(const CorpusOptions& options) {
  Result<std::unique_ptr<storage::Database>> db = OpenStore(options.common, Access::kRead);
  if (!db.ok()) {
    return ReportError(db.status());
  }
  Result<corpus::CorpusStats> stats = corpus::CorpusStore(**db).Stats();
  if (!stats.ok()) {
    return ReportError(stats.status());
  }
  json by_lang = json::object();
  for (const auto& [lang, count] : stats->passages_by_lang) {
    by_lang[lang] = count;
  }
  json out = {{"active_documents", stats->active_documents},
              {"removed_documents", stats->removed_documents},
              {"versions", stats->versions},
              {"searchable_passages", stats->searchable_passages},
              {"stored_passages", stats->stored_passages},
              {"generation", stats->generation},
              {"passages_by_lang", by_lang}};
  if (options.common.json) {
    std::cout << Dump(out) << "\n";
    return kExitOk;
  }
  std::cout << "documents: " << stats->active_documents << " active, " << stats->removed_documents
            << " removed (" << stats->versions << " versions)\n"
            << "passages:  " << stats->searchable_passages << " searchable, "
            << stats->stored_passages << " stored\n";
  for (const auto& [lang, count] : stats->passages_by_lang) {
    std::cout << "  " << lang << ": " << count << "\n";
  }
  return kExitOk;
}

int Remove(const CorpusOptions& options) {
  Result<std::unique_ptr<storage::Database>> db = OpenStore(options.common, Access::kWrite);
  if (!db.ok()) {
    return ReportError(db.status());
  }
  Status removed = [&]() -> Status {
    MIZAN_ASSIGN_OR_RETURN(auto transaction, storage::Transaction::Begin(**db));
    MIZAN_RETURN_IF_ERROR(corpus::CorpusStore(**db).Remove(
        options.document_id, FormatRfc3339Millis(SystemClock::Get().NowMillis())));
    return transaction->Commit();
  }();
  if (!removed.ok()) {
    return ReportError(removed);
  }
  if (options.common.json) {
    std::cout << Dump(json{{"document_id", options.document_id}, {"status", "removed"}}) << "\n";
  } else {
    std::cout << "removed " << options.document_id << " from search (its versions stay citable)\n";
  }
  return kExitOk;
}

}  // namespace

void RegisterCorpus(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<CorpusOptions>();
  CLI::App* corpus = app.add_subcommand("corpus", "Manage the governed corpus");
  corpus->require_subcommand(1);

  CLI::App* add = corpus->add_subcommand(
      "add", "Ingest .txt, .md, .html, .pdf or .jsonl files (all or nothing)");
  AddCommonOptions(*add, options->common);
  add->add_option("--source-url", options->ingest.source_url,
                  "Official source URL (unless the document gives one)");
  add->add_option("--licence", options->ingest.licence, "Licence of the text");
  add->add_option("--steward", options->ingest.steward, "Who is responsible for the text");
  add->add_option("--classification", options->ingest.classification, "public or internal")
      ->check(CLI::IsMember({"public", "internal"}));
  add->add_option("--lang", options->ingest.lang,
                  "Language tag (default: from the document, "
                  "else detected)");
  add->add_option("files", options->files, "Files to ingest")->required();
  add->callback([options, exit_code] { *exit_code = Add(*options); });

  CLI::App* list = corpus->add_subcommand("list", "List documents");
  AddCommonOptions(*list, options->common);
  list->callback([options, exit_code] { *exit_code = List(*options); });

  CLI::App* show = corpus->add_subcommand("show", "Show a document's versions and passages");
  AddCommonOptions(*show, options->common);
  show->add_option("document_id", options->document_id, "Document id")->required();
  show->callback([options, exit_code] { *exit_code = Show(*options); });

  CLI::App* stats = corpus->add_subcommand("stats", "Corpus totals");
  AddCommonOptions(*stats, options->common);
  stats->callback([options, exit_code] { *exit_code = Stats(*options); });

  CLI::App* remove = corpus->add_subcommand("remove", "Withdraw a document from search");
  AddCommonOptions(*remove, options->common);
  remove->add_option("document_id", options->document_id, "Document id")->required();
  remove->callback([options, exit_code] { *exit_code = Remove(*options); });
}

}  // namespace mizan::cli
