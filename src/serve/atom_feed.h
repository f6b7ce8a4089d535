// The store's stories as an Atom 1.0 feed (RFC 4287): one entry per story, newest first,
// so a feed reader can follow de-duplicated stories instead of many overlapping feeds.
//
//   std::string xml = AtomFeed({{story_row, meta}, ...}, "http://127.0.0.1:8080");
//
// Entry: title = the brief's headline, summary = the brief's summary text, link to
// /stories/{id}, one <category> per outlet and a "Sources: ..." line in <content>.
// Every string from a source is XML-escaped; characters XML 1.0 forbids are dropped and
// bytes that are not UTF-8 become U+FFFD, so the feed stays well-formed whatever the input.
#ifndef CHORUS_SERVE_ATOM_FEED_H_
#define CHORUS_SERVE_ATOM_FEED_H_

#include <string>
#include <string_view>
#include <vector>

#include "serve/story_json.h"
#include "store/store.h"

namespace chorus::serve {

struct FeedEntry {
  store::StoryRow row;
  StoryMeta meta;
};

// base_url: "http://host:port" for absolute links ("" gives links relative to the feed).
std::string AtomFeed(const std::vector<FeedEntry>& entries, std::string_view base_url);

// Text for XML character data and attribute values.
std::string XmlEscape(std::string_view text);

}  // namespace chorus::serve

#endif  // CHORUS_SERVE_ATOM_FEED_H_
