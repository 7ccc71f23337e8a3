// Mizan — governance gateway for language models.
//
// Database: a thin, error-as-value wrapper over one SQLite connection, the embedded default
// store (DESIGN.md, "Scale"). Opening a database sets WAL mode with synchronous=FULL, so a
// committed transaction survives a process kill and a power loss, turns on foreign keys, and
// applies the schema migrations in mizan/storage/schema.cc. sqlite3.h stays inside this
// module; other modules speak SQL through Statement.
//
// Thread-safety: a Database and its Statements belong to one thread at a time. Share one
// across threads only under a mutex the caller holds (see `mutex()`). Several processes may
// open the same file: SQLite's locking and busy timeout serialise writers.

#ifndef MIZAN_STORAGE_DATABASE_H_
#define MIZAN_STORAGE_DATABASE_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "mizan/base/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace mizan::storage {

class Database;

// A prepared statement. Bind parameters are 1-based, columns 0-based, as in SQLite.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, const char* text) { return Bind(index, std::string_view(text)); }
  Statement& Bind(int index, const std::string& text) {
    return Bind(index, std::string_view(text));
  }
  Statement& BindNull(int index);

  // Advances to the next row: true when a row is available, false when done.
  Result<bool> Step();
  // Steps until done, for statements that return no rows.
  Status Run();
  // Clears bindings and rewinds so the statement can run again.
  void Reset();

  int64_t ColumnInt(int column) const;
  double ColumnDouble(int column) const;
  std::string ColumnText(int column) const;
  bool ColumnIsNull(int column) const;

 private:
  friend class Database;
  Statement(sqlite3_stmt* statement, Database* database);
  Status BindError(int rc, int index);

  sqlite3_stmt* statement_;
  Database* database_;
  Status bind_status_;  // First bind error, reported by the next Step/Run.
};

struct OpenOptions {
  bool create = true;      // Create the file when missing; false: kNotFound instead.
  bool read_only = false;  // Open for reading only (no migrations are applied).
  int busy_timeout_ms = 10000;
};

class Database {
 public:
  // Opens (creating if allowed) and migrates the database at `path`.
  static Result<std::unique_ptr<Database>> Open(const std::string& path,
                                                const OpenOptions& options = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements that return no rows.
  Status Execute(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);

  int64_t LastInsertRowId() const;
  int Changes() const;
  const std::string& path() const { return path_; }
  int schema_version() const { return schema_version_; }

  // Held by callers that share this connection between threads.
  std::mutex& mutex() { return mutex_; }

  // An error from SQLite's last call on this connection, with `what` as context.
  Status LastError(std::string_view what) const;

 private:
  Database(sqlite3* handle, std::string path);
  // Checks the file is Mizan's (or empty), then sets WAL and migrates unless read-only.
  Status Initialise(bool read_only);
  Status CheckIsOurs();
  Status Migrate();

  sqlite3* handle_;
  std::string path_;
  int schema_version_ = 0;
  std::mutex mutex_;
};

// Begins a transaction (BEGIN IMMEDIATE takes the write lock at once, so two writers never
// deadlock upgrading read locks); rolls back in the destructor unless Commit() succeeded.
class Transaction {
 public:
  static Result<std::unique_ptr<Transaction>> Begin(Database& database);
  ~Transaction();
  Status Commit();

 private:
  explicit Transaction(Database& database) : database_(database) {}
  Database& database_;
  bool done_ = false;
};

}  // namespace mizan::storage

#endif  // MIZAN_STORAGE_DATABASE_H_
