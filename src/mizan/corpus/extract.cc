// Mizan — governance gateway for language models.

#include "mizan/corpus/extract.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <yaml-cpp/yaml.h>

#include "mizan/base/hash.h"
#include "mizan/text/utf8.h"

namespace mizan::corpus {
namespace {

constexpr size_t kMaxFileBytes = size_t{256} << 20;

std::string LowerExtension(std::string_view name) {
  std::string extension = std::filesystem::path(std::string(name)).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

Status CheckUtf8(std::string_view text, std::string_view what) {
  if (auto offset = text::FirstInvalidUtf8Offset(text)) {
    return InvalidArgumentError(std::string(what) +
                                " is not valid UTF-8 (first bad byte at offset " +
                                std::to_string(*offset) + "); convert it to UTF-8 first");
  }
  return Status::Ok();
}

bool HasText(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
}

std::string FirstHeading(std::string_view text) {
  std::istringstream lines{std::string(text)};
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("# ", 0) == 0) {
      return line.substr(2);
    }
  }
  return {};
}

// Splits "---\nkey: value\n---\nbody" into metadata and body.
Status ParseFrontMatter(std::string_view bytes, ExtractedDocument* out) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);  // A byte-order mark must not hide the opening "---".
  }
  std::string_view body = bytes;
  if (bytes.rfind("---\n", 0) == 0 || bytes.rfind("---\r\n", 0) == 0) {
    size_t start = bytes.find('\n') + 1;
    size_t end = bytes.find("\n---", start);
    if (end == std::string_view::npos) {
      return InvalidArgumentError("front matter opened with '---' is never closed");
    }
    std::string yaml(bytes.substr(start, end - start));
    try {
      YAML::Node node = YAML::Load(yaml);
      if (!node.IsMap()) {
        return InvalidArgumentError("front matter must be a mapping of key: value");
      }
      for (const auto& entry : node) {
        if (!entry.second.IsScalar()) {
          return InvalidArgumentError("front matter line " +
                                      std::to_string(entry.first.Mark().line + 2) + ": '" +
                                      entry.first.Scalar() + "' must be a single value");
        }
        static const std::set<std::string> kKeys = {
            "id", "title", "lang", "source_url", "licence", "steward", "classification"};
        if (!kKeys.contains(entry.first.Scalar())) {
          return InvalidArgumentError(
              "front matter line " + std::to_string(entry.first.Mark().line + 2) +
              ": unknown key (expected id, title, lang, source_url, licence, steward, "
              "classification)");
        }
        out->metadata[entry.first.Scalar()] = entry.second.Scalar();
      }
    } catch (const YAML::Exception& e) {
      return InvalidArgumentError("front matter line " + std::to_string(e.mark.line + 2) + ": " +
                                  e.msg);
    }
    size_t body_start = bytes.find('\n', end + 1);
    body = body_start == std::string_view::npos ? std::string_view() : bytes.substr(body_start + 1);
  }
  out->text = std::string(body);
  out->title = out->metadata.contains("title") ? out->metadata["title"] : FirstHeading(body);
  return Status::Ok();
}

bool IsBlockElement(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",          "div",     "br",      "li",     "ul",   "ol", "table", "tr", "td",
      "th",         "section", "article", "h1",     "h2",   "h3", "h4",    "h5", "h6",
      "blockquote", "pre",     "header",  "footer", "main", "dt", "dd",    "hr"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

void CollectHtmlText(xmlNode* node, std::string& out, std::string& title) {
  for (xmlNode* current = node; current != nullptr; current = current->next) {
    if (current->type == XML_TEXT_NODE && current->content != nullptr) {
      out.append(reinterpret_cast<const char*>(current->content));
      continue;
    }
    if (current->type != XML_ELEMENT_NODE) {
      continue;
    }
    std::string_view name = reinterpret_cast<const char*>(current->name);
    if (name == "script" || name == "style" || name == "noscript" || name == "template") {
      continue;
    }
    if (name == "title") {
      std::string ignored;
      CollectHtmlText(current->children, title, ignored);
      continue;
    }
    bool heading = name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
    bool block = IsBlockElement(name);
    if (block) {
      out.append("\n\n");
    }
    if (heading) {
      out.append("# ");
    }
    CollectHtmlText(current->children, out, title);
    if (block) {
      out.append("\n\n");
    }
  }
}

// Collapses the whitespace runs HTML layout leaves, keeping paragraph breaks.
std::string TidyHtmlText(const std::string& raw) {
  std::string out;
  int newlines = 0;
  bool space = false;
  for (char c : raw) {
    if (c == '\n') {
      ++newlines;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (newlines > 0 && !out.empty()) {
      out.append(newlines > 1 ? "\n\n" : "\n");
    } else if (space && !out.empty()) {
      out.push_back(' ');
    }
    newlines = 0;
    space = false;
    out.push_back(c);
  }
  return out;
}

Status ExtractHtml(std::string_view bytes, ExtractedDocument* out) {
  htmlDocPtr doc = htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_NOBLANKS);
  if (doc == nullptr) {
    return InvalidArgumentError("HTML could not be parsed");
  }
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> owner(doc, xmlFreeDoc);
  std::string raw;
  std::string title;
  CollectHtmlText(xmlDocGetRootElement(doc), raw, title);
  out->text = TidyHtmlText(raw);
  out->title = TidyHtmlText(title);
  if (out->title.empty()) {
    out->title = FirstHeading(out->text);
  }
  return Status::Ok();
}

// Poppler reports every damaged object on stderr; a bad PDF is reported once, as a Status.
void SilencePoppler() {
  static const bool silenced = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)silenced;
}

