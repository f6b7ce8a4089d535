// What main-content extraction drops that a reader would care about, with reasons and the
// source bytes of its text, for the brief's `removed` list.
//
//   RemovalReason why = html::ReasonFromNames(dom, id, RemovalReason::kWidget);
//   html::AddSourceRuns(dom, features, id, &removed.runs);   // one run per text node
//   html::ReportOutside(dom, features, roots, &removed);     // cookie banners, comments ...
//
// Reasons follow the text cleaner's vocabulary (docs/clean.md): `caption` and `credit` for
// figure captions and photo credits, `byline`, `widget` for related-story lists and teasers
// (as the cleaner's related-link lists), `boilerplate` for share, subscribe/newsletter,
// cookie/consent and comment blocks. The class/id words that pick a reason are in the .cc.
// Outside the chosen article only blocks whose class/id name one of those kinds are reported
// (site navigation, headers and footers are dropped silently: they are not the story).
#ifndef CHORUS_READ_HTML_REMOVALS_H_
#define CHORUS_READ_HTML_REMOVALS_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "chorus/story.h"
#include "read/html_dom.h"
#include "read/html_features.h"

namespace chorus::html {

// Bytes [begin, end) of the parsed input (entity references undecoded).
struct SourceRun {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool credit = false;  // inside an element named as a credit ("image-credit"): reason credit
};

struct RemovedText {
  RemovalReason reason = RemovalReason::kBoilerplate;
  std::string text;             // visible text, white space collapsed
  std::vector<SourceRun> runs;  // source bytes of its non-blank text nodes, in order
};

// The reason the class/id/role of `id` gives (boilerplate or widget words), else `fallback`.
RemovalReason ReasonFromNames(const Dom& dom, uint32_t id, RemovalReason fallback);

// The source runs of the visible text nodes below `id`.
void AddSourceRuns(const Dom& dom, const PageFeatures& f, uint32_t id, std::vector<SourceRun>* out);

// Reports visible blocks outside `roots` whose class/id say caption, comments, cookie banner,
// share/subscribe widget or related stories.
void ReportOutside(const Dom& dom, const PageFeatures& f, const std::vector<uint32_t>& roots,
                   std::vector<RemovedText>* removed);

}  // namespace chorus::html

#endif  // CHORUS_READ_HTML_REMOVALS_H_
