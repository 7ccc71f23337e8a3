// Mizan — governance gateway for language models.

#include "mizan/corpus/passage_file.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "mizan/base/hash.h"
#include "mizan/corpus/extract.h"
#include "mizan/text/utf8.h"

namespace mizan::corpus {
namespace {

using nlohmann::json;

// Reads an optional string field; a present field of another type is an error.
Status OptionalString(const json& line, const char* key, std::string* out) {
  auto it = line.find(key);
  if (it == line.end() || it->is_null()) {
    return Status::Ok();
  }
  if (it->is_number_integer()) {
    *out = std::to_string(it->get<long long>());  // article_number: 12 is fine as a number.
    return Status::Ok();
  }
  if (!it->is_string()) {
    return InvalidArgumentError(std::string("'") + key + "' must be a string");
  }
  *out = it->get<std::string>();
  return Status::Ok();
}

Status ParseLine(const json& line, PassageFileDocument* fields, Chunk* chunk) {
  if (!line.is_object()) {
    return InvalidArgumentError("each line must be a JSON object");
  }
  MIZAN_RETURN_IF_ERROR(OptionalString(line, "doc_id", &fields->document_id));
  if (fields->document_id.empty()) {
    return InvalidArgumentError("missing 'doc_id'");
  }
  MIZAN_RETURN_IF_ERROR(OptionalString(line, "text", &chunk->text));
  if (chunk->text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return InvalidArgumentError("missing or empty 'text'");
  }
  std::string article;
  MIZAN_RETURN_IF_ERROR(OptionalString(line, "article_number", &article));
  MIZAN_RETURN_IF_ERROR(OptionalString(line, "locator", &chunk->locator));
  if (!article.empty()) {
    chunk->locator = "Article " + article;
  }
  if (chunk->locator.empty()) {
    return InvalidArgumentError("needs 'article_number' or 'locator'");
  }
  MIZAN_RETURN_IF_ERROR(OptionalString(line, "doc_title", &fields->title));
  MIZAN_RETURN_IF_ERROR(OptionalString(line, "lang", &fields->lang));
  MIZAN_RETURN_IF_ERROR(OptionalString(line, "official_source_url", &fields->source_url));
  if (fields->source_url.empty()) {
    MIZAN_RETURN_IF_ERROR(OptionalString(line, "source_url", &fields->source_url));
  }
  MIZAN_RETURN_IF_ERROR(OptionalString(line, "licence", &fields->licence));
  MIZAN_RETURN_IF_ERROR(OptionalString(line, "steward", &fields->steward));
  return OptionalString(line, "classification", &fields->classification);
}

}  // namespace

Result<std::vector<PassageFileDocument>> ParsePassageFile(std::string_view name,
                                                          std::string_view contents) {
  std::vector<PassageFileDocument> documents;
  std::map<std::string, size_t> position;
  size_t line_number = 0;
  size_t start = 0;
  while (start < contents.size()) {
    size_t end = contents.find('\n', start);
    std::string_view raw = contents.substr(
        start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? contents.size() : end + 1;
    ++line_number;
    auto fail = [&](const Status& status) {
      return Status(status.code(), std::string(name) + ":" + std::to_string(line_number) + ": " +
                                       status.message());
    };
    if (raw.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    }
    if (auto offset = text::FirstInvalidUtf8Offset(raw)) {
      return fail(InvalidArgumentError("invalid UTF-8 at byte " + std::to_string(*offset) +
                                       " of the line"));
    }
    json line = json::parse(raw, nullptr, /*allow_exceptions=*/false);
    if (line.is_discarded()) {
      return fail(InvalidArgumentError("not valid JSON"));
    }
    PassageFileDocument fields;
    Chunk chunk;
    Status parsed = ParseLine(line, &fields, &chunk);
    if (!parsed.ok()) {
      return fail(parsed);
    }
    auto [it, inserted] = position.try_emplace(fields.document_id, documents.size());
    if (inserted) {
      documents.push_back(std::move(fields));
    } else if (!fields.lang.empty() && fields.lang != documents[it->second].lang) {
      return fail(InvalidArgumentError("document '" + fields.document_id + "' has lang '" +
                                       fields.lang + "' here but '" + documents[it->second].lang +
                                       "' on an earlier line"));
    }
    chunk.text = CleanText(chunk.text);
    documents[it->second].chunks.push_back(std::move(chunk));
  }
  if (documents.empty()) {
    return InvalidArgumentError(std::string(name) + ": no passages in file");
  }
  for (auto& document : documents) {
    Sha256Hasher hasher;
    for (const Chunk& chunk : document.chunks) {
      hasher.Update(chunk.locator);
      hasher.Update(std::string_view("\x1f", 1));
      hasher.Update(chunk.text);
      hasher.Update(std::string_view("\x1e", 1));
    }
    document.sha256 = hasher.FinishHex();
  }
  return documents;
}

Result<std::vector<PassageFileDocument>> ReadPassageFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return NotFoundError(path + ": no such file");
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (!in && !in.eof()) {
    return InvalidArgumentError(path + ": read failed");
  }
  return ParsePassageFile(path, buffer.str());
}

}  // namespace mizan::corpus