Status ExtractPdf(std::string_view bytes, ExtractedDocument* out) {
  SilencePoppler();
  // Poppler reads from `bytes` for the document's whole life, which ends in this function.
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (doc == nullptr) {
    return InvalidArgumentError("PDF could not be read (damaged, or not a PDF)");
  }
  if (doc->is_locked()) {
    return InvalidArgumentError("PDF is encrypted; provide an unprotected copy");
  }
  std::string text;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page == nullptr) {
      return InvalidArgumentError("PDF page " + std::to_string(i + 1) + " could not be read");
    }
    poppler::byte_array utf8 = page->text().to_utf8();
    text.append(utf8.begin(), utf8.end());
    text.push_back('\n');
  }
  // Poppler marks page ends with form feeds; the chunker wants plain lines.
  std::replace(text.begin(), text.end(), '\f', '\n');
  out->text = std::move(text);
  poppler::byte_array title = doc->info_key("Title").to_utf8();
  out->title.assign(title.begin(), title.end());
  return Status::Ok();
}

}  // namespace

std::string CleanText(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        continue;  // CRLF becomes LF.
      }
      out.push_back('\n');
    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string_view SupportedExtensions() { return ".txt, .md, .html, .htm, .pdf, .jsonl"; }

Result<ExtractedDocument> ExtractBytes(std::string_view name, std::string_view bytes) {
  std::string extension = LowerExtension(name);
  ExtractedDocument doc;
  doc.sha256 = Sha256Hex(bytes);
  Status status;
  if (extension == ".txt") {
    doc.media_type = "text/plain";
    status = CheckUtf8(bytes, "text");
    doc.text = std::string(bytes);
  } else if (extension == ".md" || extension == ".markdown") {
    doc.media_type = "text/markdown";
    status = CheckUtf8(bytes, "text");
    if (status.ok()) {
      status = ParseFrontMatter(bytes, &doc);
    }
  } else if (extension == ".html" || extension == ".htm") {
    doc.media_type = "text/html";
    status = ExtractHtml(bytes, &doc);
  } else if (extension == ".pdf") {
    doc.media_type = "application/pdf";
    status = ExtractPdf(bytes, &doc);
  } else {
    status = InvalidArgumentError("unknown file type '" + extension +
                                  "' (supported: " + std::string(SupportedExtensions()) + ")");
  }
  if (status.ok()) {
    status = CheckUtf8(doc.text, "extracted text");
    doc.text = CleanText(doc.text);
  }
  if (status.ok() && !HasText(doc.text)) {
    status = InvalidArgumentError(doc.media_type == "application/pdf"
                                      ? "PDF has no extractable text (scanned images need OCR)"
                                      : "file has no text");
  }
  if (!status.ok()) {
    return status.WithContext(name);
  }
  return doc;
}

Result<ExtractedDocument> ExtractFile(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return NotFoundError(path + ": no such file");
  }
  auto size = std::filesystem::file_size(path, error);
  if (error || size > kMaxFileBytes) {
    return InvalidArgumentError(path + ": file is larger than " +
                                std::to_string(kMaxFileBytes >> 20) + " MiB");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return InvalidArgumentError(path + ": cannot read file: " + std::strerror(errno));
  }
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (!in) {
    return InvalidArgumentError(path + ": read failed");
  }
  return ExtractBytes(path, bytes);
}

}  // namespace mizan::corpus
