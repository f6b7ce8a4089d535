// Read side of the story store: story lists, a story's articles, full-text search (FTS5 with
// bm25 ranking), the brief cache and counts.
#include <sqlite3.h>

#include "segment/tokenizer.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace chorus::store {
namespace {

StoryRow ReadStory(const Use& q) {
  StoryRow s;
  s.id = sqlite3_column_int64(q.get(), 0);
  s.title = q.Col(1);
  s.articles = sqlite3_column_int64(q.get(), 2);
  s.first_published = q.Col(3);
  s.last_published = q.Col(4);
  s.updated_at = q.Col(5);
  return s;
}

// A user query as an FTS5 expression: every word a quoted term (implicit AND), so
// punctuation and FTS5 operators in the query cannot cause syntax errors.
std::string FtsExpression(const std::string& query) {
  std::string expr;
  for (const Token& t : Tokenize(query)) {
    if (t.Is(kTokStopword)) continue;
    if (!expr.empty()) expr += ' ';
    expr += '"';
    for (char c : query.substr(t.span.begin, t.span.size())) {
      if (c == '"') expr += '"';
      expr += c;
    }
    expr += '"';
  }
  return expr;
}

}  // namespace

Result<std::vector<StoryRow>> Store::Stories(const StoryQuery& query) {
  static const char* kNewest =
      "SELECT id, title, articles, first_published, last_published, updated_at FROM stories"
      " WHERE ?1 IS NULL OR coalesce(last_published, updated_at) >= ?1"
      " ORDER BY coalesce(last_published, updated_at) DESC, articles DESC, id LIMIT ?2 OFFSET ?3";
  static const char* kBiggest =
      "SELECT id, title, articles, first_published, last_published, updated_at FROM stories"
      " WHERE ?1 IS NULL OR coalesce(last_published, updated_at) >= ?1"
      " ORDER BY articles DESC, coalesce(last_published, updated_at) DESC, id LIMIT ?2 OFFSET ?3";
  auto st = Prepare(query.sort == StorySort::kBiggest ? kBiggest : kNewest);
  if (!st) return tl::unexpected(st.error());
  Use q(*st);
  q.OptText(1, query.since.empty() ? std::nullopt : std::optional<std::string>(query.since));
  q.Int(2, query.limit);
  q.Int(3, query.offset);
  std::vector<StoryRow> out;
  int rc;
  while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) out.push_back(ReadStory(q));
  if (rc != SQLITE_DONE) return tl::unexpected(SqlError("listing stories"));
  return out;
}

Result<std::optional<int64_t>> Store::StoryOfArticle(int64_t article) {
  static const char* kSql = "SELECT story_id FROM articles WHERE id = ?1";
  auto st = Prepare(kSql);
  if (!st) return tl::unexpected(st.error());
  Use q(*st);
  q.Int(1, article);
  const int rc = sqlite3_step(q.get());
  if (rc == SQLITE_ROW) return std::optional<int64_t>(sqlite3_column_int64(q.get(), 0));
  if (rc != SQLITE_DONE) return tl::unexpected(SqlError("reading article"));
  return std::optional<int64_t>();
}

Result<std::optional<StoryRow>> Store::GetStory(int64_t id) {
  static const char* kSql =
      "SELECT id, title, articles, first_published, last_published, updated_at FROM stories"
      " WHERE id = ?1";
  auto st = Prepare(kSql);
  if (!st) return tl::unexpected(st.error());
  Use q(*st);
  q.Int(1, id);
  const int rc = sqlite3_step(q.get());
  if (rc == SQLITE_ROW) return std::optional<StoryRow>(ReadStory(q));
  if (rc != SQLITE_DONE) return tl::unexpected(SqlError("reading story"));
  return std::optional<StoryRow>();
}

