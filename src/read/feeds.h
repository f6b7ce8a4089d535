// News feeds to Documents: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed.
//
//   if (LooksLikeFeed(bytes)) ReadFeed(bytes, "news.rss", "news", &result);
//
// Each item becomes a Document: title, link (url), date (published, ISO 8601), author
// (byline), and text from content:encoded / content / content_html, else description /
// summary, run through main-content extraction (html_extractor.h). The feed's title is the
// outlet. Ids are the item's own short id when it has one, else "<file_id>#<n>" (1-based).
// A file that is not a feed adds one error naming it; an item without text adds an error
// naming the item.
#ifndef CHORUS_READ_FEEDS_H_
#define CHORUS_READ_FEEDS_H_

#include <string>
#include <string_view>

#include "read/inputs.h"

namespace chorus {

// Sniffs the first bytes: an XML document whose root is rss, rdf:RDF or feed, or a JSON
// object naming the JSON Feed version.
bool LooksLikeFeed(std::string_view bytes);

// Appends the feed's items to out->docs (and problems to out->errors). `bytes` is UTF-8 or
// declares its charset in the XML declaration.
void ReadFeed(std::string_view bytes, const std::string& path, const std::string& file_id,
              ReadResult* out);

}  // namespace chorus

#endif  // CHORUS_READ_FEEDS_H_
