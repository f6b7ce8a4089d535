// JSON Lines of articles to Documents.
//
//   ReadJsonl(bytes, "articles.jsonl", "articles", &result);
//
// One object per line: {"id"?, "url"?, "title"?, "text"? | "html"?, "published"?, "outlet"?,
// "byline"?, "language"?}. "html" is run through main-content extraction (its metadata fills
// fields the line does not give); "text" is read like a .txt file. Ids are "id" when given,
// else "<file_id>#<line>". A bad line adds an error naming the file and line; the other
// lines are still read.
#ifndef CHORUS_READ_JSONL_H_
#define CHORUS_READ_JSONL_H_

#include <string>
#include <string_view>

#include "read/inputs.h"

namespace chorus {

// True when the first non-blank line parses as a JSON object.
bool LooksLikeJsonl(std::string_view bytes);

void ReadJsonl(std::string_view bytes, const std::string& path, const std::string& file_id,
               ReadResult* out);

}  // namespace chorus

#endif  // CHORUS_READ_JSONL_H_
