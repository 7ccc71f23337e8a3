// Mizan — governance gateway for language models.

#include "bench/search_engines.h"

#include <algorithm>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include <sqlite3.h>
#include <xapian.h>

#include "mizan/text/language_tag.h"

namespace mizan::bench {
namespace {

namespace fs = std::filesystem;

// Glass rejects longer terms. TermGenerator skips such words by itself; raw terms must be
// filtered by hand.
constexpr size_t kXapianMaxTermBytes = 245;

// Mizan's terms are already folded and split: these tokenizer options make the space the only
// separator, so that FTS5 keeps every term exactly as the analyser wrote it.
constexpr char kCreateFts5Table[] =
    "CREATE VIRTUAL TABLE passages USING fts5(terms, "
    "tokenize = \"unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co'\")";

// What the peers index of a passage: the locator, so that "article 43" in a question can meet
// "Article 43", then the text.
std::string IndexedText(const Passage& passage) {
  return passage.locator.empty() ? passage.text : passage.locator + "\n" + passage.text;
}

// Mizan's Search counts a repeated query term once; the peers given Mizan's terms must too.
std::vector<std::string> UniqueTerms(std::vector<std::string> terms) {
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

// The Snowball stemmer closest to the one Mizan's analyser applies to most words of a text
// with this tag: Arabic for Arabic script, none for Tifinagh, else the language's own, with
// French for Latin-script languages that have none (see text/analyzer.h).
std::string XapianStemmerName(std::string_view tag) {
  const text::Language language = text::LanguageFromTag(tag);
  if (tag.ends_with("-Arab") || language == text::Language::kArabic ||
      language == text::Language::kDarija) {
    return "arabic";
  }
  if (tag.ends_with("-Tfng") || language == text::Language::kTamazight) {
    return "none";
  }
  if (language == text::Language::kEnglish) {
    return "english";
  }
  return language == text::Language::kSpanish ? "spanish" : "french";
}

class MizanEngine : public SearchEngine {
 public:
  MizanEngine(const text::Analyzer& analyzer, corpus::PassageIndex index)
      : analyzer_(analyzer), index_(std::move(index)) {}

  // SearchEngine
  std::vector<size_t> Search(const Query& query) override {
    std::vector<size_t> ranked;
    for (const corpus::PassageHit& hit : index_.Search(analyzer_.Terms(query.text, query.lang),
                                                       analyzer_.ArabicRoots(query.text), kTopK)) {
      ranked.push_back(hit.passage);
    }
    return ranked;
  }

 private:
  const text::Analyzer& analyzer_;
  corpus::PassageIndex index_;
};

// Reads a finished glass database with BM25Weight at its defaults.
class XapianReader : public SearchEngine {
 protected:
  explicit XapianReader(const fs::path& folder) : database_(folder.string()), enquire_(database_) {
    enquire_.set_weighting_scheme(Xapian::BM25Weight());
  }

  std::vector<size_t> Top(const Xapian::Query& query) {
    enquire_.set_query(query);
    Xapian::MSet matches = enquire_.get_mset(0, kTopK);
    std::vector<size_t> ranked;
    for (Xapian::MSetIterator it = matches.begin(); it != matches.end(); ++it) {
      ranked.push_back(*it - 1);  // Documents were added to an empty database: ids 1, 2, ...
    }
    return ranked;
  }

 private:
  Xapian::Database database_;
  Xapian::Enquire enquire_;
};

class XapianEngine : public XapianReader {
 public:
  explicit XapianEngine(const fs::path& folder) : XapianReader(folder) {}

  // SearchEngine
  std::vector<size_t> Search(const Query& query) override {
    return Top(ParserFor(query.lang).parse_query(query.text));
  }

 private:
  Xapian::QueryParser& ParserFor(const std::string& lang) {
    auto [it, inserted] = parsers_.try_emplace(lang);
    if (inserted) {
      it->second.set_stemmer(Xapian::Stem(XapianStemmerName(lang)));
      it->second.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
      it->second.set_default_op(Xapian::Query::OP_OR);
    }
    return it->second;
  }

  std::map<std::string, Xapian::QueryParser, std::less<>> parsers_;  // By language tag.
};

std::vector<std::string> XapianTerms(const text::Analyzer& analyzer, std::string_view text,
                                     std::string_view lang) {
  std::vector<std::string> terms = analyzer.Terms(text, lang);
  std::erase_if(terms, [](const std::string& t) { return t.size() > kXapianMaxTermBytes; });
  return terms;
}

class XapianTermsEngine : public XapianReader {
 public:
  XapianTermsEngine(const fs::path& folder, const text::Analyzer& analyzer)
      : XapianReader(folder), analyzer_(analyzer) {}

  // SearchEngine
  std::vector<size_t> Search(const Query& query) override {
    std::vector<std::string> terms = UniqueTerms(XapianTerms(analyzer_, query.text, query.lang));
    return Top(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
  }

 private:
  const text::Analyzer& analyzer_;
};

void WriteXapianDatabase(
    const std::vector<Passage>& passages, const fs::path& folder,
    const std::function<void(const Passage&, Xapian::Document&)>& index_passage) {
  fs::create_directories(folder.parent_path());
  Xapian::WritableDatabase database(folder.string(),
                                    Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
  for (const Passage& passage : passages) {
    Xapian::Document document;
    index_passage(passage, document);
    database.add_document(document);
  }
  database.commit();
}

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};

struct SqliteFinalizer {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

[[noreturn]] void ThrowSqlite(sqlite3* db, std::string_view what) {
  throw std::runtime_error("SQLite " + std::string(what) + ": " + sqlite3_errmsg(db));
}

std::unique_ptr<sqlite3, SqliteCloser> OpenSqlite(const fs::path& file, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
  std::unique_ptr<sqlite3, SqliteCloser> db(raw);
  if (rc != SQLITE_OK) {
    ThrowSqlite(db.get(), "open " + file.string());
  }
  return db;
}

void Exec(sqlite3* db, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    ThrowSqlite(db, sql);
  }
}

std::unique_ptr<sqlite3_stmt, SqliteFinalizer> Prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
    ThrowSqlite(db, sql);
  }
  return std::unique_ptr<sqlite3_stmt, SqliteFinalizer>(statement);
}

std::string JoinTerms(const std::vector<std::string>& terms, std::string_view separator) {
  std::string joined;
  for (const std::string& term : terms) {
    if (!joined.empty()) {
      joined += separator;
    }
    joined += term;
  }
  return joined;
}

// "t1" OR "t2" ...; quoting keeps terms such as "or" or "c++" from being read as syntax.
std::string MatchExpression(const std::vector<std::string>& terms) {
  std::vector<std::string> quoted;
  for (const std::string& term : terms) {
    std::string phrase = "\"";
    for (char c : term) {
      phrase += c == '"' ? "\"\"" : std::string(1, c);
    }
    quoted.push_back(phrase + "\"");
  }
  return JoinTerms(quoted, " OR ");
}

class Fts5Engine : public SearchEngine {
 public:
  Fts5Engine(const fs::path& file, const text::Analyzer& analyzer)
      : analyzer_(analyzer),
        db_(OpenSqlite(file, SQLITE_OPEN_READONLY)),
        select_(Prepare(db_.get(),
                        "SELECT rowid FROM passages WHERE passages MATCH ?1 "
                        "ORDER BY bm25(passages) LIMIT 10")) {}

