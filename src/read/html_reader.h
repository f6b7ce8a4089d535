// Web pages to Documents: charset -> UTF-8, parse, metadata, main content, language.
//
//   Result<html::Article> a = ReadArticle(bytes, "page.html");   // a->text, a->meta, a->removed
//   Result<Document> doc = DocumentFromHtml("page", "dir/page.html", bytes);
//
// The Document's text is the extracted article body (paragraphs separated by blank lines);
// title, byline, published, outlet, url and language come from the page's metadata (language
// from CLD2 on the body when the page does not declare one). Pages over kMaxPageBytes, and
// pages with no article text, are errors naming the input. What extraction dropped
// (html_removals.h) becomes Document::input_removed: one entry per text node of a removed
// block, the node's source bytes with surrounding white space trimmed (character references
// such as &amp; stay as written), at byte offsets of `bytes` (a legacy charset is mapped back
// through ICU, so `text` is the UTF-8 of those bytes).
#ifndef CHORUS_READ_HTML_READER_H_
#define CHORUS_READ_HTML_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "chorus/document.h"
#include "chorus/error.h"
#include "read/html_extractor.h"

namespace chorus {

inline constexpr size_t kMaxPageBytes = size_t{64} << 20;

struct ReadArticleResult {
  html::Article article;
  std::string charset;
  // article.removed as byte ranges of `bytes` (one per source text run, white space trimmed).
  std::vector<InputRemoval> input_removed;
};

Result<ReadArticleResult> ReadArticle(std::string_view bytes, const std::string& name);

// Makes a Document of an extracted article (text = body, metadata fields set).
Document DocumentFromArticle(std::string id, std::string path, ReadArticleResult&& r);

Result<Document> DocumentFromHtml(std::string id, std::string path, std::string_view bytes);

}  // namespace chorus

#endif  // CHORUS_READ_HTML_READER_H_
