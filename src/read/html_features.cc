// Per-element features for main-content extraction (see html_features.h).
//
// Class/id evidence follows Readability's positive/negative patterns and trafilatura's
// (Barbaresi 2021) boilerplate selectors, generalised to word stems so that e.g.
// "related-stories", "relatedLinks" and "more_related" all count as one hint.
#include "read/html_features.h"

#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

namespace chorus::html {
namespace {

// Stems matched anywhere inside a lower-cased class/id (long enough not to collide).
constexpr std::array<std::string_view, 13> kContentStems = {
    "article", "content", "entry", "post",     "story",  "body",     "text",
    "main",    "blog",    "prose", "richtext", "hentry", "paragraph"};
constexpr std::array<std::string_view, 46> kBoilerStems = {
    "comment",         "share",     "sharing",   "social",   "related",    "recommend",
    "newsletter",      "subscri",   "signup",    "sign-up",  "promo",      "sponsor",
    "advert",          "banner",    "cookie",    "consent",  "gdpr",       "popup",
    "modal",           "sidebar",   "widget",    "footer",   "breadcrumb", "pagination",
    "pager",           "masthead",  "outbrain",  "taboola",  "teaser",     "trending",
    "popular",         "mostread",  "most-read", "hidden",   "sr-only",    "screen-reader",
    "visually-hidden", "toolbar",   "disqus",    "shoutbox", "skyscraper", "navigation",
    "readmore",        "read-more", "also-read", "next-post"};
constexpr std::array<std::string_view, 5> kCaptionStems = {"caption", "credit", "copyright",
                                                           "photo-source", "image-source"};
constexpr std::array<std::string_view, 5> kBylineStems = {"byline", "author", "dateline",
                                                          "timestamp", "publish"};
// Whole words (split at non-alphanumerics) too short to match as stems.
constexpr std::array<std::string_view, 16> kBoilerWords = {
    "ad",    "ads",  "nav",   "menu", "tag",   "tags",  "meta",  "share",
    "print", "more", "links", "rss",  "login", "aside", "promo", "skip"};

bool IsSkippedTag(Tag t) {
  switch (t) {
    case Tag::kScript:
    case Tag::kStyle:
    case Tag::kNoscript:
    case Tag::kTemplate:
    case Tag::kSvg:
    case Tag::kMath:
    case Tag::kCanvas:
    case Tag::kIframe:
    case Tag::kObject:
    case Tag::kEmbed:
    case Tag::kSelect:
    case Tag::kOption:
    case Tag::kButton:
    case Tag::kInput:
    case Tag::kTextarea:
    case Tag::kHead:
    case Tag::kNav:
    case Tag::kDialog:
    case Tag::kAudio:
    case Tag::kVideo:
    case Tag::kMap:
    case Tag::kTitle:
    case Tag::kMeta:
    case Tag::kLink:
      return true;
    default:
      return false;
  }
}

std::string CompactLower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c);
  }
  return out;
}