  // SearchEngine
  std::vector<size_t> Search(const Query& query) override {
    std::string match = MatchExpression(UniqueTerms(analyzer_.Terms(query.text, query.lang)));
    if (match.empty()) {
      return {};  // FTS5 rejects an empty MATCH; Mizan returns nothing for no terms.
    }
    sqlite3_stmt* select = select_.get();
    sqlite3_bind_text(select, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
    std::vector<size_t> ranked;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
      ranked.push_back(static_cast<size_t>(sqlite3_column_int64(select, 0) - 1));
    }
    sqlite3_reset(select);
    if (rc != SQLITE_DONE) {
      ThrowSqlite(db_.get(), "search");
    }
    return ranked;
  }

 private:
  const text::Analyzer& analyzer_;
  std::unique_ptr<sqlite3, SqliteCloser> db_;
  std::unique_ptr<sqlite3_stmt, SqliteFinalizer> select_;
};

// Passage i becomes row i + 1. 'optimize' merges FTS5's segments into one b-tree, the shape
// a read-mostly corpus would be kept in.
void WriteFts5Database(const std::vector<Passage>& passages, const text::Analyzer& analyzer,
                       const fs::path& file) {
  std::unique_ptr<sqlite3, SqliteCloser> db =
      OpenSqlite(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  Exec(db.get(), kCreateFts5Table);
  Exec(db.get(), "BEGIN");
  auto insert = Prepare(db.get(), "INSERT INTO passages(rowid, terms) VALUES (?1, ?2)");
  for (size_t i = 0; i < passages.size(); ++i) {
    std::string terms = JoinTerms(analyzer.Terms(IndexedText(passages[i]), passages[i].lang), " ");
    sqlite3_bind_int64(insert.get(), 1, static_cast<sqlite3_int64>(i + 1));
    sqlite3_bind_text(insert.get(), 2, terms.data(), static_cast<int>(terms.size()), SQLITE_STATIC);
    if (sqlite3_step(insert.get()) != SQLITE_DONE) {
      ThrowSqlite(db.get(), "insert");
    }
    sqlite3_reset(insert.get());
  }
  Exec(db.get(), "COMMIT");
  Exec(db.get(), "INSERT INTO passages(passages) VALUES ('optimize')");
}

}  // namespace

std::unique_ptr<SearchEngine> BuildMizanEngine(const std::vector<Passage>& passages,
                                               const text::Analyzer& analyzer,
                                               const corpus::Bm25Params& params) {
  corpus::PassageIndex::Builder builder;
  for (const Passage& passage : passages) {
    builder.Add(corpus::AnalyzeWindows(analyzer, passage.locator, passage.text, passage.lang));
  }
  return std::make_unique<MizanEngine>(analyzer, std::move(builder).Build(params));
}

std::unique_ptr<SearchEngine> BuildXapianEngine(const std::vector<Passage>& passages,
                                                const fs::path& folder) {
  Xapian::TermGenerator generator;
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  std::map<std::string, Xapian::Stem, std::less<>> stems;  // By language tag.
  WriteXapianDatabase(passages, folder, [&](const Passage& passage, Xapian::Document& doc) {
    generator.set_stemmer(
        stems.try_emplace(passage.lang, XapianStemmerName(passage.lang)).first->second);
    generator.set_document(doc);
    generator.index_text(IndexedText(passage));
  });
  return std::make_unique<XapianEngine>(folder);
}

std::unique_ptr<SearchEngine> BuildXapianTermsEngine(const std::vector<Passage>& passages,
                                                     const text::Analyzer& analyzer,
                                                     const fs::path& folder) {
  WriteXapianDatabase(passages, folder, [&](const Passage& passage, Xapian::Document& doc) {
    for (const std::string& term : XapianTerms(analyzer, IndexedText(passage), passage.lang)) {
      doc.add_term(term);
    }
  });
  return std::make_unique<XapianTermsEngine>(folder, analyzer);
}

std::unique_ptr<SearchEngine> BuildFts5Engine(const std::vector<Passage>& passages,
                                              const text::Analyzer& analyzer,
                                              const fs::path& folder) {
  fs::create_directories(folder);
  const fs::path file = folder / "passages.db";
  WriteFts5Database(passages, analyzer, file);
  return std::make_unique<Fts5Engine>(file, analyzer);
}

}  // namespace mizan::bench
