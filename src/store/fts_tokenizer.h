// The "chorus" FTS5 tokenizer: indexes and queries with chorus's Tokenize (segment/), so
// search matches the same Snowball stems the rest of chorus uses.
//
//   RegisterChorusTokenizer(db);   // once per connection, before touching articles_fts
//   CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'chorus');
#ifndef CHORUS_STORE_FTS_TOKENIZER_H_
#define CHORUS_STORE_FTS_TOKENIZER_H_

#include "chorus/error.h"

struct sqlite3;

namespace chorus::store {

Result<void> RegisterChorusTokenizer(sqlite3* db);

}  // namespace chorus::store

#endif  // CHORUS_STORE_FTS_TOKENIZER_H_
