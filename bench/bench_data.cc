// Mizan — governance gateway for language models.

#include "bench/bench_data.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "mizan/corpus/passage_file.h"
#include "mizan/text/sentences.h"

namespace mizan::bench {
namespace {

namespace fs = std::filesystem;

// Consecutive sentences of one language, in file order.
struct SentenceStream {
  std::string lang;
  std::vector<std::string> sentences;
};

// Column positions in a langid-*.tsv header.
struct TsvColumns {
  size_t lang = 0;
  size_t script = 0;
  size_t text = 0;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  fields.push_back(line.substr(start));
  return fields;
}

Result<TsvColumns> FindColumns(const std::vector<std::string>& header, const fs::path& file) {
  auto find = [&](std::string_view name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  TsvColumns columns{find("lang"), find("script"), find("text")};
  if (std::max({columns.lang, columns.script, columns.text}) >= header.size()) {
    return InvalidArgumentError(file.string() + ": expected columns lang, script and text");
  }
  return columns;
}

// One stream per run of rows sharing a language and script; the tag keeps the script
// ("ary-Arab", "ary-Latn") because the analysers choose stemmers by it.
Result<std::vector<SentenceStream>> ReadSentenceFile(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  if (!std::getline(in, line)) {
    return NotFoundError(file.string() + ": cannot read");
  }
  MIZAN_ASSIGN_OR_RETURN(TsvColumns columns, FindColumns(SplitTabs(line), file));
  const size_t needed = std::max({columns.lang, columns.script, columns.text}) + 1;
  std::vector<SentenceStream> streams;
  for (size_t line_number = 2; std::getline(in, line); ++line_number) {
    std::vector<std::string> fields = SplitTabs(line);
    if (fields.size() < needed) {
      return InvalidArgumentError(file.string() + ":" + std::to_string(line_number) +
                                  ": too few columns");
    }
    std::string tag = fields[columns.lang] + "-" + fields[columns.script];
    if (streams.empty() || streams.back().lang != tag) {
      streams.push_back(SentenceStream{std::move(tag), {}});
    }
    streams.back().sentences.push_back(std::move(fields[columns.text]));
  }
  return streams;
}

// The langid-*/*.tsv files in name order, so that the corpus does not depend on the order
// the file system lists them in.
std::vector<fs::path> SentenceFiles(const fs::path& data_dir) {
  std::vector<fs::path> files;
  for (const auto& folder : fs::directory_iterator(data_dir)) {
    if (!folder.is_directory() || !folder.path().filename().string().starts_with("langid-")) {
      continue;
    }
    for (const auto& file : fs::directory_iterator(folder.path())) {
      if (file.path().extension() == ".tsv") {
        files.push_back(file.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

SentenceStream ContextSentences(const corpus::QaSet& set) {
  SentenceStream stream{set.lang, {}};
  for (const std::string& paragraph : set.paragraphs) {
    for (const text::TextSpan& span : text::SplitSentences(paragraph)) {
      stream.sentences.push_back(paragraph.substr(span.begin, span.end - span.begin));
    }
  }
  return stream;
}

Result<std::vector<SentenceStream>> SentenceStreams(const fs::path& data_dir,
                                                    const QaSets& qa_sets) {
  // QA contexts first, so that even a small corpus holds the passages the questions ask about.
  std::vector<SentenceStream> streams;
  for (const corpus::QaSet* set :
       {&qa_sets.arcd, &qa_sets.piaf, &qa_sets.xquad_ar, &qa_sets.xquad_en}) {
    streams.push_back(ContextSentences(*set));
  }
  for (const fs::path& file : SentenceFiles(data_dir)) {
    MIZAN_ASSIGN_OR_RETURN(std::vector<SentenceStream> file_streams, ReadSentenceFile(file));
    std::move(file_streams.begin(), file_streams.end(), std::back_inserter(streams));
  }
  return streams;
}

std::string JoinSentences(const std::vector<std::string>& sentences, size_t begin, size_t end) {
  std::string joined = sentences[begin];
  for (size_t i = begin + 1; i < end; ++i) {
    joined += ' ';
    joined += sentences[i];
  }
  return joined;
}

Result<corpus::QaSet> LoadSet(const fs::path& data_dir, const char* file, const char* name,
                              const char* lang) {
  return corpus::LoadQaSet((data_dir / file).string(), name, lang);
}

Result<std::vector<Query>> QuestionFile(const fs::path& file) {
  std::vector<Query> questions;
  try {
    for (const YAML::Node& entry : YAML::LoadFile(file.string())["questions"]) {
      questions.push_back({entry["lang"].as<std::string>(), entry["question"].as<std::string>()});
    }
  } catch (const YAML::Exception& e) {
    return InvalidArgumentError(file.string() + ": " + e.what());
  }
  return questions;
}

}  // namespace

Result<fs::path> ResolveDataDir(const std::string& flag) {
  fs::path dir = fs::path(MIZAN_SOURCE_DIR) / ".." / "shared" / "data";
  if (!flag.empty()) {
    dir = flag;
  } else if (const char* env = std::getenv("MIZAN_DATA_DIR"); env != nullptr && *env != '\0') {
    dir = env;
  }
  if (!fs::is_directory(dir)) {
    return NotFoundError("data folder " + dir.lexically_normal().string() +
                         " not found; pass --data DIR or set MIZAN_DATA_DIR");
  }
  return dir;
}

Result<QaSets> LoadQaSets(const fs::path& data_dir) {
  QaSets sets;
  MIZAN_ASSIGN_OR_RETURN(sets.arcd, LoadSet(data_dir, "qa-arcd-ar/arcd.jsonl", "qa-arcd-ar", "ar"));
  MIZAN_ASSIGN_OR_RETURN(sets.piaf,
                         LoadSet(data_dir, "qa-piaf-fr/piaf_v1.0.jsonl", "qa-piaf-fr", "fr"));
  MIZAN_ASSIGN_OR_RETURN(sets.xquad_ar,
                         LoadSet(data_dir, "qa-xquad-ar-en/xquad_ar.jsonl", "qa-xquad-ar", "ar"));
  MIZAN_ASSIGN_OR_RETURN(sets.xquad_en,
                         LoadSet(data_dir, "qa-xquad-ar-en/xquad_en.jsonl", "qa-xquad-en", "en"));
  return sets;
}

std::vector<Passage> Paragraphs(const corpus::QaSet& set) {
  std::vector<Passage> paragraphs;
  for (const std::string& paragraph : set.paragraphs) {
    paragraphs.push_back({set.lang, "", paragraph});
  }
  return paragraphs;
}

std::vector<Query> Questions(const corpus::QaSet& set) {
  std::vector<Query> questions;
  for (const corpus::QaQuestion& question : set.questions) {
    questions.push_back({set.lang, question.text});
  }
  return questions;
}

Result<std::vector<Query>> LegalQuestions() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(MIZAN_SOURCE_DIR) / "tests" / "data")) {
    const fs::path& path = entry.path();
    if (path.extension() == ".yaml" &&
        path.filename().string().find("questions") != std::string::npos) {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Query> questions;
  for (const fs::path& file : files) {
    MIZAN_ASSIGN_OR_RETURN(std::vector<Query> more, QuestionFile(file));
    std::move(more.begin(), more.end(), std::back_inserter(questions));
  }
  return questions;
}

Result<std::vector<Passage>> LegalPassages(const fs::path& data_dir) {
  MIZAN_ASSIGN_OR_RETURN(
      std::vector<corpus::PassageFileDocument> documents,
      corpus::ReadPassageFile((data_dir / "governed-corpus-ma-law" / "articles.jsonl").string()));
  std::vector<Passage> passages;
  for (const corpus::PassageFileDocument& document : documents) {
    for (const corpus::Chunk& chunk : document.chunks) {
      passages.push_back({document.lang, chunk.locator, chunk.text});
    }
  }
  return passages;
}

Result<std::vector<Passage>> SentencePassages(const fs::path& data_dir, const QaSets& qa_sets,
                                              size_t count) {
  MIZAN_ASSIGN_OR_RETURN(std::vector<SentenceStream> streams, SentenceStreams(data_dir, qa_sets));
  if (std::none_of(streams.begin(), streams.end(),
                   [](const SentenceStream& s) { return !s.sentences.empty(); })) {
    return InvalidArgumentError(data_dir.string() + ": no sentences to build passages from");
  }
  // mt19937's output is fixed by the standard, so every platform builds the same corpus.
  std::mt19937 group_sizes(20240601);
  std::vector<Passage> passages;
  while (passages.size() < count) {
    for (const SentenceStream& stream : streams) {
      const std::vector<std::string>& sentences = stream.sentences;
      for (size_t begin = 0; begin < sentences.size() && passages.size() < count;) {
        size_t end = std::min(begin + 1 + group_sizes() % 4, sentences.size());
        passages.push_back({stream.lang, "", JoinSentences(sentences, begin, end)});
        begin = end;
      }
    }
  }
  return passages;
}

}  // namespace mizan::bench
