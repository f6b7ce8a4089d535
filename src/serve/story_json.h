// JSON pieces of the HTTP API (docs/api.md): STORY_SUMMARY, MEMBER, ARTICLE and errors.
//
//   StoryMeta meta = MetaOfBrief(brief, rows);          // headline, conflicts, outlets, ...
//   std::string s = StorySummaryJson(story_row, meta);  // {"id": 7, "headline": ...}
//   std::string m = MembershipJson(ExplainMembership(rows, {}));   // also `chorus show`
//
// Every function returns compact, valid UTF-8 JSON text (bytes that are not UTF-8 become
// U+FFFD). Source text is data: it is only ever a JSON string value.
#ifndef CHORUS_SERVE_STORY_JSON_H_
#define CHORUS_SERVE_STORY_JSON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/brief.h"
#include "store/explain.h"
#include "store/store.h"

namespace chorus::serve {

// What the story list and the feed need from a story's brief, cached next to the brief.
struct StoryMeta {
  std::string headline;
  std::string summary;  // the brief's summary text
  int64_t conflicts = 0;
  std::vector<std::string> outlets;  // distinct outlet names (an article's id when unknown)
};

StoryMeta MetaOfBrief(const Brief& brief, const std::vector<store::ArticleRow>& rows);
std::string MetaToJson(const StoryMeta& meta);
std::optional<StoryMeta> MetaFromJson(std::string_view json);

std::string StorySummaryJson(const store::StoryRow& row, const StoryMeta& meta);
std::string MembershipJson(const std::vector<store::Membership>& members);
std::string ArticlesJson(const std::vector<store::ArticleRow>& rows);
std::string ErrorJson(int status, std::string_view message);
// `json` re-serialised without white space; nullopt when it does not parse.
std::optional<std::string> CompactJson(std::string_view json);
// A JSON string literal (with quotes) for `s`.
std::string JsonString(std::string_view s);

}  // namespace chorus::serve

#endif  // CHORUS_SERVE_STORY_JSON_H_
