// Mizan — governance gateway for language models.

#include "mizan/storage/database.h"

#include <filesystem>

#include <sqlite3.h>

#include "mizan/storage/schema.h"

namespace mizan::storage {
namespace {

Status ErrorFromCode(int rc, std::string_view what, sqlite3* handle) {
  std::string message =
      std::string(what) + ": " + (handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return UnavailableError(message + " (database busy; another writer holds the lock)");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DataLossError(message);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
      return UnavailableError(message);
    case SQLITE_FULL:
    case SQLITE_TOOBIG:
      return ResourceExhaustedError(message);
    case SQLITE_CONSTRAINT:
      return FailedPreconditionError(message);
    default:
      return InternalError(message);
  }
}

}  // namespace

Statement::Statement(sqlite3_stmt* statement, Database* database)
    : statement_(statement), database_(database) {}

Statement::Statement(Statement&& other) noexcept
    : statement_(other.statement_), database_(other.database_), bind_status_(other.bind_status_) {
  other.statement_ = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(statement_);
    statement_ = other.statement_;
    database_ = other.database_;
    bind_status_ = other.bind_status_;
    other.statement_ = nullptr;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Status Statement::BindError(int rc, int index) {
  if (rc != SQLITE_OK && bind_status_.ok()) {
    bind_status_ =
        InternalError("binding parameter " + std::to_string(index) + ": " + sqlite3_errstr(rc));
  }
  return bind_status_;
}

Statement& Statement::Bind(int index, int64_t value) {
  (void)BindError(sqlite3_bind_int64(statement_, index, value), index);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  (void)BindError(sqlite3_bind_double(statement_, index, value), index);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  (void)BindError(sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                      SQLITE_UTF8),
                  index);
  return *this;
}

Statement& Statement::BindNull(int index) {
  (void)BindError(sqlite3_bind_null(statement_, index), index);
  return *this;
}

Result<bool> Statement::Step() {
  if (!bind_status_.ok()) {
    return bind_status_;
  }
  int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  return ErrorFromCode(rc, "executing statement", sqlite3_db_handle(statement_));
}

Status Statement::Run() {
  while (true) {
    Result<bool> row = Step();
    if (!row.ok()) {
      return row.status();
    }
    if (!*row) {
      return Status::Ok();
    }
  }
}

void Statement::Reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
  bind_status_ = Status::Ok();
}

int64_t Statement::ColumnInt(int column) const { return sqlite3_column_int64(statement_, column); }

double Statement::ColumnDouble(int column) const {
  return sqlite3_column_double(statement_, column);
}

std::string Statement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(statement_, column);
  if (text == nullptr) {
    return {};
  }
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(statement_, column)));
}

bool Statement::ColumnIsNull(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

Database::Database(sqlite3* handle, std::string path) : handle_(handle), path_(std::move(path)) {}

Database::~Database() { sqlite3_close_v2(handle_); }

Result<std::unique_ptr<Database>> Database::Open(const std::string& path,
                                                 const OpenOptions& options) {
  std::error_code error;
  bool exists = std::filesystem::exists(path, error);
  if (!options.create && !exists) {
    return NotFoundError(path + ": database file not found");
  }
  if (exists && !std::filesystem::is_regular_file(path, error)) {
    return InvalidArgumentError(path + ": not a database file (a folder, device or pipe?)");
  }
  int flags = options.read_only
                  ? SQLITE_OPEN_READONLY
                  : (SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0));
  flags |= SQLITE_OPEN_NOMUTEX;  // Callers serialise access; see the header.
  sqlite3* handle = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status status = ErrorFromCode(rc, "opening database " + path, handle);
    sqlite3_close_v2(handle);
    return status;
  }
  std::unique_ptr<Database> database(new Database(handle, path));
  sqlite3_busy_timeout(handle, options.busy_timeout_ms);
  sqlite3_extended_result_codes(handle, 1);
  Status ready = database->Initialise(options.read_only);
  if (!ready.ok()) {
    if (ready.code() == StatusCode::kDataLoss) {
      return InvalidArgumentError(path + ": not a Mizan database, or damaged (" + ready.message() +
                                  ")");
    }
    return ready.WithContext(path);
  }
  return database;
}

