// SQLite story store. Schema changes are numbered migrations applied in order inside one
// transaction each and recorded in schema_migrations; a database newer than this binary is
// refused. WAL journal with synchronous=NORMAL: a committed batch survives a killed process
// (https://sqlite.org/wal.html), and a batch not yet committed leaves no trace.
#include "store/store.h"

#include <sqlite3.h>

#include <cstring>
#include <ctime>

#include "store/fts_tokenizer.h"
#include "store/sql_util.h"

namespace chorus::store {
namespace {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

constexpr Migration kMigrations[] = {
    {1, "articles and stories",
     "CREATE TABLE stories("
     "  id INTEGER PRIMARY KEY, title TEXT NOT NULL, articles INTEGER NOT NULL DEFAULT 0,"
     "  first_published TEXT, last_published TEXT, created_at TEXT NOT NULL,"
     "  updated_at TEXT NOT NULL, dirty INTEGER NOT NULL DEFAULT 1);"
     "CREATE TABLE articles("
     "  id INTEGER PRIMARY KEY, ext_id TEXT NOT NULL, url TEXT UNIQUE,"
     "  content_hash INTEGER NOT NULL, title TEXT, text TEXT NOT NULL, outlet TEXT,"
     "  published TEXT, byline TEXT, path TEXT,"
     "  story_id INTEGER NOT NULL REFERENCES stories(id),"
     "  copy_of INTEGER REFERENCES articles(id), similarity REAL NOT NULL,"
     "  features BLOB NOT NULL, minhash BLOB NOT NULL, ingested_at TEXT NOT NULL);"
     "CREATE INDEX articles_story ON articles(story_id);"
     "CREATE INDEX articles_hash ON articles(content_hash);"
     "CREATE INDEX stories_last ON stories(last_published);"},
    {2, "full-text search",
     "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',"
     "  content_rowid='id', tokenize='chorus');"},
    {3, "brief cache",
     "CREATE TABLE briefs(story_id INTEGER NOT NULL REFERENCES stories(id), key TEXT NOT NULL,"
     "  body TEXT NOT NULL, PRIMARY KEY(story_id, key)) WITHOUT ROWID;"},
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion);

std::string NowIso() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string TitleOf(const Document& doc) {
  if (doc.title && !doc.title->empty()) return *doc.title;
  std::string_view t = doc.text;
  t = t.substr(0, t.find('\n'));
  if (t.size() > 120) {
    size_t n = 120;
    while (n > 0 && (static_cast<unsigned char>(t[n]) & 0xC0) == 0x80) --n;
    t = t.substr(0, n);
  }
  return std::string(t);
}

}  // namespace

Error Store::SqlError(const std::string& what) const {
  return Error{ErrorCode::kIo, path_ + ": " + what + ": " + sqlite3_errmsg(db_)};
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  std::unique_ptr<Store> store(new Store(db));
  store->path_ = path;
  if (rc != SQLITE_OK) return tl::unexpected(store->SqlError("cannot open"));
  sqlite3_busy_timeout(db, 5000);
  if (auto r = RegisterChorusTokenizer(db); !r) {
    return MakeError(r.error().code, path + ": " + r.error().message);
  }
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                             "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536"}) {
    if (auto r = store->Exec(pragma); !r) return tl::unexpected(r.error());
  }
  if (auto r = store->Migrate(); !r) return tl::unexpected(r.error());
  return store;
}

