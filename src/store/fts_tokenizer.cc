// An FTS5 custom tokenizer (https://sqlite.org/fts5.html#custom_tokenizers) that emits the
// Snowball stem of every word and number token from chorus::Tokenize, with byte offsets, so
// snippet() and highlight() cut the stored text at token boundaries.
#include "store/fts_tokenizer.h"

#include <sqlite3.h>

#include <exception>
#include <vector>

#include "segment/tokenizer.h"

namespace chorus::store {
namespace {

int CreateTokenizer(void*, const char**, int, Fts5Tokenizer** out) {
  static int instance = 0;  // stateless: any non-null pointer will do
  *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
  return SQLITE_OK;
}

void DeleteTokenizer(Fts5Tokenizer*) {}

int TokenizeText(Fts5Tokenizer*, void* ctx, int, const char* text, int size,
                 int (*emit)(void*, int, const char*, int, int, int)) {
  if (text == nullptr || size <= 0) return SQLITE_OK;
  try {
    const std::vector<Token> tokens = Tokenize(std::string_view(text, static_cast<size_t>(size)));
    for (const Token& t : tokens) {
      const std::string& term = t.stem.empty() ? t.norm : t.stem;
      if (term.empty()) continue;
      const int rc = emit(ctx, 0, term.data(), static_cast<int>(term.size()),
                          static_cast<int>(t.span.begin), static_cast<int>(t.span.end));
      if (rc != SQLITE_OK) return rc;
    }
  } catch (const std::exception&) {
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

}  // namespace

Result<void> RegisterChorusTokenizer(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    return MakeError(ErrorCode::kInternal, "SQLite has no FTS5");
  }
  sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (api == nullptr) return MakeError(ErrorCode::kInternal, "SQLite has no FTS5");
  static fts5_tokenizer tokenizer = {CreateTokenizer, DeleteTokenizer, TokenizeText};
  if (api->xCreateTokenizer(api, "chorus", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
    return MakeError(ErrorCode::kInternal, "cannot register the chorus FTS5 tokenizer");
  }
  return {};
}

}  // namespace chorus::store