Status Database::Initialise(bool read_only) {
  MIZAN_RETURN_IF_ERROR(Execute("PRAGMA foreign_keys = ON"));
  MIZAN_RETURN_IF_ERROR(CheckIsOurs());
  if (read_only) {
    return Status::Ok();
  }
  // WAL lets readers run beside the writer; FULL makes every commit durable on return.
  MIZAN_RETURN_IF_ERROR(Execute("PRAGMA journal_mode = WAL"));
  MIZAN_RETURN_IF_ERROR(Execute("PRAGMA synchronous = FULL"));
  return Migrate();
}

Status Database::CheckIsOurs() {
  // The statement must be finished before the journal mode can change, hence its own scope.
  MIZAN_ASSIGN_OR_RETURN(Statement tables,
                         Prepare("SELECT count(*), count(CASE WHEN name = 'schema_migrations' "
                                 "THEN 1 END) FROM sqlite_master WHERE type = 'table'"));
  MIZAN_ASSIGN_OR_RETURN(bool has_row, tables.Step());
  if (has_row && tables.ColumnInt(0) > 0 && tables.ColumnInt(1) == 0) {
    // Someone else's SQLite file: adding Mizan's tables to it would damage it.
    return DataLossError("the file holds tables, but none of Mizan's");
  }
  return Status::Ok();
}

Status Database::Execute(std::string_view sql) {
  std::string copy(sql);
  char* message = nullptr;
  int rc = sqlite3_exec(handle_, copy.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string text = message != nullptr ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    Status status = ErrorFromCode(rc, "executing SQL", nullptr);
    return Status(status.code(), "executing SQL: " + text);
  }
  return Status::Ok();
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  int rc =
      sqlite3_prepare_v3(handle_, sql.data(), static_cast<int>(sql.size()), 0, &statement, nullptr);
  if (rc != SQLITE_OK) {
    return ErrorFromCode(rc, "preparing statement", handle_);
  }
  return Statement(statement, this);
}

int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(handle_); }

int Database::Changes() const { return sqlite3_changes(handle_); }

Status Database::LastError(std::string_view what) const {
  return ErrorFromCode(sqlite3_errcode(handle_), what, handle_);
}

Status Database::Migrate() {
  MIZAN_RETURN_IF_ERROR(
      Execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
              " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
  MIZAN_ASSIGN_OR_RETURN(Statement current,
                         Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  MIZAN_ASSIGN_OR_RETURN(bool has_row, current.Step());
  schema_version_ = has_row ? static_cast<int>(current.ColumnInt(0)) : 0;
  const auto& migrations = Migrations();
  int newest = migrations.empty() ? 0 : migrations.back().version;
  if (schema_version_ > newest) {
    return FailedPreconditionError("database schema version " + std::to_string(schema_version_) +
                                   " is newer than this build knows (" + std::to_string(newest) +
                                   "); upgrade mizan");
  }
  for (const Migration& migration : migrations) {
    if (migration.version <= schema_version_) {
      continue;
    }
    MIZAN_ASSIGN_OR_RETURN(auto transaction, Transaction::Begin(*this));
    MIZAN_RETURN_IF_ERROR(Execute(migration.sql)
                              .WithContext("applying migration " +
                                           std::to_string(migration.version) + " (" +
                                           migration.name + ")"));
    MIZAN_ASSIGN_OR_RETURN(Statement record,
                           Prepare("INSERT INTO schema_migrations (version, name, applied_at) "
                                   "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
    MIZAN_RETURN_IF_ERROR(record.Bind(1, migration.version).Bind(2, migration.name).Run());
    MIZAN_RETURN_IF_ERROR(transaction->Commit());
    schema_version_ = migration.version;
  }
  return Status::Ok();
}

Result<std::unique_ptr<Transaction>> Transaction::Begin(Database& database) {
  MIZAN_RETURN_IF_ERROR(database.Execute("BEGIN IMMEDIATE"));
  return std::unique_ptr<Transaction>(new Transaction(database));
}

Transaction::~Transaction() {
  if (!done_) {
    (void)database_.Execute("ROLLBACK");
  }
}

Status Transaction::Commit() {
  MIZAN_RETURN_IF_ERROR(database_.Execute("COMMIT"));
  done_ = true;
  return Status::Ok();
}

}  // namespace mizan::storage