Result<std::vector<ArticleRow>> Store::StoryArticles(int64_t story) {
  static const char* kSql =
      "SELECT id, ext_id, url, title, text, outlet, published, byline, path, copy_of,"
      " similarity, features, content_hash FROM articles WHERE story_id = ?1 ORDER BY id";
  auto st = Prepare(kSql);
  if (!st) return tl::unexpected(st.error());
  Use q(*st);
  q.Int(1, story);
  std::vector<ArticleRow> out;
  int rc;
  while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
    ArticleRow r;
    r.id = sqlite3_column_int64(q.get(), 0);
    r.story = story;
    r.doc.id = q.Col(1);
    r.doc.url = q.OptCol(2);
    r.doc.title = q.OptCol(3);
    r.doc.text = q.Col(4);
    r.doc.body = {0, static_cast<uint32_t>(r.doc.text.size())};
    r.doc.outlet = q.OptCol(5);
    r.doc.published = q.OptCol(6);
    r.doc.byline = q.OptCol(7);
    r.doc.path = q.Col(8);
    if (sqlite3_column_type(q.get(), 9) != SQLITE_NULL)
      r.copy_of = sqlite3_column_int64(q.get(), 9);
    r.similarity = sqlite3_column_double(q.get(), 10);
    r.features = q.BlobCol(11);
    r.content_hash = static_cast<uint64_t>(sqlite3_column_int64(q.get(), 12));
    out.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return tl::unexpected(SqlError("reading story articles"));
  return out;
}

Result<std::vector<SearchHit>> Store::Search(const std::string& query, int limit) {
  static const char* kSql =
      "SELECT a.id, a.story_id, a.ext_id, coalesce(a.title, ''),"
      " snippet(articles_fts, 1, '', '', '…', 24), bm25(articles_fts)"
      " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
      " WHERE articles_fts MATCH ?1 ORDER BY bm25(articles_fts) LIMIT ?2";
  const std::string expr = FtsExpression(query);
  if (expr.empty()) return std::vector<SearchHit>();
  auto st = Prepare(kSql);
  if (!st) return tl::unexpected(st.error());
  Use q(*st);
  q.Text(1, expr);
  q.Int(2, limit);
  std::vector<SearchHit> out;
  int rc;
  while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
    out.push_back({sqlite3_column_int64(q.get(), 0), sqlite3_column_int64(q.get(), 1), q.Col(2),
                   q.Col(3), q.Col(4), sqlite3_column_double(q.get(), 5)});
  }
  if (rc != SQLITE_DONE) return tl::unexpected(SqlError("search"));
  return out;
}

Result<std::optional<std::string>> Store::CachedBrief(int64_t story, const std::string& key) {
  static const char* kSql = "SELECT body FROM briefs WHERE story_id = ?1 AND key = ?2";
  auto st = Prepare(kSql);
  if (!st) return tl::unexpected(st.error());
  Use q(*st);
  q.Int(1, story);
  q.Text(2, key);
  const int rc = sqlite3_step(q.get());
  if (rc == SQLITE_ROW) return std::optional<std::string>(q.Col(0));
  if (rc != SQLITE_DONE) return tl::unexpected(SqlError("reading brief"));
  return std::optional<std::string>();
}

Result<void> Store::PutBrief(int64_t story, const std::string& key, const std::string& body) {
  static const char* kSql = "INSERT OR REPLACE INTO briefs(story_id, key, body) VALUES(?1, ?2, ?3)";
  static const char* kClean = "UPDATE stories SET dirty = 0 WHERE id = ?1";
  auto st = Prepare(kSql);
  auto clean = Prepare(kClean);
  if (!st || !clean) return tl::unexpected(SqlError("cannot prepare"));
  {
    Use q(*st);
    q.Int(1, story);
    q.Text(2, key);
    q.Text(3, body);
    if (sqlite3_step(q.get()) != SQLITE_DONE) return tl::unexpected(SqlError("saving brief"));
  }
  Use q(*clean);
  q.Int(1, story);
  if (sqlite3_step(q.get()) != SQLITE_DONE) return tl::unexpected(SqlError("saving brief"));
  return {};
}

Result<int64_t> Store::CountArticles() {
  static const char* kSql = "SELECT count(*) FROM articles";
  auto st = Prepare(kSql);
  if (!st) return tl::unexpected(st.error());
  Use q(*st);
  if (sqlite3_step(q.get()) != SQLITE_ROW) return tl::unexpected(SqlError("count"));
  return sqlite3_column_int64(q.get(), 0);
}

Result<int64_t> Store::CountStories() {
  static const char* kSql = "SELECT count(*) FROM stories";
  auto st = Prepare(kSql);
  if (!st) return tl::unexpected(st.error());
  Use q(*st);
  if (sqlite3_step(q.get()) != SQLITE_ROW) return tl::unexpected(SqlError("count"));
  return sqlite3_column_int64(q.get(), 0);
}

}  // namespace chorus::store
