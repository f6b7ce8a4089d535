#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cluster/article_stream.h"
#include "read/inputs.h"
#include "store/explain.h"
#include "store/ingest.h"
#include "tests/test_util.h"

namespace chorus::store {
namespace {

std::string TempDb(const std::string& name) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("chorus_store_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path + ext);
  return path;
}

IngestStats IngestAll(const std::string& db_path, const std::vector<std::string>& inputs) {
  auto db = Store::Open(db_path);
  EXPECT_TRUE(db.has_value()) << (db ? "" : db.error().message);
  auto in = Ingester::Open(db->get(), IngestOptions{.batch = 50});
  EXPECT_TRUE(in.has_value());
  cluster::ArticleStream stream(inputs);
  while (auto doc = stream.Next()) EXPECT_TRUE((*in)->Add(*doc).has_value());
  EXPECT_TRUE((*in)->Finish().has_value());
  return (*in)->stats();
}

TEST(StoreTest, CreatesVersionedSchemaInWalMode) {
  const std::string path = TempDb("schema.db");
  {
    auto db = Store::Open(path);
    ASSERT_TRUE(db.has_value()) << db.error().message;
    EXPECT_EQ((*db)->schema_version(), kSchemaVersion);
  }
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(raw, "PRAGMA journal_mode", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
  sqlite3_finalize(st);
  sqlite3_prepare_v2(raw, "SELECT count(*) FROM schema_migrations", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), kSchemaVersion);
  sqlite3_finalize(st);
  // A store from a newer chorus is refused, not damaged.
  sqlite3_exec(raw, "INSERT INTO schema_migrations VALUES(99, 'future', 'now')", nullptr, nullptr,
               nullptr);
  sqlite3_close(raw);
  auto again = Store::Open(path);
  ASSERT_FALSE(again.has_value());
  EXPECT_NE(again.error().message.find("newer"), std::string::npos);
}

TEST(StoreTest, SeedsMakeOneStoryAndReingestAddsNothing) {
  const std::string path = TempDb("seeds.db");
  const IngestStats first = IngestAll(path, {testing::SeedsDir()});
  EXPECT_EQ(first.added, 5);
  EXPECT_EQ(first.new_stories, 1);
  const IngestStats second = IngestAll(path, {testing::SeedsDir()});
  EXPECT_EQ(second.added, 0);
  EXPECT_EQ(second.duplicates, 5);
  EXPECT_EQ(second.restored, 5);
  auto db = Store::Open(path);
  ASSERT_TRUE(db.has_value());
  EXPECT_EQ(*(*db)->CountArticles(), 5);
  auto stories = (*db)->Stories({});
  ASSERT_TRUE(stories.has_value());
  ASSERT_EQ(stories->size(), 1u);
  EXPECT_EQ((*stories)[0].articles, 5);
}

TEST(StoreTest, SearchUsesStemsAndReturnsVerbatimSnippets) {
  const std::string path = TempDb("search.db");
  IngestAll(path, {testing::SeedsDir()});
  auto db = Store::Open(path);
  ASSERT_TRUE(db.has_value());
  auto hits = (*db)->Search("Putin negotiations", 10);
  ASSERT_TRUE(hits.has_value()) << hits.error().message;
  ASSERT_FALSE(hits->empty());
  EXPECT_EQ((*hits)[0].story, 1);
  auto none = (*db)->Search("zzyzx \"unbalanced", 10);  // odd syntax is not an error
  ASSERT_TRUE(none.has_value());
  EXPECT_TRUE(none->empty());
  // Snippet pieces are slices of the stored text.
  auto rows = (*db)->StoryArticles((*hits)[0].story);
  ASSERT_TRUE(rows.has_value());
  std::string piece = (*hits)[0].snippet;
  const std::string ellipsis = "…";
  while (piece.rfind(ellipsis, 0) == 0) piece = piece.substr(ellipsis.size());
  piece = piece.substr(0, piece.find(ellipsis));
  bool found = false;
  for (const auto& r : *rows) found |= r.doc.text.find(piece) != std::string::npos;
  EXPECT_TRUE(found) << piece;
}

TEST(StoreTest, NearDuplicatesAreLinkedAndExplained) {
  ReadResult in = ReadInputs({testing::SeedsDir()});
  ASSERT_FALSE(in.docs.empty());
  const std::string jsonl = TempDb("copies.jsonl");
  {
    std::ofstream f(jsonl);
    f << R"({"id": "orig", "text": "Storm Ciaran hit the coast of Brittany on Thursday, cutting )"
         R"(power to 1.2 million homes, the grid operator Enedis said."})"
      << "\n"
      << R"({"id": "copy", "text": "Storm Ciaran hit the coast of Brittany on Thursday, cutting )"
         R"(power to 1.2 million homes, the grid operator Enedis said. AFP"})"
      << "\n"
      << R"({"id": "orig", "text": "Storm Ciaran hit the coast of Brittany on Thursday, cutting )"
         R"(power to 1.2 million homes, the grid operator Enedis said."})"
      << "\n";
  }
  const std::string path = TempDb("copies.db");
  const IngestStats s = IngestAll(path, {jsonl});
  EXPECT_EQ(s.added, 2);
  EXPECT_EQ(s.copies, 1);
  EXPECT_EQ(s.duplicates, 1);
  auto db = Store::Open(path);
  auto rows = (*db)->StoryArticles(1);
  ASSERT_TRUE(rows.has_value());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1].copy_of, (*rows)[0].id);
  const auto why = ExplainMembership(*rows, cluster::EngineOptions{});
  ASSERT_EQ(why.size(), 2u);
  EXPECT_TRUE(why[0].founded);
  EXPECT_EQ(why[1].copy_of, std::optional<std::string>("orig"));
  EXPECT_NE(std::find(why[1].entities.begin(), why[1].entities.end(), "Brittany"),
            why[1].entities.end());
}

TEST(StoreTest, BriefCacheIsDroppedWhenTheStoryGrows) {
  const std::string path = TempDb("cache.db");
  IngestAll(path, {testing::SeedsDir() + "/000_73be45914a879ca2.txt"});
  auto db = Store::Open(path);
  ASSERT_TRUE((*db)->PutBrief(1, "md:100", "brief").has_value());
  EXPECT_EQ(*(*db)->CachedBrief(1, "md:100"), std::optional<std::string>("brief"));
  db->reset();
  IngestAll(path, {testing::SeedsDir()});
  db = Store::Open(path);
  EXPECT_EQ(*(*db)->CachedBrief(1, "md:100"), std::nullopt);
}

}  // namespace
}  // namespace chorus::store
