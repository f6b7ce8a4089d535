// Removal reasons and source runs for extracted pages (see html_removals.h).
#include "read/html_removals.h"

#include <algorithm>
#include <string>

#include "read/html_text_writer.h"

namespace chorus::html {
namespace {

// Class/id words (substrings of the lower-cased names) and the reason they give. Checked in
// order: a "related-comments" block is a comment block.
constexpr std::string_view kBoilerplateWords[] = {
    "cookie",     "consent", "gdpr",   "comment", "disqus",  "share",   "sharing", "social",
    "newsletter", "subscri", "signup", "sign-up", "paywall", "sponsor", "advert",
};
constexpr std::string_view kWidgetWords[] = {
    "related",  "recommend", "more-stories", "morestories", "read-more",
    "readmore", "read-next", "readnext",     "teaser",      "trending",
    "popular",  "most-read", "mostread",     "outbrain",    "taboola",
};
constexpr std::string_view kBylineWords[] = {"byline", "author"};
constexpr std::string_view kCaptionWords[] = {"caption"};
constexpr std::string_view kCreditWords[] = {"credit"};

std::string Names(const Dom& dom, uint32_t id) {
  std::string s(dom.Attr(id, "class"));
  s += ' ';
  s += dom.Attr(id, "id");
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  return s;
}

template <size_t N>
bool HasWord(const std::string& names, const std::string_view (&words)[N]) {
  for (std::string_view w : words) {
    for (size_t at = names.find(w); at != std::string::npos; at = names.find(w, at + 1)) {
      if (w == "comment" && names.compare(at, 10, "commentary") == 0) continue;  // opinion
      return true;
    }
  }
  return false;
}

// Elements that are page structure, never a removed block themselves.
bool IsStructure(Tag t) {
  return t == Tag::kHtml || t == Tag::kBody || t == Tag::kHead || t == Tag::kMain ||
         t == Tag::kArticle;
}

// The reason for a block outside the article, if its tag or names say it is one.
std::optional<RemovalReason> OutsideReason(const Dom& dom, uint32_t id) {
  const Tag t = dom.node(id).tag;
  if (t == Tag::kFigcaption) return RemovalReason::kCaption;
  if (IsStructure(t) || (!dom.HasAttr(id, "class") && !dom.HasAttr(id, "id"))) return {};
  const std::string names = Names(dom, id);
  if (HasWord(names, kBoilerplateWords)) return RemovalReason::kBoilerplate;
  if (HasWord(names, kWidgetWords)) return RemovalReason::kWidget;
  if (HasWord(names, kBylineWords)) return RemovalReason::kByline;
  if (HasWord(names, kCaptionWords)) return RemovalReason::kCaption;
  if (HasWord(names, kCreditWords)) return RemovalReason::kCredit;
  return {};
}

// The first id after the subtree of `id` (subtrees are contiguous id ranges).
uint32_t SubtreeEnd(const Dom& dom, uint32_t id) {
  for (uint32_t up = id; up != kNone && up != 0; up = dom.node(up).parent) {
    if (dom.node(up).next_sibling != kNone) return dom.node(up).next_sibling;
  }
  return dom.size();
}

void VisibleText(const Dom& dom, const PageFeatures& f, uint32_t id, TextWriter* w) {
  const Node& n = dom.node(id);
  if (n.type == NodeType::kText) {
    w->Text(dom.Text(id));
    return;
  }
  if (f.skip[id]) return;
  if (IsBlock(n.tag)) w->EndParagraph();
  for (uint32_t c = n.first_child; c != kNone; c = dom.node(c).next_sibling) {
    VisibleText(dom, f, c, w);
  }
}

}  // namespace

RemovalReason ReasonFromNames(const Dom& dom, uint32_t id, RemovalReason fallback) {
  if (!dom.HasAttr(id, "class") && !dom.HasAttr(id, "id")) return fallback;
  const std::string names = Names(dom, id);
  if (HasWord(names, kBoilerplateWords)) return RemovalReason::kBoilerplate;
  if (HasWord(names, kWidgetWords)) return RemovalReason::kWidget;
  return fallback;
}

void AddSourceRuns(const Dom& dom, const PageFeatures& f, uint32_t id,
                   std::vector<SourceRun>* out) {
  const uint32_t end = SubtreeEnd(dom, id);
  uint32_t credit_end = 0;  // inside a credit element up to here
  for (uint32_t k = id; k < end; ++k) {
    const Node& n = dom.node(k);
    if (n.type == NodeType::kElement && f.skip[k]) {
      k = SubtreeEnd(dom, k) - 1;
      continue;
    }
    if (n.type == NodeType::kElement && k >= credit_end &&
        (dom.HasAttr(k, "class") || dom.HasAttr(k, "id")) && HasWord(Names(dom, k), kCreditWords)) {
      credit_end = SubtreeEnd(dom, k);
    }
    if (n.type != NodeType::kText || n.src_end <= n.src_begin || f.text[k] == 0) continue;
    out->push_back(SourceRun{n.src_begin, n.src_end, k < credit_end});
  }
}

void ReportOutside(const Dom& dom, const PageFeatures& f, const std::vector<uint32_t>& roots,
                   std::vector<RemovedText>* removed) {
  uint32_t page_text = 0;
  for (uint32_t c = dom.node(0).first_child; c != kNone; c = dom.node(c).next_sibling) {
    page_text += f.text[c];
  }
  for (uint32_t id = 1; id < dom.size(); ++id) {
    const Node& n = dom.node(id);
    if (n.type != NodeType::kElement) continue;
    const uint32_t end = SubtreeEnd(dom, id);
    const bool root = std::find(roots.begin(), roots.end(), id) != roots.end();
    if (root || f.skip[id] || f.text[id] == 0) {
      id = end - 1;
      continue;
    }
    const bool holds_root =
        std::any_of(roots.begin(), roots.end(), [&](uint32_t r) { return id < r && r < end; });
    if (holds_root || f.text[id] * 2 > page_text) continue;  // page structure
    const std::optional<RemovalReason> why = OutsideReason(dom, id);
    if (!why) continue;
    RemovedText r;
    r.reason = *why;
    TextWriter w;
    VisibleText(dom, f, id, &w);
    r.text = w.Finish();
    AddSourceRuns(dom, f, id, &r.runs);
    if (!r.text.empty()) removed->push_back(std::move(r));
    id = end - 1;
  }
}

}  // namespace chorus::html
