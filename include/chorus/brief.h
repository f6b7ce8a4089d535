// The brief: what chorus produces for one story. Mirrors the JSON schema chorus.brief/1
// (docs/brief-format.md), so renderers are straight mappings of these values.
//
//   chorus::Result<chorus::Brief> brief = chorus::BuildBrief(docs, chorus::BriefOptions{});
//   std::cout << chorus::RenderMarkdown(*brief);
//
// Every string shown to a reader that claims to come from a source (fact text, quote text,
// evidence) is a verbatim slice of that source, located by a SourceSpan.
#ifndef CHORUS_BRIEF_H_
#define CHORUS_BRIEF_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace chorus {

// A byte range of one input file (end exclusive). text is those bytes, decoded to UTF-8
// (identical bytes for UTF-8 input).
struct SourceSpan {
  std::string source;  // source id
  size_t start = 0;
  size_t end = 0;
  std::string text;
};

struct SourceInfo {
  std::string id;
  std::string path;
  std::optional<std::string> title;
  std::optional<std::string> outlet;
  int words = 0;         // words in the cleaned report
  double quality = 0.0;  // [0,1]
  std::vector<std::string> flags;
};

struct Fact {
  std::string id;  // "f1", "f2", ...
  std::string text;
  std::vector<std::string> sources;  // exactly the sources of evidence, in input order
  int origins = 0;                   // independent origins (syndicated copies count once)
  std::vector<SourceSpan> evidence;
};

struct QuoteVariant {
  SourceSpan span;
  std::string kind;  // verbatim | partial | paraphrase | translation
};

struct Quote {
  std::string id;  // "q1", ...
  std::string text;
  std::optional<std::string> speaker;
  std::vector<std::string> sources;
  std::vector<QuoteVariant> variants;
};

struct Entity {
  std::string id;  // "e1", ...
  std::string name;
  std::string type;  // person | organization | place | other
  std::vector<std::string> roles;
  std::vector<std::string> variants;
  std::vector<std::string> sources;
};

struct Claim {
  std::string value;
  std::vector<std::string> sources;
  std::vector<SourceSpan> evidence;
};

struct Conflict {
  std::string about;
  std::vector<Claim> claims;
};

struct Removal {
  SourceSpan span;
  std::string reason;  // caption | credit | widget | byline | duplicate | off-topic | boilerplate
};

struct Summary {
  std::string text;
  std::vector<std::string> facts;  // fact ids, in summary order
};

struct Brief {
  std::string schema = "chorus.brief/1";
  std::string headline;
  Summary summary;
  std::vector<SourceInfo> sources;
  std::vector<Fact> facts;
  std::vector<Quote> quotes;
  std::vector<Entity> entities;
  std::vector<Conflict> conflicts;
  std::map<std::string, std::vector<std::string>> unique;  // source id -> fact ids
  std::vector<Removal> removed;
};

}  // namespace chorus

#endif  // CHORUS_BRIEF_H_
