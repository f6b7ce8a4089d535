// The story store: articles, stories and a full-text index in one SQLite file.
//
//   Result<std::unique_ptr<Store>> db = Store::Open("chorus.db");   // creates or migrates
//   (*db)->Begin();  (*db)->InsertArticle(row);  (*db)->Commit();
//   (*db)->Stories({.limit = 20});  (*db)->Search("ceasefire talks", 10);
//
// WAL journal, schema versioned by the schema_migrations table (and PRAGMA user_version),
// every statement prepared once and reused. The FTS5 table articles_fts indexes title and
// text with the "chorus" tokenizer (fts_tokenizer.h): chorus's own Tokenize + Snowball stems.
// Not thread-safe: one Store per thread.
#ifndef CHORUS_STORE_STORE_H_
#define CHORUS_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chorus/document.h"
#include "chorus/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace chorus::store {

inline constexpr int kSchemaVersion = 3;

struct ArticleRow {
  int64_t id = 0;  // assigned by InsertArticle
  Document doc;
  uint64_t content_hash = 0;
  int64_t story = 0;
  std::optional<int64_t> copy_of;
  double similarity = 0;
  std::string features;  // opaque blobs of the story engine
  std::string minhash;
};

struct StoryRow {
  int64_t id = 0;
  std::string title;
  int64_t articles = 0;
  std::string first_published;  // empty when unknown
  std::string last_published;
  std::string updated_at;
};

struct SearchHit {
  int64_t article = 0;
  int64_t story = 0;
  std::string id;  // the article's own id
  std::string title;
  std::string snippet;  // verbatim text around the match, "…" where cut
  double score = 0;     // bm25, lower is better
};

enum class StorySort { kNewest, kBiggest };  // last published first / most articles first

struct StoryQuery {
  std::string since;  // ISO date: stories with an article published (or ingested) since
  int limit = 50;
  int offset = 0;  // skip this many (paging)
  StorySort sort = StorySort::kNewest;
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  Result<void> Begin();
  Result<void> Commit();
  void Rollback();

  std::optional<int64_t> FindByUrl(const std::string& url);
  std::optional<int64_t> FindByHash(uint64_t hash);
  // Inserts the article (and its full-text entry) and creates or updates its story.
  Result<int64_t> InsertArticle(const ArticleRow& row);

  // Every article in insertion order (for rebuilding the engine): id, story, copy_of,
  // published, features, minhash; text is not loaded.
  Result<void> ForEachArticle(const std::function<void(const ArticleRow&)>& fn);

  Result<std::vector<StoryRow>> Stories(const StoryQuery& q);
  Result<std::optional<StoryRow>> GetStory(int64_t id);
  Result<std::vector<ArticleRow>> StoryArticles(int64_t story);  // with text
  Result<std::optional<int64_t>> StoryOfArticle(int64_t article);
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit);

  // Brief cache, invalidated whenever the story gains an article.
  Result<std::optional<std::string>> CachedBrief(int64_t story, const std::string& key);
  Result<void> PutBrief(int64_t story, const std::string& key, const std::string& body);

  Result<int64_t> CountArticles();
  Result<int64_t> CountStories();
  int schema_version() const { return version_; }

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  Result<void> Migrate();
  Result<sqlite3_stmt*> Prepare(const char* sql);
  Result<void> Exec(const char* sql);
  Error SqlError(const std::string& what) const;

  sqlite3* db_ = nullptr;
  std::string path_;
  int version_ = 0;
  std::vector<std::pair<const char*, sqlite3_stmt*>> stmts_;
};

}  // namespace chorus::store

#endif  // CHORUS_STORE_STORE_H_
