// Mizan — governance gateway for language models.

#include "mizan/corpus/ingest.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "mizan/base/clock.h"
#include "mizan/base/hash.h"
#include "mizan/corpus/chunker.h"
#include "mizan/corpus/extract.h"
#include "mizan/corpus/passage_file.h"
#include "mizan/corpus/passage_index.h"
#include "mizan/text/language.h"
#include "mizan/text/language_tag.h"

namespace mizan::corpus {
namespace {

std::string FirstNonEmpty(std::initializer_list<std::string> values) {
  for (const std::string& value : values) {
    if (!value.empty()) {
      return value;
    }
  }
  return {};
}

std::string Get(const std::map<std::string, std::string>& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? std::string() : it->second;
}

bool IsValidDocumentId(const std::string& id) {
  return !id.empty() && id.size() <= 128 && std::isalnum(static_cast<unsigned char>(id[0])) &&
         std::all_of(id.begin(), id.end(), [](char c) {
           unsigned char u = static_cast<unsigned char>(c);
           return u < 0x80 && (std::isalnum(u) || c == '-' || c == '_' || c == '.');
         });
}

bool IsWebUrl(const std::string& url) {
  bool scheme = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
  return scheme && url.size() <= 2048 && std::none_of(url.begin(), url.end(), [](char c) {
           return static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '<' || c == '>';
         });
}

Status CheckProvenance(const DocumentDraft& draft) {
  if (!IsValidDocumentId(draft.document_id)) {
    return InvalidArgumentError(
        "a document id must be 1 to 128 ASCII letters, digits, '.', "
        "'_' or '-', starting with a letter or digit");
  }
  if (draft.lang != "und" && text::LanguageFromTag(draft.lang) == text::Language::kUnknown) {
    return InvalidArgumentError("document '" + draft.document_id +
                                "' has an unsupported "
                                "language tag (use ar, ary, ary-Latn, zgh, zgh-Latn, fr, en, "
                                "es or und)");
  }
  auto missing = [&](const char* what, const char* flag, const char* field) {
    return InvalidArgumentError("document '" + draft.document_id + "' has no " + what + ": pass " +
                                flag + " or set '" + field + "' in the document");
  };
  if (draft.source_url.empty()) {
    return missing("source URL", "--source-url", "source_url");
  }
  if (!IsWebUrl(draft.source_url)) {
    return InvalidArgumentError("document '" + draft.document_id +
                                "' has a source URL that is not an http(s) address");
  }
  if (draft.licence.empty()) {
    return missing("licence", "--licence", "licence");
  }
  if (draft.steward.empty()) {
    return missing("steward", "--steward", "steward");
  }
  if (draft.classification != "public" && draft.classification != "internal") {
    return InvalidArgumentError("document '" + draft.document_id + "' has classification '" +
                                draft.classification + "' (expected public or internal)");
  }
  return Status::Ok();
}

// Language detection reads the start of the text: enough to decide, cheap on long PDFs.
std::string DetectLanguage(const std::string& text) {
  constexpr size_t kSampleBytes = 4096;
  std::string_view sample(text);
  if (sample.size() > kSampleBytes) {
    size_t cut = kSampleBytes;
    while (cut > 0 && (static_cast<unsigned char>(sample[cut]) & 0xC0) == 0x80) {
      --cut;  // Never split a UTF-8 sequence.
    }
    sample = sample.substr(0, cut);
  }
  return text::IdentifyLanguage(sample).tag;
}

}  // namespace

std::string DocumentIdFromFileName(const std::string& path) {
  std::string stem = std::filesystem::path(path).stem().string();
  std::string id;
  for (char c : stem) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      id.push_back(static_cast<char>(std::tolower(u)));
    } else if (!id.empty() && id.back() != '-') {
      id.push_back('-');
    }
  }
  while (!id.empty() && id.back() == '-') {
    id.pop_back();
  }
  return id.empty() ? "document-" + Sha256Hex(stem).substr(0, 12) : id;
}

std::vector<PassageDraft> Ingestor::MakePassages(const std::vector<Chunk>& chunks,
                                                 const std::string& lang) const {
  std::vector<PassageDraft> passages;
  passages.reserve(chunks.size());
  for (const Chunk& chunk : chunks) {
    PassageDraft passage;
    passage.locator = chunk.locator;
    passage.text = chunk.text;
    passage.sha256 = Sha256Hex(chunk.text);
    passage.terms = JoinWindows(AnalyzeWindows(analyzer_, chunk.locator, chunk.text, lang));
    passages.push_back(std::move(passage));
  }
  return passages;
}