bool IsHidden(const Dom& dom, uint32_t id) {
  if (dom.HasAttr(id, "hidden")) return true;
  if (dom.Attr(id, "aria-hidden") == "true") return true;
  const std::string_view style = dom.Attr(id, "style");
  if (style.empty()) return false;
  const std::string s = CompactLower(style);
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

uint8_t RoleHints(std::string_view role) {
  if (role == "navigation" || role == "complementary" || role == "banner" ||
      role == "contentinfo" || role == "menu" || role == "menubar" || role == "dialog" ||
      role == "alert" || role == "alertdialog" || role == "search") {
    return kHintBoilerplate;
  }
  if (role == "main" || role == "article") return kHintContent;
  return kHintNone;
}

// Collapsed length (white-space runs count one) and commas of a text.
void MeasureText(std::string_view s, uint32_t* len, uint32_t* commas) {
  bool space = true;
  uint32_t n = 0, c = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char ch = static_cast<unsigned char>(s[i]);
    const bool ws =
        ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' ||
        (ch == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0);
    if (ws) {
      if (!space) ++n;
      space = true;
      continue;
    }
    space = false;
    if ((ch & 0xC0) != 0x80) ++n;  // count code points, not bytes
    if (ch == ',') ++c;
    if (ch == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBC' && s[i + 2] == '\x8C') ++c;
    if (ch == 0xE3 && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x81') ++c;
    if (ch == 0xD8 && i + 1 < s.size() && s[i + 1] == '\x8C') ++c;
  }
  if (space && n > 0) --n;
  *len = n;
  *commas = c;
}

}  // namespace

bool IsBlock(Tag t) {
  switch (t) {
    case Tag::kAddress:
    case Tag::kArticle:
    case Tag::kAside:
    case Tag::kBlockquote:
    case Tag::kBody:
    case Tag::kCaption:
    case Tag::kCenter:
    case Tag::kDd:
    case Tag::kDetails:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kDt:
    case Tag::kFieldset:
    case Tag::kFigcaption:
    case Tag::kFigure:
    case Tag::kFooter:
    case Tag::kForm:
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kHeader:
    case Tag::kHr:
    case Tag::kHtml:
    case Tag::kLi:
    case Tag::kMain:
    case Tag::kMenu:
    case Tag::kOl:
    case Tag::kP:
    case Tag::kPre:
    case Tag::kSection:
    case Tag::kSummary:
    case Tag::kTable:
    case Tag::kTbody:
    case Tag::kTd:
    case Tag::kTfoot:
    case Tag::kTh:
    case Tag::kThead:
    case Tag::kTr:
    case Tag::kUl:
    case Tag::kBr:
    case Tag::kLegend:
      return true;
    default:
      return false;
  }
}

namespace {

// The stems with their hint, bucketed by first byte: one pass over a class string tries
// only the stems that can start at each position.
struct Stem {
  std::string_view text;
  uint8_t hint;
};
using StemTable = std::array<std::vector<Stem>, 256>;

const StemTable& Stems() {
  static const StemTable table = [] {
    StemTable t;
    auto add = [&t](const auto& stems, uint8_t hint) {
      for (std::string_view st : stems) {
        t[static_cast<unsigned char>(st[0])].push_back(Stem{st, hint});
      }
    };
    add(kContentStems, kHintContent);
    add(kBoilerStems, kHintBoilerplate);
    add(kCaptionStems, kHintCaption);
    add(kBylineStems, kHintByline);
    return t;
  }();
  return table;
}

// s.substr(at).starts_with(word), inline: stems are short, a libc memcmp call costs more.
bool HasAt(std::string_view s, size_t at, std::string_view word) {
  if (s.size() - at < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (s[at + i] != word[i]) return false;
  }
  return true;
}

}  // namespace

uint8_t HintsOf(std::string_view raw) {
  if (raw.empty()) return kHintNone;
  std::string s(raw);
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  uint8_t h = kHintNone;
  const StemTable& stems = Stems();
  const std::string_view sv(s);
  for (size_t k = 0; k < sv.size(); ++k) {
    for (const Stem& st : stems[static_cast<unsigned char>(sv[k])]) {
      if ((h & st.hint) == 0 && HasAt(sv, k, st.text)) h |= st.hint;
    }
  }
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
    const std::string_view w = std::string_view(s).substr(i, j - i);
    for (std::string_view b : kBoilerWords) {
      if (w == b) h |= kHintBoilerplate;
    }
    i = j;
  }
  return h;
}

namespace {

void MarkElements(const Dom& dom, bool honour_hidden, PageFeatures* f,
                  std::vector<uint8_t>* in_link, std::vector<uint8_t>* in_heading,
                  std::vector<uint8_t>* in_li) {
  for (uint32_t id = 1; id < dom.size(); ++id) {
    const Node& n = dom.node(id);
    const uint32_t p = n.parent;
    (*in_link)[id] = (*in_link)[p];
    (*in_heading)[id] = (*in_heading)[p];
    (*in_li)[id] = (*in_li)[p];
    f->skip[id] = f->skip[p];
    if (n.type != NodeType::kElement) continue;
    if (n.tag == Tag::kA) (*in_link)[id] = 1;
    if (n.tag >= Tag::kH1 && n.tag <= Tag::kH6) (*in_heading)[id] = 1;
    if (n.tag == Tag::kLi) (*in_li)[id] = 1;
    if (IsSkippedTag(n.tag) || (honour_hidden && IsHidden(dom, id))) f->skip[id] = 1;
    const uint8_t hr = RoleHints(dom.Attr(id, "role"));
    f->hints[id] = hr;
    if ((hr & kHintBoilerplate) && n.tag != Tag::kBody) f->skip[id] = 1;
  }
}

template <typename F>
void ForEachClassName(std::string_view cls, F&& fn) {
  size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && (cls[i] == ' ' || cls[i] == '\t' || cls[i] == '\n')) ++i;
    size_t j = i;
    while (j < cls.size() && cls[j] != ' ' && cls[j] != '\t' && cls[j] != '\n') ++j;
    if (j > i) fn(cls.substr(i, j - i));
    i = j;
  }
}

