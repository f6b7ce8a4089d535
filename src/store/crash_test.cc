// Kill -9 an ingest at random points, then ingest again: nothing lost, nothing duplicated.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <random>
#include <set>
#include <string>

#include "cluster/article_stream.h"
#include "store/ingest.h"
#include "store/store.h"
#include "tests/test_util.h"

namespace chorus::store {
namespace {

const std::string kInput = "/data/ecbplus/dev.jsonl";

// Ingests the input, writing one byte to `progress` after each article.
[[noreturn]] void ChildIngest(const std::string& db_path, int progress) {
  auto db = Store::Open(db_path);
  if (!db) _exit(2);
  auto in = Ingester::Open(db->get(), IngestOptions{.batch = 16});
  if (!in) _exit(3);
  cluster::ArticleStream stream({testing::SharedDir() + kInput});
  while (auto doc = stream.Next()) {
    if (!(*in)->Add(*doc)) _exit(4);
    const char b = 1;
    if (write(progress, &b, 1) != 1) _exit(5);
  }
  (*in)->Finish();
  _exit(0);
}

TEST(CrashTest, KilledIngestLosesNothingAndDuplicatesNothing) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("chorus_crash_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string db_path = (dir / "crash.db").string();
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(db_path + ext);
  std::mt19937 rng(12345);
  for (int round = 0; round < 3; ++round) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(fds[0]);
      ChildIngest(db_path, fds[1]);
    }
    close(fds[1]);
    const int kill_after = std::uniform_int_distribution<int>(20, 300)(rng);
    char b;
    int seen = 0;
    while (seen < kill_after && read(fds[0], &b, 1) == 1) ++seen;
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    close(fds[0]);
    // Whatever was committed is intact and consistent.
    auto db = Store::Open(db_path);
    ASSERT_TRUE(db.has_value()) << db.error().message;
    EXPECT_TRUE((*db)->CountArticles().has_value());
  }
  // Finish the job and check: every article once, stories and index consistent.
  auto db = Store::Open(db_path);
  ASSERT_TRUE(db.has_value());
  auto in = Ingester::Open(db->get(), IngestOptions{.batch = 16});
  ASSERT_TRUE(in.has_value());
  cluster::ArticleStream stream({testing::SharedDir() + kInput});
  int64_t lines = 0;
  while (auto doc = stream.Next()) {
    ++lines;
    ASSERT_TRUE((*in)->Add(*doc).has_value());
  }
  ASSERT_TRUE((*in)->Finish().has_value());
  EXPECT_GT((*in)->stats().duplicates, 0);  // the killed runs did commit something
  const int64_t articles = *(*db)->CountArticles();
  // Exact duplicates in the input (same text) are stored once: compare with a fresh ingest.
  const std::string fresh_path = (dir / "fresh.db").string();
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(fresh_path + ext);
  int64_t fresh_articles = 0;
  {
    auto fresh = Store::Open(fresh_path);
    auto fin = Ingester::Open(fresh->get(), IngestOptions{.batch = 1000});
    cluster::ArticleStream s2({testing::SharedDir() + kInput});
    while (auto doc = s2.Next()) ASSERT_TRUE((*fin)->Add(*doc).has_value());
    ASSERT_TRUE((*fin)->Finish().has_value());
    fresh_articles = *(*fresh)->CountArticles();
  }
  EXPECT_EQ(articles, fresh_articles);
  EXPECT_LE(articles, lines);
  // No article twice: ids are unique in the input.
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db_path.c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(raw, "SELECT count(DISTINCT ext_id), count(*) FROM articles", -1, &st,
                     nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1));
  sqlite3_finalize(st);
  sqlite3_close(raw);
  // Stories: member counts add up, and every story number is used.
  auto stories = (*db)->Stories({.limit = 1000000});
  ASSERT_TRUE(stories.has_value());
  int64_t members = 0;
  std::set<int64_t> ids;
  for (const auto& s : *stories) {
    members += s.articles;
    ids.insert(s.id);
    auto rows = (*db)->StoryArticles(s.id);
    ASSERT_TRUE(rows.has_value());
    EXPECT_EQ(static_cast<int64_t>(rows->size()), s.articles) << "story " << s.id;
  }
  EXPECT_EQ(members, articles);
  EXPECT_EQ(static_cast<int64_t>(ids.size()), *(*db)->CountStories());
  EXPECT_EQ(*ids.rbegin(), static_cast<int64_t>(ids.size()));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace chorus::store