Result<std::vector<DocumentDraft>> Ingestor::ReadOne(const std::string& path,
                                                     const IngestOptions& options) const {
  std::string name = std::filesystem::path(path).filename().string();
  std::string extension = std::filesystem::path(path).extension().string();
  std::vector<DocumentDraft> drafts;
  if (extension == ".jsonl" || extension == ".JSONL") {
    MIZAN_ASSIGN_OR_RETURN(std::vector<PassageFileDocument> documents, ReadPassageFile(path));
    for (PassageFileDocument& document : documents) {
      DocumentDraft draft;
      draft.document_id = document.document_id;
      draft.title = FirstNonEmpty({document.title, document.document_id});
      std::string text;
      for (const Chunk& chunk : document.chunks) {
        text += chunk.text + "\n";
      }
      draft.lang_detected = document.lang.empty() && options.lang.empty();
      draft.lang = FirstNonEmpty({document.lang, options.lang});
      if (draft.lang.empty()) {
        draft.lang = DetectLanguage(text);
      }
      draft.source_url = FirstNonEmpty({document.source_url, options.source_url});
      draft.licence = FirstNonEmpty({document.licence, options.licence});
      draft.steward = FirstNonEmpty({document.steward, options.steward});
      draft.classification =
          FirstNonEmpty({document.classification, options.classification, "public"});
      draft.source_name = name;
      draft.media_type = "application/x-ndjson";
      draft.sha256 = document.sha256;
      draft.passages = MakePassages(document.chunks, draft.lang);
      drafts.push_back(std::move(draft));
    }
  } else {
    MIZAN_ASSIGN_OR_RETURN(ExtractedDocument extracted, ExtractFile(path));
    const auto& meta = extracted.metadata;
    DocumentDraft draft;
    draft.document_id = FirstNonEmpty({Get(meta, "id"), DocumentIdFromFileName(path)});
    draft.title = FirstNonEmpty({extracted.title, name});
    draft.lang_detected = Get(meta, "lang").empty() && options.lang.empty();
    draft.lang = FirstNonEmpty({Get(meta, "lang"), options.lang});
    if (draft.lang.empty()) {
      draft.lang = DetectLanguage(extracted.text);
    }
    draft.source_url = FirstNonEmpty({Get(meta, "source_url"), options.source_url});
    draft.licence = FirstNonEmpty({Get(meta, "licence"), options.licence});
    draft.steward = FirstNonEmpty({Get(meta, "steward"), options.steward});
    draft.classification =
        FirstNonEmpty({Get(meta, "classification"), options.classification, "public"});
    draft.source_name = name;
    draft.media_type = extracted.media_type;
    draft.sha256 = extracted.sha256;
    std::vector<Chunk> chunks = ChunkDocument(extracted.text);
    if (chunks.empty()) {
      return InvalidArgumentError(path + ": no passages could be made from the text");
    }
    draft.passages = MakePassages(chunks, draft.lang);
    drafts.push_back(std::move(draft));
  }
  for (DocumentDraft& draft : drafts) {
    MIZAN_RETURN_IF_ERROR(CheckProvenance(draft).WithContext(path));
    // One spelling per language ("fra" and "fr-FR" are stored as "fr").
    if (text::LanguageFromTag(draft.lang) != text::Language::kUnknown) {
      draft.lang = std::string(text::LanguageTag(text::LanguageFromTag(draft.lang)));
    }
  }
  return drafts;
}

Status RefreshStoredTerms(storage::Database& db, const text::Analyzer& analyzer) {
  std::lock_guard<std::mutex> lock(db.mutex());
  CorpusStore store(db);
  MIZAN_ASSIGN_OR_RETURN(int stored_version, store.TermsVersion());
  if (stored_version == kStoredTermsVersion) {
    return Status::Ok();
  }
  MIZAN_ASSIGN_OR_RETURN(auto transaction, storage::Transaction::Begin(db));
  MIZAN_ASSIGN_OR_RETURN(std::vector<StoredPassage> passages, store.AllPassages());
  for (const StoredPassage& passage : passages) {
    MIZAN_RETURN_IF_ERROR(store.UpdateTerms(
        passage.passage_id,
        JoinWindows(AnalyzeWindows(analyzer, passage.locator, passage.text, passage.lang))));
  }
  MIZAN_RETURN_IF_ERROR(store.SetTermsVersion(kStoredTermsVersion));
  return transaction->Commit();
}

Result<std::vector<IngestedDocument>> Ingestor::AddFiles(const std::vector<std::string>& paths,
                                                         const IngestOptions& options) {
  if (paths.empty()) {
    return InvalidArgumentError("no files given");
  }
  std::vector<std::pair<std::string, DocumentDraft>> drafts;
  std::map<std::string, std::string> seen;  // document id -> file
  for (size_t i = 0; i < paths.size(); ++i) {
    MIZAN_ASSIGN_OR_RETURN(std::vector<DocumentDraft> read, ReadOne(paths[i], options));
    for (DocumentDraft& draft : read) {
      auto [it, inserted] = seen.try_emplace(draft.document_id, paths[i]);
      if (!inserted) {
        return InvalidArgumentError("document id '" + draft.document_id + "' comes from both " +
                                    it->second + " and " + paths[i] +
                                    "; give one of them another id");
      }
      drafts.emplace_back(paths[i], std::move(draft));
    }
    if (options.progress) {
      options.progress(i + 1, paths.size(), paths[i]);
    }
  }

  MIZAN_RETURN_IF_ERROR(RefreshStoredTerms(db_, analyzer_));
  std::lock_guard<std::mutex> lock(db_.mutex());
  MIZAN_ASSIGN_OR_RETURN(auto transaction, storage::Transaction::Begin(db_));
  CorpusStore store(db_);
  std::string now = FormatRfc3339Millis(SystemClock::Get().NowMillis());
  std::vector<IngestedDocument> report;
  for (const auto& [path, draft] : drafts) {
    MIZAN_ASSIGN_OR_RETURN(AddOutcome outcome, store.Add(draft, now));
    report.push_back(IngestedDocument{path, draft.document_id, draft.lang, outcome});
  }
  MIZAN_RETURN_IF_ERROR(transaction->Commit());
  return report;
}

}  // namespace mizan::corpus