// Class hints and weights. A class name whose elements hold most of the page's text is
// page structure (e.g. a site builder's "x-widget" on every block), not evidence of
// boilerplate, so its boilerplate hint is ignored.
void ClassHints(const Dom& dom, PageFeatures* f) {
  struct ClassInfo {
    uint64_t text = 0;
    uint8_t hints = 0;
  };
  std::unordered_map<std::string_view, ClassInfo> classes;
  for (uint32_t id = 1; id < dom.size(); ++id) {
    if (dom.node(id).type != NodeType::kElement) continue;
    ForEachClassName(dom.Attr(id, "class"),
                     [&](std::string_view c) { classes[c].text += f->text[id]; });
  }
  const uint64_t page = std::max<uint64_t>(1, f->text[0]);
  for (auto& [name, info] : classes) {
    info.hints = HintsOf(name);
    if (info.text * 2 > page) info.hints &= static_cast<uint8_t>(~kHintBoilerplate);
  }
  for (uint32_t id = 1; id < dom.size(); ++id) {
    if (dom.node(id).type != NodeType::kElement) continue;
    uint8_t hc = kHintNone;
    ForEachClassName(dom.Attr(id, "class"), [&](std::string_view c) { hc |= classes[c].hints; });
    const uint8_t hi = HintsOf(dom.Attr(id, "id"));
    f->hints[id] |= hc | hi;
    int w = 0;
    for (uint8_t h : {hc, hi}) {
      if (h & kHintContent) w += 25;
      if (h & kHintBoilerplate) w -= 25;
    }
    f->class_weight[id] = static_cast<int16_t>(w);
  }
}

}  // namespace

PageFeatures ComputeFeatures(const Dom& dom, bool honour_hidden) {
  const size_t n = dom.size();
  PageFeatures f;
  for (auto* v : {&f.skip, &f.hints}) v->assign(n, 0);
  f.class_weight.assign(n, 0);
  for (auto* v : {&f.text, &f.link_text, &f.own_text, &f.commas, &f.paragraphs, &f.list_items,
                  &f.list_text, &f.images, &f.inputs, &f.embeds, &f.heading_text}) {
    v->assign(n, 0);
  }
  std::vector<uint8_t> in_link(n, 0), in_heading(n, 0), in_li(n, 0);
  MarkElements(dom, honour_hidden, &f, &in_link, &in_heading, &in_li);
  for (uint32_t id = static_cast<uint32_t>(n); id-- > 1;) {
    const Node& node = dom.node(id);
    const uint32_t p = node.parent;
    if (node.type == NodeType::kText) {
      if (f.skip[id]) continue;
      uint32_t len = 0, commas = 0;
      MeasureText(dom.Text(id), &len, &commas);
      f.text[id] = len;
      f.commas[id] = commas;
      if (in_link[id]) f.link_text[id] = len;
      if (in_heading[id]) f.heading_text[id] = len;
      if (in_li[id]) f.list_text[id] = len;
      f.own_text[p] += len;
    } else {
      const Tag t = node.tag;
      if (t == Tag::kP && f.text[id] > 0) ++f.paragraphs[id];
      if (t == Tag::kLi) ++f.list_items[id];
      if (t == Tag::kImg) ++f.images[id];
      if (t == Tag::kInput || t == Tag::kSelect || t == Tag::kTextarea || t == Tag::kButton) {
        ++f.inputs[id];
      }
      if (t == Tag::kIframe || t == Tag::kVideo || t == Tag::kObject || t == Tag::kEmbed) {
        ++f.embeds[id];
      }
    }
    f.text[p] += f.text[id];
    f.link_text[p] += f.link_text[id];
    f.commas[p] += f.commas[id];
    f.paragraphs[p] += f.paragraphs[id];
    f.list_items[p] += f.list_items[id];
    f.list_text[p] += f.list_text[id];
    f.images[p] += f.images[id];
    f.inputs[p] += f.inputs[id];
    f.embeds[p] += f.embeds[id];
    f.heading_text[p] += f.heading_text[id];
  }
  ClassHints(dom, &f);
  return f;
}

}  // namespace chorus::html
