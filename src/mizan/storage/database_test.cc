// Mizan — governance gateway for language models.

#include "mizan/storage/database.h"

#include <filesystem>
#include <unistd.h>

#include <gtest/gtest.h>

#include "mizan/storage/schema.h"

namespace mizan::storage {
namespace {

class DatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("mizan_db_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "test.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(DatabaseTest, OpenAppliesMigrationsInWalMode) {
  auto db = Database::Open(path_);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  EXPECT_EQ((*db)->schema_version(), Migrations().back().version);
  auto mode = (*db)->Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  ASSERT_TRUE(*mode->Step());
  EXPECT_EQ(mode->ColumnText(0), "wal");
  auto tables = (*db)->Prepare("SELECT count(*) FROM sqlite_master WHERE name = 'flow_records'");
  ASSERT_TRUE(*tables->Step());
  EXPECT_EQ(tables->ColumnInt(0), 1);
}

TEST_F(DatabaseTest, ReopeningDoesNotReapplyMigrations) {
  ASSERT_TRUE(Database::Open(path_).ok());
  auto db = Database::Open(path_);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  auto count = (*db)->Prepare("SELECT count(*) FROM schema_migrations");
  ASSERT_TRUE(*count->Step());
  EXPECT_EQ(count->ColumnInt(0), static_cast<int64_t>(Migrations().size()));
}

TEST_F(DatabaseTest, RefusesSchemaFromNewerBuild) {
  {
    auto db = Database::Open(path_);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')").ok());
  }
  auto db = Database::Open(path_);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(db.status().message().find("newer than this build"), std::string::npos);
}

TEST_F(DatabaseTest, TransactionRollsBackUnlessCommitted) {
  auto db = std::move(Database::Open(path_)).value();
  ASSERT_TRUE(db->Execute("CREATE TABLE t (x INTEGER)").ok());
  {
    auto transaction = Transaction::Begin(*db);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (1)").ok());
  }
  {
    auto transaction = std::move(Transaction::Begin(*db)).value();
    ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (2)").ok());
    ASSERT_TRUE(transaction->Commit().ok());
  }
  auto rows = db->Prepare("SELECT group_concat(x) FROM t");
  ASSERT_TRUE(*rows->Step());
  EXPECT_EQ(rows->ColumnText(0), "2");
}

TEST_F(DatabaseTest, BindAndReadEveryType) {
  auto db = std::move(Database::Open(path_)).value();
  ASSERT_TRUE(db->Execute("CREATE TABLE t (i INTEGER, d REAL, s TEXT, n TEXT)").ok());
  auto insert = db->Prepare("INSERT INTO t VALUES (?, ?, ?, ?)");
  ASSERT_TRUE(insert.ok());
  ASSERT_TRUE(insert->Bind(1, int64_t{42}).Bind(2, 0.5).Bind(3, "نص عربي").BindNull(4).Run().ok());
  auto select = db->Prepare("SELECT i, d, s, n FROM t");
  ASSERT_TRUE(*select->Step());
  EXPECT_EQ(select->ColumnInt(0), 42);
  EXPECT_DOUBLE_EQ(select->ColumnDouble(1), 0.5);
  EXPECT_EQ(select->ColumnText(2), "نص عربي");
  EXPECT_TRUE(select->ColumnIsNull(3));
  EXPECT_FALSE(*select->Step());
}

TEST_F(DatabaseTest, SqlErrorsAreValuesNotCrashes) {
  auto db = std::move(Database::Open(path_)).value();
  auto bad = db->Prepare("SELEC nonsense");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("syntax error"), std::string::npos);
  Status constraint = db->Execute("INSERT INTO corpus_state VALUES (2, 0, 0)");
  EXPECT_EQ(constraint.code(), StatusCode::kFailedPrecondition);
}

TEST_F(DatabaseTest, MissingFileWithoutCreateIsNotFound) {
  OpenOptions options;
  options.create = false;
  auto db = Database::Open((dir_ / "absent.db").string(), options);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), StatusCode::kNotFound);
}

TEST_F(DatabaseTest, GarbageFileIsReportedAsDataLoss) {
  {
    FILE* file = std::fopen(path_.c_str(), "wb");
    std::fputs("this is not a database file, just text that is long enough to matter......", file);
    std::fclose(file);
  }
  auto db = Database::Open(path_);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), StatusCode::kInvalidArgument) << db.status().ToString();
  EXPECT_NE(db.status().message().find("not a Mizan database"), std::string::npos);
  EXPECT_NE(db.status().message().find(path_), std::string::npos);
}

TEST_F(DatabaseTest, SomeoneElsesSqliteFileIsLeftAlone) {
  {
    auto db = Database::Open(path_);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Execute("DROP TABLE schema_migrations; CREATE TABLE theirs (x)").ok());
  }
  auto db = Database::Open(path_);
  ASSERT_FALSE(db.ok());
  EXPECT_NE(db.status().message().find("none of Mizan's"), std::string::npos);
}

TEST_F(DatabaseTest, ReadOnlyOpenDoesNotWrite) {
  ASSERT_TRUE(Database::Open(path_).ok());
  std::filesystem::permissions(path_, std::filesystem::perms::owner_read,
                               std::filesystem::perm_options::replace);
  OpenOptions options;
  options.read_only = true;
  options.create = false;
  auto db = Database::Open(path_, options);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  auto rows = (*db)->Prepare("SELECT count(*) FROM flow_records");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_TRUE(*rows->Step());
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::replace);
}

TEST_F(DatabaseTest, FolderIsNotADatabase) {
  auto db = Database::Open(dir_.string());
  ASSERT_FALSE(db.ok());
  EXPECT_NE(db.status().message().find("not a database file"), std::string::npos);
}

}  // namespace
}  // namespace mizan::storage