Store::~Store() {
  for (auto& [sql, stmt] : stmts_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

Result<void> Store::Exec(const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg != nullptr ? msg : "error";
    sqlite3_free(msg);
    return MakeError(ErrorCode::kIo, path_ + ": " + m);
  }
  return {};
}

Result<sqlite3_stmt*> Store::Prepare(const char* sql) {
  for (auto& [s, stmt] : stmts_) {
    if (s == sql) return stmt;
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    return tl::unexpected(SqlError("cannot prepare"));
  }
  stmts_.emplace_back(sql, stmt);
  return stmt;
}

Result<void> Store::Migrate() {
  static const char* kCreate =
      "CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY,"
      " name TEXT NOT NULL, applied_at TEXT NOT NULL)";
  if (auto r = Exec(kCreate); !r) return r;
  static const char* kMax = "SELECT coalesce(max(version), 0) FROM schema_migrations";
  auto st = Prepare(kMax);
  if (!st) return tl::unexpected(st.error());
  {
    Use q(*st);
    if (sqlite3_step(q.get()) != SQLITE_ROW) return tl::unexpected(SqlError("schema"));
    version_ = sqlite3_column_int(q.get(), 0);
  }
  if (version_ > kSchemaVersion) {
    return MakeError(ErrorCode::kUnsupported, path_ + ": store schema version " +
                                                  std::to_string(version_) +
                                                  " is newer than this chorus");
  }
  static const char* kRecord =
      "INSERT INTO schema_migrations(version, name, applied_at) VALUES(?1, ?2, ?3)";
  for (const Migration& m : kMigrations) {
    if (m.version <= version_) continue;
    if (auto r = Exec("BEGIN IMMEDIATE"); !r) return r;
    auto rec = Prepare(kRecord);
    bool ok = Exec(m.sql).has_value() && rec.has_value();
    if (ok) {
      Use q(*rec);
      q.Int(1, m.version);
      q.Text(2, m.name);
      q.Text(3, NowIso());
      ok = sqlite3_step(q.get()) == SQLITE_DONE;
    }
    const std::string pragma = "PRAGMA user_version=" + std::to_string(m.version);
    ok = ok && Exec(pragma.c_str()).has_value() && Exec("COMMIT").has_value();
    if (!ok) {
      Error e = SqlError(std::string("migration ") + std::to_string(m.version));
      Rollback();
      return tl::unexpected(e);
    }
    version_ = m.version;
  }
  return {};
}

Result<void> Store::Begin() { return Exec("BEGIN IMMEDIATE"); }
Result<void> Store::Commit() { return Exec("COMMIT"); }
void Store::Rollback() { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

std::optional<int64_t> Store::FindByUrl(const std::string& url) {
  static const char* kSql = "SELECT id FROM articles WHERE url = ?1";
  auto st = Prepare(kSql);
  if (!st) return std::nullopt;
  Use q(*st);
  q.Text(1, url);
  if (sqlite3_step(q.get()) != SQLITE_ROW) return std::nullopt;
  return sqlite3_column_int64(q.get(), 0);
}

std::optional<int64_t> Store::FindByHash(uint64_t hash) {
  static const char* kSql = "SELECT id FROM articles WHERE content_hash = ?1 LIMIT 1";
  auto st = Prepare(kSql);
  if (!st) return std::nullopt;
  Use q(*st);
  q.Int(1, static_cast<int64_t>(hash));
  if (sqlite3_step(q.get()) != SQLITE_ROW) return std::nullopt;
  return sqlite3_column_int64(q.get(), 0);
}

Result<int64_t> Store::InsertArticle(const ArticleRow& row) {
  static const char* kStory =
      "INSERT INTO stories(id, title, articles, first_published, last_published, created_at,"
      " updated_at, dirty) VALUES(?1, ?2, 1, ?3, ?3, ?4, ?4, 1)"
      " ON CONFLICT(id) DO UPDATE SET articles = articles + 1, updated_at = ?4, dirty = 1,"
      " first_published = CASE WHEN ?3 IS NOT NULL AND (first_published IS NULL OR"
      "   ?3 < first_published) THEN ?3 ELSE first_published END,"
      " last_published = CASE WHEN ?3 IS NOT NULL AND (last_published IS NULL OR"
      "   ?3 > last_published) THEN ?3 ELSE last_published END";
  static const char* kArticle =
      "INSERT INTO articles(ext_id, url, content_hash, title, text, outlet, published, byline,"
      " path, story_id, copy_of, similarity, features, minhash, ingested_at)"
      " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
  static const char* kFts = "INSERT INTO articles_fts(rowid, title, text) VALUES(?1, ?2, ?3)";
  static const char* kClear = "DELETE FROM briefs WHERE story_id = ?1";
  const Document& d = row.doc;
  const std::string now = NowIso();
  auto story = Prepare(kStory);
  auto article = Prepare(kArticle);
  auto fts = Prepare(kFts);
  auto clear = Prepare(kClear);
  if (!story || !article || !fts || !clear) return tl::unexpected(SqlError("cannot prepare"));
  {
    Use q(*story);
    q.Int(1, row.story);
    q.Text(2, TitleOf(d));
    q.OptText(3, d.published);
    q.Text(4, now);
    if (sqlite3_step(q.get()) != SQLITE_DONE) return tl::unexpected(SqlError("story"));
  }
  int64_t id = 0;
  {
    Use q(*article);
    q.Text(1, d.id);
    q.OptText(2, d.url);
    q.Int(3, static_cast<int64_t>(row.content_hash));
    q.OptText(4, d.title);
    q.LongText(5, d.text);
    q.OptText(6, d.outlet);
    q.OptText(7, d.published);
    q.OptText(8, d.byline);
    q.Text(9, d.path);
    q.Int(10, row.story);
    if (row.copy_of) {
      q.Int(11, *row.copy_of);
    } else {
      sqlite3_bind_null(q.get(), 11);
    }
    sqlite3_bind_double(q.get(), 12, row.similarity);
    q.Blob(13, row.features);
    q.Blob(14, row.minhash);
    q.Text(15, now);
    if (sqlite3_step(q.get()) != SQLITE_DONE) return tl::unexpected(SqlError("article " + d.id));
    id = sqlite3_last_insert_rowid(db_);
  }
  {
    Use q(*fts);
    q.Int(1, id);
    q.OptText(2, d.title);
    q.LongText(3, d.text);
    if (sqlite3_step(q.get()) != SQLITE_DONE) return tl::unexpected(SqlError("index " + d.id));
  }
  Use q(*clear);
  q.Int(1, row.story);
  if (sqlite3_step(q.get()) != SQLITE_DONE) return tl::unexpected(SqlError("brief cache"));
  return id;
}

Result<void> Store::ForEachArticle(const std::function<void(const ArticleRow&)>& fn) {
  static const char* kSql =
      "SELECT id, story_id, copy_of, published, features, minhash FROM articles ORDER BY id";
  auto st = Prepare(kSql);
  if (!st) return tl::unexpected(st.error());
  Use q(*st);
  ArticleRow row;
  int rc;
  while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
    row.id = sqlite3_column_int64(q.get(), 0);
    row.story = sqlite3_column_int64(q.get(), 1);
    row.copy_of = sqlite3_column_type(q.get(), 2) == SQLITE_NULL
                      ? std::nullopt
                      : std::optional<int64_t>(sqlite3_column_int64(q.get(), 2));
    row.doc.published = q.OptCol(3);
    row.features = q.BlobCol(4);
    row.minhash = q.BlobCol(5);
    fn(row);
  }
  if (rc != SQLITE_DONE) return tl::unexpected(SqlError("reading articles"));
  return {};
}

}  // namespace chorus::store
